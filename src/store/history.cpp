#include "store/history.hpp"

#include "store/sql_util.hpp"

#include "core/error.hpp"

#include <SQLiteCpp/SQLiteCpp.h>
#include <sqlite3.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstring>

#include <map>

namespace fs = std::filesystem;

namespace sdmock {
using detail::dims_list;
using detail::guarded;
using detail::kInfoColumns;
using detail::read_info;

namespace {

constexpr const char* kSchemaV1 = R"sql(
CREATE TABLE sessions (
    id          INTEGER PRIMARY KEY,
    problem     TEXT NOT NULL,
    plan        TEXT NOT NULL,
    mode        TEXT NOT NULL,
    status      TEXT NOT NULL,
    started_at  TEXT NOT NULL,
    seed        INTEGER NOT NULL,
    speed       REAL NOT NULL DEFAULT 1,
    elapsed_ms  INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE events (
    id          INTEGER PRIMARY KEY,
    session_id  INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    t_ms        INTEGER NOT NULL,
    kind        TEXT NOT NULL,
    phase       TEXT NOT NULL DEFAULT '',
    dimension   TEXT NOT NULL DEFAULT '',
    text        TEXT NOT NULL DEFAULT '',
    value       INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX events_by_session ON events(session_id, id);
CREATE TABLE scorecards (
    session_id    INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    scorer        TEXT NOT NULL,
    requirements  INTEGER, estimation INTEGER, api INTEGER, architecture INTEGER, data INTEGER,
    caching       INTEGER, async INTEGER, scaling INTEGER, reliability INTEGER, security INTEGER,
    observability INTEGER, communication INTEGER,
    total         INTEGER NOT NULL,
    PRIMARY KEY (session_id, scorer)
);
CREATE TABLE evidence (
    session_id  INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    scorer      TEXT NOT NULL,
    dimension   TEXT NOT NULL,
    text        TEXT NOT NULL,
    PRIMARY KEY (session_id, scorer, dimension)
);
)sql";

// Version 2: paired mocks. The driving process owns a session (a second one is refused) and
// its heartbeat's wall time lets a follower run the clock between heartbeats.
constexpr const char* kSchemaV2 = R"sql(
ALTER TABLE sessions ADD COLUMN heartbeat_ms INTEGER NOT NULL DEFAULT 0;
ALTER TABLE sessions ADD COLUMN owner_pid INTEGER NOT NULL DEFAULT 0;
)sql";

// Version 3: imported scorecards keep the notes column of the CSV as it was written; an index
// for finding a session by its start (imports skip sessions already present).
constexpr const char* kSchemaV3 = R"sql(
ALTER TABLE scorecards ADD COLUMN notes TEXT NOT NULL DEFAULT '';
CREATE INDEX sessions_by_start ON sessions(started_at);
)sql";

// Version 4: practice runs, kept out of the trends. One bit per reason (sql_util.hpp): speed 1,
// the --practice flag 2, ended before half of the plan's time 4, imported as practice 8. A session
// recorded before is judged by its speed: whether it ended early needs its plan's length, which
// is content and not in the history, so an older session is not guessed at.
constexpr const char* kSchemaV4 = R"sql(
ALTER TABLE sessions ADD COLUMN practice INTEGER NOT NULL DEFAULT 0;
UPDATE sessions SET practice = 1 WHERE speed <> 1;
)sql";

// Version 5: the review's ticks, one per key point of the answer key.
constexpr const char* kSchemaV5 = R"sql(
CREATE TABLE coverage (
    session_id  INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    point       TEXT NOT NULL,
    covered     INTEGER NOT NULL,
    PRIMARY KEY (session_id, point)
);
)sql";

// Version 6: drills, one phase of a problem run on its own (core/drill.hpp): the phase and the
// focus it was started with; an empty phase is a full mock, as every session recorded before.
constexpr const char* kSchemaV6 = R"sql(
ALTER TABLE sessions ADD COLUMN drill_phase TEXT NOT NULL DEFAULT '';
ALTER TABLE sessions ADD COLUMN drill_focus TEXT NOT NULL DEFAULT '';

)sql";

// Version 7: the level a mock is run at (mid, senior, staff). A session recorded before was run
// at no stated level: it is left empty (not recorded) rather than guessed.
constexpr const char* kSchemaV7 = R"sql(
ALTER TABLE sessions ADD COLUMN level TEXT NOT NULL DEFAULT '';
)sql";

