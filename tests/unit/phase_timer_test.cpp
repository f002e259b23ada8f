#include "core/clock.hpp"
#include "core/phase_timer.hpp"

#include <catch2/catch.hpp>

#include <cmath>
#include <limits>
#include <numeric>
#include <stdexcept>

using namespace sdmock;
using namespace std::chrono_literals;

namespace {

/// The phases of the standard 45-minute plan.
std::vector<Duration> standard_plan() {
    return {5min, 3min, 12min, 18min, 7min};
}

Duration sum(const std::vector<Duration>& v) {
    return std::accumulate(v.begin(), v.end(), Duration{0});
}

/// Whole session seconds shown for the elapsed time of the current phase.
Duration::rep shown_second(const PhaseTimer& timer, SteadyTime now) {
    return timer.phase_elapsed(now).count() / 1000;
}

/// Session time of the first phase after `cycles` of `run` running then `gap` paused.
Duration run_in_cycles(double speed, Duration run, Duration gap, int cycles) {
    FakeClock clock;
    PhaseTimer timer(standard_plan(), speed);
    timer.start(clock.steady_now());
    for (int i = 0; i < cycles; ++i) {
        clock.advance(run);
        timer.pause(clock.steady_now());
        clock.advance(gap);
        timer.resume(clock.steady_now());
    }
    REQUIRE(timer.phase() == 0);
    REQUIRE(timer.phase_remaining(clock.steady_now()) == timer.planned(0) - timer.phase_elapsed(clock.steady_now()));
    return timer.phase_elapsed(clock.steady_now());
}

} // namespace

TEST_CASE("PhaseTimer: start begins the first phase with its full time") {
    FakeClock clock;
    PhaseTimer timer(standard_plan());
    REQUIRE_FALSE(timer.started());
    REQUIRE_FALSE(timer.paused());
    timer.resume(clock.steady_now()); // resume does not start it
    REQUIRE_FALSE(timer.started());
    clock.advance(1min);
    REQUIRE(timer.elapsed(clock.steady_now()) == 0ms);

    timer.start(clock.steady_now());
    REQUIRE(timer.started());
    REQUIRE_FALSE(timer.paused());
    REQUIRE_FALSE(timer.finished());
    REQUIRE(timer.phase() == 0);
    REQUIRE(timer.phase_count() == standard_plan().size());
    REQUIRE(timer.planned_total() == sum(standard_plan()));
    REQUIRE(timer.phase_elapsed(clock.steady_now()) == 0ms);
    REQUIRE(timer.phase_remaining(clock.steady_now()) == timer.planned(0));
    REQUIRE(timer.elapsed(clock.steady_now()) == 0ms);
}

TEST_CASE("PhaseTimer: remaining counts down with steady time") {
    FakeClock clock;
    PhaseTimer timer(standard_plan());
    timer.start(clock.steady_now());

    clock.advance(90s);
    REQUIRE(timer.phase_elapsed(clock.steady_now()) == 90s);
    REQUIRE(timer.phase_remaining(clock.steady_now()) == timer.planned(0) - 90s);
    REQUIRE(timer.elapsed(clock.steady_now()) == 90s);
    REQUIRE(timer.actual(0, clock.steady_now()) == 90s);

    clock.advance(1234ms);
    REQUIRE(timer.phase_remaining(clock.steady_now()) == timer.planned(0) - 91234ms);
}

TEST_CASE("PhaseTimer: pause freezes elapsed and remaining") {
    FakeClock clock;
    PhaseTimer timer(standard_plan());
    timer.start(clock.steady_now());
    clock.advance(10s);
    timer.pause(clock.steady_now());
    REQUIRE(timer.paused());

    clock.advance(1h);
    REQUIRE(timer.phase_elapsed(clock.steady_now()) == 10s);
    REQUIRE(timer.phase_remaining(clock.steady_now()) == timer.planned(0) - 10s);
    REQUIRE(timer.elapsed(clock.steady_now()) == 10s);
    REQUIRE(timer.snapshot(clock.steady_now()).paused);

    // A second pause changes nothing.
    timer.pause(clock.steady_now());
    clock.advance(5min);
    REQUIRE(timer.phase_elapsed(clock.steady_now()) == 10s);
}

