// The whole-history reads that stream (each_session, each_history_row) and the import that writes
// rows as they are read, on a real SQLite file.
#include "core/dates.hpp"
#include "core/history_csv.hpp"
#include "store/history.hpp"
#include "support/builders.hpp"
#include "support/temp_dir.hpp"

#include <SQLiteCpp/SQLiteCpp.h>
#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace sdmock;
using namespace std::chrono_literals;
using sdmock::test::TempDir;

namespace {

NewSession started(std::string at, std::string problem, Mode mode = Mode::solo) {
    NewSession s;
    s.problem = std::move(problem);
    s.plan = "standard-45";
    s.mode = mode;
    s.started_at = std::move(at);
    return s;
}

Event note(Duration t, std::string text) {
    Event e = test::event_at(t, "note", "requirements");
    e.text = std::move(text);
    return e;
}

Scorecard card(int score, std::string caching_evidence = {}) {
    Scorecard c = test::card_of(score);
    c.evidence[*dimension_index("caching")] = std::move(caching_evidence);
    return c;
}

EstimateRecord estimate(std::int64_t session, std::string name) {
    EstimateRecord r;
    r.session = session;
    r.kind = "mock";
    r.name = std::move(name);
    r.given = "38/s";
    r.value = 38;
    r.reference = 40;
    r.unit = QuantityKind::rate;
    r.recorded_at = "2026-11-02T09:10:00+00:00";
    return r;
}

std::vector<std::string> texts(const std::vector<Event>& events) {
    std::vector<std::string> out;
    for (const auto& e : events)
        out.push_back(e.text);
    return out;
}

} // namespace

TEST_CASE("History::each_session: every session whole, in the order of their instants, one at a time") {
    TempDir dir;
    History h(dir.path() / "h.db");
    // Written in this order; by instant the Kolkata one (03:30 UTC) comes first and the late
    // UTC one last. A session with nothing in it comes between.
    auto utc = h.create_session(started("2026-11-02T05:00:00+00:00", "uber"));
    auto kolkata = h.create_session(started("2026-11-02T09:00:00+05:30", "ticketmaster", Mode::interviewer));
    auto empty = h.create_session(started("2026-11-02T06:00:00+00:00", "zoom"));
    auto late = h.create_session(started("2026-11-03T08:00:00+00:00", "dropbox"));
    // Events of different sessions interleaved, as two processes would write them.
    h.record(utc, note(1s, "utc one"));
    h.record(kolkata, note(2s, "kolkata one"));
    h.record(utc, note(3s, "utc two"));
    h.record(late, note(4s, "late one"));
    h.record(kolkata, note(5s, "kolkata two"));
    h.save_scorecard(kolkata, Scorer::self, card(4, "cache-aside with a TTL"));
    h.save_scorecard(kolkata, Scorer::interviewer, card(3, "no invalidation"));
    h.save_scorecard(late, Scorer::self, card(2));
    h.add_estimate(estimate(kolkata, "write QPS"));
    h.add_estimate(estimate(utc, "read QPS"));
    h.add_estimate(estimate(kolkata, "storage"));

    std::vector<SessionRecord> seen;
    h.each_session({}, [&](const SessionRecord& r) { seen.push_back(r); });
    REQUIRE(seen.size() == 4);
    CHECK(seen[0].info.id == kolkata);
    CHECK(seen[1].info.id == utc);
    CHECK(seen[2].info.id == empty);
    CHECK(seen[3].info.id == late);

    CHECK(texts(seen[0].events) == std::vector<std::string>{"kolkata one", "kolkata two"});
    CHECK(texts(seen[1].events) == std::vector<std::string>{"utc one", "utc two"});
    CHECK(seen[2].events.empty());
    CHECK(texts(seen[3].events) == std::vector<std::string>{"late one"});

    REQUIRE(seen[0].self);
    REQUIRE(seen[0].interviewer);
    CHECK(seen[0].self->total() == 48);
    CHECK(seen[0].interviewer->total() == 36);
    CHECK(seen[0].self->evidence[*dimension_index("caching")] == "cache-aside with a TTL");
    CHECK(seen[0].interviewer->evidence[*dimension_index("caching")] == "no invalidation");
    CHECK_FALSE(seen[1].self);
    CHECK_FALSE(seen[2].self);
    REQUIRE(seen[3].self);
    CHECK(seen[3].self->total() == 24);
    CHECK_FALSE(seen[3].interviewer);

    REQUIRE(seen[0].estimates.size() == 2);
    CHECK(seen[0].estimates[0].name == "write QPS");
    CHECK(seen[0].estimates[1].name == "storage");
    REQUIRE(seen[1].estimates.size() == 1);
    CHECK(seen[1].estimates[0].name == "read QPS");
    CHECK(seen[3].estimates.empty());

    SECTION("a load of one session gives the same as the stream") {
        auto one = h.load(kolkata);
        REQUIRE(one);
        CHECK(texts(one->events) == texts(seen[0].events));
        CHECK(one->estimates.size() == 2);
        CHECK(one->interviewer->evidence == seen[0].interviewer->evidence);
    }
    SECTION("the parts left out are not read") {
        std::vector<SessionRecord> light;
        h.each_session(
            {}, [&](const SessionRecord& r) { light.push_back(r); }, SessionParts{false, false, false});
        REQUIRE(light.size() == 4);
        CHECK(light[0].events.empty());
        CHECK(light[0].estimates.empty());
        REQUIRE(light[0].self);
        CHECK(light[0].self->total() == 48); // the scores are always there
        CHECK(light[0].self->evidence[*dimension_index("caching")].empty());
    }
    SECTION("since picks the sessions started on or after a date, with all of their rows") {
        std::vector<SessionRecord> recent;
        h.each_session("2026-11-03", [&](const SessionRecord& r) { recent.push_back(r); });
        REQUIRE(recent.size() == 1);
        CHECK(recent[0].info.id == late);
        CHECK(texts(recent[0].events) == std::vector<std::string>{"late one"});
    }
}

