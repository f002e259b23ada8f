// The practice verdict as SessionRun settles it: from the start (speed, --practice) and again
// when the mock ends (ended before half of the plan's time), on a real SQLite history.
#include "cli/plain_session.hpp"
#include "cli/session_run.hpp"
#include "support/shipped_content.hpp"
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>

#include <sstream>

using namespace sdmock;
using namespace sdmock::cli;
using namespace std::chrono_literals;
using sdmock::test::shipped_content;

namespace {

struct Desk {
    test::TempDir dir;
    History history{dir.path() / "sdmock.db"};
    const Content& content = shipped_content();
    FakeClock clock;

    std::unique_ptr<SessionRun> start(double speed, bool practice, const std::string& plan = "mini-25") {
        RunSetup setup{*content.problem("pastebin"), *content.plan(plan), Mode::solo, speed, 42, practice};
        return SessionRun::start(history, content, setup, clock);
    }

    PracticeReasons practice_of(std::int64_t id) const { return history.info(id)->practice; }
};

} // namespace

TEST_CASE("SessionRun: a running session is practice by its speed or flag, never yet by its length") {
    Desk d;
    auto plain = d.start(1.0, false);
    auto flagged = d.start(1.0, true);
    auto fast = d.start(2.0, false);
    CHECK_FALSE(d.practice_of(plain->id()).any());
    CHECK(d.practice_of(flagged->id()) == PracticeReasons{false, true, false, false});
    CHECK(d.practice_of(fast->id()) == PracticeReasons{true, false, false, false});
}

TEST_CASE("SessionRun: ending before half of the plan's time makes the mock practice") {
    Desk d;
    auto run = d.start(1.0, false);
    d.clock.advance(30s);
    run->mock().end(d.clock.steady_now());
    auto info = d.history.info(run->id());
    CHECK(info->status == Status::finished);
    CHECK(info->practice == PracticeReasons{false, false, true, false});
}

TEST_CASE("SessionRun: ending at exactly half of the plan's time does not") {
    Desk d;
    auto run = d.start(1.0, false); // mini-25: half is 12:30
    d.clock.advance(12min + 30s);
    run->mock().end(d.clock.steady_now());
    CHECK(d.history.info(run->id())->status == Status::finished);
    CHECK_FALSE(d.practice_of(run->id()).any());
}

TEST_CASE("SessionRun: a flagged mock that ends early keeps both reasons") {
    Desk d;
    auto run = d.start(1.0, true);
    d.clock.advance(1min);
    run->mock().end(d.clock.steady_now());
    CHECK(d.practice_of(run->id()) == PracticeReasons{false, true, true, false});
}

TEST_CASE("SessionRun: a sped-up line-mode mock runs its whole plan and is practice by its speed only") {
    Desk d;
    auto run = d.start(60.0, false);
    std::atomic<int> stop{0};
    std::istringstream in("4\n4\n4\n4\n4\n4\n4\n4\n4\n4\n4\n4\n");
    std::ostringstream out, err;
    Scorecard typed;
    Wait wait = [&](Duration step) { d.clock.advance(step); };
    REQUIRE(run_plain_mock(*run, d.clock, wait, stop, PlainIo{in, out, err, false}, typed) == RunEnd::scored);
    CHECK(d.practice_of(run->id()) == PracticeReasons{true, false, false, false});
    CHECK(out.str().find("A practice run (speed 60)") != std::string::npos); // the summary says so
}

TEST_CASE("SessionRun: a resumed session keeps its flag and is judged on the time it really ran") {
    Desk d;
    std::int64_t id = 0;
    {
        auto run = d.start(1.0, true);
        id = run->id();
        d.clock.advance(2min);
        run->mock().tick(d.clock.steady_now());
    } // the process went away with the mock running
    auto run = SessionRun::resume(d.history, d.content, id, d.clock);
    CHECK(d.practice_of(id) == PracticeReasons{false, true, false, false});
    d.clock.advance(11min); // 2 + 11 = 13 minutes of mini-25: past half, though only 11 since the resume
    run->mock().end(d.clock.steady_now());
    auto info = d.history.info(id);
    CHECK(info->status == Status::finished);
    CHECK(info->practice == PracticeReasons{false, true, false, false});
}

TEST_CASE("SessionRun: an end on record whose status never followed is settled on resume, with the verdict") {
    Desk d;
    std::int64_t id = 0;
    {
        auto run = d.start(1.0, false);
        id = run->id();
    }
    Event end;
    end.t = 3min;
    end.kind = std::string(event::end);
    d.history.record(id, end); // the process died between the end and its status
    REQUIRE(d.history.info(id)->status == Status::running);
    auto run = SessionRun::resume(d.history, d.content, id, d.clock);
    auto info = d.history.info(id);
    CHECK(info->status == Status::finished);
    CHECK(info->practice == PracticeReasons{false, false, true, false});
}
