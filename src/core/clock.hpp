#pragma once
/// Time sources. Timers read steady time (never jumps, never drifts with DST or NTP); the
/// history stores wall time. The domain never reads a real clock itself: it is given
/// one (the real one, `cli::SystemClock`, lives with the program's entry points).
#include <chrono>

namespace sdmock {

using Duration = std::chrono::milliseconds;
using SteadyTime = std::chrono::steady_clock::time_point;
using WallTime = std::chrono::system_clock::time_point;

class Clock {
public:
    virtual ~Clock() = default;
    [[nodiscard]] virtual SteadyTime steady_now() const = 0;
    [[nodiscard]] virtual WallTime wall_now() const = 0;
};

/// A clock that moves only when told to: for tests.
class FakeClock final : public Clock {
public:
    explicit FakeClock(WallTime wall = WallTime{std::chrono::seconds(1'795'000'000)}) : wall_(wall) {}
    [[nodiscard]] SteadyTime steady_now() const override { return steady_; }
    [[nodiscard]] WallTime wall_now() const override { return wall_; }
    void advance(Duration d) {
        steady_ += d;
        wall_ += d;
    }
    /// Moves wall time only (a DST change, an NTP step): timers must not notice.
    void jump_wall(Duration d) { wall_ += d; }

private:
    SteadyTime steady_{std::chrono::hours(1000)};
    WallTime wall_;
};

} // namespace sdmock