TEST_CASE("History::each_history_row: complete scorecards as CSV rows, notes from the evidence in rubric order") {
    TempDir dir;
    History h(dir.path() / "h.db");
    auto later = h.create_session(started("2026-11-04T10:00:00+00:00", "uber", Mode::interviewer));
    auto earlier = h.create_session(started("2026-11-02T10:00:00+00:00", "zoom"));
    auto abandoned = h.create_session(started("2026-11-03T10:00:00+00:00", "dropbox"));
    auto partial = h.create_session(started("2026-11-03T11:00:00+00:00", "youtube"));
    Scorecard with_notes = card(4, "cache-aside");
    with_notes.evidence[*dimension_index("requirements")] = "asked about scale";
    h.save_scorecard(later, Scorer::interviewer, card(3, "no TTL"));
    h.save_scorecard(later, Scorer::self, with_notes);
    h.save_scorecard(earlier, Scorer::self, card(5));
    h.save_scorecard(abandoned, Scorer::self, card(2));
    h.abandon(abandoned);
    Scorecard half;
    half.set(0, 4);
    h.save_scorecard(partial, Scorer::self, half);

    std::vector<HistoryRow> rows;
    h.each_history_row({}, [&](const HistoryRow& r) { rows.push_back(r); });
    REQUIRE(rows.size() == 3); // the abandoned session and the half-filled card are not rows
    CHECK(rows[0].problem == "zoom");
    CHECK(rows[0].date == "2026-11-02T10:00");
    CHECK(rows[0].notes.empty());
    CHECK(rows[1].problem == "uber");
    CHECK(rows[1].scorer == Scorer::self); // self before interviewer, whatever order they were saved in
    CHECK(rows[1].notes == "requirements: asked about scale\ncaching: cache-aside");
    CHECK(rows[2].scorer == Scorer::interviewer);
    CHECK(rows[2].notes == "caching: no TTL");
    CHECK(rows[2].card.total() == 36);
}

