#pragma once
// Internal to the store: SQL helpers shared by its files.
#include "core/error.hpp"
#include "core/scorecard.hpp"

#include <SQLiteCpp/SQLiteCpp.h>
#include <sqlite3.h>

#include <string>

namespace sdmock::detail {

/// The twelve dimension columns, comma-separated, each with an optional prefix.
inline std::string dims_list(const char* prefix = "") {
    std::string s;
    for (auto d : kDimensionIds)
        s += (s.empty() ? "" : ", ") + std::string(prefix) + std::string(d);
    return s;
}

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
