// The import: rows written as the reader hands them on, in one transaction.
#include "store/history.hpp"

#include "core/dates.hpp"
#include "core/session.hpp"
#include "store/sql_util.hpp"

#include <algorithm>
#include <string_view>

namespace sdmock {
using detail::dims_list;
using detail::guarded;

namespace {

constexpr int kImportCacheKiB = 16384;
/// Enough for a staged history, whose pages go straight to the file when the cache is full.
constexpr int kStagedCacheKiB = 4096;

/// The full start (seconds and the local zone's offset) of a CSV date, as iso_with_offset makes
/// it, with the offset worked out once for a run of rows of the same day (a file is usually in
/// date order): a day whose first and last minutes have the same offset has it all day, the zone
/// changing it at most once a day, and only a day that changes it is worked out row by row.
class StartTimes {
public:
    const std::string& full(const std::string& date) {
        const bool minute = date.size() == 16;
        if (!minute && date.size() != 10) return text_ = iso_with_offset(date);
        if (date.compare(0, 10, day_) != 0) {
            day_.assign(date, 0, 10);
            constexpr std::size_t kUntilOffset = 19; // 2026-11-23T19:05:00
            const std::string first = iso_with_offset(day_ + "T00:00");
            const std::string last = iso_with_offset(day_ + "T23:59");
            offset_.clear();
            if (first.size() > kUntilOffset && last.size() > kUntilOffset &&
                first.compare(kUntilOffset, std::string::npos, last, kUntilOffset) == 0)
                offset_.assign(first, kUntilOffset);
        }
        if (offset_.empty()) return text_ = iso_with_offset(date); // the day the clocks change
        text_.assign(date).append(minute ? ":00" : "T00:00:00").append(offset_);
        return text_;
    }

private:
    std::string day_;    ///< the date of the last row
    std::string offset_; ///< its offset all day ("+01:00"); empty when it changes that day
    std::string text_;
};

/// For an import: a bigger page cache and no foreign-key checks, each scorecard going to the
/// session just written for it; the defaults again afterwards.
struct ImportSettings {
    ImportSettings(SQLite::Database& db, int cache_kib) : db_(db) {
        // With the default 2 MiB a large import into a history with a log spills pages to the log
        // mid-transaction and writes them again, which made the cost of 100,000 rows 14x that of
        // 10,000 instead of 10x (kImportCacheKiB). A staged history has no log (kStagedCacheKiB).
        db_.exec("PRAGMA cache_size = -" + std::to_string(cache_kib));
        db_.exec("PRAGMA foreign_keys = OFF"); // outside the transaction, where it takes effect
    }
    ~ImportSettings() {
        try {
            db_.exec("PRAGMA cache_size = -2000");
            db_.exec("PRAGMA foreign_keys = ON");
        } catch (const SQLite::Exception&) { // the next statement reports a lost connection
        }
    }
    ImportSettings(const ImportSettings&) = delete;
    ImportSettings& operator=(const ImportSettings&) = delete;

private:
    SQLite::Database& db_;
};

/// Rows written to one table several to a statement (`INSERT ... VALUES (...), (...)`): each row's
/// values are kept until its batch is written, when it is full or on `flush`.
class BatchInsert {
public:
    /// `head` up to VALUES, `row` one row's parentheses, a `?` for each value.
    BatchInsert(SQLite::Database& db, std::string head, std::string row, int rows_per_statement)
        : db_(db.getHandle()), head_(std::move(head)), row_(std::move(row)),
          columns_(static_cast<int>(std::count(row_.begin(), row_.end(), '?'))), per_statement_(rows_per_statement),
          cells_(static_cast<std::size_t>(columns_ * rows_per_statement)) {}
    ~BatchInsert() { sqlite3_finalize(full_); }
    BatchInsert(const BatchInsert&) = delete;
    BatchInsert& operator=(const BatchInsert&) = delete;

