#pragma once
/// A small seeded generator (splitmix64) with the same sequence on every platform and library,
/// unlike std::uniform_int_distribution. Schedules and picks are reproduced from a stored seed.
#include <cstdint>

namespace sdmock {

class SeededRandom {
public:
    explicit SeededRandom(std::uint64_t seed) : state_(seed) {}
    std::uint64_t next() {
        std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30U)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27U)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31U);
    }
    /// Uniform in [0, n); n must be > 0.
    std::uint64_t below(std::uint64_t n) { return next() % n; }
    /// Uniform in [0, 1).
    double unit() { return static_cast<double>(next() >> 11U) * (1.0 / 9007199254740992.0); }

private:
    std::uint64_t state_;
};

} // namespace sdmock
