#include "core/follow.hpp"

#include <algorithm>

#include "core/roles.hpp"

#include <cmath>

namespace sdmock {

Duration live_elapsed(Duration saved, WallTime saved_at, WallTime now, double speed, bool paused, bool& stale) {
    auto since = std::chrono::duration_cast<Duration>(now - saved_at);
    stale = since > kStaleAfter;
    if (paused || stale || since < Duration{0}) return saved;
    return saved + Duration(static_cast<Duration::rep>(std::floor(static_cast<double>(since.count()) * speed)));
}

FollowState follow_state(const std::vector<Event>& events, const Plan& plan, Duration elapsed) {
    FollowState s;
    for (const auto& e : events) {
        if (!visible_to_candidate(e.kind)) continue;
        if (e.kind == event::phase_start) {
            s.started = true;
            s.question.reset();
            s.hint.reset();
        } else if (e.kind == event::pause) {
            s.paused = true;
        } else if (e.kind == event::resume) {
            s.paused = false;
        } else if (e.kind == event::end) {
            s.ended = true;
        } else if (e.kind == event::cue_put || e.kind == event::curveball) {
            s.question = e;
            s.hint.reset();
        } else if (e.kind == event::hint) {
            s.hint = e;
        } else if (e.kind == event::candidate_note) {
            s.notes.push_back({e.t, e.phase, e.dimension, e.text});
        }
    }
    s.timer = snapshot_from(events, elapsed, plan.phases.size());
    s.phase = s.timer.phase;
    s.elapsed = elapsed;
    for (const auto& e : events)
        if (e.t > s.elapsed) s.elapsed = e.t;
    return s;
}

std::optional<Duration> until_next_second(const FollowState& state) {
    if (!state.started || state.paused || state.ended || state.stale || state.speed <= 0) return std::nullopt;
    auto into = state.elapsed.count() % 1000;
    auto wall = static_cast<Duration::rep>(static_cast<double>(1000 - into) / state.speed);
    return Duration{std::max<Duration::rep>(wall, 1)};
}

std::optional<Duration> until_own_wake(const FollowState& state) {
    auto next = until_next_second(state);
    if (next && *next >= kBeatGraceFrom) return *next + kBeatGrace;
    return next;
}

std::optional<Duration> settle_wait(const FollowState& state) {
    if (state.unseen_wakes > 0 && state.unseen_wakes <= kSettleLooks) return kSettleLook;
    return std::nullopt;
}

} // namespace sdmock
