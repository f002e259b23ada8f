#include "core/review.hpp"
#include "store/history.hpp"
#include "support/builders.hpp"
#include "support/shipped_content.hpp"
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>

#include <SQLiteCpp/SQLiteCpp.h>

using namespace sdmock;
using namespace std::chrono_literals;
using sdmock::test::card_of;
using sdmock::test::shipped_content;
using sdmock::test::shipped_plan;
using sdmock::test::shipped_problem;

namespace {

Event ev(Duration t, std::string_view kind, std::string phase, std::string dimension, std::string text,
         std::int64_t value = 0) {
    return Event{t, std::string(kind), std::move(phase), std::move(dimension), std::move(text), value};
}

SessionRecord solo_record() {
    SessionRecord r;
    r.info.id = 7;
    r.info.problem = "url-shortener";
    r.info.plan = "standard-45";
    r.info.status = Status::finished;
    const auto& clarifying = *shipped_content().question_set("clarifying");
    r.events = {
        ev(0s, event::phase_start, "requirements", "requirements", "Requirements"),
        ev(30s, event::note, "requirements", "requirements",
           "100M links a month, reads 100:1, and a long note "
           "that must come back whole, never cut short"),
        ev(40s, event::candidate_note, "requirements", "requirements", "a follower's note"),
        ev(50s, event::cue_skipped, "requirements", "requirements", clarifying.questions[0].text),
        ev(300s, event::cue_unreached, "requirements", "requirements", clarifying.questions[1].text, 1),
        ev(300s, event::cue_unreached, "requirements", "requirements", clarifying.questions[3].text, 0),
        ev(1300s, event::note, "deep-dive", "caching", "CDN in front, hot key in a local LRU"),
    };
    r.self = card_of(4);
    r.self->scores[*dimension_index("caching")] = 2;
    return r;
}

} // namespace

TEST_CASE("build_review: notes in full by phase, the key points, the missed questions with answers") {
    const Problem& p = shipped_problem("url-shortener");
    SessionRecord r = solo_record();
    Review review = build_review(r, p, shipped_plan("standard-45"), shipped_content(), {});
    REQUIRE(review.phases.size() == 5);
    REQUIRE(review.phases[0].id == "requirements");
    REQUIRE(review.phases[0].notes.size() == 1); // the solo candidate's own notes only
    REQUIRE(review.phases[0].notes[0].text == r.events[1].text);
    REQUIRE(review.phases[3].notes.at(0).text == "CDN in front, hot key in a local LRU");
    REQUIRE(review.phases[0].points.size() == p.key.functional.size() + p.key.non_functional.size());
    // Skipped, and never on screen; one shown and left open was asked, so it is not missed.
    const auto& clarifying = *shipped_content().question_set("clarifying");
    REQUIRE(review.missed.size() == 2);
    REQUIRE(review.missed[0].skipped);
    REQUIRE(review.missed[0].text == clarifying.questions[0].text);
    REQUIRE(review.missed[0].answer == p.key.reply(clarifying.questions[0].id)->text);
    REQUIRE_FALSE(review.missed[1].skipped);
    REQUIRE(review.missed[1].text == clarifying.questions[3].text);
    // The mistakes of the lowest self-scored dimension come first.
    REQUIRE(review.mistakes.size() == shipped_content().rubric.mistakes.size());
    REQUIRE(review.mistakes.front().dimension == "caching");
}

TEST_CASE("build_review: in a paired mock the notes are the ones the candidate wrote while following") {
    SessionRecord r = solo_record();
    r.info.mode = Mode::interviewer;
    Review review =
        build_review(r, shipped_problem("url-shortener"), shipped_plan("standard-45"), shipped_content(), {});
    REQUIRE(review.phases[0].notes.size() == 1);
    REQUIRE(review.phases[0].notes[0].text == "a follower's note");
}

TEST_CASE("build_review: coverage follows the ticks") {
    const Problem& p = shipped_problem("url-shortener");
    const Plan& plan = shipped_plan("standard-45");
    auto points = key_points(p, plan);
    Ticks ticks;
    std::size_t caching = 0;
    std::size_t covered = 0;
    for (const auto& point : points)
        if (point.dimension == "caching") ticks[point.id] = (caching++ % 2 == 0) && ++covered > 0;
    Review review = build_review(solo_record(), p, plan, shipped_content(), ticks);
    auto it = std::find_if(review.coverage.begin(), review.coverage.end(),
                           [](const DimensionCoverage& c) { return c.dimension == "caching"; });
    REQUIRE(it != review.coverage.end());
    REQUIRE(it->total == static_cast<int>(caching));
    REQUIRE(it->covered == static_cast<int>(covered));
    REQUIRE(it->suggested == suggested_score(static_cast<int>(covered), static_cast<int>(caching)));
}

TEST_CASE("History: review ticks are saved at once, replaced, kept per session, and go with the session") {
    test::TempDir dir;
    auto path = dir.path() / "history.db";
    std::int64_t a = 0;
    std::int64_t b = 0;
    {
        History h(path);
        a = h.create_session({"url-shortener", "standard-45", Mode::solo, "2026-12-01T10:00:00+00:00", 1, 1.0});
        b = h.create_session({"pastebin", "mini-25", Mode::solo, "2026-12-01T11:00:00+00:00", 2, 1.0});
        h.set_coverage(a, "functional-1", true);
        h.set_coverage(a, "functional-2", false);
        h.set_coverage(b, "functional-1", false);
    }
    History h(path); // another process reads them back
    REQUIRE(h.coverage(a) == Ticks{{"functional-1", true}, {"functional-2", false}});
    h.set_coverage(a, "functional-2", true);
    REQUIRE(h.coverage(a).at("functional-2"));
    REQUIRE(h.coverage(b) == Ticks{{"functional-1", false}});
    REQUIRE(h.coverage(999).empty());
    SQLite::Database db(path.string(), SQLite::OPEN_READWRITE);
    db.exec("PRAGMA foreign_keys = ON");
    db.exec("DELETE FROM sessions WHERE id = " + std::to_string(a));
    REQUIRE(db.execAndGet("SELECT count(*) FROM coverage WHERE session_id = " + std::to_string(a)).getInt() == 0);
}
