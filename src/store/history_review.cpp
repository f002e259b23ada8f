// The review ticks of a session: one row per key point, saved at once.
#include "store/history.hpp"

#include "store/sql_util.hpp"

#include <SQLiteCpp/SQLiteCpp.h>

namespace sdmock {
using detail::guarded;

Ticks History::coverage(std::int64_t session) const {
    return guarded(path_, "read", [&] {
        Ticks out;
        SQLite::Statement q(*db_, "SELECT point, covered FROM coverage WHERE session_id = ?");
        q.bind(1, static_cast<std::int64_t>(session));
        while (q.executeStep())
            out[q.getColumn(0).getString()] = q.getColumn(1).getInt() != 0;
        return out;
    });
}

std::map<std::int64_t, Ticks> History::all_coverage(const std::string& since) const {
    return guarded(path_, "read", [&] {
        std::map<std::int64_t, Ticks> out;
        SQLite::Statement q(*db_, "SELECT c.session_id, c.point, c.covered FROM coverage c JOIN sessions s ON s.id = "
                                  "c.session_id WHERE s.started_at >= ?");
        q.bind(1, since);
        while (q.executeStep())
            out[q.getColumn(0).getInt64()][q.getColumn(1).getString()] = q.getColumn(2).getInt() != 0;
        return out;
    });
}

void History::set_coverage(std::int64_t session, const std::string& point, bool covered) {
    guarded(path_, "write to", [&] {
        SQLite::Statement u(*db_, "INSERT INTO coverage (session_id, point, covered) VALUES (?, ?, ?) "
                                  "ON CONFLICT (session_id, point) DO UPDATE SET covered = excluded.covered");
        u.bind(1, static_cast<std::int64_t>(session));
        u.bind(2, point);
        u.bind(3, covered ? 1 : 0);
        u.exec();
        return 0;
    });
}

} // namespace sdmock
