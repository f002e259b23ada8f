#include "core/phase_timer.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <stdexcept>

namespace sdmock {

PhaseTimer::PhaseTimer(std::vector<Duration> planned, double speed) : planned_(std::move(planned)), speed_(speed) {
    if (planned_.empty()) throw std::invalid_argument("a plan needs at least one phase");
    if (!(speed_ > 0) || !std::isfinite(speed_)) throw std::invalid_argument("speed must be a positive number");
}

Duration PhaseTimer::planned_total() const {
    return std::accumulate(planned_.begin(), planned_.end(), Duration{0});
}

/// Session ms of the running segment, plus the fraction of a ms left from earlier segments.
double PhaseTimer::run_exact(SteadyTime now) const {
    if (!run_start_ || now <= *run_start_) return carry_;
    auto steady = std::chrono::duration<double, std::milli>(now - *run_start_).count();
    return steady * speed_ + carry_;
}

Duration PhaseTimer::run_time(SteadyTime now) const {
    return Duration(static_cast<Duration::rep>(std::floor(run_exact(now))));
}

void PhaseTimer::start(SteadyTime now) {
    started_ = true;
    phase_ = 0;
    completed_.clear();
    base_ = Duration{0};
    carry_ = 0;
    run_start_ = now;
}

void PhaseTimer::restore(const TimerSnapshot& snapshot, SteadyTime now) {
    started_ = true;
    completed_ = snapshot.completed;
    completed_.resize(std::min(snapshot.phase, planned_.size()), Duration{0});
    phase_ = completed_.size();
    base_ = snapshot.current;
    carry_ = 0;
    if (snapshot.paused || finished())
        run_start_.reset();
    else
        run_start_ = now;
}

void PhaseTimer::pause(SteadyTime now) {
    if (!run_start_) return;
    // Keep the part of a ms that the whole-ms base cannot hold, so many pauses do not drift.
    Duration whole = run_time(now);
    carry_ = std::max(0.0, run_exact(now) - static_cast<double>(whole.count()));
    base_ += whole;
    run_start_.reset();
}

void PhaseTimer::resume(SteadyTime now) {
    if (!started_ || finished() || run_start_) return;
    run_start_ = now;
}

void PhaseTimer::next(SteadyTime now) {
    if (!started_ || finished()) return;
    bool was_running = run_start_.has_value();
    completed_.push_back(phase_elapsed(now));
    ++phase_;
    base_ = Duration{0};
    carry_ = 0;
    run_start_.reset();
    if (!finished() && was_running) run_start_ = now;
}

void PhaseTimer::finish(SteadyTime now) {
    while (started_ && !finished())
        next(now);
}

Duration PhaseTimer::phase_elapsed(SteadyTime now) const {
    if (finished()) return Duration{0};
    return base_ + run_time(now);
}

Duration PhaseTimer::phase_remaining(SteadyTime now) const {
    if (finished()) return Duration{0};
    return planned_[phase_] - phase_elapsed(now);
}

Duration PhaseTimer::elapsed(SteadyTime now) const {
    return std::accumulate(completed_.begin(), completed_.end(), Duration{0}) + phase_elapsed(now);
}

Duration PhaseTimer::actual(std::size_t phase, SteadyTime now) const {
    if (phase < completed_.size()) return completed_[phase];
    if (phase == phase_) return phase_elapsed(now);
    return Duration{0};
}

TimerSnapshot PhaseTimer::snapshot(SteadyTime now) const {
    return {phase_, completed_, phase_elapsed(now), !run_start_.has_value()};
}

std::optional<Duration> PhaseTimer::until_next_tick(SteadyTime now) const {
    if (!run_start_ || finished()) return std::nullopt;
    // The countdown shows whole seconds of remaining time; it changes when elapsed crosses a
    // whole second of session time. Convert the session time left to that point to steady time.
    auto session_ms = run_exact(now) + static_cast<double>(base_.count());
    double to_boundary = 1000.0 - std::fmod(session_ms, 1000.0);
    double steady_ms = std::ceil(to_boundary / speed_);
    return Duration(std::max<Duration::rep>(1, static_cast<Duration::rep>(steady_ms)));
}

} // namespace sdmock
