// Drills: one phase of a problem run on its own. The plan, the problem's focus, the context handed
// over and the dimensions scored are pure functions of the content; drills stay out of the trends.
#include "core/drill.hpp"
#include "core/error.hpp"
#include "core/trends.hpp"
#include "report/trends_report.hpp"
#include "support/builders.hpp"
#include "support/shipped_content.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace sdmock;
using sdmock::test::card_of;
using sdmock::test::shipped_content;
using sdmock::test::shipped_plan;
using sdmock::test::shipped_problem;

namespace {

bool has_line(const std::vector<std::string>& lines, const std::string& part) {
    return std::any_of(lines.begin(), lines.end(),
                       [&](const std::string& l) { return l.find(part) != std::string::npos; });
}

Problem plain_problem() {
    Problem p;
    p.id = "demo";
    p.focus = {"data", "caching", "scaling"};
    p.key.scope = "10k writes/s";
    p.key.functional = {"Create a link", "Redirect"};
    p.key.estimates = {{"Write QPS", 40, "/s", "100M / month"}};
    p.key.architecture = {"LB -> app -> KV store"};
    p.key.risks = {"Hot keys: one link goes viral"};
    return p;
}

Plan plain_plan() {
    Plan plan;
    plan.id = "p";
    plan.name = "P";
    for (const auto* id : {"requirements", "estimation", "high-level", "deep-dive", "wrap-up"}) {
        Phase phase;
        phase.id = id;
        phase.minutes = 5;
        phase.dimension = std::string(id) == "deep-dive" ? "scaling" : "requirements";
        plan.phases.push_back(phase);
    }
    return plan;
}

} // namespace

TEST_CASE("drill_plan: one phase of the plan, as it is there, under the plan's id") {
    const Plan& full = shipped_plan("standard-45");
    Plan dive = drill_plan(full, "deep-dive");
    REQUIRE(dive.id == "standard-45");
    REQUIRE(dive.phases.size() == 1);
    REQUIRE(dive.phases.front().id == "deep-dive");
    REQUIRE(dive.phases.front().minutes == Approx(18));
    REQUIRE(dive.planned() == std::chrono::minutes(18));
    REQUIRE(drill_plan(full, "deep-dive").phases.front().cues == dive.phases.front().cues); // the same every time
}

TEST_CASE("check_drill: an unknown phase names the plan's phases and the closest") {
    const Plan& mini = shipped_plan("mini-25");
    try {
        check_drill({"deep-dvie", ""}, shipped_plan("standard-45"));
        FAIL("an unknown phase was accepted");
    } catch (const UsageError& e) {
        REQUIRE_THAT(e.what(), Catch::Contains("requirements, estimation, high-level, deep-dive, wrap-up"));
        REQUIRE_THAT(e.what(), Catch::Contains("did you mean \"deep-dive\""));
        REQUIRE(e.exit_code() == kExitUsage);
    }
    // mini-25 has no deep dive.
    REQUIRE_THROWS_AS(check_drill({"deep-dive", ""}, mini), UsageError);
    REQUIRE_THROWS_AS(drill_plan(mini, "deep-dive"), UsageError);
    REQUIRE_NOTHROW(check_drill({"high-level", ""}, mini));
}

TEST_CASE("check_drill: the focus is a rubric dimension, or none") {
    const Plan& plan = shipped_plan("standard-45");
    REQUIRE_NOTHROW(check_drill({"deep-dive", "caching"}, plan));
    REQUIRE_NOTHROW(check_drill({"deep-dive", ""}, plan));
    try {
        check_drill({"deep-dive", "cacheing"}, plan);
        FAIL("an unknown dimension was accepted");
    } catch (const UsageError& e) {
        REQUIRE_THAT(e.what(), Catch::Contains("did you mean \"caching\""));
        REQUIRE_THAT(e.what(), Catch::Contains("requirements, estimation, api"));
    }
}

TEST_CASE("drill_problem: the focus goes first, once, no focus leaves the problem as it is") {
    Problem p = plain_problem();
    REQUIRE(drill_problem(p, "caching").focus == std::vector<std::string>{"caching", "data", "scaling"});
    REQUIRE(drill_problem(p, "security").focus == std::vector<std::string>{"security", "data", "caching", "scaling"});
    REQUIRE(drill_problem(p, "").focus == p.focus);
    REQUIRE(drill_problem(p, "caching").key.scope == p.key.scope);
}

