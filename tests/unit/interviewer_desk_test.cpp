#include "core/mock.hpp"
#include "core/text.hpp"
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

TEST_CASE("Interviewer desk: a line put, graded and hinted is recorded with its time") {
    Desk d;
    d.mock.start(d.now());
    auto list = d.mock.script();
    REQUIRE(list.size() > 1);
    d.clock.advance(30s);
    d.mock.put_line(d.now(), list[1]);
    auto put = d.sink.of(event::cue_put);
    REQUIRE(put.size() == 1);
    REQUIRE(put[0].text == list[1].put);
    REQUIRE(put[0].dimension == list[1].dimension);
    REQUIRE(put[0].t == 30s);
    d.clock.advance(10s);
    d.mock.mark(d.now(), list[1], Grade::partly);
    REQUIRE(d.mock.grade_of(list[1].text) == Grade::partly);
    REQUIRE(d.sink.of(event::cue_marked).back().text == list[1].text);
    REQUIRE(d.sink.of(event::cue_marked).back().value == static_cast<std::int64_t>(Grade::partly));
    d.mock.give_hint(d.now(), "think about holds");
    REQUIRE(d.sink.of(event::hint).back().text == "think about holds");
    REQUIRE(d.sink.of(event::hint).back().t == 40s);
    // Re-grading replaces the grade; a line never put can be graded too (the candidate raised it).
    d.mock.mark(d.now(), list[1], Grade::well);
    REQUIRE(d.mock.grade_of(list[1].text) == Grade::well);
    d.mock.mark(d.now(), list[0], Grade::not_answered);
    REQUIRE(d.mock.grade_of(list[0].text) == Grade::not_answered);
    auto evidence = d.mock.evidence();
    REQUIRE(evidence.size() == 3);
    REQUIRE(evidence.back().text == "marked not: " + list[0].text);
}

TEST_CASE("Interviewer desk: phase 1 is what the candidate should ask, each with the problem's reply") {
    Desk d;
    d.mock.start(d.now());
    auto script = d.mock.script();
    const QuestionSet& clarifying = *d.content.question_set("clarifying");
    REQUIRE(script.size() == clarifying.questions.size());
    for (std::size_t i = 0; i < script.size(); ++i) {
        const Question& q = clarifying.questions[i];
        INFO(q.id);
        REQUIRE(script[i].kind == ScriptKind::listen);
        REQUIRE(script[i].topic == q.topic);
        REQUIRE(script[i].reply == d.problem.key.reply(q.id)->text);
        REQUIRE(script[i].why == q.answer);
        // A nudge, never the candidate's own question in the interviewer's mouth.
        REQUIRE(script[i].put != q.text);
        REQUIRE(script[i].put.find(q.topic) != std::string::npos);
    }
}

TEST_CASE("Interviewer desk: the deep dive asks the follow-ups first, with points and hints, then risks and probes") {
    Desk d;
    d.mock.start(d.now());
    while (d.mock.phase()->id != "deep-dive")
        d.mock.next_phase(d.now());
    auto list = d.mock.script();
    const auto& follow_ups = d.problem.key.follow_ups;
    REQUIRE(list.size() > follow_ups.size() + d.problem.key.risks.size());
    for (std::size_t i = 0; i < follow_ups.size(); ++i) {
        INFO(follow_ups[i].question);
        REQUIRE(list[i].kind == ScriptKind::ask);
        REQUIRE(list[i].text == follow_ups[i].question);
        REQUIRE(list[i].put == follow_ups[i].question);
        REQUIRE(list[i].dimension == follow_ups[i].dimension);
        REQUIRE(list[i].points == follow_ups[i].points);
        REQUIRE(list[i].hints == follow_ups[i].hints);
    }
    const ScriptLine& risk = list[follow_ups.size()];
    REQUIRE(risk.source == "risk");
    REQUIRE_THAT(risk.text, Catch::Contains(headline(d.problem.key.risks.front())));
    REQUIRE_FALSE(risk.points.empty());
    std::set<std::string> texts;
    for (const auto& line : list)
        REQUIRE(texts.insert(line.text).second); // none twice
    // The area probes the schedule put in the deep dive are on it too.
    for (const auto& cue : d.mock.cues().schedule())
        if (cue.phase == d.mock.timer().phase() && cue.kind == CueKind::probe) REQUIRE(texts.count(cue.text) == 1);
}

TEST_CASE("Interviewer desk: estimation hands over the figures and checks each reference estimate") {
    Desk d;
    d.mock.start(d.now());
    d.mock.next_phase(d.now());
    auto list = d.mock.script();
    REQUIRE(list.at(0).source == "figures");
    for (const auto& given : d.problem.key.givens)
        REQUIRE_THAT(list[0].reply, Catch::Contains(given));
    for (std::size_t i = 0; i < d.problem.key.estimates.size(); ++i) {
        const Estimate& e = d.problem.key.estimates[i];
        INFO(e.name);
        REQUIRE(list.at(i + 1).text == "Works out the " + e.name);
        REQUIRE_THAT(list[i + 1].points.at(0), Catch::Contains(format_figure(e.value)));
        REQUIRE(list[i + 1].points.at(1) == e.how);
    }
}