// Version 8: the start as an instant (milliseconds since the epoch, UTC) and its offset from UTC
// in seconds, so sessions started in different time zones sort by when they happened and a
// report can bucket each by its own local date. Earlier rows are ISO 8601 with an offset
// (`2026-11-02T09:00:00+01:00`): the instant is derived from it; a row without an offset (never
// written by sdmock) is read as UTC. Triggers keep both columns right for every insert and
// every change of started_at, whatever writes it.
constexpr const char* kSchemaV8 = R"sql(
ALTER TABLE sessions ADD COLUMN started_ms INTEGER;
ALTER TABLE sessions ADD COLUMN utc_offset_s INTEGER NOT NULL DEFAULT 0;
UPDATE sessions SET
    started_ms = CAST(strftime('%s', started_at) AS INTEGER) * 1000,
    utc_offset_s = CAST(round((julianday(substr(started_at, 1, 19)) - julianday(started_at)) * 86400) AS INTEGER);
CREATE TRIGGER sessions_instant_insert AFTER INSERT ON sessions BEGIN
    UPDATE sessions SET
        started_ms = CAST(strftime('%s', NEW.started_at) AS INTEGER) * 1000,
        utc_offset_s = CAST(round((julianday(substr(NEW.started_at, 1, 19)) - julianday(NEW.started_at)) * 86400)
                            AS INTEGER)
    WHERE id = NEW.id;
END;
CREATE TRIGGER sessions_instant_update AFTER UPDATE OF started_at ON sessions BEGIN
    UPDATE sessions SET
        started_ms = CAST(strftime('%s', NEW.started_at) AS INTEGER) * 1000,
        utc_offset_s = CAST(round((julianday(substr(NEW.started_at, 1, 19)) - julianday(NEW.started_at)) * 86400)
                            AS INTEGER)
    WHERE id = NEW.id;
END;
CREATE INDEX sessions_by_instant ON sessions(started_ms);
)sql";

// Version 9: estimates, from a mock (its session, the session time) or from an estimation drill
// (no session, the time the answer took), each beside its reference in SI base units.
constexpr const char* kSchemaV9 = R"sql(
CREATE TABLE estimates (
    id          INTEGER PRIMARY KEY,
    session_id  INTEGER REFERENCES sessions(id) ON DELETE CASCADE,
    kind        TEXT NOT NULL,
    name        TEXT NOT NULL,
    given       TEXT NOT NULL,
    value       REAL NOT NULL,
    reference   REAL NOT NULL,
    unit        TEXT NOT NULL,
    how         TEXT NOT NULL DEFAULT '',
    t_ms        INTEGER NOT NULL DEFAULT 0,
    seconds     REAL NOT NULL DEFAULT 0,
    recorded_at TEXT NOT NULL
);
CREATE INDEX estimates_by_session ON estimates(session_id, id);
)sql";

// Version 10: spaced review (core/fsrs.hpp). One row per review of an item of the bank, a study card
// or a mock's miss: the grade, when (milliseconds since the epoch, the local calendar day and the
// time as written), the item's dimension for the retention figures. A miss's row names its mock,
// so deleting the mock deletes its reviews. The schedule is replayed from these rows, never stored.
constexpr const char* kSchemaV10 = R"sql(
CREATE TABLE reviews (
    id          INTEGER PRIMARY KEY,
    item        TEXT NOT NULL,
    dimension   TEXT NOT NULL DEFAULT '',
    grade       INTEGER NOT NULL CHECK (grade BETWEEN 1 AND 4),
    at_ms       INTEGER NOT NULL,
    day         INTEGER NOT NULL,
    reviewed_at TEXT NOT NULL,
    session_id  INTEGER REFERENCES sessions(id) ON DELETE CASCADE
);
CREATE INDEX reviews_by_item ON reviews(item, at_ms);
)sql";

// Version 11: a writer that knows a start's instant gives it with the row (an import then writes
// each session once, not twice); the trigger fills it in for every other insert, as before. Two
// indexes let a report find the best total before its window and when each problem was last
// practised without reading the whole history.
constexpr const char* kSchemaV11 = R"sql(
CREATE INDEX IF NOT EXISTS scorecards_by_total ON scorecards(scorer, total);
CREATE INDEX IF NOT EXISTS sessions_by_problem ON sessions(problem, started_at);
DROP TRIGGER sessions_instant_insert;
CREATE TRIGGER sessions_instant_insert AFTER INSERT ON sessions WHEN NEW.started_ms IS NULL BEGIN
    UPDATE sessions SET
        started_ms = CAST(strftime('%s', NEW.started_at) AS INTEGER) * 1000,
        utc_offset_s = CAST(round((julianday(substr(NEW.started_at, 1, 19)) - julianday(NEW.started_at)) * 86400)
                            AS INTEGER)
    WHERE id = NEW.id;
