#pragma once
/// A 12-dimension scorecard: whole scores 1-5, optional evidence, total out of 60, band, and
/// the lowest dimensions with what to study for them.
#include "core/content.hpp"

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace sdmock {

inline constexpr std::size_t kDimensionCount = kDimensionIds.size();
/// The lowest and highest totals a complete scorecard can have (12 and 60).
inline constexpr int kMinTotal = kMinScore * static_cast<int>(kDimensionCount);
inline constexpr int kMaxTotal = kMaxScore * static_cast<int>(kDimensionCount);
/// How many of the lowest dimensions a summary names, with what to study for them.
inline constexpr std::size_t kLowestCount = 3;

enum class Scorer { self, interviewer };
[[nodiscard]] std::string_view to_string(Scorer scorer);
[[nodiscard]] std::optional<Scorer> scorer_from(std::string_view text);

/// Index of a dimension id in rubric order, or nullopt.
[[nodiscard]] std::optional<std::size_t> dimension_index(std::string_view id);

struct Scorecard {
    std::array<std::optional<int>, kDimensionCount> scores{};
    std::array<std::string, kDimensionCount> evidence{};

    /// Sets a score; throws UsageError unless kMinScore <= score <= kMaxScore.
    void set(std::size_t dimension, int score);
    [[nodiscard]] bool complete() const;
    [[nodiscard]] std::size_t scored() const;
    /// Sum of the scores given so far.
    [[nodiscard]] int total() const;
};

/// The `count` lowest-scored dimensions (ties: rubric order), scored ones only.
[[nodiscard]] std::vector<std::size_t> lowest_dimensions(const Scorecard& card, std::size_t count = kLowestCount);

/// Parses `DIM=N` (as given to `sdmock score`); throws UsageError naming the valid dimensions
/// or the valid range.
struct ScoreAssignment {
    std::size_t dimension;
    int score;
};
[[nodiscard]] ScoreAssignment parse_score_assignment(std::string_view text);

} // namespace sdmock
