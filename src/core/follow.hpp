#pragma once
/// The candidate's live view of a paired session, rebuilt from the recorded events: only what
/// the candidate may see (no answer key, no interviewer marks or notes).
#include "core/clock.hpp"
#include "core/content.hpp"
#include "core/mock.hpp"
#include "core/session.hpp"

#include <optional>
#include <string>
#include <vector>

namespace sdmock {

struct FollowState {
    std::size_t phase = 0; ///< index in the plan; == phase count once ended
    bool started = false;
    bool paused = false;
    bool ended = false;
    std::optional<Event> question; ///< the last question or curveball put (cleared by a phase change)
    std::optional<Event> hint;     ///< the last hint given for it
    std::vector<Note> notes;       ///< the candidate's own notes
    TimerSnapshot timer;           ///< phase times as of `elapsed`
    Duration elapsed{0};           ///< session time shown
    bool stale = false;            ///< the interviewer's process has not been heard from lately
    double speed = 1.0;            ///< session seconds per wall second (the interviewer's --speed)
    /// Woken by a write to the history this many times in a row without seeing a change: the
    /// writer's commit may not be visible yet (SQLite makes it so after its last write to the
    /// file, through shared memory, which wakes no one), so look again in a moment.
    int unseen_wakes = 0;
};

/// How often, and how many times, a follower woken without a visible change looks again before
/// it waits for the next write: 20 looks 5 ms apart cover the end of any commit.
inline constexpr Duration kSettleLook{5};
inline constexpr int kSettleLooks = 20;
/// kSettleLook while a follower woken without a change still has looks left, else none.
[[nodiscard]] std::optional<Duration> settle_wait(const FollowState& state);

/// Wall time until the shown clock turns to its next second (a running, fresh session), or none
/// when it stands still (not started, paused, ended, or the interviewer away).
[[nodiscard]] std::optional<Duration> until_next_second(const FollowState& state);

/// How long after its clock's next second a follower waits before it redraws by itself: the
/// interviewer's heartbeat, written as that second turns, wakes it then anyway with the new
/// time, so it wakes once a second, not twice. Only where a second lasts long enough to spare it.
inline constexpr Duration kBeatGrace{20};
/// When the view next wakes by itself: until_next_second, plus kBeatGrace where that is at least
/// kBeatGraceFrom away (a clock run fast turns its seconds too often for it).
inline constexpr Duration kBeatGraceFrom{500};
[[nodiscard]] std::optional<Duration> until_own_wake(const FollowState& state);

/// How long without a heartbeat before the follower holds the clock and says the interviewer
/// is away.
inline constexpr Duration kStaleAfter{std::chrono::seconds(3)};

/// The session time to show: the time saved at the interviewer's last heartbeat, plus the time
/// since then while the clock runs and the interviewer is alive; held when the heartbeat is stale.
[[nodiscard]] Duration live_elapsed(Duration saved, WallTime saved_at, WallTime now, double speed, bool paused,
                                    bool& stale);

/// The candidate's view of `events` as of session time `elapsed`.
[[nodiscard]] FollowState follow_state(const std::vector<Event>& events, const Plan& plan, Duration elapsed);

} // namespace sdmock
