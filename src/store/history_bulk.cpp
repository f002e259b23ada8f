#include "store/history.hpp"

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
std::map<std::int64_t, std::vector<ScoredMock::PhaseTime>> phase_times_by_session(SQLite::Database& db) {
    std::map<std::int64_t, std::vector<ScoredMock::PhaseTime>> out;
    std::map<std::int64_t, Duration> started;
    SQLite::Statement q(db, "SELECT e.session_id, e.kind, e.phase, e.t_ms, e.value, s.elapsed_ms FROM events e "
                            "JOIN sessions s ON s.id = e.session_id "
                            "WHERE e.kind IN ('phase_start', 'end') ORDER BY e.session_id, e.id");
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

std::string evidence_notes(SQLite::Database& db, std::int64_t session, const std::string& scorer) {
    SQLite::Statement q(db, "SELECT dimension, text FROM evidence WHERE session_id = ? AND scorer = ?");
    q.bind(1, static_cast<std::int64_t>(session));
    q.bind(2, scorer);
    std::map<std::size_t, std::string> by_dim;
    while (q.executeStep())
        if (auto i = dimension_index(q.getColumn(0).getString())) by_dim[*i] = q.getColumn(1).getString();
    std::vector<std::string> lines;
    for (const auto& [i, text] : by_dim)
        lines.push_back(std::string(kDimensionIds[i]) + ": " + text);
    return join(lines, "\n");
}

} // namespace

std::vector<ScoredMock> History::scored_mocks() const {
    return guarded(path_, "read", [&] {
        auto phases = phase_times_by_session(*db_);
        std::vector<ScoredMock> out;
        out.reserve(static_cast<std::size_t>(db_->execAndGet("SELECT count(*) FROM scorecards").getInt64()));
        // In start order, so the trends need not sort; a session's two scorecards come together.
        SQLite::Statement q(*db_, "SELECT s.id, s.started_at, s.problem, s.plan, s.mode, c.scorer, s.practice, " +
                                      dims_list("c.") +
                                      ", s.drill_phase <> '' FROM scorecards c JOIN sessions s ON s.id = c.session_id "
                                      // An abandoned session never counts, whatever was scored in it.
                                      "WHERE s.status <> 'abandoned' ORDER BY s.started_ms, s.id");
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

std::vector<HistoryRow> History::history_rows(const std::string& since) const {
    return guarded(path_, "read", [&] {
        std::vector<HistoryRow> out;
        SQLite::Statement q(*db_,
                            "SELECT s.id, s.started_at, s.problem, s.plan, s.mode, c.scorer, c.notes, s.practice, " +
                                dims_list("c.") +
                                " FROM scorecards c JOIN sessions s ON s.id = c.session_id WHERE s.started_at >= ? "
                                // The CSV has no status: an abandoned session's scores would import as counted.
                                "AND s.status <> 'abandoned' ORDER BY s.started_ms, s.id, c.scorer = 'interviewer'");
        q.bind(1, since);
        while (q.executeStep()) {
            HistoryRow row;
            row.date = q.getColumn(1).getString().substr(0, 16);
            row.problem = q.getColumn(2).getString();
            row.plan = q.getColumn(3).getString();
            row.mode = mode_from(q.getColumn(4).getString()).value_or(Mode::solo);
            std::string scorer = q.getColumn(5).getString();
            row.scorer = scorer_from(scorer).value_or(Scorer::self);
            row.notes = q.getColumn(6).getString();
            row.practice = q.getColumn(7).getInt64() != 0;
            row.card = read_card(q, 8);
            if (!row.card.complete()) continue; // a scorecard still being filled in is not one yet
            if (row.notes.empty()) row.notes = evidence_notes(*db_, q.getColumn(0).getInt64(), scorer);
            out.push_back(std::move(row));
        }
        return out;
    });
}

History::ImportCounts History::import_sessions(const std::vector<ImportedSession>& sessions) {
    return guarded(path_, "import into", [&] {
        ImportCounts counts;
        SQLite::Transaction tx(*db_, SQLite::TransactionBehavior::IMMEDIATE);
        SQLite::Statement exists(*db_, "SELECT 1 FROM sessions WHERE started_at >= ? AND started_at < ? || '~' AND "
                                       "substr(started_at, 1, 16) = ? AND problem = ? AND plan = ? AND mode = ?");
        SQLite::Statement add(*db_, "INSERT INTO sessions (problem, plan, mode, status, started_at, seed, speed, "
                                    "practice) VALUES (?, ?, ?, 'finished', ?, 0, 1, ?)");
        std::string marks;
        for (std::size_t i = 0; i < kDimensionCount; ++i)
            marks += ", ?";
        SQLite::Statement card(*db_, "INSERT INTO scorecards (session_id, scorer, notes, " + dims_list() +
                                         ", total) VALUES (?, ?, ?" + marks + ", ?)");
        for (const auto& s : sessions) {
            std::string started = iso_with_offset(s.date);
            exists.bind(1, started.substr(0, 10));
            exists.bind(2, started.substr(0, 10));
            exists.bind(3, started.substr(0, 16));
            exists.bind(4, s.problem);
            exists.bind(5, s.plan);
            exists.bind(6, std::string(to_string(s.mode)));
            bool present = exists.executeStep();
            exists.reset();
            if (present) {
                ++counts.skipped;
                continue;
            }
            add.bind(1, s.problem);
            add.bind(2, s.plan);
            add.bind(3, std::string(to_string(s.mode)));
            add.bind(4, started);
            add.bind(5, s.practice ? detail::kImportedBit : std::int64_t{0});
            add.exec();
            add.reset();
            std::int64_t id = db_->getLastInsertRowid();
            auto put = [&](Scorer scorer, const std::optional<Scorecard>& c, const std::string& notes) {
                if (!c) return;
                card.bind(1, static_cast<std::int64_t>(id));
                card.bind(2, std::string(to_string(scorer)));
                card.bind(3, notes);
                for (std::size_t i = 0; i < kDimensionCount; ++i)
                    card.bind(4 + static_cast<int>(i), c->scores[i].value_or(0));
                card.bind(4 + static_cast<int>(kDimensionCount), c->total());
                card.exec();
                card.reset();
            };
            put(Scorer::self, s.self, s.self_notes);
            put(Scorer::interviewer, s.interviewer, s.interviewer_notes);
            ++counts.imported;
        }
        tx.commit();
        return counts;
    });
}

} // namespace sdmock