TEST_CASE("PhaseTimer: resume continues from where it was paused") {
    FakeClock clock;
    PhaseTimer timer(standard_plan());
    timer.start(clock.steady_now());
    clock.advance(10s);
    timer.pause(clock.steady_now());
    clock.advance(20min);
    timer.resume(clock.steady_now());
    REQUIRE_FALSE(timer.paused());
    REQUIRE(timer.phase_elapsed(clock.steady_now()) == 10s);

    clock.advance(5s);
    REQUIRE(timer.phase_elapsed(clock.steady_now()) == 15s);
    REQUIRE(timer.phase_remaining(clock.steady_now()) == timer.planned(0) - 15s);

    // Resuming a running timer does not restart its segment.
    timer.resume(clock.steady_now());
    clock.advance(1s);
    REQUIRE(timer.phase_elapsed(clock.steady_now()) == 16s);
}

TEST_CASE("PhaseTimer: many pause and resume cycles do not drift") {
    const int cycles = 1000;
    // speed 1: 1 ms run and 1 s pause per cycle; odd lengths; speed 60: 1 ms is 60 ms.
    REQUIRE(run_in_cycles(1.0, 1ms, 1s, cycles) == Duration{cycles});
    REQUIRE(run_in_cycles(1.0, 7ms, 333ms, cycles) == Duration{7 * cycles});
    REQUIRE(run_in_cycles(60.0, 1ms, 1s, cycles) == Duration{60 * cycles});
    // speed 2.5: each 1 ms run is 2.5 ms; the half milliseconds must add up, not be dropped.
    REQUIRE(run_in_cycles(2.5, 1ms, 1s, cycles) == Duration{5 * cycles / 2});
    REQUIRE(run_in_cycles(2.5, 1ms, 1s, cycles + 1) == Duration{5 * (cycles + 1) / 2});
}

TEST_CASE("PhaseTimer: overtime makes remaining negative and the phase goes on") {
    FakeClock clock;
    PhaseTimer timer({1min, 2min});
    timer.start(clock.steady_now());

    clock.advance(59s);
    REQUIRE_FALSE(timer.overtime(clock.steady_now()));
    clock.advance(1s);
    REQUIRE(timer.phase_remaining(clock.steady_now()) == 0ms);
    REQUIRE_FALSE(timer.overtime(clock.steady_now()));

    clock.advance(30s);
    REQUIRE(timer.phase_remaining(clock.steady_now()) == -30s);
    REQUIRE(timer.overtime(clock.steady_now()));
    REQUIRE(timer.phase() == 0);

    clock.advance(10min);
    REQUIRE(timer.phase() == 0);
    REQUIRE_FALSE(timer.finished());
    REQUIRE(timer.phase_remaining(clock.steady_now()) == 1min - 10min - 90s);
    REQUIRE(timer.phase_elapsed(clock.steady_now()) == 10min + 90s);
}

TEST_CASE("PhaseTimer: next records the actual time of the phase and starts the next") {
    FakeClock clock;
    PhaseTimer timer(standard_plan());
    timer.start(clock.steady_now());
    clock.advance(4min + 30s);
    timer.next(clock.steady_now());

    REQUIRE(timer.phase() == 1);
    REQUIRE(timer.actual(0, clock.steady_now()) == 4min + 30s);
    REQUIRE(timer.phase_elapsed(clock.steady_now()) == 0ms);
    REQUIRE(timer.phase_remaining(clock.steady_now()) == timer.planned(1));

    clock.advance(10s);
    REQUIRE(timer.actual(1, clock.steady_now()) == 10s);
    REQUIRE(timer.actual(2, clock.steady_now()) == 0ms);
    REQUIRE(timer.elapsed(clock.steady_now()) == 4min + 40s);
    auto snap = timer.snapshot(clock.steady_now());
    REQUIRE(snap.phase == 1);
    REQUIRE(snap.completed == std::vector<Duration>{4min + 30s});
    REQUIRE(snap.current == 10s);
    REQUIRE_FALSE(snap.paused);
}

