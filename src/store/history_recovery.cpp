// A session kept safe when its history file went away while it ran, and brought back later.
#include "store/history.hpp"

#include "store/sql_util.hpp"

#include "core/error.hpp"

#include <SQLiteCpp/SQLiteCpp.h>

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>

namespace fs = std::filesystem;

namespace sdmock {
using detail::guarded;

namespace {

/// The tables holding a session's rows besides `sessions`, parents first.
constexpr const char* kSessionTables[] = {"events", "scorecards", "evidence", "coverage", "estimates", "reviews"};

std::optional<FileId> file_at(const std::string& path) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) return std::nullopt;
    return FileId{static_cast<std::uint64_t>(st.st_dev), static_cast<std::uint64_t>(st.st_ino)};
}

bool has_column(SQLite::Database& db, const std::string& schema, const std::string& table, const char* column) {
    SQLite::Statement q(db, "SELECT count(*) FROM pragma_table_info(?, ?) WHERE name = ?");
    q.bind(1, table);
    q.bind(2, schema);
    q.bind(3, column);
    q.executeStep();
    return q.getColumn(0).getInt() > 0;
}

/// Copies session `from` of schema `src` into schema `dst` as session `to`, every table's rows
/// with it; the rows' own ids are new ones. Both schemas are histories of this version.
/// `keep_owner`: the process running it still does (else nobody does).
void copy_session(SQLite::Database& db, const std::string& src, const std::string& dst, std::int64_t from,
                  std::int64_t to, bool keep_owner) {
    auto copy = [&](const std::string& table, const std::string& key) {
        db.exec("DROP TABLE IF EXISTS temp.moving");
        SQLite::Statement pick(db, "CREATE TEMP TABLE moving AS SELECT * FROM " + src + "." + table + " WHERE " + key +
                                       " = ?");
        pick.bind(1, static_cast<std::int64_t>(from));
        pick.exec();
        if (table == "sessions") {
            SQLite::Statement u(db, "UPDATE temp.moving SET id = ?");
            u.bind(1, static_cast<std::int64_t>(to));
            u.exec();
            if (!keep_owner) db.exec("UPDATE temp.moving SET owner_pid = 0");
        } else {
            SQLite::Statement u(db, "UPDATE temp.moving SET session_id = ?");
            u.bind(1, static_cast<std::int64_t>(to));
            u.exec();
            if (has_column(db, src, table, "id")) db.exec("UPDATE temp.moving SET id = NULL");
        }
        db.exec("INSERT INTO " + dst + "." + table + " SELECT * FROM temp.moving");
        db.exec("DROP TABLE temp.moving");
    };
    copy("sessions", "id");
    for (const char* table : kSessionTables)
        copy(table, "session_id");
}

/// Attaches `path` as `rec` for one scope.
class Attached {
public:
    Attached(SQLite::Database& db, const std::string& path) : db_(db) {
        SQLite::Statement a(db_, "ATTACH DATABASE ? AS rec");
        a.bind(1, path);
        a.exec();
    }
    ~Attached() {
        try {
            db_.exec("DETACH DATABASE rec");
        } catch (const SQLite::Exception&) {
        }
    }
    Attached(const Attached&) = delete;
    Attached& operator=(const Attached&) = delete;

private:
    SQLite::Database& db_;
};

} // namespace

void History::note_file() {
    if (path_ == ":memory:") return;
    file_ = file_at(path_);
    wal_ = file_at(path_ + "-wal");
    shm_ = file_at(path_ + "-shm");
}

void History::let_go() {
    try {
        (void)db_->execAndGet("PRAGMA wal_checkpoint(TRUNCATE)");
    } catch (const SQLite::Exception&) {
        // What is not in the file stays in the log, removed below: the session itself is kept.
    }
    version_query_.reset(); // statements of the connection let go
    glance_query_.reset();
    db_ = std::make_unique<SQLite::Database>(":memory:", SQLite::OPEN_READWRITE);
    for (const auto& [tail, id] : {std::pair{"-wal", wal_}, std::pair{"-shm", shm_}})
        if (id && file_at(path_ + tail) == id) ::unlink((path_ + tail).c_str());
    file_.reset();
}

void History::check_in_place() const {
    if (!file_) return;
    Place place = place_of(*file_, file_at(path_));
    if (place == Place::same) return;
    throw LostError("the history " + path_ +
                        (place == Place::replaced ? " was replaced by another file" : " was deleted") +
                        " while this session ran; nothing more was written to it",
                    place == Place::replaced);
}

std::unique_ptr<History> History::keep_session_in(std::int64_t session, const std::string& path) {
    auto kept = std::make_unique<History>(path); // private, with its folders, at this version
    guarded(path_, "keep the session of", [&] {
        Attached rec(*db_, path);
        SQLite::Transaction tx(*db_);
        copy_session(*db_, "main", "rec", session, session, true);
        tx.commit();
        return 0;
    });
    let_go();
    return kept;
}

std::vector<History::Recovered> History::take_recovered() {
    std::vector<Recovered> out;
    std::error_code ec;
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(recovery_folder(path_), ec))
        if (entry.path().extension() == ".db" && entry.is_regular_file(ec)) files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    for (const auto& file : files) {
        { History kept(file); } // refuses a file that is not a history of this version; migrates an older one
        bool taken = guarded(path_, "bring back a kept session into", [&] {
            Attached rec(*db_, file.string());
            SQLite::Transaction tx(*db_, SQLite::TransactionBehavior::IMMEDIATE);
            SQLite::Statement q(*db_, "SELECT id, owner_pid FROM rec.sessions ORDER BY id");
            std::vector<std::int64_t> ids;
            bool running = false; // the session still runs there: it is brought back once it stops
            while (q.executeStep()) {
                ids.push_back(q.getColumn(0).getInt64());
                running = running || detail::process_alive(q.getColumn(1).getInt64());
            }
            if (running) return false;
            for (std::int64_t was : ids) {
                std::int64_t now = db_->execAndGet("SELECT coalesce(max(id), 0) + 1 FROM main.sessions").getInt64();
                copy_session(*db_, "rec", "main", was, now, false);
                out.push_back({file.string(), was, now});
            }
            tx.commit();
            return true;
        });
        if (!taken) continue;
        for (const char* tail : {"", "-wal", "-shm"})
            fs::remove(file.string() + tail, ec);
    }
    return out;
}

} // namespace sdmock
