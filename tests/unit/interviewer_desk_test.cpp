#include "core/mock.hpp"
#include "support/recording_sink.hpp"
#include "support/shipped_content.hpp"

#include <catch2/catch.hpp>

#include <set>

using namespace sdmock;
using namespace std::chrono_literals;

namespace {

struct Desk {
    const Content& content = test::shipped_content();
    const Problem& problem = *content.problem("ticketmaster");
    const Plan& plan = *content.plan("standard-45");
    FakeClock clock;
    test::RecordingSink sink;
    MockSession mock{problem, plan, content, 42, 1.0, Role::interviewer, sink};
    SteadyTime now() const { return clock.steady_now(); }
};

} // namespace

TEST_CASE("Interviewer desk: nothing comes on screen by itself") {
    Desk d;
    d.mock.start(d.now());
    for (int i = 0; i < 30; ++i) {
        d.clock.advance(60s);
        d.mock.tick(d.now());
    }
    REQUIRE(d.sink.of(event::cue_shown).empty());
}

TEST_CASE("Interviewer desk: a question put, marked and hinted is recorded with its time") {
    Desk d;
    d.mock.start(d.now());
    auto list = d.mock.question_list();
    REQUIRE_FALSE(list.empty());
    REQUIRE_FALSE(d.mock.mark_question(d.now(), Grade::well)); // nothing asked yet
    d.clock.advance(30s);
    d.mock.put_question(d.now(), list[1]);
    auto put = d.sink.of(event::cue_put);
    REQUIRE(put.size() == 1);
    REQUIRE(put[0].text == list[1].text);
    REQUIRE(put[0].dimension == list[1].dimension);
    REQUIRE(put[0].t == 30s);
    d.clock.advance(10s);
    REQUIRE(d.mock.mark_question(d.now(), Grade::partly));
    REQUIRE(d.mock.grade_of(list[1].text) == Grade::partly);
    REQUIRE(d.sink.of(event::cue_marked).back().value == static_cast<std::int64_t>(Grade::partly));
    d.mock.give_hint(d.now(), "think about holds");
    REQUIRE(d.sink.of(event::hint).back().text == "think about holds");
    REQUIRE(d.sink.of(event::hint).back().t == 40s);
    // Re-marking replaces the grade.
    REQUIRE(d.mock.mark_question(d.now(), Grade::well));
    REQUIRE(d.mock.grade_of(list[1].text) == Grade::well);
    auto evidence = d.mock.evidence();
    REQUIRE(evidence.size() == 2);
    REQUIRE(evidence.back().text.find("answered well") == 0);
}

TEST_CASE("Interviewer desk: follow-ups are on the list in the deep dive, with their dimensions") {
    Desk d;
    d.mock.start(d.now());
    auto names = [&] {
        std::set<std::string> out;
        for (const auto& c : d.mock.question_list())
            out.insert(c.text);
        return out;
    };
    for (const auto& f : d.problem.key.follow_ups)
        REQUIRE(names().count(f.question) == 0);
    while (d.mock.phase()->id != "deep-dive")
        d.mock.next_phase(d.now());
    auto list = d.mock.question_list();
    for (const auto& f : d.problem.key.follow_ups) {
        auto it = std::find_if(list.begin(), list.end(), [&](const Cue& c) { return c.text == f.question; });
        REQUIRE(it != list.end());
        REQUIRE(it->dimension == f.dimension);
        REQUIRE(std::count_if(list.begin(), list.end(), [&](const Cue& c) { return c.text == f.question; }) == 1);
    }
    // The deep dive's list opens with the problem's own follow-ups.
    REQUIRE(std::any_of(d.problem.key.follow_ups.begin(), d.problem.key.follow_ups.end(),
                        [&](const FollowUp& f) { return f.question == list.front().text; }));
}

TEST_CASE("Interviewer desk: curveballs are thrown when chosen, never the same one twice") {
    Desk d;
    d.mock.start(d.now());
    std::size_t total = d.mock.curveballs_left();
    REQUIRE(total == d.content.question_set("curveballs")->questions.size());
    std::set<std::string> thrown;
    while (d.mock.throw_curveball(d.now()))
        thrown.insert(d.sink.of(event::curveball).back().text);
    REQUIRE(thrown.size() == total);
    REQUIRE(d.mock.curveballs_left() == 0);
    REQUIRE(d.mock.put()->kind == CueKind::curveball);
}

TEST_CASE("Interviewer desk: restore rebuilds the question asked, the marks and the curveballs thrown") {
    Desk first;
    first.mock.start(first.now());
    auto list = first.mock.question_list();
    first.mock.put_question(first.now(), list[0]);
    first.mock.mark_question(first.now(), Grade::not_answered);
    first.mock.throw_curveball(first.now());
    std::string thrown = first.sink.of(event::curveball).back().text;

    Desk second;
    second.clock.advance(1h);
    second.mock.restore(first.sink.events, 0s, second.now());
    REQUIRE(second.mock.grade_of(list[0].text) == Grade::not_answered);
    REQUIRE(second.mock.put()->text == thrown);
    REQUIRE(second.mock.curveballs_left() == first.mock.curveballs_left());
    while (second.mock.throw_curveball(second.now()))
        REQUIRE(second.sink.of(event::curveball).back().text != thrown);
}

TEST_CASE("Interviewer desk: a phase change clears the question asked") {
    Desk d;
    d.mock.start(d.now());
    d.mock.put_question(d.now(), d.mock.question_list()[0]);
    REQUIRE(d.mock.put().has_value());
    d.mock.next_phase(d.now());
    REQUIRE_FALSE(d.mock.put().has_value());
}
