// The practice rule: a --speed other than 1, the --practice flag, or finished before half of the
// plan's planned time.
#include "core/practice_run.hpp"

#include <catch2/catch.hpp>

using namespace sdmock;
using namespace std::chrono_literals;

namespace {

constexpr Duration kPlanned = 45min;

/// A session at `speed` that finished after `elapsed` of a 45-minute plan.
PracticeFacts finished_after(Duration elapsed, double speed = 1.0, bool flagged = false) {
    return {speed, flagged, true, elapsed, kPlanned};
}

} // namespace

TEST_CASE("Practice: a full mock at speed 1 without the flag counts") {
    CHECK_FALSE(is_practice(finished_after(45min)));
    CHECK_FALSE(is_practice(finished_after(50min))); // overtime is not practice
    CHECK(practice_reasons(finished_after(45min)) == PracticeReasons{});
}

TEST_CASE("Practice: any speed other than 1 is practice, faster or slower") {
    CHECK(practice_reasons(finished_after(45min, 2.0)).speed);
    CHECK(practice_reasons(finished_after(45min, 0.5)).speed);
    CHECK(practice_reasons(finished_after(45min, 60.0)).speed);
    CHECK_FALSE(practice_reasons(finished_after(45min, 1.0)).speed);
    CHECK(is_practice(finished_after(45min, 2.0)));
    CHECK(is_practice(finished_after(45min, 0.5)));
}

TEST_CASE("Practice: the --practice flag makes a full speed-1 mock practice") {
    auto r = practice_reasons(finished_after(45min, 1.0, true));
    CHECK(r.flagged);
    CHECK_FALSE(r.speed);
    CHECK_FALSE(r.ended_early);
    CHECK(r.any());
}

TEST_CASE("Practice: finishing before half of the planned time is practice, exactly half is not") {
    CHECK_FALSE(practice_reasons(finished_after(22min + 30s)).ended_early); // exactly half of 45:00
    CHECK(practice_reasons(finished_after(22min + 30s - 1ms)).ended_early); // just under half
    CHECK(practice_reasons(finished_after(1min)).ended_early);
    CHECK(practice_reasons(finished_after(0ms)).ended_early);
    CHECK_FALSE(practice_reasons(finished_after(23min)).ended_early);
    // An odd planned time is halved without rounding: 0.5 ms short of half is still early.
    CHECK(practice_reasons({1.0, false, true, Duration(2), Duration(5)}).ended_early);
    CHECK_FALSE(practice_reasons({1.0, false, true, Duration(3), Duration(5)}).ended_early);
}

TEST_CASE("Practice: a session still running is judged by speed and flag only") {
    PracticeFacts running{1.0, false, false, 1min, kPlanned};
    CHECK_FALSE(is_practice(running)); // one minute in is not "ended early": it has not ended
    running.speed = 2.0;
    CHECK(practice_reasons(running) == PracticeReasons{true, false, false, false});
    running.speed = 1.0;
    running.flagged = true;
    CHECK(practice_reasons(running) == PracticeReasons{false, true, false, false});
}

TEST_CASE("Practice: every reason is kept, not only the first") {
    auto r = practice_reasons(finished_after(2min, 60.0, true));
    CHECK(r == PracticeReasons{true, true, true, false});
    CHECK(practice_reason_ids(r) == std::vector<std::string>{"speed", "flag", "ended_early"});
    CHECK(practice_text(r, 60.0) == "speed 60, --practice, ended early");
}

TEST_CASE("Practice: ids and words for each reason, none for a session that counts") {
    CHECK(practice_reason_ids({}).empty());
    CHECK(practice_text({}, 1.0).empty());
    CHECK(practice_text({true, false, false, false}, 0.5) == "speed 0.5");
    CHECK(practice_reason_ids({false, false, false, true}) == std::vector<std::string>{"imported"});
    CHECK(practice_text({false, false, false, true}, 1.0) == "imported as practice");
}
