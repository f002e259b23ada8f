#include "core/clock.hpp"
#include "core/cue_scheduler.hpp"
#include "core/mock.hpp"
#include "support/recording_sink.hpp"
#include "support/shipped_content.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <tuple>
#include <vector>

using namespace sdmock;
using namespace std::chrono_literals;
using sdmock::test::describe;
using sdmock::test::shipped_content;
using sdmock::test::shipped_plan;
using sdmock::test::shipped_problem;

namespace {

constexpr std::uint64_t kSeed = 42;

/// The event expected, as `describe` shows it.
std::string expected(std::string_view kind, Duration t, const std::string& phase, const std::string& dimension = {},
                     const std::string& text = {}, std::size_t value = 0) {
    return describe({t, std::string(kind), phase, dimension, text, static_cast<std::int64_t>(value)});
}

/// The phase_start event of a phase: its dimension and name, and its planned ms from its minutes.
std::string phase_start_of(const Phase& phase, Duration t) {
    return expected(event::phase_start, t, phase.id, phase.dimension, phase.name,
                    static_cast<std::size_t>(phase.minutes * 60'000));
}

/// Text of the cue on screen, or "" when there is none.
std::string on_screen(const MockSession& mock, SteadyTime now) {
    const Cue* cue = mock.current_cue(now);
    return cue != nullptr ? cue->text : std::string();
}

/// A standard-45 mock of the URL shortener on a fake clock, started unless told otherwise.
struct Fixture {
    explicit Fixture(double speed = 1.0, bool started = true)
        : plan(shipped_plan("standard-45")), problem(shipped_problem("url-shortener")),
          schedule(schedule_cues(plan, problem, shipped_content(), kSeed)),
          mock(problem, plan, shipped_content(), kSeed, speed, Role::solo, sink) {
        if (started) mock.start(now());
    }

    [[nodiscard]] SteadyTime now() const { return clock.steady_now(); }
    void advance(Duration d) { clock.advance(d); }
    [[nodiscard]] std::string last() const { return describe(sink.events.back()); }
    [[nodiscard]] const std::string& phase_id(std::size_t i) const { return plan.phases.at(i).id; }

    /// Indices into the schedule of the cues of `phase`, in the order they fall due.
    [[nodiscard]] std::vector<std::size_t> cues_of(std::size_t phase) const {
        std::vector<std::size_t> out;
        for (std::size_t i = 0; i < schedule.size(); ++i)
            if (schedule[i].phase == phase) out.push_back(i);
        return out;
    }

    FakeClock clock;
    test::RecordingSink sink;
    const Plan& plan;
    const Problem& problem;
    std::vector<Cue> schedule;
    MockSession mock;
};

} // namespace

TEST_CASE("MockSession: start emits phase_start and shows the first due cue") {
    Fixture f;
    auto phase0 = f.cues_of(0);
    REQUIRE_FALSE(phase0.empty());
    const Cue& due = f.schedule[phase0.front()];
    REQUIRE(due.at == 0ms);

    REQUIRE(f.sink.events.size() == 2);
    REQUIRE(describe(f.sink.events[0]) == phase_start_of(f.plan.phases[0], 0ms));
    REQUIRE(describe(f.sink.events[1]) ==
            expected(event::cue_shown, 0ms, f.phase_id(0), due.dimension, due.text, phase0.front()));
    REQUIRE(on_screen(f.mock, f.now()) == due.text);
    REQUIRE(f.mock.phase() == &f.plan.phases[0]);
}

TEST_CASE("MockSession: pause stops every clock and resume restarts them") {
    Fixture f;
    f.advance(30s);
    f.mock.toggle_pause(f.now());
    REQUIRE(f.last() == expected(event::pause, 30s, f.phase_id(0)));
    REQUIRE(f.mock.timer().paused());

    std::size_t events = f.sink.events.size();
    std::size_t beats = f.sink.heartbeats.size();
    f.advance(10min); // past the end of the phase, were the clock running
    REQUIRE_FALSE(f.mock.tick(f.now()));
    REQUIRE(f.mock.timer().elapsed(f.now()) == 30s);
    REQUIRE(f.mock.timer().phase_elapsed(f.now()) == 30s);
    REQUIRE(f.sink.events.size() == events);    // no cue fell due
    REQUIRE(f.sink.heartbeats.size() == beats); // nothing to save

    f.mock.toggle_pause(f.now());
    REQUIRE(f.last() == expected(event::resume, 30s, f.phase_id(0)));
    f.advance(5s);
    REQUIRE(f.mock.timer().elapsed(f.now()) == 35s);
}

TEST_CASE("MockSession: next_phase starts the next phase at the elapsed time") {
    Fixture f;
    f.advance(2min + 250ms);
    f.mock.next_phase(f.now());
    auto starts = f.sink.of(event::phase_start);
    REQUIRE(starts.size() == 2);
    REQUIRE(describe(starts[1]) == phase_start_of(f.plan.phases[1], 2min + 250ms));
    REQUIRE(f.mock.phase() == &f.plan.phases[1]);
    REQUIRE(f.mock.timer().phase_elapsed(f.now()) == 0ms);
    REQUIRE(f.mock.timer().elapsed(f.now()) == 2min + 250ms);
}

TEST_CASE("MockSession: next_phase on the last phase ends the mock") {
    Fixture f;
    const auto phases = static_cast<int>(f.plan.phases.size());
    for (int i = 0; i < phases; ++i) {
        REQUIRE_FALSE(f.mock.finished());
        f.advance(1min);
        f.mock.next_phase(f.now());
    }
    REQUIRE(f.mock.finished());
    REQUIRE(f.mock.phase() == nullptr);
    REQUIRE(f.sink.of(event::phase_start).size() == f.plan.phases.size());
    REQUIRE(f.last() == expected(event::end, std::chrono::minutes(phases), f.plan.phases.back().id));

    // Nothing happens after the end.
    std::size_t events = f.sink.events.size();
    f.advance(1min);
    f.mock.next_phase(f.now());
    f.mock.toggle_pause(f.now());
    REQUIRE_FALSE(f.mock.answer_cue(f.now()));
    REQUIRE_FALSE(f.mock.tick(f.now()));
    REQUIRE(f.sink.events.size() == events);
}

TEST_CASE("MockSession: answering marks the cue on screen, skipping skips it") {
    Fixture f;
    auto phase0 = f.cues_of(0);
    REQUIRE(phase0.size() >= 2);
    const Cue& first = f.schedule[phase0[0]];
    const Cue& second = f.schedule[phase0[1]];
    REQUIRE(second.at > first.at);

    REQUIRE(f.mock.answer_cue(f.now()));
    REQUIRE(f.last() == expected(event::cue_answered, 0ms, f.phase_id(0), first.dimension, first.text, phase0[0]));
    REQUIRE(f.mock.cues().state(phase0[0]) == CueState::answered);

    // Nothing on screen until the next cue falls due.
    REQUIRE(f.mock.current_cue(f.now()) == nullptr);
    std::size_t events = f.sink.events.size();
    REQUIRE_FALSE(f.mock.answer_cue(f.now()));
    REQUIRE_FALSE(f.mock.answer_cue(f.now(), true));
    REQUIRE(f.sink.events.size() == events);

    f.advance(second.at - first.at);
    REQUIRE(on_screen(f.mock, f.now()) == second.text);
    REQUIRE(f.mock.answer_cue(f.now(), true));
    REQUIRE(f.last() ==
            expected(event::cue_skipped, second.at, f.phase_id(0), second.dimension, second.text, phase0[1]));
    REQUIRE(f.mock.cues().state(phase0[1]) == CueState::skipped);
    REQUIRE(f.sink.of(event::cue_answered).size() == 1);
}

TEST_CASE("MockSession: a note is stamped with session time") {
    Fixture f;
    f.advance(40s);
    f.mock.toggle_pause(f.now());
    f.advance(10min);
    f.mock.toggle_pause(f.now());
    f.advance(20s);
    f.mock.add_note(f.now(), "caching", "Redis in front of the URL table");

    REQUIRE(f.mock.notes().size() == 1);
    const Note& note = f.mock.notes().back();
    REQUIRE(note.t == 60s); // the 10 paused minutes do not count
    REQUIRE(note.dimension == "caching");
    REQUIRE(note.phase == f.phase_id(0));
    REQUIRE(note.text == "Redis in front of the URL table");
    REQUIRE(f.last() == expected(event::note, 60s, f.phase_id(0), "caching", note.text));

    f.mock.add_note(f.now(), "data", ""); // an empty note is not kept
    REQUIRE(f.mock.notes().size() == 1);
    REQUIRE(f.sink.of(event::note).size() == 1);
}

TEST_CASE("MockSession: the bell rings once when a phase runs out") {
    Fixture f;
    f.advance(f.plan.phases[0].planned() - 1ms);
    REQUIRE_FALSE(f.mock.tick(f.now()));
    f.advance(1ms); // exactly on time: not yet over
    REQUIRE_FALSE(f.mock.tick(f.now()));
    f.advance(1ms);
    REQUIRE(f.mock.tick(f.now()));
    REQUIRE_FALSE(f.mock.tick(f.now()));
    f.advance(30s);
    REQUIRE_FALSE(f.mock.tick(f.now()));

    // The next phase rings at its own end, even when its end is jumped over.
    f.mock.next_phase(f.now());
    REQUIRE_FALSE(f.mock.tick(f.now()));
    f.advance(f.plan.phases[1].planned() + 5min);
    REQUIRE(f.mock.tick(f.now()));
    REQUIRE_FALSE(f.mock.tick(f.now()));
}

TEST_CASE("MockSession: restore of a session already in overtime does not ring again") {
    Fixture first;
    first.advance(first.plan.phases[0].planned() + 30s);
    REQUIRE(first.mock.tick(first.now()));

    Fixture second(1.0, false);
    second.advance(1h);
    second.mock.restore(first.sink.events, first.mock.timer().elapsed(first.now()), second.now());
    REQUIRE(second.mock.timer().overtime(second.now()));
    REQUIRE_FALSE(second.mock.tick(second.now()));
    second.advance(10s);
    REQUIRE_FALSE(second.mock.tick(second.now()));

    second.mock.next_phase(second.now());
    second.advance(second.plan.phases[1].planned() + 1ms);
    REQUIRE(second.mock.tick(second.now()));
}

TEST_CASE("MockSession: a heartbeat is saved when the session second changes, at most once a second") {
    Fixture f;
    for (int i = 0; i < 60; ++i) {
        f.advance(100ms);
        f.mock.tick(f.now());
        f.mock.tick(f.now()); // twice at the same instant
    }
    std::vector<Duration> every_second;
    for (int s = 0; s <= 6; ++s)
        every_second.push_back(Duration(1000 * s));
    REQUIRE(f.sink.heartbeats == every_second);

    f.mock.toggle_pause(f.now());
    f.advance(5s);
    f.mock.tick(f.now());
    REQUIRE(f.sink.heartbeats.size() == every_second.size()); // paused: nothing changes
}

TEST_CASE("MockSession: cues fall due as the clock advances") {
    Fixture f;
    auto phase0 = f.cues_of(0);
    REQUIRE(phase0.size() >= 3);
    Duration at{0};
    for (std::size_t k = 0; k < phase0.size(); ++k) {
        const Cue& cue = f.schedule[phase0[k]];
        INFO("cue " << k << " due at " << cue.at.count() << " ms");
        if (cue.at > at) {
            f.advance(cue.at - at - 1ms);
            REQUIRE(f.mock.current_cue(f.now()) == nullptr); // the previous one was answered
            REQUIRE(f.mock.next_cue_in(f.now()) == 1ms);
            f.advance(1ms);
            at = cue.at;
        }
        f.mock.tick(f.now());
        REQUIRE(on_screen(f.mock, f.now()) == cue.text);
        REQUIRE(f.last() == expected(event::cue_shown, cue.at, f.phase_id(0), cue.dimension, cue.text, phase0[k]));
        REQUIRE(f.mock.answer_cue(f.now()));
    }
    REQUIRE(f.sink.of(event::cue_shown).size() == phase0.size());
    REQUIRE_FALSE(f.mock.next_cue_in(f.now()).has_value());
}

TEST_CASE("MockSession: unanswered cues wait, and the deep-dive curveball takes the floor when it lands") {
    Fixture f;
    std::size_t dive = 0;
    while (f.phase_id(dive) != "deep-dive")
        ++dive;
    for (std::size_t i = 0; i < dive; ++i)
        f.mock.next_phase(f.now());

    auto cues = f.cues_of(dive);
    auto curveball =
        std::find_if(cues.begin(), cues.end(), [&](std::size_t i) { return f.schedule[i].kind == CueKind::curveball; });
    REQUIRE(curveball != cues.end());
    const Cue& ball = f.schedule[*curveball];
    const Cue& opener = f.schedule[cues.front()];
    REQUIRE(opener.kind == CueKind::probe);
    REQUIRE(opener.at == 0ms);
    REQUIRE(ball.at > 0ms);

    f.advance(ball.at - 1ms);
    f.mock.tick(f.now());
    auto due_before =
        std::count_if(cues.begin(), cues.end(), [&](std::size_t i) { return f.schedule[i].at < ball.at; });
    REQUIRE(f.mock.cues_waiting(f.now()) == static_cast<std::size_t>(due_before));
    REQUIRE(on_screen(f.mock, f.now()) == opener.text); // the oldest waits on screen

    f.advance(1ms);
    f.mock.tick(f.now());
    REQUIRE(on_screen(f.mock, f.now()) == ball.text);
    REQUIRE(f.last() == expected(event::cue_shown, ball.at, "deep-dive", ball.dimension, ball.text, *curveball));

    REQUIRE(f.mock.answer_cue(f.now()));
    REQUIRE(f.mock.cues().state(*curveball) == CueState::answered);
    REQUIRE(on_screen(f.mock, f.now()) == opener.text);
}

TEST_CASE("MockSession: show_all_due lists every due cue once and records each shown once") {
    Fixture f; // start showed the first cue on screen; the line mode must still print it
    auto phase0 = f.cues_of(0);
    f.advance(f.plan.phases[0].planned() - 1ms);
    REQUIRE(f.mock.show_all_due(f.now()) == phase0);
    REQUIRE(f.mock.show_all_due(f.now()).empty());
    f.mock.tick(f.now());

    auto shown = f.sink.of(event::cue_shown);
    REQUIRE(shown.size() == phase0.size());
    for (std::size_t k = 0; k < phase0.size(); ++k) {
        REQUIRE(shown[k].text == f.schedule[phase0[k]].text);
        REQUIRE(shown[k].value == static_cast<std::int64_t>(phase0[k]));
    }
}

TEST_CASE("MockSession: restore rebuilds phase, notes, answered cues and elapsed, without the gap") {
    Fixture first;
    first.advance(90s);
    REQUIRE(first.mock.answer_cue(first.now()));
    first.mock.add_note(first.now(), "requirements", "Custom aliases are in scope");
    first.mock.next_phase(first.now());
    first.advance(70s);
    first.mock.add_note(first.now(), "estimation", "4000 reads/s at peak");
    first.advance(500ms);
    first.mock.tick(first.now());
    Duration elapsed = first.mock.timer().elapsed(first.now());
    REQUIRE(elapsed == 90s + 70s + 500ms);

    Fixture second(1.0, false);
    second.advance(1h); // the process was gone for an hour
    second.mock.restore(first.sink.events, elapsed, second.now());

    REQUIRE(second.mock.phase() == &second.plan.phases[1]);
    REQUIRE(second.mock.timer().elapsed(second.now()) == elapsed);
    REQUIRE(second.mock.timer().phase_elapsed(second.now()) == 70s + 500ms);
    REQUIRE_FALSE(second.mock.timer().paused());

    auto note_fields = [](const Note& n) { return std::tie(n.t, n.phase, n.dimension, n.text); };
    REQUIRE(second.mock.notes().size() == 2);
    for (std::size_t i = 0; i < 2; ++i)
        REQUIRE(note_fields(second.mock.notes()[i]) == note_fields(first.mock.notes()[i]));
    REQUIRE(second.mock.cues().state(first.cues_of(0).front()) == CueState::answered);

    REQUIRE(second.sink.of(event::reopen).size() == 1);
    REQUIRE(describe(second.sink.events.front()) == expected(event::reopen, elapsed, second.phase_id(1)));
    // A cue already on record is not shown again.
    REQUIRE_FALSE(first.sink.of(event::cue_shown).empty());
    for (const auto& e : second.sink.of(event::cue_shown))
        for (const auto& old : first.sink.of(event::cue_shown))
            REQUIRE(e.text != old.text);

    second.advance(10s);
    REQUIRE(second.mock.timer().elapsed(second.now()) == elapsed + 10s);
}

TEST_CASE("MockSession: until_next_change aligns to the next session second") {
    SECTION("real time") {
        Fixture f;
        REQUIRE(f.mock.until_next_change(f.now()) == 1000ms);
        f.advance(250ms);
        auto wait = f.mock.until_next_change(f.now());
        REQUIRE(wait == 750ms);
        f.advance(*wait - 1ms);
        REQUIRE(f.mock.timer().elapsed(f.now()) == 999ms);
        f.advance(1ms);
        REQUIRE(f.mock.until_next_change(f.now()) == 1000ms);
        f.mock.toggle_pause(f.now());
        REQUIRE_FALSE(f.mock.until_next_change(f.now()).has_value());
    }
    SECTION("speed 60: a session second is 1000/60 steady ms, rounded up") {
        Fixture f(60.0);
        auto wait = f.mock.until_next_change(f.now());
        REQUIRE(wait == 17ms);
        f.advance(*wait);
        REQUIRE(f.mock.timer().elapsed(f.now()).count() / 1000 == 1);
        REQUIRE(f.mock.timer().elapsed(f.now() - 1ms).count() / 1000 == 0);
    }
}

TEST_CASE("MockSession: questions still waiting when a phase ends are recorded as unreached") {
    Fixture f; // started: the first cue of phase 0 is on screen
    auto phase0 = f.cues_of(0);
    REQUIRE(phase0.size() >= 3);
    REQUIRE(f.mock.answer_cue(f.now())); // the first is answered
    f.advance(f.schedule[phase0[1]].at); // the second falls due and shows
    f.mock.tick(f.now());
    f.mock.next_phase(f.now());
    auto unreached = f.sink.of(event::cue_unreached);
    REQUIRE(unreached.size() == phase0.size() - 1);
    REQUIRE(unreached[0].text == f.schedule[phase0[1]].text);
    REQUIRE(unreached[0].value == 1); // it was on screen
    REQUIRE(unreached[0].phase == f.phase_id(0));
    for (std::size_t i = 1; i < unreached.size(); ++i) {
        REQUIRE(unreached[i].text == f.schedule[phase0[i + 1]].text);
        REQUIRE(unreached[i].value == 0); // never fell due
        REQUIRE(unreached[i].dimension == f.schedule[phase0[i + 1]].dimension);
    }
    // They come before the next phase starts, and ending the mock records the last phase's too.
    auto last_unreached = std::find_if(f.sink.events.rbegin(), f.sink.events.rend(),
                                       [](const Event& e) { return e.kind == event::cue_unreached; });
    auto next_start = std::find_if(f.sink.events.rbegin(), f.sink.events.rend(),
                                   [](const Event& e) { return e.kind == event::phase_start; });
    REQUIRE(next_start->phase == f.phase_id(1));
    REQUIRE(next_start < last_unreached); // reverse iterators: the phase start is the later event
    std::size_t before = f.sink.of(event::cue_unreached).size();
    f.mock.end(f.now());
    REQUIRE(f.sink.of(event::cue_unreached).size() == before + f.cues_of(1).size());
    REQUIRE(f.sink.events.back().kind == event::end);
}

TEST_CASE("MockSession: a stop of the process pauses a running clock once, recorded as a pause") {
    Fixture f;
    f.advance(30s);
    REQUIRE(f.mock.pause_if_running(f.now()));
    REQUIRE(f.mock.timer().paused());
    REQUIRE(f.last() == expected(event::pause, 30s, f.phase_id(0)));
    std::size_t events = f.sink.events.size();
    f.advance(10min);                                // stopped: none of it is session time
    REQUIRE_FALSE(f.mock.pause_if_running(f.now())); // paused already: nothing more recorded
    REQUIRE(f.sink.events.size() == events);
    REQUIRE(f.mock.timer().elapsed(f.now()) == 30s);
    f.mock.toggle_pause(f.now()); // the usual key resumes it
    REQUIRE(f.last() == expected(event::resume, 30s, f.phase_id(0)));
    f.advance(5s);
    REQUIRE(f.mock.timer().elapsed(f.now()) == 35s);

    Fixture fresh(1.0, false); // not started: no clock to pause
    REQUIRE_FALSE(fresh.mock.pause_if_running(fresh.now()));
    REQUIRE(fresh.sink.events.empty());
}
