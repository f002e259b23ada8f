#include "store/history.hpp"

#include "core/dates.hpp"
#include "core/text.hpp"
#include "store/sql_util.hpp"

#include <map>

namespace sdmock {
using detail::dims_list;
using detail::guarded;

namespace {

/// Reads the twelve score columns starting at `first`.
Scorecard read_card(SQLite::Statement& q, int first) {
    Scorecard card;
    for (std::size_t i = 0; i < kDimensionCount; ++i) {
        auto col = q.getColumn(first + static_cast<int>(i));
        if (!col.isNull()) card.scores[i] = col.getInt();
    }
    return card;
}

/// Phase times per session from the phase_start and end events.
std::map<std::int64_t, std::vector<ScoredMock::PhaseTime>> phase_times_by_session(SQLite::Database& db,
                                                                                  const std::string& since) {
    std::map<std::int64_t, std::vector<ScoredMock::PhaseTime>> out;
    std::map<std::int64_t, Duration> started;
    SQLite::Statement q(db, "SELECT e.session_id, e.kind, e.phase, e.t_ms, e.value, s.elapsed_ms FROM events e "
                            "JOIN sessions s ON s.id = e.session_id "
                            "WHERE e.kind IN ('phase_start', 'end') AND s.started_at >= ? AND s.started_ms >= ? "
                            "ORDER BY e.session_id, e.id");
    q.bind(1, since);
    q.bind(2, detail::earliest_ms(since));
    std::int64_t last_session = -1;
    Duration last_elapsed{0};
    auto close_open = [&] {
        if (last_session >= 0 && !out[last_session].empty() && out[last_session].back().actual < Duration{0})
            out[last_session].back().actual = last_elapsed - started[last_session];
    };
    while (q.executeStep()) {
        std::int64_t id = q.getColumn(0).getInt64();
        if (id != last_session) close_open();
        last_session = id;
        last_elapsed = Duration(q.getColumn(5).getInt64());
        Duration t(q.getColumn(3).getInt64());
        auto& phases = out[id];
        if (!phases.empty() && phases.back().actual < Duration{0}) phases.back().actual = t - started[id];
        if (q.getColumn(1).getString() == "phase_start") {
            phases.push_back({q.getColumn(2).getString(), Duration(q.getColumn(4).getInt64()), Duration{-1}});
            started[id] = t;
        }
    }
    close_open();
    return out;
}

} // namespace

std::vector<ScoredMock> History::scored_mocks(const std::string& since) const {
    return guarded(path_, "read", [&] {
        auto phases = phase_times_by_session(*db_, since);
        std::vector<ScoredMock> out;
        // In start order, so the trends need not sort; a session's two scorecards come together.
        SQLite::Statement q(*db_, "SELECT s.id, s.started_at, s.problem, s.plan, s.mode, c.scorer, s.practice, " +
                                      dims_list("c.") +
                                      ", s.drill_phase <> '' FROM scorecards c JOIN sessions s ON s.id = c.session_id "
                                      // An abandoned session never counts, whatever was scored in it.
                                      "WHERE s.status <> 'abandoned' AND s.started_at >= ? AND s.started_ms >= ? ORDER "
                                      "BY s.started_ms, s.id");
        q.bind(1, since);
        q.bind(2, detail::earliest_ms(since));
        while (q.executeStep()) {
            std::int64_t id = q.getColumn(0).getInt64();
            if (out.empty() || out.back().session != id) {
                ScoredMock& m = out.emplace_back();
                m.session = id;
                m.started_at = q.getColumn(1).getString();
                m.date = parse_date(m.started_at).value_or(Date{});
                m.problem = q.getColumn(2).getString();
                m.plan = q.getColumn(3).getString();
                m.paired = q.getColumn(4).getString() == "interviewer";
                m.practice = q.getColumn(6).getInt64() != 0;
                m.drill = q.getColumn(7 + static_cast<int>(kDimensionCount)).getInt64() != 0;
                if (auto p = phases.find(id); p != phases.end()) m.phases = std::move(p->second);
            }
            ScoredMock& m = out.back();
            (q.getColumn(5).getString() == "self" ? m.self : m.interviewer) = read_card(q, 7);
        }
        return out;
    });
}

TrendsBefore History::trends_before(const std::string& since, Scorer scorer, bool include_practice) const {
    return guarded(path_, "read", [&] {
        TrendsBefore before;
        // The mocks compute_trends counts: a complete scorecard of the scorer, no drill, not abandoned.
        std::string complete;
        for (auto d : kDimensionIds)
            complete += " AND c." + std::string(d) + " IS NOT NULL";
        std::string where = " WHERE s.started_at < ?1 AND c.scorer = ?2 AND s.status <> 'abandoned' AND "
                            "s.drill_phase = '' AND (?3 OR s.practice = 0)" +
                            complete;
        auto bind = [&](SQLite::Statement& q) {
            q.bind(1, since);
            q.bind(2, std::string(to_string(scorer)));
            q.bind(3, include_practice ? 1 : 0);
        };
        // Down the total index from the top: the first that counts is the best.
        SQLite::Statement best(*db_, "SELECT c.total FROM scorecards c CROSS JOIN "
                                     "sessions s ON s.id = c.session_id" +
                                         where + " ORDER BY c.total DESC LIMIT 1");
        bind(best);
        if (best.executeStep()) before.best_total = best.getColumn(0).getInt();
        // In the trends' order (the local date, then the start as written, which begins with that
        // date): newest first along the start index, then turned.
        SQLite::Statement last(*db_, "SELECT c.total FROM sessions s CROSS JOIN scorecards c ON "
                                     "c.session_id = s.id" +
                                         where + " ORDER BY s.started_at DESC, s.id DESC LIMIT " +
                                         std::to_string(kReadyMocks));
        bind(last);
        while (last.executeStep())
            before.last_totals.insert(before.last_totals.begin(), last.getColumn(0).getInt());
        return before;
    });
}

std::vector<Practice> History::last_practised(const std::vector<std::string>& problems) const {
    return guarded(path_, "read", [&] {
        std::vector<Practice> out;
        // Each problem's newest scored session, backwards along the problem index.
        SQLite::Statement q(*db_, "SELECT s.started_at FROM sessions s WHERE s.problem = ? AND s.status <> 'abandoned' "
                                  "AND EXISTS (SELECT 1 FROM scorecards c WHERE c.session_id = s.id) "
                                  "ORDER BY s.started_at DESC LIMIT 1");
        for (const auto& problem : problems) {
            q.bind(1, problem);
            if (q.executeStep()) out.push_back({problem, q.getColumn(0).getString()});
            q.reset();
        }
        return out;
    });
}

std::optional<Date> History::last_scored_date() const {
    return guarded(path_, "read", [&]() -> std::optional<Date> {
        // Newest start first along the start index, stopping at the first with a scorecard.
        SQLite::Statement q(*db_, "SELECT s.started_at FROM sessions s WHERE s.status <> 'abandoned' AND EXISTS "
                                  "(SELECT 1 FROM scorecards c WHERE c.session_id = s.id) ORDER BY s.started_at DESC "
                                  "LIMIT 1");
        if (!q.executeStep()) return std::nullopt;
        return parse_date(q.getColumn(0).getString());
    });
}

} // namespace sdmock