TEST_CASE("History::each_listed: each session's row and its scorecards' totals, as each_session gives them") {
    TempDir dir;
    History h(dir.path() / "h.db");
    auto paired = h.create_session(started("2026-11-04T10:00:00+00:00", "uber", Mode::interviewer));
    auto partial = h.create_session(started("2026-11-03T11:00:00+00:00", "youtube"));
    auto unscored = h.create_session(started("2026-11-02T10:00:00+00:00", "zoom"));
    h.save_scorecard(paired, Scorer::self, card(4));
    h.save_scorecard(paired, Scorer::interviewer, card(3));
    Scorecard half;
    half.set(0, 4);
    half.set(5, 2);
    h.save_scorecard(partial, Scorer::self, half);

    // With the index of unfinished cards, and without it (a history an older sdmock wrote, read
    // where it cannot be added): the same listing.
    for (bool indexed : {true, false}) {
        INFO((indexed ? "with" : "without") << " the listing index");
        if (!indexed)
            SQLite::Database(dir.path() / "h.db", SQLite::OPEN_READWRITE).exec("DROP INDEX scorecards_unfinished");
        for (const std::string since : {"", "2026-11-03"}) {
            std::vector<ListedSession> listed;
            h.each_listed(since, [&](const ListedSession& s) { listed.push_back(s); });
            std::vector<SessionRecord> whole;
            h.each_session(since, [&](const SessionRecord& r) { whole.push_back(r); });
            REQUIRE(listed.size() == whole.size());
            for (std::size_t i = 0; i < listed.size(); ++i) {
                CHECK(listed[i].info.id == whole[i].info.id);
                CHECK(listed[i].self.has_value() == whole[i].self.has_value());
                CHECK(listed[i].interviewer.has_value() == whole[i].interviewer.has_value());
                if (listed[i].self) {
                    CHECK(listed[i].self->total == whole[i].self->total());
                    CHECK(listed[i].self->complete == whole[i].self->complete());
                }
                if (listed[i].interviewer) CHECK(listed[i].interviewer->total == whole[i].interviewer->total());
            }
            CHECK(listed.size() == (since.empty() ? 3U : 2U));
        }
        std::vector<ListedSession> all;
        h.each_listed({}, [&](const ListedSession& s) { all.push_back(s); });
        REQUIRE(all.size() == 3);
        CHECK(all[0].info.id == unscored);
        CHECK_FALSE(all[0].self);
        CHECK(all[1].self->total == 6); // the scores so far
        CHECK_FALSE(all[1].self->complete);
        CHECK(all[2].self->total == 48);
        CHECK(all[2].interviewer->total == 36);
        CHECK(all[2].interviewer->complete);
    }
    // A history opened again has the index back; a card completed leaves it.
    History again(dir.path() / "h.db");
    again.save_scorecard(partial, Scorer::self, card(5));
    std::vector<ListedSession> all;
    again.each_listed({}, [&](const ListedSession& s) { all.push_back(s); });
    REQUIRE(all.size() == 3);
    CHECK(all[1].self->total == 60);
    CHECK(all[1].self->complete);
    CHECK(SQLite::Database(dir.path() / "h.db")
              .execAndGet("SELECT count(*) FROM scorecards INDEXED BY scorecards_unfinished WHERE requirements IS NULL "
                          "OR estimation IS NULL OR api IS NULL OR architecture IS NULL OR data IS NULL OR caching "
                          "IS NULL OR async IS NULL OR scaling IS NULL OR reliability IS NULL OR security IS NULL OR "
                          "observability IS NULL OR communication IS NULL")
              .getInt() == 0);
}