    void text(std::string_view value) {
        Cell& c = next();
        c.kind = Kind::text;
        c.text.assign(value);
    }
    void integer(std::int64_t value) {
        Cell& c = next();
        c.kind = Kind::integer;
        c.number = value;
    }
    void null() { next().kind = Kind::null; }
    /// Ends a row: a full batch is written.
    void end_row() {
        if (++rows_ == per_statement_) flush();
    }
    /// Writes the rows not yet written.
    void flush() {
        if (rows_ == 0) return;
        sqlite3_stmt* stmt =
            rows_ == per_statement_ ? (full_ != nullptr ? full_ : full_ = prepare(rows_)) : prepare(rows_);
        const int n = rows_ * columns_;
        int rc = SQLITE_OK;
        for (int i = 0; i < n && rc == SQLITE_OK; ++i) {
            const Cell& c = cells_[static_cast<std::size_t>(i)];
            if (c.kind == Kind::text)
                rc = sqlite3_bind_text(stmt, i + 1, c.text.data(), static_cast<int>(c.text.size()), SQLITE_STATIC);
            else if (c.kind == Kind::integer)
                rc = sqlite3_bind_int64(stmt, i + 1, c.number);
            else
                rc = sqlite3_bind_null(stmt, i + 1);
        }
        if (rc == SQLITE_OK) rc = sqlite3_step(stmt);
        sqlite3_reset(stmt);
        if (stmt != full_) sqlite3_finalize(stmt);
        rows_ = 0;
        used_ = 0;
        if (rc != SQLITE_DONE) throw SQLite::Exception(db_, rc);
    }

private:
    enum class Kind : std::uint8_t { null, integer, text };
    struct Cell {
        Kind kind = Kind::null;
        std::int64_t number = 0;
        std::string text; ///< keeps its storage from batch to batch
    };
    Cell& next() { return cells_[used_++]; }
    sqlite3_stmt* prepare(int rows) const {
        std::string sql = head_;
        for (int i = 0; i < rows; ++i)
            sql.append(i == 0 ? " " : ", ").append(row_);
        sqlite3_stmt* stmt = nullptr;
        if (int rc = sqlite3_prepare_v2(db_, sql.c_str(), -1, &stmt, nullptr); rc != SQLITE_OK)
            throw SQLite::Exception(db_, rc);
        return stmt;
    }

