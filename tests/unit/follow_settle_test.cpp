// A follower woken by a write it cannot see yet looks again a few times, then waits.
#include "core/follow.hpp"

#include <catch2/catch.hpp>

using namespace sdmock;

TEST_CASE("settle_wait: looks again soon after a wake without a change, up to the limit, then not") {
    FollowState state;
    CHECK_FALSE(settle_wait(state)); // nothing under way: the usual wait
    state.unseen_wakes = 1;
    REQUIRE(settle_wait(state));
    CHECK(*settle_wait(state) == kSettleLook);
    state.unseen_wakes = kSettleLooks;
    CHECK(settle_wait(state));
    state.unseen_wakes = kSettleLooks + 1; // the write never became visible: back to waiting
    CHECK_FALSE(settle_wait(state));
    CHECK(kSettleLook * kSettleLooks <= Duration{100}); // at most a tenth of a second of extra looks
}
