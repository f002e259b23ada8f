#pragma once
/// The review of a mock against the answer key: the key's points of each phase as a checklist
/// the candidate ticks (covered or not), coverage per dimension, and the score it suggests
/// beside the one they gave themselves.
#include "core/content.hpp"
#include "core/scorecard.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace sdmock {

/// One point of the answer key a strong answer covers.
struct KeyPoint {
    std::string id;        ///< stable within the problem: "functional-1", "follow-up-2-3", "risk-1"
    std::string phase;     ///< the id of the phase it is reviewed with
    std::string dimension; ///< the rubric dimension it counts for
    std::string text;
};

/// The points to tick for each phase of `plan`, in phase order:
/// - requirements: the functional and non-functional requirements (requirements);
/// - estimation: the reference estimates, value and arithmetic (estimation);
/// - high-level design: the API (api), the architecture (architecture), the data model (data);
/// - deep dive: the strong-answer points of each follow-up (the follow-up's dimension);
/// - wrap-up: the primary risks and their mitigations (reliability).
/// A phase is matched by its id, else by its dimension; a phase of neither kind has no points.
[[nodiscard]] std::vector<KeyPoint> key_points(const Problem& problem, const Plan& plan);

/// What the candidate ticked: point id -> covered. A point not in it is not reviewed yet.
using Ticks = std::map<std::string, bool>;

struct DimensionCoverage {
    std::string dimension;
    int covered = 0;
    int reviewed = 0; ///< points ticked either way
    int total = 0;
    /// The score the coverage suggests once every point is ticked: 1 + 4 x covered / total,
    /// rounded (none covered 1, half 3, all 5).
    std::optional<int> suggested;
};

[[nodiscard]] int suggested_score(int covered, int total);

/// Coverage of every dimension that has points, in rubric order.
[[nodiscard]] std::vector<DimensionCoverage> coverage_by_dimension(const std::vector<KeyPoint>& points,
                                                                   const Ticks& ticks);

/// A scorecard of the suggested scores (dimensions with no points or not fully reviewed
/// unscored), to compare with the self-scores the way an interviewer's card is.
[[nodiscard]] Scorecard suggested_card(const std::vector<DimensionCoverage>& coverage);

} // namespace sdmock