TEST_CASE("Interviewer desk: the wrap-up never offers the candidate's own closing question to ask") {
    Desk d;
    d.mock.start(d.now());
    while (d.mock.phase()->id != "wrap-up")
        d.mock.next_phase(d.now());
    for (const auto& line : d.mock.script()) {
        INFO(line.text);
        if (line.text.find("question for the interviewer") != std::string::npos)
            REQUIRE(line.kind == ScriptKind::listen);
    }
    auto list = d.mock.script();
    REQUIRE(std::count_if(list.begin(), list.end(), [](const ScriptLine& l) { return l.source == "extension"; }) ==
            static_cast<std::ptrdiff_t>(d.problem.key.extensions.size()));
}

TEST_CASE("Interviewer desk: a plan with no deep dive offers the follow-ups in its last phase") {
    const Content& content = test::shipped_content();
    const Problem& problem = *content.problem("ticketmaster");
    const Plan& mini = *content.plan("mini-25");
    FakeClock clock;
    test::RecordingSink sink;
    MockSession mock{problem, mini, content, 42, 1.0, Role::interviewer, sink};
    mock.start(clock.steady_now());
    auto texts = [&] {
        std::set<std::string> out;
        for (const auto& l : mock.script())
            out.insert(l.text);
        return out;
    };
    REQUIRE(texts().count(problem.key.follow_ups.front().question) == 0);
    while (mock.timer().phase() + 1 < mini.phases.size())
        mock.next_phase(clock.steady_now());
    for (const auto& f : problem.key.follow_ups)
        REQUIRE(texts().count(f.question) == 1);
}

TEST_CASE("Interviewer desk: curveballs fit the problem, are chosen or left to sdmock, never twice") {
    Desk d;
    d.mock.start(d.now());
    auto choices = d.mock.curveball_choices();
    std::size_t fitting = 0;
    for (const auto& q : d.content.question_set("curveballs")->questions)
        if (curveball_fits(q, d.problem)) ++fitting;
    REQUIRE(choices.size() == fitting);
    REQUIRE(d.mock.curveballs_left() == fitting);
    // The interviewer picks the third; it is thrown, joins the script and leaves the choices.
    REQUIRE(d.mock.throw_curveball(d.now(), 2));
    REQUIRE(d.sink.of(event::curveball).back().text == choices[2].text);
    REQUIRE(d.mock.script().back().text == choices[2].text);
    REQUIRE(d.mock.script().back().hints == choices[2].hints);
    auto left = d.mock.curveball_choices();
    REQUIRE(left.size() == fitting - 1);
    REQUIRE(left[0].text == choices[0].text);
    REQUIRE(left[2].text == choices[3].text);
    // sdmock's pick is the first left; out-of-range choices throw nothing.
    REQUIRE_FALSE(d.mock.throw_curveball(d.now(), left.size()));
    std::set<std::string> thrown{choices[2].text};
    while (d.mock.throw_curveball(d.now()))
        REQUIRE(thrown.insert(d.sink.of(event::curveball).back().text).second);
    REQUIRE(thrown.size() == fitting);
    REQUIRE(d.mock.curveballs_left() == 0);
    REQUIRE(d.mock.put()->kind == CueKind::curveball);
}

TEST_CASE("Interviewer desk: restore rebuilds the line asked, the grades and the curveballs thrown") {
    Desk first;
    first.mock.start(first.now());
    auto list = first.mock.script();
    first.mock.put_line(first.now(), list[0]);
    first.mock.mark(first.now(), list[0], Grade::not_answered);
    first.mock.throw_curveball(first.now(), 1);
    std::string thrown = first.sink.of(event::curveball).back().text;

    Desk second;
    second.clock.advance(1h);
    second.mock.restore(first.sink.events, 0s, second.now());
    REQUIRE(second.mock.grade_of(list[0].text) == Grade::not_answered);
    REQUIRE(second.mock.put()->text == thrown);
    REQUIRE(second.mock.curveballs_left() == first.mock.curveballs_left());
    REQUIRE(second.mock.script().back().text == thrown);
    while (second.mock.throw_curveball(second.now()))
        REQUIRE(second.sink.of(event::curveball).back().text != thrown);
}

TEST_CASE("Interviewer desk: a phase change clears the question asked") {
    Desk d;
    d.mock.start(d.now());
    d.mock.put_line(d.now(), d.mock.script()[0]);
    REQUIRE(d.mock.put().has_value());
    d.mock.next_phase(d.now());
    REQUIRE_FALSE(d.mock.put().has_value());
}