TEST_CASE("drill_context: what the earlier phases produced, never the deep-dive answers") {
    Problem p = plain_problem();
    Plan plan = plain_plan();
    REQUIRE(drill_context(plan, "requirements", p).empty());
    auto est = drill_context(plan, "estimation", p);
    REQUIRE(has_line(est, "Agreed scope: 10k writes/s"));
    REQUIRE(has_line(est, "Create a link"));
    REQUIRE_FALSE(has_line(est, "Write QPS"));
    auto high = drill_context(plan, "high-level", p);
    REQUIRE(has_line(high, "Write QPS: 40 /s (100M / month)"));
    REQUIRE_FALSE(has_line(high, "KV store"));
    auto dive = drill_context(plan, "deep-dive", p);
    REQUIRE(has_line(dive, "Reference high-level design:"));
    REQUIRE(has_line(dive, "LB -> app -> KV store"));
    REQUIRE_FALSE(has_line(dive, "Hot keys")); // a risk is a deep-dive answer
    REQUIRE(drill_context(plan, "wrap-up", p).size() == dive.size());
}

TEST_CASE("drill_context: for the shipped url-shortener's deep dive, scope, estimates and design") {
    const Problem& p = shipped_problem("url-shortener");
    auto lines = drill_context(shipped_plan("standard-45"), "deep-dive", p);
    REQUIRE(has_line(lines, p.key.scope));
    REQUIRE(has_line(lines, p.key.functional.front()));
    REQUIRE(has_line(lines, p.key.estimates.front().name));
    REQUIRE(has_line(lines, p.key.architecture.front()));
    for (const auto& f : p.key.follow_ups)
        REQUIRE_FALSE(has_line(lines, f.question));
}

TEST_CASE("drill: --focus caching opens url-shortener's deep dive with caching questions") {
    Plan dive = drill_plan(shipped_plan("standard-45"), "deep-dive");
    Problem p = drill_problem(shipped_problem("url-shortener"), "caching");
    auto cues = schedule_cues(dive, p, shipped_content(), 11);
    REQUIRE_FALSE(cues.empty());
    REQUIRE(std::all_of(cues.begin(), cues.end(), [](const Cue& c) { return c.phase == 0; }));
    REQUIRE(cues.front().dimension == "caching");
    REQUIRE(cues.front().source == "problem/url-shortener");
    // The first area probe is a caching one.
    auto probe =
        std::find_if(cues.begin(), cues.end(), [](const Cue& c) { return c.source.rfind("deep-dive/", 0) == 0; });
    REQUIRE(probe != cues.end());
    REQUIRE(probe->dimension == "caching");
}

TEST_CASE("drill_dimensions: the phase's, the focus and the cues', in rubric order") {
    Phase phase;
    phase.dimension = "scaling";
    std::vector<Cue> cues(2);
    cues[0].dimension = "data";
    cues[1].dimension = "caching";
    auto dims = drill_dimensions(phase, "security", cues);
    REQUIRE(dims == std::vector<std::size_t>{4, 5, 7, 9}); // data, caching, scaling, security
    REQUIRE(drill_dimensions(phase, "", {}) == std::vector<std::size_t>{7});
}

TEST_CASE("complete_on: a drill's card is complete when its dimensions are scored") {
    Scorecard card;
    card.set(5, 4);
    card.set(7, 3);
    REQUIRE(complete_on(card, {5, 7}));
    REQUIRE_FALSE(complete_on(card, {5, 7, 9}));
    REQUIRE_FALSE(card.complete());
    REQUIRE(drill_text({"deep-dive", "caching"}) == "deep-dive, caching");
    REQUIRE(drill_text({"estimation", ""}) == "estimation");
}

TEST_CASE("Trends: drills are left out, --include-practice or not, and counted") {
    auto at = [](std::int64_t id, const char* date, bool drill) {
        ScoredMock m;
        m.session = id;
        m.date = *parse_date(date);
        m.started_at = date;
        m.problem = "url-shortener";
        m.plan = "standard-45";
        m.self = card_of(drill ? 5 : 3);
        m.drill = drill;
        return m;
    };
    Scorecard partial;
    partial.set(5, 5);
    std::vector<ScoredMock> mocks{at(1, "2026-11-23T10:00", false), at(2, "2026-11-24T10:00", true),
                                  at(3, "2026-11-25T10:00", true)};
    mocks[2].self = partial; // a drill's usual card: a few dimensions
    TrendOptions o;
    o.until = *parse_date("2026-11-26");
    for (bool include : {false, true}) {
        o.include_practice = include;
        Trends t = compute_trends(mocks, o);
        REQUIRE(t.mocks == 1);
        REQUIRE(t.weeks.size() == 1);
        REQUIRE(t.weeks.front().avg_total == Approx(36));
        REQUIRE(t.drill_mocks == 2);
        REQUIRE(t.practice_mocks == 0);
        REQUIRE_THAT(practice_note(t), Catch::Contains("2 drills (one phase run on its own) left out"));
    }
}
