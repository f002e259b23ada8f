// Spaced review: one row per review, saved at once; the schedule is replayed from them in core.
#include "store/history.hpp"

#include "store/sql_util.hpp"

#include <SQLiteCpp/SQLiteCpp.h>

namespace sdmock {
using detail::guarded;

void History::add_review(const RecordedReview& review, const std::string& reviewed_at, std::int64_t session) {
    guarded(path_, "write to", [&] {
        SQLite::Statement u(*db_, "INSERT INTO reviews (item, dimension, grade, at_ms, day, reviewed_at, session_id) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?)");
        u.bind(1, review.item);
        u.bind(2, review.dimension);
        u.bind(3, static_cast<int>(review.log.grade));
        u.bind(4, static_cast<std::int64_t>(
                      std::chrono::duration_cast<std::chrono::milliseconds>(review.log.at.time_since_epoch()).count()));
        u.bind(5, static_cast<std::int64_t>(review.log.day));
        u.bind(6, reviewed_at);
        if (session > 0)
            u.bind(7, static_cast<std::int64_t>(session));
        else
            u.bind(7);
        u.exec();
        return 0;
    });
}

std::vector<RecordedReview> History::reviews() const {
    return guarded(path_, "read", [&] {
        std::vector<RecordedReview> out;
        SQLite::Statement q(*db_, "SELECT item, dimension, grade, at_ms, day FROM reviews ORDER BY at_ms, id");
        while (q.executeStep()) {
            RecordedReview r;
            r.item = q.getColumn(0).getString();
            r.dimension = q.getColumn(1).getString();
            r.log.grade = fsrs::grade_from(q.getColumn(2).getInt()).value_or(fsrs::Grade::good);
            r.log.at = WallTime(std::chrono::milliseconds(q.getColumn(3).getInt64()));
            r.log.day = q.getColumn(4).getInt64();
            out.push_back(std::move(r));
        }
        return out;
    });
}

} // namespace sdmock
