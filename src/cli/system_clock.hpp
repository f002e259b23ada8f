#pragma once
/// The machine's clocks: the only place the program reads the time of day or the steady clock
/// for the domain.
#include "core/clock.hpp"

namespace sdmock::cli {

class SystemClock final : public Clock {
public:
    [[nodiscard]] SteadyTime steady_now() const override { return std::chrono::steady_clock::now(); }
    [[nodiscard]] WallTime wall_now() const override { return std::chrono::system_clock::now(); }
};

} // namespace sdmock::cli