END;
)sql";

// Version 12: a mock's recording. The sound is a file beside the history (recordings/, named
// after the session); the table keeps where it is, what it was taken from, and its levels, one
// byte per 50 ms window (encode_levels), so that talk and silence are figured without decoding
// the sound again.
constexpr const char* kSchemaV12 = R"sql(
CREATE TABLE IF NOT EXISTS recordings (
    session_id INTEGER PRIMARY KEY REFERENCES sessions(id) ON DELETE CASCADE,
    file TEXT NOT NULL,
    input TEXT NOT NULL DEFAULT '',
    window_ms INTEGER NOT NULL DEFAULT 50,
    levels BLOB NOT NULL DEFAULT x'',
    length_ms INTEGER NOT NULL DEFAULT 0
);
)sql";

/// Makes the folders of `folder` that do not exist yet, each 0700 whatever the umask.
void create_private_folders(const fs::path& folder) {
    std::error_code ec;
    if (folder.empty() || fs::is_directory(folder, ec)) return;
    create_private_folders(folder.parent_path());
    if (::mkdir(folder.c_str(), 0700) != 0 && errno != EEXIST)
        throw StoreError("cannot create the folder " + folder.string() + " for the history: " + std::strerror(errno));
    ::chmod(folder.c_str(), 0700);
}

/// Creates the file with mode 0600 (whatever the umask) before SQLite opens it, so the history
/// is private from the start.
void create_private(const fs::path& path) {
    if (path.empty() || path == ":memory:") return;
    if (path.has_parent_path()) create_private_folders(path.parent_path());
    int fd = ::open(path.c_str(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd >= 0) {
        ::fchmod(fd, 0600);
        ::close(fd);
    }
}

bool file_exists(const fs::path& path) {
    std::error_code ec;
    return fs::is_regular_file(path, ec);
}

} // namespace

SessionInfo detail::read_info(const RowReader& q) {
    SessionInfo s;
    s.id = q.int64(0);
    s.problem = q.string(1);
    s.plan = q.string(2);
    s.mode = mode_from(q.text(3)).value_or(Mode::solo);
    s.status = status_from(q.text(4)).value_or(Status::running);
    s.started_at = q.string(5);
    s.seed = static_cast<std::uint64_t>(q.int64(6));
    s.speed = q.real(7);
    s.elapsed = Duration(q.int64(8));
    s.heartbeat_at = WallTime(std::chrono::milliseconds(q.int64(9)));
    s.owner_pid = q.int64(10);
    s.owner_alive = detail::process_alive(s.owner_pid);
    s.practice = detail::practice_from_bits(q.int64(11));
    s.level = q.string(12);
    if (auto phase = q.text(13); !phase.empty()) s.drill = Drill{std::string(phase), q.string(14)};
    return s;
}

bool detail::process_alive(std::int64_t pid) {
    return pid > 0 && (::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM);
}

History::History(const fs::path& path) : History(path, Open::shared) {}

History::History(const fs::path& path, Open how) : path_(path.string()), staged_(how == Open::staged) {
    // No count of SQLite's memory (sdmock never reads it): its allocations then take no lock.
    // Only possible before SQLite starts; afterwards the call is refused and changes nothing.
    static const int kNoMemoryCount = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    (void)kNoMemoryCount;
    guarded(path_, "open the history", [&] {
        create_private(path);
        try {
            db_ = std::make_unique<SQLite::Database>(path_, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE |
                                                                SQLite::OPEN_NOMUTEX);
            db_->setBusyTimeout(kBusyTimeoutMs);
            db_->exec("PRAGMA foreign_keys = ON");
            refuse_foreign(); // before WAL: another program's file is left exactly as it was
            if (how == Open::staged) {
                // The journal in memory still undoes a transaction that is rolled back.
                (void)db_->execAndGet("PRAGMA journal_mode = MEMORY");
                db_->exec("PRAGMA synchronous = OFF");
            } else if (path_ != ":memory:") {
                (void)db_->execAndGet("PRAGMA journal_mode = WAL");
                db_->exec("PRAGMA synchronous = NORMAL");
            }
            migrate();
            detail::add_listing_index(*db_);
            note_file();
        } catch (const SQLite::Exception& e) {
            // A history we may read but not write (a read-only file or folder): reads still work,
            // and any write fails with "the history is read-only".
            bool denied = e.getErrorCode() == SQLITE_READONLY || e.getErrorCode() == SQLITE_CANTOPEN;
            if (!denied || !file_exists(path)) throw;
            open_read_only();
        }
        return 0;
    });
}

