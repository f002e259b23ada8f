// The follower's wake-up: a write to the history by another connection wakes it; its own reads
// do not (they touch only the shared-memory index), and nothing is lost between two drains.
#include "cli/history_watch.hpp"
#include "core/follow.hpp"
#include "store/history.hpp"
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>

#include <poll.h>

using namespace sdmock;
using sdmock::cli::HistoryWatch;

namespace {

/// Whether `fd` becomes readable within `ms` (a generous bound: this asserts that the wake-up
/// happens, never how fast).
bool readable_within(int fd, int ms) {
    pollfd p{fd, POLLIN, 0};
    return ::poll(&p, 1, ms) == 1 && (p.revents & POLLIN) != 0;
}

} // namespace

TEST_CASE("history watch: another connection's commit wakes the reader, its own reads do not") {
    test::TempDir dir;
    auto db = dir.path() / "history.db";
    History writer(db);
    auto id = writer.create_session({"url-shortener", "standard-45", Mode::interviewer, "2026-12-02T09:00:00+00:00"});
    History reader(db);
    HistoryWatch watch(db);
    REQUIRE(watch.fd() >= 0);
    watch.drain(); // whatever the opening wrote

    (void)reader.load(id);
    (void)reader.data_version();
    (void)reader.last_event_id(id);
    REQUIRE_FALSE(readable_within(watch.fd(), 200));
    REQUIRE_FALSE(watch.drain());

    writer.record(id, {Duration{1000}, "question", "requirements", "", "Who uses it?", 0});
    REQUIRE(readable_within(watch.fd(), 5000));
    REQUIRE(watch.drain());
    REQUIRE_FALSE(watch.drain()); // drained: nothing left pending
    REQUIRE(reader.last_event_id(id) > 0);

    // A heartbeat changes the session's row and no event: the id a reader saw still holds.
    std::int64_t seen = reader.last_event_id(id);
    writer.heartbeat(id, Duration{2000}, WallTime{std::chrono::milliseconds{1'000'000}});
    REQUIRE(readable_within(watch.fd(), 5000));
    REQUIRE(watch.drain());
    REQUIRE(reader.last_event_id(id) == seen);
}

TEST_CASE("history watch: a folder that cannot be watched leaves the reader polling") {
    HistoryWatch watch(std::filesystem::path("/nonexistent-folder-for-sdmock") / "h.db");
    REQUIRE(watch.fd() == -1);
    REQUIRE_FALSE(watch.drain());
}

TEST_CASE("follow: the view waits until the shown clock turns a second, at the session's speed") {
    FollowState state;
    state.started = true;
    state.elapsed = Duration{12'300};
    REQUIRE(until_next_second(state) == Duration{700});
    state.speed = 10;
    REQUIRE(until_next_second(state) == Duration{70});
    state.elapsed = Duration{12'000};
    REQUIRE(until_next_second(state) == Duration{100});
    state.speed = 1000; // a turn closer than a millisecond still waits one
    state.elapsed = Duration{12'999};
    REQUIRE(until_next_second(state) == Duration{1});
    for (auto still : {&FollowState::paused, &FollowState::ended, &FollowState::stale}) {
        FollowState s = state;
        s.*still = true;
        REQUIRE_FALSE(until_next_second(s).has_value());
    }
    FollowState waiting;
    REQUIRE_FALSE(until_next_second(waiting).has_value());
}

TEST_CASE("follow: the view wakes by itself a little after its clock's second, when the heartbeat has not woken it") {
    FollowState state;
    state.started = true;
    state.elapsed = Duration{12'300};
    REQUIRE(until_own_wake(state) == Duration{700} + kBeatGrace);
    state.elapsed = Duration{12'600}; // under kBeatGraceFrom to go: no grace
    REQUIRE(until_own_wake(state) == Duration{400});
    state.speed = 60; // a fast clock turns too often to wait for anything
    state.elapsed = Duration{12'000};
    REQUIRE(until_own_wake(state) == until_next_second(state));
    state.paused = true;
    REQUIRE_FALSE(until_own_wake(state).has_value());
}