TEST_CASE("PhaseTimer: next while paused starts the next phase paused") {
    FakeClock clock;
    PhaseTimer timer(standard_plan());
    timer.start(clock.steady_now());
    clock.advance(20s);
    timer.pause(clock.steady_now());
    clock.advance(1min);
    timer.next(clock.steady_now());
    REQUIRE(timer.actual(0, clock.steady_now()) == 20s);
    REQUIRE(timer.phase() == 1);
    REQUIRE(timer.paused());
    clock.advance(1min);
    REQUIRE(timer.phase_elapsed(clock.steady_now()) == 0ms);
}

TEST_CASE("PhaseTimer: skipping phases records almost no time") {
    FakeClock clock;
    PhaseTimer timer(standard_plan());
    timer.start(clock.steady_now());
    timer.next(clock.steady_now());
    clock.advance(1ms);
    timer.next(clock.steady_now());

    REQUIRE(timer.phase() == 2);
    REQUIRE(timer.actual(0, clock.steady_now()) == 0ms);
    REQUIRE(timer.actual(1, clock.steady_now()) == 1ms);
    REQUIRE(timer.phase_remaining(clock.steady_now()) == timer.planned(2));
}

TEST_CASE("PhaseTimer: next after the last phase finishes the session") {
    FakeClock clock;
    const std::vector<Duration> plan{1min, 2min};
    PhaseTimer timer(plan);
    timer.start(clock.steady_now());
    clock.advance(50s);
    timer.next(clock.steady_now());
    clock.advance(2min + 5s);
    timer.next(clock.steady_now());

    REQUIRE(timer.finished());
    REQUIRE(timer.phase() == plan.size());
    REQUIRE_FALSE(timer.paused());
    REQUIRE_FALSE(timer.overtime(clock.steady_now()));
    REQUIRE(timer.phase_remaining(clock.steady_now()) == 0ms);
    REQUIRE(timer.actual(0, clock.steady_now()) == 50s);
    REQUIRE(timer.actual(1, clock.steady_now()) == 2min + 5s);
    REQUIRE(timer.elapsed(clock.steady_now()) == 2min + 55s);
    REQUIRE_FALSE(timer.until_next_tick(clock.steady_now()).has_value());

    // A finished timer no longer moves, and further next/resume calls are ignored.
    clock.advance(1h);
    timer.resume(clock.steady_now());
    timer.next(clock.steady_now());
    REQUIRE(timer.phase() == plan.size());
    REQUIRE(timer.elapsed(clock.steady_now()) == 2min + 55s);
    REQUIRE(timer.snapshot(clock.steady_now()).completed.size() == plan.size());
}

TEST_CASE("PhaseTimer: finish from the middle ends the session") {
    FakeClock clock;
    PhaseTimer timer(standard_plan());
    timer.start(clock.steady_now());
    clock.advance(5min);
    timer.next(clock.steady_now());
    clock.advance(1min + 15s);
    timer.finish(clock.steady_now());

    REQUIRE(timer.finished());
    REQUIRE(timer.phase() == timer.phase_count());
    REQUIRE(timer.actual(0, clock.steady_now()) == 5min);
    REQUIRE(timer.actual(1, clock.steady_now()) == 1min + 15s);
    for (std::size_t p = 2; p < timer.phase_count(); ++p)
        REQUIRE(timer.actual(p, clock.steady_now()) == 0ms);
    REQUIRE(timer.elapsed(clock.steady_now()) == 6min + 15s);

    clock.advance(10min);
    REQUIRE(timer.elapsed(clock.steady_now()) == 6min + 15s);
}

TEST_CASE("PhaseTimer: speed turns steady time into faster session time") {
    FakeClock clock;
    SECTION("speed 60: one steady second is one session minute") {
        PhaseTimer timer(standard_plan(), 60.0);
        timer.start(clock.steady_now());
        clock.advance(1s);
        REQUIRE(timer.phase_elapsed(clock.steady_now()) == 1min);
        clock.advance(4s);
        REQUIRE(timer.phase_remaining(clock.steady_now()) == 0ms);
        clock.advance(1s);
        REQUIRE(timer.overtime(clock.steady_now()));

        timer.pause(clock.steady_now());
        clock.advance(10s);
        REQUIRE(timer.phase_elapsed(clock.steady_now()) == 6min);
    }
    SECTION("speed 2.5") {
        PhaseTimer timer(standard_plan(), 2.5);
        REQUIRE(timer.speed() == Approx(2.5));
        timer.start(clock.steady_now());
        clock.advance(2s);
        REQUIRE(timer.phase_elapsed(clock.steady_now()) == 5s);
        clock.advance(2s);
        REQUIRE(timer.phase_elapsed(clock.steady_now()) == 10s);
        timer.next(clock.steady_now());
        clock.advance(24s);
        REQUIRE(timer.phase_elapsed(clock.steady_now()) == 1min);
        REQUIRE(timer.elapsed(clock.steady_now()) == 1min + 10s);
    }
}