void History::open_read_only() {
    db_ = std::make_unique<SQLite::Database>("file:" + path_ + "?immutable=1",
                                             SQLite::OPEN_READONLY | SQLite::OPEN_URI | SQLite::OPEN_NOMUTEX);
    int version = schema_version();
    if (version != kSchemaVersion)
        throw StoreError("the history " + path_ + " is read-only and " +
                         (version < kSchemaVersion ? std::string("needs an upgrade this sdmock cannot write")
                                                   : std::string("was written by a newer sdmock")));
}

void History::seal() {
    guarded(path_, "write the history", [&] {
        (void)db_->execAndGet("PRAGMA journal_mode = WAL");
        db_->exec("PRAGMA synchronous = NORMAL");
        staged_ = false;
        // Written without syncs: on disk before anything names it as the history.
        const int fd = ::open(path_.c_str(), O_RDONLY | O_CLOEXEC);
        const bool synced = fd >= 0 && ::fsync(fd) == 0;
        const int error = errno;
        if (fd >= 0) ::close(fd);
        if (!synced) throw StoreError("cannot write the history " + path_ + ": " + std::strerror(error));
        return 0;
    });
}

History::~History() = default;

void History::refuse_foreign() const {
    if (schema_version() == 0 && db_->execAndGet("SELECT count(*) FROM sqlite_master").getInt() > 0)
        throw StoreError("the file " + path_ +
                         " is a SQLite database of another program, not an sdmock history; "
                         "give another path with --db");
}

int History::schema_version() const {
    return db_->execAndGet("PRAGMA user_version").getInt();
}

void History::migrate() {
    int version = schema_version();
    if (version > kSchemaVersion)
        throw StoreError("the history " + path_ + " was written by a newer sdmock (schema " + std::to_string(version) +
                         "); upgrade sdmock to read it");
    if (version == kSchemaVersion) return;
    SQLite::Transaction tx(*db_, SQLite::TransactionBehavior::IMMEDIATE);
    int current = schema_version(); // again, inside the lock: another process may have migrated
    refuse_foreign();
    if (current < 1) db_->exec(kSchemaV1);
    if (current < 2) db_->exec(kSchemaV2);
    if (current < 3) db_->exec(kSchemaV3);
    if (current < 4) db_->exec(kSchemaV4);
    if (current < 5) db_->exec(kSchemaV5);
    if (current < 6) db_->exec(kSchemaV6);
    if (current < 7) db_->exec(kSchemaV7);
    if (current < 8) db_->exec(kSchemaV8);
    if (current < 9) db_->exec(kSchemaV9);
    if (current < 10) db_->exec(kSchemaV10);
    if (current < 11) db_->exec(kSchemaV11);
    if (current < 12) db_->exec(kSchemaV12);
    db_->exec("PRAGMA user_version = " + std::to_string(kSchemaVersion));
    tx.commit();
}

std::int64_t History::create_session(const NewSession& s) {
    return guarded(path_, "write to", [&] {
        SQLite::Statement q(
            *db_, "INSERT INTO sessions (problem, plan, mode, status, started_at, seed, speed, "
                  "practice, level, drill_phase, drill_focus) VALUES (?, ?, ?, 'running', ?, ?, ?, ?, ?, ?, ?)");
        q.bind(1, s.problem);
        q.bind(2, s.plan);
        q.bind(3, std::string(to_string(s.mode)));
        q.bind(4, s.started_at);
        q.bind(5, static_cast<std::int64_t>(s.seed));
        q.bind(6, s.speed);
        q.bind(7, detail::practice_bits(s.practice));
        q.bind(8, s.level);
        q.bind(9, s.drill ? s.drill->phase : std::string());
        q.bind(10, s.drill ? s.drill->focus : std::string());
        q.exec();
        return static_cast<std::int64_t>(db_->getLastInsertRowid());
    });
}

namespace {

/// Sets a connection's busy timeout for one scope.
class BusyWait {
public:
    BusyWait(SQLite::Database& db, int ms) : db_(db) { db_.setBusyTimeout(ms); }
    ~BusyWait() { db_.setBusyTimeout(History::kBusyTimeoutMs); }
    BusyWait(const BusyWait&) = delete;
    BusyWait& operator=(const BusyWait&) = delete;

private:
    SQLite::Database& db_;
};

} // namespace