TEST_CASE("parse_instant: the instant and offset SQLite works out from the same text") {
    SQLite::Database db(":memory:", SQLite::OPEN_READWRITE);
    for (const char* text : {"2026-11-02T09:00:00+05:30", "2026-11-02T05:00:00+00:00", "1969-12-31T23:59:59-08:00",
                             "2024-02-29T12:34:56-03:45", "2026-03-29T02:30:00+01:00", "2000-01-01T00:00:00Z",
                             "2038-01-19T03:14:08+14:00"}) {
        INFO(text);
        auto mine = parse_instant(text);
        REQUIRE(mine);
        SQLite::Statement q(db, "SELECT CAST(strftime('%s', ?1) AS INTEGER) * 1000, "
                                "CAST(round((julianday(substr(?1, 1, 19)) - julianday(?1)) * 86400) AS INTEGER)");
        q.bind(1, text);
        REQUIRE(q.executeStep());
        CHECK(mine->ms == q.getColumn(0).getInt64());
        CHECK(mine->offset_s == q.getColumn(1).getInt());
    }
    for (const char* bad : {"2026-11-02", "2026-11-02T09:00", "2026-13-02T09:00:00+00:00", "2026-11-02T24:00:00+00:00",
                            "2026-11-02T09:00:00+0530", "2026-11-02T09:00:00 05:30", "2026-11-02T09:00:00Y"}) {
        INFO(bad);
        CHECK_FALSE(parse_instant(bad));
    }
}

namespace {

const std::vector<std::string> kProblems{"uber", "zoom"};
const std::vector<std::string> kPlans{"standard-45"};

std::string csv_line(const std::string& date, const std::string& problem, const std::string& mode,
                     const std::string& scorer, int score) {
    std::string line = date + "," + problem + ",standard-45," + mode + "," + scorer;
    for (std::size_t i = 0; i < kDimensionCount; ++i)
        line += "," + std::to_string(score);
    return line + "," + std::to_string(score * 12) + ",,false\n";
}

History::ImportCounts import_text(History& h, const std::string& text, std::vector<std::string>& errors) {
    return h.import_rows([&](const std::function<void(const GroupedRow&)>& take) {
        errors = read_history_csv(text, kProblems, kPlans, take);
        return errors.empty();
    });
}

} // namespace

TEST_CASE("History::import_rows: rows written as read, one session per start, kept only when the file is good") {
    TempDir dir;
    History h(dir.path() / "h.db");
    std::string header = "date,problem,plan,mode,scorer";
    for (auto d : kDimensionIds)
        header += "," + std::string(d);
    header += ",total,notes,practice\n";
    // The interviewer's row of the first session comes after other sessions' rows.
    std::string text = header + csv_line("2026-11-02T09:00", "uber", "interviewer", "self", 4);
    for (int day = 10; day < 20; ++day)
        text += csv_line("2026-11-" + std::to_string(day) + "T08:15", "zoom", "solo", "self", 3);
    text += csv_line("2026-11-02T09:00", "uber", "interviewer", "interviewer", 2);
    std::vector<std::string> errors;
    auto counts = import_text(h, text, errors);
    REQUIRE(errors.empty());
    CHECK(counts.imported == 11);
    CHECK(counts.skipped == 0);
    std::vector<SessionRecord> all = h.list();
    REQUIRE(all.size() == 11);
    REQUIRE(all[0].self);
    REQUIRE(all[0].interviewer);
    CHECK(all[0].self->total() == 48);
    CHECK(all[0].interviewer->total() == 24);

    SQLite::Database raw((dir.path() / "h.db").string(), SQLite::OPEN_READONLY);
    SECTION("the instant given with each row is the one the trigger would have worked out") {
        CHECK(raw.execAndGet("SELECT count(*) FROM sessions WHERE started_ms IS NULL OR started_ms <> "
                             "CAST(strftime('%s', started_at) AS INTEGER) * 1000 OR utc_offset_s <> "
                             "CAST(round((julianday(substr(started_at, 1, 19)) - julianday(started_at)) * 86400) "
                             "AS INTEGER)")
                  .getInt() == 0);
    }
    SECTION("importing the same file again skips every session, both rows of each") {
        auto again = import_text(h, text, errors);
        CHECK(again.imported == 0);
        CHECK(again.skipped == 11);
        CHECK(raw.execAndGet("SELECT count(*) FROM scorecards").getInt() == 12);
    }
    SECTION("a file with a bad last line writes nothing, though its good rows were read first") {
        std::string bad = header + csv_line("2026-12-01T09:00", "uber", "solo", "self", 5) + "not,a,row\n";
        auto none = import_text(h, bad, errors);
        CHECK(errors.size() == 1);
        CHECK(none.imported == 1); // written, then rolled back
        CHECK(raw.execAndGet("SELECT count(*) FROM sessions").getInt() == 11);
    }
}