TEST_CASE("PhaseTimer: a ten-hour session has no drift") {
    FakeClock clock;
    SECTION("speed 1, read once a second") {
        PhaseTimer timer(standard_plan());
        timer.start(clock.steady_now());
        const int seconds = 10 * 3600;
        for (int i = 0; i < seconds; ++i) {
            clock.advance(1s);
            (void)timer.until_next_tick(clock.steady_now());
        }
        REQUIRE(timer.phase_elapsed(clock.steady_now()) == 10h);
        REQUIRE(timer.phase_remaining(clock.steady_now()) == timer.planned(0) - 10h);
        clock.advance(1ms);
        REQUIRE(timer.phase_elapsed(clock.steady_now()) == 10h + 1ms);
    }
    SECTION("speed 60 over ten steady hours is exactly 600 session hours") {
        PhaseTimer timer(standard_plan(), 60.0);
        timer.start(clock.steady_now());
        clock.advance(10h);
        REQUIRE(timer.phase_elapsed(clock.steady_now()) == 600h);
    }
}

TEST_CASE("PhaseTimer: restore continues from a snapshot without counting the gap") {
    FakeClock clock;
    PhaseTimer before(standard_plan());
    before.start(clock.steady_now());
    clock.advance(5min);
    before.next(clock.steady_now());
    clock.advance(90s);
    TimerSnapshot snap = before.snapshot(clock.steady_now());

    clock.advance(3h); // the process was gone
    PhaseTimer after(standard_plan());
    after.restore(snap, clock.steady_now());

    REQUIRE(after.started());
    REQUIRE_FALSE(after.paused());
    REQUIRE(after.phase() == 1);
    REQUIRE(after.actual(0, clock.steady_now()) == 5min);
    REQUIRE(after.phase_elapsed(clock.steady_now()) == 90s);
    REQUIRE(after.elapsed(clock.steady_now()) == 6min + 30s);

    clock.advance(10s);
    REQUIRE(after.phase_elapsed(clock.steady_now()) == 100s);
    REQUIRE(after.phase_remaining(clock.steady_now()) == after.planned(1) - 100s);
}

TEST_CASE("PhaseTimer: restore of a paused snapshot stays paused") {
    FakeClock clock;
    PhaseTimer before(standard_plan());
    before.start(clock.steady_now());
    clock.advance(42s);
    before.pause(clock.steady_now());
    TimerSnapshot snap = before.snapshot(clock.steady_now());
    REQUIRE(snap.paused);

    clock.advance(2h);
    PhaseTimer after(standard_plan());
    after.restore(snap, clock.steady_now());
    REQUIRE(after.paused());
    clock.advance(1h);
    REQUIRE(after.phase_elapsed(clock.steady_now()) == 42s);
    REQUIRE_FALSE(after.until_next_tick(clock.steady_now()).has_value());

    after.resume(clock.steady_now());
    clock.advance(3s);
    REQUIRE(after.phase_elapsed(clock.steady_now()) == 45s);
}

TEST_CASE("PhaseTimer: restore of a finished snapshot is finished") {
    FakeClock clock;
    PhaseTimer before({1min, 1min});
    before.start(clock.steady_now());
    clock.advance(30s);
    before.finish(clock.steady_now());
    TimerSnapshot snap = before.snapshot(clock.steady_now());

    clock.advance(1h);
    PhaseTimer after({1min, 1min});
    after.restore(snap, clock.steady_now());
    REQUIRE(after.finished());
    REQUIRE(after.elapsed(clock.steady_now()) == 30s);
    clock.advance(1min);
    REQUIRE(after.elapsed(clock.steady_now()) == 30s);
}