void History::record(std::int64_t session, const Event& e, bool quick) {
    check_in_place();
    BusyWait wait(*db_, quick ? kQuickTimeoutMs : kBusyTimeoutMs);
    guarded(path_, "write to", [&] {
        SQLite::Transaction tx(*db_, SQLite::TransactionBehavior::IMMEDIATE);
        SQLite::Statement q(*db_, "INSERT INTO events (session_id, t_ms, kind, phase, dimension, text, value) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?)");
        q.bind(1, static_cast<std::int64_t>(session));
        q.bind(2, static_cast<std::int64_t>(e.t.count()));
        q.bind(3, e.kind);
        q.bind(4, e.phase);
        q.bind(5, e.dimension);
        q.bind(6, e.text);
        q.bind(7, static_cast<std::int64_t>(e.value));
        q.exec();
        SQLite::Statement u(*db_, "UPDATE sessions SET elapsed_ms = max(elapsed_ms, ?) WHERE id = ?");
        u.bind(1, static_cast<std::int64_t>(e.t.count()));
        u.bind(2, static_cast<std::int64_t>(session));
        u.exec();
        tx.commit();
        return 0;
    });
}

void History::heartbeat(std::int64_t session, Duration elapsed, WallTime at) {
    check_in_place();
    BusyWait wait(*db_, kQuickTimeoutMs);
    guarded(path_, "write to", [&] {
        SQLite::Statement u(*db_, "UPDATE sessions SET elapsed_ms = ?, heartbeat_ms = ? WHERE id = ?");
        u.bind(1, static_cast<std::int64_t>(elapsed.count()));
        u.bind(2, static_cast<std::int64_t>(
                      std::chrono::duration_cast<std::chrono::milliseconds>(at.time_since_epoch()).count()));
        u.bind(3, static_cast<std::int64_t>(session));
        u.exec();
        return 0;
    });
}

void History::claim(std::int64_t session, std::int64_t pid) {
    guarded(path_, "write to", [&] {
        SQLite::Transaction tx(*db_, SQLite::TransactionBehavior::IMMEDIATE);
        SQLite::Statement q(*db_, "SELECT owner_pid FROM sessions WHERE id = ?");
        q.bind(1, static_cast<std::int64_t>(session));
        if (!q.executeStep()) throw StoreError("no session " + std::to_string(session));
        std::int64_t owner = q.getColumn(0).getInt64();
        q.reset();
        if (owner != 0 && owner != pid && detail::process_alive(owner))
            throw Error("session " + std::to_string(session) + " is already being run by another sdmock (process " +
                        std::to_string(owner) + "); follow it with `sdmock follow " + std::to_string(session) +
                        "` or stop that process first");
        SQLite::Statement u(*db_, "UPDATE sessions SET owner_pid = ? WHERE id = ?");
        u.bind(1, static_cast<std::int64_t>(pid));
        u.bind(2, static_cast<std::int64_t>(session));
        u.exec();
        tx.commit();
        return 0;
    });
}

void History::release(std::int64_t session, std::int64_t pid) {
    guarded(path_, "write to", [&] {
        SQLite::Statement u(*db_, "UPDATE sessions SET owner_pid = 0 WHERE id = ? AND owner_pid = ?");
        u.bind(1, static_cast<std::int64_t>(session));
        u.bind(2, static_cast<std::int64_t>(pid));
        u.exec();
        return 0;
    });
}

std::optional<SessionInfo> History::info(std::int64_t session) const {
    return guarded(path_, "read", [&]() -> std::optional<SessionInfo> {
        detail::RowReader q(*db_, std::string("SELECT ") + kInfoColumns + " FROM sessions WHERE id = ?");
        q.bind(1, static_cast<std::int64_t>(session));
        if (!q.step()) return std::nullopt;
        return read_info(q);
    });
}

std::int64_t History::last_event_id(std::int64_t session) const {
    return guarded(path_, "read", [&] {
        SQLite::Statement q(*db_, "SELECT coalesce(max(id), 0) FROM events WHERE session_id = ?");
        q.bind(1, static_cast<std::int64_t>(session));
        q.executeStep();
        return q.getColumn(0).getInt64();
    });
}