TEST_CASE("History::import_rows into an empty history: rows written many to a statement, the schema as it was") {
    TempDir dir;
    const auto path = dir.path() / "h.db";
    History h(path, History::Open::staged);
    std::string header = "date,problem,plan,mode,scorer";
    for (auto d : kDimensionIds)
        header += "," + std::string(d);
    header += ",total,notes,practice\n";
    // 150 paired sessions (two full statements and part of a third); each interviewer row comes
    // after every self row, so a card names a session written statements before it.
    std::string self_rows;
    std::string interviewer_rows;
    auto date = [](int i) {
        const int day = 1 + i / 24;
        const int hour = i % 24;
        return std::string("2026-10-") + (day < 10 ? "0" : "") + std::to_string(day) + "T" + (hour < 10 ? "0" : "") +
               std::to_string(hour) + ":30";
    };
    for (int i = 0; i < 150; ++i) {
        self_rows += csv_line(date(i), i % 2 == 0 ? "uber" : "zoom", "interviewer", "self", 1 + i % 5);
        interviewer_rows += csv_line(date(i), i % 2 == 0 ? "uber" : "zoom", "interviewer", "interviewer", 5 - i % 5);
    }
    SQLite::Database fresh((dir.path() / "fresh.db").string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    { History made(dir.path() / "fresh.db"); }
    auto schema = [](SQLite::Database& db) {
        std::vector<std::string> out;
        SQLite::Statement q(db, "SELECT type || ' ' || name || ': ' || sql FROM sqlite_master WHERE sql IS NOT NULL "
                                "ORDER BY type, name");
        while (q.executeStep())
            out.push_back(q.getColumn(0).getString());
        return out;
    };

    std::vector<std::string> errors;
    SECTION("every session and card lands, each card on its own session") {
        auto counts = import_text(h, header + self_rows + interviewer_rows, errors);
        REQUIRE(errors.empty());
        CHECK(counts.imported == 150);
        h.seal();
        std::vector<SessionRecord> all = h.list();
        REQUIRE(all.size() == 150);
        for (std::size_t i = 0; i < all.size(); ++i) {
            INFO("session " << i);
            REQUIRE(all[i].self);
            REQUIRE(all[i].interviewer);
            CHECK(all[i].self->total() == 12 * (1 + static_cast<int>(i) % 5));
            CHECK(all[i].interviewer->total() == 12 * (5 - static_cast<int>(i) % 5));
            CHECK(all[i].info.problem == (i % 2 == 0 ? "uber" : "zoom"));
        }
        SQLite::Database raw(path.string(), SQLite::OPEN_READONLY);
        CHECK(schema(raw) == schema(fresh));
        CHECK(raw.execAndGet("PRAGMA journal_mode").getString() == "wal");
        CHECK(raw.execAndGet("PRAGMA integrity_check").getString() == "ok");
        CHECK(raw.execAndGet("SELECT count(*) FROM sessions WHERE started_ms IS NULL OR started_ms <> "
                             "CAST(strftime('%s', started_at) AS INTEGER) * 1000")
                  .getInt() == 0);
        SECTION("and a second import into it goes row by row, skipping what is there") {
            auto again =
                import_text(h, header + self_rows + csv_line("2026-12-24T10:00", "uber", "solo", "self", 3), errors);
            CHECK(again.imported == 1);
            CHECK(again.skipped == 150);
            CHECK(h.list().back().info.started_at.substr(0, 16) == "2026-12-24T10:00");
        }
    }
    SECTION("a bad row after many good ones leaves the history empty and its schema whole") {
        auto counts = import_text(h, header + self_rows + "not,a,row\n", errors);
        CHECK(errors.size() == 1);
        CHECK(counts.imported == 150); // written, then rolled back
        CHECK(h.list().empty());
        SQLite::Database raw(path.string(), SQLite::OPEN_READONLY);
        CHECK(schema(raw) == schema(fresh));
    }
}
