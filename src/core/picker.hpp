#pragma once
/// Choosing the problem for a mock.
#include "core/content.hpp"
#include "core/trends.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace sdmock {

/// When each problem was last practised: (problem id, ISO start time), any order.
struct Practice {
    std::string problem;
    std::string started_at;
};

/// A random problem that was not practised recently: problems are ranked by when they were last
/// practised (never first), and the pick is uniform among the least recent half (at least one,
/// and every problem tied with the last of that half, so with no history any problem can come up).
[[nodiscard]] const Problem& pick_random(const std::vector<Problem>& problems, const std::vector<Practice>& history,
                                         std::uint64_t seed);

/// How many problems a report suggests for each weak dimension.
inline constexpr std::size_t kSuggestedProblems = 3;

/// Up to `count` problems whose focus stresses `dimension`, least recently practised first
/// (never practised before any practised; ties in bank order).
[[nodiscard]] std::vector<const Problem*> least_recent_for(const std::vector<Problem>& problems,
                                                           std::string_view dimension,
                                                           const std::vector<Practice>& history, std::size_t count);

/// A problem chosen for the weakest dimensions, and why.
struct WeakestPick {
    const Problem* problem = nullptr;
    std::vector<std::string> covers; ///< the weak dimensions its focus stresses, weakest first
    std::string last_practised;      ///< its last start time, empty when never
};

/// The problem whose focus covers the most of `weakest` (dimension ids, weakest first; the
/// weaker a dimension, the more it counts), among problems not practised recently (the least
/// recent half, as pick_random); ties go to the least recently practised, then the seed.
[[nodiscard]] WeakestPick pick_weakest(const std::vector<Problem>& problems, const std::vector<std::string>& weakest,
                                       const std::vector<Practice>& history, std::uint64_t seed);

/// Where `start --weakest` found the weak dimensions it aims at.
enum class WeakestBasis {
    recent,      ///< the self-scores of the last kDefaultWeeks weeks
    all_history, ///< none in those weeks: the self-scores of the whole history
    no_scores,   ///< no complete self-scorecard at all: the problem is a random one
};

/// What `start --weakest` chose, and why.
struct WeakestChoice {
    struct Weak {
        std::size_t dimension = 0; ///< rubric index
        double average = 0;        ///< its average self-score over the basis
    };
    WeakestBasis basis = WeakestBasis::no_scores;
    std::vector<Weak> weakest;        ///< the lowest dimensions, weakest first; empty with no scores
    const Problem* problem = nullptr; ///< one of `problems`
    std::vector<std::string> covers;  ///< ids of the weak dimensions its focus stresses, weakest first
    std::string last_practised;       ///< its last start time, empty when never
};

/// The problem for `start --weakest`: the lowest dimensions of the self-scores of the last
/// kDefaultWeeks weeks up to `today`, else of the whole history up to `today`, and the problem
/// pick_weakest finds for them; with no complete self-scorecard at all, pick_random's problem.
/// Throws std::invalid_argument when there are no problems.
[[nodiscard]] WeakestChoice choose_weakest(const std::vector<ScoredMock>& mocks, const std::vector<Problem>& problems,
                                           const std::vector<Practice>& practised, const Date& today,
                                           Weekday week_start, std::uint64_t seed);

} // namespace sdmock
