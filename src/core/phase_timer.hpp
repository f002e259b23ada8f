#pragma once
/// The clock of a mock: phases in order, pause and resume, overtime. Every figure is computed
/// from clock readings (no accumulated sleeps): a run segment is (steady start, speed), so
/// pauses, speed-ups and long sessions never drift.
#include "core/clock.hpp"

#include <optional>
#include <vector>

namespace sdmock {

/// What the history keeps of a timer, enough to rebuild it after a crash.
struct TimerSnapshot {
    std::size_t phase = 0;           ///< index of the current phase (== phase count: finished)
    std::vector<Duration> completed; ///< actual time of each phase already left
    Duration current{0};             ///< time spent so far in the current phase
    bool paused = false;
};

class PhaseTimer {
public:
    /// `planned`: the planned length of each phase. `speed`: session time runs this many times
    /// faster than steady time (1 for a real mock).
    explicit PhaseTimer(std::vector<Duration> planned, double speed = 1.0);

    /// Starts the first phase at `now`.
    void start(SteadyTime now);
    /// Continues from a snapshot as of `now` (the time the process was gone is not counted).
    void restore(const TimerSnapshot& snapshot, SteadyTime now);
    void pause(SteadyTime now);
    void resume(SteadyTime now);
    /// Ends the current phase and starts the next one; after the last phase the timer is finished.
    void next(SteadyTime now);
    /// Ends the session now, whatever phase it is in.
    void finish(SteadyTime now);

    [[nodiscard]] bool started() const { return started_; }
    [[nodiscard]] bool paused() const { return started_ && !finished() && !run_start_; }
    [[nodiscard]] bool finished() const { return phase_ >= planned_.size(); }
    [[nodiscard]] std::size_t phase() const { return phase_; }
    [[nodiscard]] std::size_t phase_count() const { return planned_.size(); }
    [[nodiscard]] double speed() const { return speed_; }
    [[nodiscard]] Duration planned(std::size_t phase) const { return planned_.at(phase); }
    [[nodiscard]] Duration planned_total() const;

    /// Session time spent in the current phase.
    [[nodiscard]] Duration phase_elapsed(SteadyTime now) const;
    /// Planned minus elapsed for the current phase; negative in overtime.
    [[nodiscard]] Duration phase_remaining(SteadyTime now) const;
    [[nodiscard]] bool overtime(SteadyTime now) const { return !finished() && phase_remaining(now) < Duration{0}; }
    /// Session time since the start, pauses excluded.
    [[nodiscard]] Duration elapsed(SteadyTime now) const;
    /// Actual time of a phase already left, or of the current phase so far.
    [[nodiscard]] Duration actual(std::size_t phase, SteadyTime now) const;
    [[nodiscard]] TimerSnapshot snapshot(SteadyTime now) const;

    /// Steady time until the displayed clock (whole session seconds of the phase countdown)
    /// next changes, at least 1 ms; nullopt when paused or finished.
    [[nodiscard]] std::optional<Duration> until_next_tick(SteadyTime now) const;

private:
    [[nodiscard]] double run_exact(SteadyTime now) const;
    [[nodiscard]] Duration run_time(SteadyTime now) const;

    std::vector<Duration> planned_;
    double speed_;
    bool started_ = false;
    std::size_t phase_ = 0;
    std::vector<Duration> completed_;
    Duration base_{0}; ///< current phase time before the running segment
    double carry_ = 0; ///< session ms below base_'s whole ms, kept across pauses
    std::optional<SteadyTime> run_start_;
};

} // namespace sdmock
