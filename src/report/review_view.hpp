#pragma once
/// Text and JSON renderings of a review against the answer key: pure functions of the review.
#include "core/json.hpp"
#include "core/review.hpp"

#include <string>
#include <vector>

namespace sdmock {

/// `"coverage": {"points": [{"id", "phase", "dimension", "text", "covered"}], "by_dimension":
/// {dim: {"covered", "reviewed", "total", "suggested"}}}`; covered is null for a point not ticked,
/// suggested null until every point of the dimension is; "calibration": `self` against the suggested
/// scores by the calibration rule (null without a self-score or a suggestion).
void coverage_json(JsonWriter& json, const std::vector<KeyPoint>& points, const Ticks& ticks,
                   const std::optional<Scorecard>& self = std::nullopt);

/// One line per dimension with points: "Caching  you gave 4 · covered 1 of 4 · suggests 2".
[[nodiscard]] std::vector<std::string> coverage_lines(const std::vector<DimensionCoverage>& coverage,
                                                      const std::optional<Scorecard>& self, const Rubric& rubric,
                                                      int width);
/// The questions skipped or never reached, each with its model answer when there is one.
[[nodiscard]] std::vector<std::string> missed_lines(const std::vector<MissedQuestion>& missed, int width);
/// The common mistakes to check yourself against, one paragraph each.
[[nodiscard]] std::vector<std::string> mistake_lines(const std::vector<Mistake>& mistakes, int width);

/// Everything after the checklist: coverage beside the self-scores, the missed questions, the mistakes.
[[nodiscard]] std::vector<std::string> review_tail_lines(const Review& review, const SessionRecord& record,
                                                         const Rubric& rubric, int width);

/// What to study for each dimension where less than half of the points ticked were covered:
/// the guide's Parts and the cards (`sdmock cards show ID` opens one). Empty when none.
[[nodiscard]] std::vector<std::string> review_study_lines(const Review& review, const Content& content, int width);

[[nodiscard]] std::string render_review_json(const Review& review, const SessionRecord& record,
                                             const std::vector<KeyPoint>& points, const Ticks& ticks);

} // namespace sdmock