std::optional<History::Glance> History::glance(std::int64_t session) const {
    return guarded(path_, "read", [&]() -> std::optional<Glance> {
        if (!glance_query_)
            glance_query_ = std::make_unique<detail::RowReader>(
                *db_, std::string("SELECT ") + kInfoColumns +
                          ", (SELECT coalesce(max(e.id), 0) FROM events e WHERE e.session_id = s.id) FROM sessions s "
                          "WHERE s.id = ?");
        detail::RowReader& q = *glance_query_;
        struct Done { // reset at once: a statement left stepped would hold its read transaction open
            detail::RowReader& q;
            ~Done() { q.reset(); }
        } done{q};
        q.bind(1, static_cast<std::int64_t>(session));
        if (!q.step()) return std::nullopt;
        return Glance{read_info(q), q.int64(15)};
    });
}

std::int64_t History::data_version() const {
    return guarded(path_, "read", [&] {
        if (!version_query_) version_query_ = std::make_unique<detail::RowReader>(*db_, "PRAGMA data_version");
        detail::RowReader& q = *version_query_;
        struct Done {
            detail::RowReader& q;
            ~Done() { q.reset(); }
        } done{q};
        q.step();
        return q.int64(0);
    });
}

void History::set_status(std::int64_t session, Status status) {
    guarded(path_, "write to", [&] {
        SQLite::Statement u(*db_, "UPDATE sessions SET status = ? WHERE id = ?");
        u.bind(1, std::string(to_string(status)));
        u.bind(2, static_cast<std::int64_t>(session));
        u.exec();
        return 0;
    });
}

void History::finish(std::int64_t session, const PracticeReasons& practice) {
    check_in_place();
    guarded(path_, "write to", [&] {
        SQLite::Statement u(*db_, "UPDATE sessions SET status = 'finished', practice = ? WHERE id = ?");
        u.bind(1, detail::practice_bits(practice));
        u.bind(2, static_cast<std::int64_t>(session));
        u.exec();
        return 0;
    });
}

void History::save_scorecard(std::int64_t session, Scorer scorer, const Scorecard& card) {
    check_in_place();
    guarded(path_, "write to", [&] {
        SQLite::Transaction tx(*db_, SQLite::TransactionBehavior::IMMEDIATE);
        std::string marks;
        for (std::size_t i = 0; i < kDimensionCount; ++i)
            marks += ", ?";
        std::string sql = "INSERT OR REPLACE INTO scorecards (session_id, scorer, " + dims_list() +
                          ", total) VALUES (?, ?" + marks + ", ?)";
        SQLite::Statement q(*db_, sql);
        q.bind(1, static_cast<std::int64_t>(session));
        q.bind(2, std::string(to_string(scorer)));
        for (std::size_t i = 0; i < kDimensionCount; ++i) {
            int col = static_cast<int>(i) + 3;
            if (card.scores[i])
                q.bind(col, *card.scores[i]);
            else
                q.bind(col);
        }
        q.bind(static_cast<int>(kDimensionCount) + 3, card.total());
        q.exec();
        SQLite::Statement del(*db_, "DELETE FROM evidence WHERE session_id = ? AND scorer = ?");
        del.bind(1, static_cast<std::int64_t>(session));
        del.bind(2, std::string(to_string(scorer)));
        del.exec();
        SQLite::Statement ins(*db_, "INSERT INTO evidence (session_id, scorer, dimension, text) VALUES (?, ?, ?, ?)");
        for (std::size_t i = 0; i < kDimensionCount; ++i) {
            if (card.evidence[i].empty()) continue;
            ins.bind(1, static_cast<std::int64_t>(session));
            ins.bind(2, std::string(to_string(scorer)));
            ins.bind(3, std::string(kDimensionIds[i]));
            ins.bind(4, card.evidence[i]);
            ins.exec();
            ins.reset();
        }
        tx.commit();
        return 0;
    });
}

std::vector<SessionInfo> History::running() const {
    return guarded(path_, "read", [&] {
        std::vector<SessionInfo> out;
        detail::RowReader q(*db_, std::string("SELECT ") + kInfoColumns +
                                      " FROM sessions WHERE status = 'running' ORDER BY id DESC");
        while (q.step())
            out.push_back(read_info(q));
        return out;
    });
}

std::vector<SessionInfo> History::recent(int limit) const {
    return guarded(path_, "read", [&] {
        std::vector<SessionInfo> out;
        detail::RowReader q(*db_, std::string("SELECT ") + kInfoColumns + " FROM sessions ORDER BY id DESC LIMIT ?");
        q.bind(1, static_cast<std::int64_t>(limit));
        while (q.step())
            out.push_back(read_info(q));
        return out;
    });
}

} // namespace sdmock
