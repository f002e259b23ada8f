#pragma once
// Internal to the store: SQL helpers shared by its files.
#include "core/error.hpp"
#include "core/practice_run.hpp"
#include "core/scorecard.hpp"

#include <SQLiteCpp/SQLiteCpp.h>
#include <sqlite3.h>

#include <cstdint>
#include <string>

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

/// Whether process `pid` is still there (0 and below: no process).
bool process_alive(std::int64_t pid);

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