TEST_CASE("PhaseTimer: until_next_tick aligns to the next whole session second") {
    FakeClock clock;
    SECTION("speed 1") {
        PhaseTimer timer(standard_plan());
        timer.start(clock.steady_now());
        REQUIRE(timer.until_next_tick(clock.steady_now()) == 1000ms);
        clock.advance(400ms);
        REQUIRE(timer.until_next_tick(clock.steady_now()) == 600ms);
        clock.advance(600ms);
        REQUIRE(timer.until_next_tick(clock.steady_now()) == 1000ms);
        clock.advance(999ms);
        REQUIRE(timer.until_next_tick(clock.steady_now()) == 1ms);
    }
    SECTION("speed 2: half the session time") {
        PhaseTimer timer(standard_plan(), 2.0);
        timer.start(clock.steady_now());
        REQUIRE(timer.until_next_tick(clock.steady_now()) == 500ms);
        clock.advance(200ms); // 400 ms of session time
        REQUIRE(timer.until_next_tick(clock.steady_now()) == 300ms);
    }
    SECTION("after a pause in the middle of a second") {
        PhaseTimer timer(standard_plan());
        timer.start(clock.steady_now());
        clock.advance(400ms);
        timer.pause(clock.steady_now());
        REQUIRE_FALSE(timer.until_next_tick(clock.steady_now()).has_value());
        clock.advance(5s);
        timer.resume(clock.steady_now());
        REQUIRE(timer.until_next_tick(clock.steady_now()) == 600ms);
    }
}

TEST_CASE("PhaseTimer: waking after until_next_tick shows the next second, never earlier") {
    for (double speed : {1.0, 2.0, 2.5, 3.0, 7.0, 60.0}) {
        FakeClock clock;
        PhaseTimer timer(standard_plan(), speed);
        timer.start(clock.steady_now());
        for (auto offset : {0ms, 1ms, 133ms, 400ms, 999ms, 1001ms, 2345ms}) {
            clock.advance(offset);
            timer.pause(clock.steady_now()); // a pause keeps any part of a ms already run
            timer.resume(clock.steady_now());
            auto tick = timer.until_next_tick(clock.steady_now());
            INFO("speed " << speed << ", offset " << offset.count() << " ms");
            REQUIRE(tick.has_value());
            REQUIRE(*tick >= 1ms);
            REQUIRE(*tick <= 1000ms);
            auto shown = shown_second(timer, clock.steady_now());
            REQUIRE(shown_second(timer, clock.steady_now() + *tick - 1ms) == shown);
            REQUIRE(shown_second(timer, clock.steady_now() + *tick) == shown + 1);
        }
    }
}

TEST_CASE("PhaseTimer: the constructor rejects empty plans and non-positive speeds") {
    REQUIRE_THROWS_AS(PhaseTimer(std::vector<Duration>{}), std::invalid_argument);
    REQUIRE_THROWS_AS(PhaseTimer(standard_plan(), 0.0), std::invalid_argument);
    REQUIRE_THROWS_AS(PhaseTimer(standard_plan(), -1.0), std::invalid_argument);
    REQUIRE_THROWS_AS(PhaseTimer(standard_plan(), std::nan("")), std::invalid_argument);
    REQUIRE_THROWS_AS(PhaseTimer(standard_plan(), std::numeric_limits<double>::infinity()), std::invalid_argument);
    REQUIRE_NOTHROW(PhaseTimer({1ms}, 0.001));
}

TEST_CASE("PhaseTimer: a wall-clock jump does not affect the timer") {
    FakeClock clock;
    PhaseTimer timer(standard_plan());
    timer.start(clock.steady_now());
    clock.advance(30s);

    WallTime wall_before = clock.wall_now();
    SteadyTime steady_before = clock.steady_now();
    clock.jump_wall(-1h); // autumn DST change
    REQUIRE(clock.wall_now() == wall_before - 1h);
    REQUIRE(clock.steady_now() == steady_before);
    REQUIRE(timer.phase_elapsed(clock.steady_now()) == 30s);
    REQUIRE(timer.until_next_tick(clock.steady_now()) == 1000ms);

    clock.jump_wall(2h); // a large NTP step forward
    REQUIRE(timer.phase_remaining(clock.steady_now()) == timer.planned(0) - 30s);

    clock.advance(30s);
    REQUIRE(timer.phase_elapsed(clock.steady_now()) == 1min);
}
