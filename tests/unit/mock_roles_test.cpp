// A running mock records only the events its role may record (may_record): a refused action
// throws Error, records nothing and changes nothing.
#include "core/error.hpp"
#include "core/mock.hpp"
#include "support/recording_sink.hpp"
#include "support/shipped_content.hpp"

#include <catch2/catch.hpp>

#include <string>

using namespace sdmock;
using namespace std::chrono_literals;

namespace {

struct Run {
    explicit Run(Role role) : mock(problem, plan, content, 42, 1.0, role, sink) {}
    const Content& content = test::shipped_content();
    const Problem& problem = *content.problem("ticketmaster");
    const Plan& plan = *content.plan("standard-45");
    FakeClock clock;
    test::RecordingSink sink;
    MockSession mock;
    [[nodiscard]] SteadyTime now() const { return clock.steady_now(); }
};

/// Every recorded event is one the role may record.
void require_all_allowed(const Run& run, Role role) {
    for (const auto& e : run.sink.events) {
        INFO(test::describe(e));
        REQUIRE(may_record(role, e.kind));
    }
}

/// The message of the Error `action` throws; fails the test if it throws none.
template <typename Action> std::string refusal(Action action) {
    try {
        action();
    } catch (const Error& e) {
        REQUIRE(e.exit_code() == kExitFailure);
        return e.what();
    }
    FAIL("the action was not refused");
    return {};
}

} // namespace

TEST_CASE("MockSession roles: a solo mock may not act as an interviewer") {
    Run r(Role::solo);
    r.mock.start(r.now());
    r.clock.advance(40s);
    r.mock.tick(r.now());
    auto before = r.sink.events.size();
    auto left = r.mock.curveballs_left();
    Cue question{0, 0s, CueKind::probe, "Who books?", "requirements", "", ""};
    std::string why = refusal([&] { r.mock.put_question(r.now(), question); });
    REQUIRE_THAT(why, Catch::Contains("solo") && Catch::Contains(std::string(event::cue_put)));
    refusal([&] { r.mock.give_hint(r.now(), "think of holds"); });
    if (left > 0) refusal([&] { r.mock.throw_curveball(r.now()); });
    REQUIRE(r.sink.events.size() == before);
    REQUIRE_FALSE(r.mock.put().has_value());
    REQUIRE(r.mock.curveballs_left() == left);
    ScriptLine line;
    line.text = "Asks about users and scale";
    line.dimension = "requirements";
    refusal([&] { r.mock.mark(r.now(), line, Grade::well); });
    REQUIRE(r.sink.events.size() == before);
    REQUIRE_FALSE(r.mock.grade_of(line.text).has_value());
}

TEST_CASE("MockSession roles: an interviewer does not answer cues or show them") {
    Run r(Role::interviewer);
    r.mock.start(r.now());
    r.clock.advance(40s);
    auto before = r.sink.events.size();
    const Cue* due = r.mock.current_cue(r.now());
    REQUIRE(due != nullptr);
    const std::string text = due->text;
    auto waiting = r.mock.cues_waiting(r.now());
    std::string why = refusal([&] { r.mock.answer_cue(r.now()); });
    REQUIRE_THAT(why, Catch::Contains("interviewer") && Catch::Contains(std::string(event::cue_answered)));
    refusal([&] { r.mock.answer_cue(r.now(), true); });
    REQUIRE(r.mock.cues_waiting(r.now()) == waiting);
    REQUIRE(r.mock.current_cue(r.now())->text == text);
    refusal([&] { (void)r.mock.show_all_due(r.now()); });
    REQUIRE(r.sink.events.size() == before);
}

TEST_CASE("MockSession roles: a candidate cannot run the session") {
    Run r(Role::candidate);
    std::string why = refusal([&] { r.mock.start(r.now()); });
    REQUIRE_THAT(why, Catch::Contains("candidate") && Catch::Contains(std::string(event::phase_start)));
    REQUIRE_FALSE(r.mock.timer().started());
    refusal([&] { r.mock.restore({}, 0s, r.now()); });
    REQUIRE(r.sink.events.empty());
}

TEST_CASE("MockSession roles: every event of a full solo mock is one a solo mock may record") {
    Run r(Role::solo);
    r.mock.start(r.now());
    while (!r.mock.finished()) {
        r.clock.advance(50s);
        r.mock.tick(r.now());
        r.mock.answer_cue(r.now());
        r.mock.toggle_pause(r.now());
        r.mock.toggle_pause(r.now());
        r.mock.add_note(r.now(), "caching", "a note");
        (void)r.mock.show_all_due(r.now());
        r.mock.next_phase(r.now());
    }
    REQUIRE_FALSE(r.sink.of(event::cue_answered).empty());
    REQUIRE(r.sink.of(event::end).size() == 1);
    require_all_allowed(r, Role::solo);
}

TEST_CASE("MockSession roles: every event of a full interviewer mock is one an interviewer may record") {
    Run r(Role::interviewer);
    r.mock.start(r.now());
    while (!r.mock.finished()) {
        r.clock.advance(50s);
        r.mock.tick(r.now());
        auto list = r.mock.script();
        if (!list.empty()) {
            r.mock.put_line(r.now(), list.front());
            r.mock.mark(r.now(), list.front(), Grade::partly);
        }
        r.mock.give_hint(r.now(), "a hint");
        r.mock.throw_curveball(r.now());
        r.mock.toggle_pause(r.now());
        r.mock.toggle_pause(r.now());
        r.mock.add_note(r.now(), "data", "a note");
        r.mock.next_phase(r.now());
    }
    for (auto kind : {event::cue_put, event::cue_marked, event::hint, event::note, event::pause, event::end})
        REQUIRE_FALSE(r.sink.of(kind).empty());
    require_all_allowed(r, Role::interviewer);
}
