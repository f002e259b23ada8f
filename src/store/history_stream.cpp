// Whole-history reads, streamed: each table read by one statement in the sessions' order and the
// statements walked side by side (a merge join), one session in memory at a time.
#include "store/history.hpp"

#include "core/text.hpp"
#include "store/sql_util.hpp"

#include <SQLiteCpp/SQLiteCpp.h>

#include <array>
#include <limits>
#include <optional>
#include <unordered_set>
#include <utility>

namespace sdmock {
using detail::dims_list;
using detail::guarded;

namespace {

/// Where a row stands in the sessions' order (started_ms, id); SQLite sorts a NULL first.
using Key = std::pair<std::int64_t, std::int64_t>;

Key key_at(const detail::RowReader& q, int ms, int id) {
    return {q.null(ms) ? std::numeric_limits<std::int64_t>::min() : q.int64(ms), q.int64(id)};
}

using detail::RowReader;
using Bind = std::function<void(RowReader&)>;

/// The rows of one table for the listed sessions, in the sessions' order: columns 0 and 1 are the
/// session's key, the rest the table's own.
class Cursor {
public:
    Cursor(SQLite::Database& db, const std::string& sql, const Bind& bind) : q_(db, sql) {
        bind(q_);
        step();
    }

    /// Calls `f` with each row of the session at `key`, skipping rows of sessions before it.
    template <typename F> void take(const Key& key, F&& f) {
        while (more_ && key_ < key)
            step();
        while (more_ && key_ == key) {
            f(q_);
            step();
        }
    }

private:
    void step() {
        more_ = q_.step();
        if (more_) key_ = key_at(q_, 0, 1);
    }
    RowReader q_;
    Key key_{};
    bool more_ = false;
};

/// The twelve score columns from `first` on.
Scorecard read_scores(const RowReader& q, int first) {
    Scorecard card;
    for (std::size_t i = 0; i < kDimensionCount; ++i) {
        int col = first + static_cast<int>(i);
        // A score is 1-5: only a 0 needs asking whether it was NULL (one call per column, not two).
        if (std::int64_t score = q.int64(col); score != 0 || !q.null(col)) card.scores[i] = static_cast<int>(score);
    }
    return card;
}

/// A child table's statement: the session's key, then `columns`, for the sessions `where` picks.
std::string child_sql(const std::string& columns, const std::string& join, const std::string& where,
                      const std::string& order) {
    return "SELECT s.started_ms, s.id, " + columns + " FROM sessions s JOIN " + join + " WHERE " + where +
           " ORDER BY s.started_ms, s.id" + order;
}

/// Every session `where` picks (over `sessions s`), oldest first, whole: the engine of load, list
/// and each_session.
void walk(SQLite::Database& db, const std::string& where, const Bind& bind, const History::Parts& parts,
          const std::function<void(const SessionRecord&)>& each) {
    SQLite::Transaction snapshot(db, SQLite::TransactionBehavior::DEFERRED); // one view of every table
    // The session's row with its two scorecards beside it (each a flag, then its twelve scores).
    RowReader sessions(db, std::string("SELECT ") + detail::kInfoColumns + ", s.started_ms, a.scorer IS NOT NULL, " +
                               dims_list("a.") + ", b.scorer IS NOT NULL, " + dims_list("b.") +
                               " FROM sessions s LEFT JOIN scorecards a ON a.session_id = s.id AND a.scorer = 'self' "
                               "LEFT JOIN scorecards b ON b.session_id = s.id AND b.scorer = 'interviewer' WHERE " +
                               where + " ORDER BY s.started_ms, s.id");
    bind(sessions);
    std::optional<Cursor> events, evidence, estimates;
    if (parts.events)
        events.emplace(db,
                       child_sql("e.t_ms, e.kind, e.phase, e.dimension, e.text, e.value",
                                 "events e ON e.session_id = s.id", where, ", e.id"),
                       bind);
    if (parts.evidence)
        evidence.emplace(db, child_sql("v.scorer, v.dimension, v.text", "evidence v ON v.session_id = s.id", where, ""),
                         bind);
    if (parts.estimates)
        estimates.emplace(
            db, child_sql(detail::kEstimateColumns, "estimates e ON e.session_id = s.id", where, ", e.id"), bind);
    constexpr int kStartedMs = 15; // after kInfoColumns
    constexpr int kSelf = kStartedMs + 1;
    constexpr int kInterviewer = kSelf + 1 + static_cast<int>(kDimensionCount);
    SessionRecord record;
    while (sessions.step()) {
        record = SessionRecord{};
        record.info = detail::read_info(sessions);
        Key key = key_at(sessions, kStartedMs, 0);
        if (sessions.int64(kSelf) != 0) record.self = read_scores(sessions, kSelf + 1);
        if (sessions.int64(kInterviewer) != 0) record.interviewer = read_scores(sessions, kInterviewer + 1);
        if (events)
            events->take(key, [&](const RowReader& q) {
                record.events.push_back(
                    {Duration(q.int64(2)), q.string(3), q.string(4), q.string(5), q.string(6), q.int64(7)});
            });
        if (evidence)
            evidence->take(key, [&](const RowReader& q) {
                auto scorer = scorer_from(q.text(2)).value_or(Scorer::self);
                auto& card = scorer == Scorer::self ? record.self : record.interviewer;
                auto index = dimension_index(q.text(3));
                if (card && index) card->evidence[*index] = q.string(4);
            });
        if (estimates)
            estimates->take(key, [&](const RowReader& q) { record.estimates.push_back(detail::read_estimate(q, 2)); });
        each(record);
    }
    snapshot.commit();
}

} // namespace

std::optional<SessionRecord> History::load(std::int64_t session) const {
    return guarded(path_, "read", [&] {
        std::optional<SessionRecord> out;
        walk(
            *db_, "s.id = ?", [&](RowReader& q) { q.bind(1, static_cast<std::int64_t>(session)); }, Parts{},
            [&](const SessionRecord& r) { out = r; });
        if (out) out->recording = recording(session);
        return out;
    });
}

void History::each_session(const std::string& since, const std::function<void(const SessionRecord&)>& each,
                           Parts parts) const {
    guarded(path_, "read", [&] {
        walk(
            *db_, "s.started_at >= ?1 AND s.started_ms >= ?2",
            [&](RowReader& q) {
                q.bind(1, since);
                q.bind(2, detail::earliest_ms(since));
            },
            parts, each);
        return 0;
    });
}

namespace {

/// A scorecard with a dimension not yet scored (the listing index's condition).
std::string unfinished_condition() {
    std::string any_null;
    for (auto d : kDimensionIds)
        any_null += (any_null.empty() ? "" : " OR ") + std::string(d) + " IS NULL";
    return "(" + any_null + ")";
}

/// The keys (session id × 2, + 1 for the interviewer's) of the scorecards not yet complete, read
/// from the listing index; none when the history has no such index or holds more of them than
/// is worth keeping in memory (the listing then sums each card's scores instead).
std::optional<std::unordered_set<std::int64_t>> unfinished_cards(SQLite::Database& db) {
    constexpr std::size_t kMostKept = std::size_t{1} << 16U;
    RowReader has(db, std::string("SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = '") +
                          detail::kListingIndex + "'");
    if (!has.step()) return std::nullopt;
    RowReader q(db, std::string("SELECT session_id, scorer = 'interviewer' FROM scorecards INDEXED BY ") +
                        detail::kListingIndex + " WHERE " + unfinished_condition());
    std::unordered_set<std::int64_t> out;
    while (q.step()) {
        if (out.size() == kMostKept) return std::nullopt;
        out.insert(q.int64(0) * 2 + q.int64(1));
    }
    return out;
}

} // namespace

void detail::add_listing_index(SQLite::Database& db) {
    db.exec(std::string("CREATE INDEX IF NOT EXISTS ") + detail::kListingIndex +
            " ON scorecards(session_id, scorer) WHERE " + unfinished_condition());
}

void History::each_listed(const std::string& since, const std::function<void(const ListedSession&)>& each) const {
    guarded(path_, "read", [&] {
        SQLite::Transaction snapshot(*db_, SQLite::TransactionBehavior::DEFERRED);
        // Each scorecard as a flag and its total. The few cards still being filled in are known
        // from the listing index and read on their own; without it, a card's total is the sum of
        // its twelve scores, NULL when one is missing.
        const auto unfinished = unfinished_cards(*db_);
        auto card = [&](const std::string& t) {
            if (unfinished) return t + "scorer IS NOT NULL, " + t + "total";
            std::string sum;
            for (auto d : kDimensionIds)
                sum += (sum.empty() ? "" : " + ") + t + std::string(d);
            return t + "scorer IS NOT NULL, " + sum;
        };
        // Without --since, the condition each_session's gives to every row (an instant, so no
        // string to compare on each row).
        const std::string where =
            since.empty() ? " WHERE s.started_ms IS NOT NULL" : " WHERE s.started_at >= ?1 AND s.started_ms >= ?2";
        RowReader q(*db_, std::string("SELECT ") + detail::kInfoColumns + ", " + card("a.") + ", " + card("b.") +
                              " FROM sessions s LEFT JOIN scorecards a ON a.session_id = s.id AND a.scorer = 'self' "
                              "LEFT JOIN scorecards b ON b.session_id = s.id AND b.scorer = 'interviewer'" +
                              where + " ORDER BY s.started_ms, s.id");
        if (!since.empty()) {
            q.bind(1, since);
            q.bind(2, detail::earliest_ms(since));
        }
        std::optional<RowReader> partial; // the scores of a card not yet complete
        auto summary = [&](int col, std::int64_t session, bool interviewer) -> std::optional<CardSummary> {
            if (q.int64(col) == 0) return std::nullopt;
            bool complete = unfinished ? unfinished->count(session * 2 + (interviewer ? 1 : 0)) == 0 : !q.null(col + 1);
            if (complete) return CardSummary{static_cast<int>(q.int64(col + 1)), true};
            if (!partial)
                partial.emplace(*db_,
                                "SELECT " + dims_list() + " FROM scorecards WHERE session_id = ?1 AND scorer = ?2");
            partial->bind(1, session);
            partial->bind(2, std::string(interviewer ? "interviewer" : "self"));
            CardSummary out;
            if (partial->step()) {
                Scorecard scores = read_scores(*partial, 0);
                out = {scores.total(), scores.complete()};
            }
            partial->reset();
            return out;
        };
        constexpr int kSelf = 15; // after kInfoColumns
        ListedSession listed;
        while (q.step()) {
            listed.info = detail::read_info(q);
            listed.self = summary(kSelf, listed.info.id, false);
            listed.interviewer = summary(kSelf + 2, listed.info.id, true);
            each(listed);
        }
        return 0;
    });
}

std::vector<SessionRecord> History::list(const std::string& since) const {
    std::vector<SessionRecord> out;
    each_session(since, [&](const SessionRecord& r) { out.push_back(r); });
    return out;
}

void History::each_history_row(const std::string& since, const std::function<void(const HistoryRow&)>& each) const {
    guarded(path_, "read", [&] {
        SQLite::Transaction snapshot(*db_, SQLite::TransactionBehavior::DEFERRED);
        // The CSV has no status: an abandoned session's scores would import as counted.
        const std::string where = "s.started_at >= ?1 AND s.started_ms >= ?2 AND s.status <> 'abandoned'";
        Bind bind = [&](RowReader& q) {
            q.bind(1, since);
            q.bind(2, detail::earliest_ms(since));
        };
        RowReader cards(*db_, child_sql("s.started_at, s.problem, s.plan, s.mode, c.scorer, c.notes, "
                                        "s.practice, " +
                                            dims_list("c."),
                                        "scorecards c ON c.session_id = s.id", where, ", c.scorer = 'interviewer'"));
        bind(cards);
        Cursor evidence(
            *db_, child_sql("v.scorer, v.dimension, v.text", "evidence v ON v.session_id = s.id", where, ""), bind);
        // The evidence of the session being written, per scorer (self 0, interviewer 1) and dimension.
        std::array<std::array<std::string, kDimensionCount>, 2> notes{};
        Key loaded{std::numeric_limits<std::int64_t>::min(), -1};
        HistoryRow row;
        while (cards.step()) {
            row.card = read_scores(cards, 9);
            if (!row.card.complete()) continue; // a scorecard still being filled in is not one yet
            Key key = key_at(cards, 0, 1);
            if (key != loaded) {
                notes = {};
                evidence.take(key, [&](const RowReader& q) {
                    auto index = dimension_index(q.text(3));
                    if (index) notes[q.text(2) == "interviewer" ? 1 : 0][*index] = q.string(4);
                });
                loaded = key;
            }
            row.date = std::string(cards.text(2).substr(0, 16));
            row.problem = cards.string(3);
            row.plan = cards.string(4);
            row.mode = mode_from(cards.text(5)).value_or(Mode::solo);
            row.scorer = scorer_from(cards.text(6)).value_or(Scorer::self);
            row.notes = cards.string(7);
            row.practice = cards.int64(8) != 0;
            if (row.notes.empty()) { // written in sdmock: the scorer's evidence, a line per dimension
                std::string joined;
                const auto& mine = notes[row.scorer == Scorer::interviewer ? 1 : 0];
                for (std::size_t i = 0; i < kDimensionCount; ++i)
                    if (!mine[i].empty())
                        joined += (joined.empty() ? "" : "\n") + std::string(kDimensionIds[i]) + ": " + mine[i];
                row.notes = std::move(joined);
            }
            each(row);
        }
        snapshot.commit();
        return 0;
    });
}

std::vector<HistoryRow> History::history_rows(const std::string& since) const {
    std::vector<HistoryRow> out;
    each_history_row(since, [&](const HistoryRow& row) { out.push_back(row); });
    return out;
}

} // namespace sdmock
