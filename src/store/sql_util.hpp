#pragma once
// Internal to the store: SQL helpers shared by its files.
#include "core/dates.hpp"
#include "core/error.hpp"
#include "core/estimate.hpp"
#include "core/practice_run.hpp"
#include "core/scorecard.hpp"
#include "core/session.hpp"

#include <SQLiteCpp/SQLiteCpp.h>
#include <sqlite3.h>

#include <cstdint>
#include <limits>
#include <string>
#include <string_view>

namespace sdmock::detail {

/// The twelve dimension columns, comma-separated, each with an optional prefix.
inline std::string dims_list(const char* prefix = "") {
    std::string s;
    for (auto d : kDimensionIds)
        s += (s.empty() ? "" : ", ") + std::string(prefix) + std::string(d);
    return s;
}

/// The `practice` column of sessions: one bit per reason, 0 for a session that counts.
inline constexpr std::int64_t kSpeedBit = 1;
inline constexpr std::int64_t kFlagBit = 2;
inline constexpr std::int64_t kEndedEarlyBit = 4;
inline constexpr std::int64_t kImportedBit = 8;

inline std::int64_t practice_bits(const PracticeReasons& r) {
    return (r.speed ? kSpeedBit : 0) | (r.flagged ? kFlagBit : 0) | (r.ended_early ? kEndedEarlyBit : 0) |
           (r.imported ? kImportedBit : 0);
}

inline PracticeReasons practice_from_bits(std::int64_t bits) {
    PracticeReasons r;
    r.speed = (bits & kSpeedBit) != 0;
    r.flagged = (bits & kFlagBit) != 0;
    r.ended_early = (bits & kEndedEarlyBit) != 0;
    r.imported = (bits & kImportedBit) != 0;
    return r;
}

/// The columns of a session's row that read_info reads, in its order.
inline constexpr const char* kInfoColumns =
    "id, problem, plan, mode, status, started_at, seed, speed, elapsed_ms, heartbeat_ms, owner_pid, practice, level, "
    "drill_phase, drill_focus";
/// The columns of an estimate's row that read_estimate reads, in its order.
inline constexpr const char* kEstimateColumns =
    "e.session_id, e.kind, e.name, e.given, e.value, e.reference, e.unit, e.how, e.t_ms, e.seconds, e.recorded_at";

/// The earliest instant (ms since the epoch) a session of local date `since` or later can have
/// started at: its midnight in the zone furthest ahead (UTC+14). With `started_at >= since` it
/// lets a read of recent sessions walk the instant index from there instead of from the start.
inline std::int64_t earliest_ms(const std::string& since) {
    constexpr std::int64_t kDayMs = 86400000;
    constexpr std::int64_t kFurthestAheadMs = 14LL * 3600 * 1000;
    auto date = parse_date(since);
    if (!date) return std::numeric_limits<std::int64_t>::min();
    return static_cast<std::int64_t>(days_from_civil(*date)) * kDayMs - kFurthestAheadMs;
}

/// Adds the index of the scorecards not yet complete (a partial index, nearly always empty) that
/// the listing of the history reads instead of summing every card's scores; kept beside the
/// schema, not in it: a history without it is read all the same (history_stream.cpp).
void add_listing_index(SQLite::Database& db);
/// Its name.
inline constexpr const char* kListingIndex = "scorecards_unfinished";

/// Whether process `pid` is still there (0 and below: no process).
bool process_alive(std::int64_t pid);

/// A prepared statement read row by row straight through SQLite's C API, for the loops that read
/// the whole history: no object per column, text seen in place. Errors throw SQLite::Exception,
/// as SQLiteCpp's do, so `guarded` words them.
class RowReader {
public:
    RowReader(SQLite::Database& db, const std::string& sql) : db_(db.getHandle()) {
        if (int rc = sqlite3_prepare_v2(db_, sql.c_str(), -1, &stmt_, nullptr); rc != SQLITE_OK)
            throw SQLite::Exception(db_, rc);
    }
    ~RowReader() { sqlite3_finalize(stmt_); }
    RowReader(const RowReader&) = delete;
    RowReader& operator=(const RowReader&) = delete;

    void bind(int index, const std::string& text) {
        if (int rc = sqlite3_bind_text(stmt_, index, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
            rc != SQLITE_OK)
            throw SQLite::Exception(db_, rc);
    }
    void bind(int index, std::int64_t value) {
        if (int rc = sqlite3_bind_int64(stmt_, index, value); rc != SQLITE_OK) throw SQLite::Exception(db_, rc);
    }
    /// The next row; false at the end.
    bool step() {
        int rc = sqlite3_step(stmt_);
        if (rc == SQLITE_ROW) return true;
        if (rc == SQLITE_DONE) return false;
        throw SQLite::Exception(db_, rc);
    }
    /// Ready to run again, with the same bindings unless bound anew.
    void reset() { sqlite3_reset(stmt_); }
    [[nodiscard]] bool null(int col) const { return sqlite3_column_type(stmt_, col) == SQLITE_NULL; }
    [[nodiscard]] std::int64_t int64(int col) const { return sqlite3_column_int64(stmt_, col); }
    [[nodiscard]] double real(int col) const { return sqlite3_column_double(stmt_, col); }
    /// The column's text, valid until the next step.
    [[nodiscard]] std::string_view text(int col) const {
        const auto* bytes = sqlite3_column_text(stmt_, col);
        if (bytes == nullptr) return {};
        return {reinterpret_cast<const char*>(bytes), static_cast<std::size_t>(sqlite3_column_bytes(stmt_, col))};
    }
    [[nodiscard]] std::string string(int col) const { return std::string(text(col)); }

private:
    sqlite3* db_;
    sqlite3_stmt* stmt_ = nullptr;
};

/// A session's row from a RowReader selecting kInfoColumns first.
SessionInfo read_info(const RowReader& q);
/// An estimate's row from a RowReader selecting kEstimateColumns from column `first` on.
EstimateRecord read_estimate(const RowReader& q, int first = 0);

/// Runs `f`, turning SQLite's exceptions into a one-line StoreError that says what to do.
template <typename F> auto guarded(const std::string& path, const char* what, F&& f) {
    try {
        return f();
    } catch (const SQLite::Exception& e) {
        std::string detail = e.what();
        if (e.getErrorCode() == SQLITE_BUSY || e.getErrorCode() == SQLITE_LOCKED)
            throw BusyError(std::string("cannot ") + what + " " + path +
                            ": another program has held it locked for more than 5 seconds; nothing was changed, "
                            "try again");
        if (e.getErrorCode() == SQLITE_NOTADB)
            detail = "the file is not an sdmock history (not a SQLite database)";
        else if (e.getErrorCode() == SQLITE_READONLY)
            detail = "the history is read-only";
        else if (e.getErrorCode() == SQLITE_FULL)
            detail = "the disk is full; nothing was changed";
        else if (e.getErrorCode() == SQLITE_IOERR)
            detail = "the disk refused the write (full, or over a file size limit?); nothing was changed";
        throw StoreError(std::string("cannot ") + what + " " + path + ": " + detail);
    }
}

} // namespace sdmock::detail
