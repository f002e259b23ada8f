#pragma once
/// FSRS-6, the Free Spaced Repetition Scheduler: a memory state (stability in days, difficulty
/// 1-10) per item, updated by each review's grade and the whole days since the last one, and the
/// interval that brings recall down to the desired retention. Long-term scheduling only: no fuzz,
/// no same-day learning steps, every review schedules whole days (at least 1, at most the maximum
/// interval), due the review time plus the interval. Pure: days and times are given.
#include "core/clock.hpp"

#include <array>
#include <optional>
#include <vector>

namespace sdmock::fsrs {

/// 1 again (forgotten), 2 hard, 3 good, 4 easy.
enum class Grade : int { again = 1, hard = 2, good = 3, easy = 4 };
/// The grade for 1-4, else nullopt.
[[nodiscard]] std::optional<Grade> grade_from(int value);

/// The 21 default weights of FSRS-6.
inline constexpr std::array<double, 21> kDefaultWeights = {0.212,  1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194,
                                                           0.001,  1.8722, 0.1666, 0.796,  1.4835, 0.0614, 0.2629,
                                                           1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542};

struct Parameters {
    std::array<double, 21> w = kDefaultWeights;
    double retention = 0.9;   ///< the desired probability of recall when an item falls due
    int max_interval = 36500; ///< days
};

struct Memory {
    double stability = 0;  ///< days until recall falls to 90%
    double difficulty = 0; ///< 1 (easy) to 10 (hard)
};

/// The probability of recall `elapsed_days` after a review that left `stability`.
[[nodiscard]] double retrievability(const Parameters& p, double elapsed_days, double stability);

/// The memory after a review graded `grade`, `elapsed_days` whole days after the previous review
/// (`before` empty: the item's first review).
[[nodiscard]] Memory next_memory(const Parameters& p, const std::optional<Memory>& before, int elapsed_days,
                                 Grade grade);

/// The interval, in whole days, after a review graded `grade` from the memory `before`: the
/// interval of each grade's outcome, ordered so that again <= hard < good < easy, then held to
/// 1..max_interval.
[[nodiscard]] int next_interval(const Parameters& p, const std::optional<Memory>& before, int elapsed_days,
                                Grade grade);

/// One review as recorded: when, on which local calendar day (days since 1970-01-01), the grade.
struct ReviewLog {
    WallTime at{};
    long long day = 0;
    Grade grade = Grade::good;
};

/// An item's scheduling state after its reviews, replayed in order.
struct ItemState {
    std::optional<Memory> memory; ///< none: never reviewed
    int reps = 0;
    int lapses = 0;   ///< "again" on an item already learned (its first review aside)
    int interval = 0; ///< days, from the last review
    WallTime due{};   ///< the last review plus the interval (meaningful when reps > 0)
    WallTime last_review{};
    long long last_day = 0;
};

/// The state after one more review.
[[nodiscard]] ItemState review(const Parameters& p, const ItemState& state, const ReviewLog& log);
/// The state after `logs`, oldest first.
[[nodiscard]] ItemState replay(const Parameters& p, const std::vector<ReviewLog>& logs);

} // namespace sdmock::fsrs