    sqlite3* db_;
    std::string head_;
    std::string row_;
    int columns_;
    int per_statement_;
    std::vector<Cell> cells_;
    std::size_t used_ = 0;
    int rows_ = 0;
    sqlite3_stmt* full_ = nullptr; ///< the statement for a full batch, kept
};

/// Rows to a statement into an empty history. Elsewhere one: each session must be in the history
/// before the next row is looked for there.
constexpr int kBatchRows = 64;
/// The trigger giving a new session its instant when it was written without one.
constexpr const char* kInstantTrigger = "sessions_instant_insert";

} // namespace

History::ImportCounts
History::import_rows(const std::function<bool(const std::function<void(const GroupedRow&)>&)>& read) {
    return guarded(path_, "import into", [&] {
        ImportCounts counts;
        ImportSettings settings(*db_, staged_ ? kStagedCacheKiB : kImportCacheKiB);
        SQLite::Transaction tx(*db_, SQLite::TransactionBehavior::IMMEDIATE);
        // The same minute, problem, plan and mode: a range of the start index holding that minute only.
        SQLite::Statement exists(*db_, "SELECT 1 FROM sessions WHERE started_at >= ?1 AND started_at < ?1 || '~' AND "
                                       "substr(started_at, 1, 16) = ?1 AND problem = ? AND plan = ? AND mode = ?");
        // Into an empty history (a first import, a restore) nothing can be there already.
        const bool empty = db_->execAndGet("SELECT NOT EXISTS (SELECT 1 FROM sessions)").getInt() != 0;
        const int batch = empty ? kBatchRows : 1;
        // SQLite gives each new session the id after the highest (the writer holds the history), so
        // its scorecards can name it before it is written; checked once the rows are in.
        const auto first_id = db_->execAndGet("SELECT coalesce(max(id), 0) + 1 FROM sessions").getInt64();
        auto next_id = first_id;
        BatchInsert sessions(*db_,
                             "INSERT INTO sessions (problem, plan, mode, status, started_at, seed, speed, "
                             "practice, started_ms, utc_offset_s) VALUES",
                             "(?, ?, ?, 'finished', ?, 0, 1, ?, ?, ?)", batch);
        std::string marks;
        for (std::size_t i = 0; i < kDimensionCount + 4; ++i)
            marks += i == 0 ? "?" : ", ?";
        BatchInsert cards(*db_, "INSERT INTO scorecards (session_id, scorer, notes, " + dims_list() + ", total) VALUES",
                          "(" + marks + ")", batch);
        std::vector<std::int64_t> ids; // by the reader's session number; 0: already in the history, skipped
        // There the secondary indexes are dropped and built again once the rows are in (a sort,
        // cheaper than keeping each one up to date row by row), in the same transaction: a crash
        // or a bad file rolls the drop back with the rows. So is the trigger that works out a start's
        // instant, which each row would enter only to find its instant given.
        std::vector<std::string> rebuild;
        bool instants_missing = false;
        if (empty) {
            SQLite::Statement objects(*db_, "SELECT type, name, sql FROM sqlite_master WHERE tbl_name IN ('sessions', "
                                            "'scorecards') AND sql IS NOT NULL AND (type = 'index' OR name = ?)");
            objects.bind(1, kInstantTrigger);
            std::vector<std::string> drops;
            // The index of unfinished cards is kept: it holds nearly nothing, and checking its
            // condition row by row costs less than reading every card again to build it.
            while (objects.executeStep()) {
                const std::string name = objects.getColumn(1).getString();
                if (name == detail::kListingIndex) continue;
                drops.push_back("DROP " + objects.getColumn(0).getString() + " \"" + name + "\"");
                rebuild.push_back(objects.getColumn(2).getString());
            }
            for (const auto& drop : drops)
                db_->exec(drop);
        }
        StartTimes starts;
        std::string minute;
        std::string mode;
        auto take = [&](const GroupedRow& g) {
            const HistoryRow& row = g.row;
            if (g.first) {
                const std::string& started = starts.full(row.date);
                mode.assign(to_string(row.mode));
                bool present = false;
                if (!empty) {
                    minute.assign(started, 0, 16);
                    exists.bindNoCopy(1, minute);
                    exists.bindNoCopy(2, row.problem);
                    exists.bindNoCopy(3, row.plan);
                    exists.bindNoCopy(4, mode);
                    present = exists.executeStep();
                    exists.reset();
                }
                if (ids.size() <= g.session) ids.resize(g.session + 1, 0);
                if (present) {
                    ++counts.skipped;
                    return;
                }
                sessions.text(row.problem);
                sessions.text(row.plan);
                sessions.text(mode);
                sessions.text(started);
                sessions.integer(row.practice ? detail::kImportedBit : std::int64_t{0});
                if (auto instant = parse_instant(started)) { // else the triggers work it out
                    sessions.integer(static_cast<std::int64_t>(instant->ms));
                    sessions.integer(instant->offset_s);
                } else {
                    sessions.null();
                    sessions.integer(0);
                    instants_missing = true;
                }
                sessions.end_row();
                ids[g.session] = next_id++;
                ++counts.imported;
            }
            if (g.session >= ids.size() || ids[g.session] == 0) return;
            cards.integer(ids[g.session]);
            cards.text(to_string(row.scorer));
            cards.text(row.notes);
            for (std::size_t i = 0; i < kDimensionCount; ++i)
                cards.integer(row.card.scores[i].value_or(0));
            cards.integer(row.card.total());
            cards.end_row();
        };
        if (!read(take)) return counts; // rolled back, the indexes with the rows
        sessions.flush();
        cards.flush();
        if (next_id != first_id &&
            db_->execAndGet("SELECT max(id) FROM sessions").getInt64() != next_id - 1) // never so far
            throw StoreError("cannot import into " + path_ +
                             ": the sessions were not numbered as counted; nothing was changed");
        for (const auto& sql : rebuild)
            db_->exec(sql);
        // A start the import could not place in time (none it checked): the update trigger works it out.
        if (empty && instants_missing)
            db_->exec("UPDATE sessions SET started_at = started_at WHERE started_ms IS NULL");
        tx.commit();
        return counts;
    });
}

History::ImportCounts History::import_sessions(const std::vector<ImportedSession>& sessions) {
    return import_rows([&](const std::function<void(const GroupedRow&)>& take) {
        for (std::size_t i = 0; i < sessions.size(); ++i) {
            const ImportedSession& s = sessions[i];
            GroupedRow g;
            g.line = s.line;
            g.session = i;
            g.first = true;
            g.row.date = s.date;
            g.row.problem = s.problem;
            g.row.plan = s.plan;
            g.row.mode = s.mode;
            g.row.practice = s.practice;
            auto put = [&](Scorer scorer, const std::optional<Scorecard>& card, const std::string& notes) {
                if (!card) return;
                g.row.scorer = scorer;
                g.row.card = *card;
                g.row.notes = notes;
                take(g);
                g.first = false;
            };
            put(Scorer::self, s.self, s.self_notes);
            put(Scorer::interviewer, s.interviewer, s.interviewer_notes);
        }
        return true;
    });
}

} // namespace sdmock
