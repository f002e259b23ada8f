#pragma once
/// Estimates beside their references: lines for the summary, the review and `show`, and the
/// `estimates` field of their JSON. Pure functions of the records.
#include "core/estimate.hpp"
#include "core/estimate_drill.hpp"
#include "core/estimate_trends.hpp"
#include "core/json.hpp"

#include <string>
#include <vector>

namespace sdmock {

/// "Estimates against the reference" and one entry per name (the latest): what was typed, the
/// reference, the ratio and the verdict, then the reference's arithmetic. Empty without estimates.
[[nodiscard]] std::vector<std::string> estimate_lines(const std::vector<EstimateRecord>& records, int width);

/// `[{"name", "given", "value", "reference", "unit", "ratio", "verdict"}]`, the latest per name.
void estimates_json(JsonWriter& json, const std::vector<EstimateRecord>& records);

/// `drill estimate --format json`: `[{"kind", "problem", "question", "givens": {name: number},
/// "answer": {"value", "unit"}, "working"}]`.
[[nodiscard]] std::string exercises_json(const std::vector<EstimateExercise>& exercises);

/// The report's section: the share on target by week, and per kind the median ratio and any bias.
[[nodiscard]] std::vector<std::string> estimation_trend_lines(const EstimationTrends& trends, int width);
/// The same as Markdown.
[[nodiscard]] std::vector<std::string> estimation_trend_markdown(const EstimationTrends& trends);
/// `{"estimates", "on_target", "weeks": [{"week", "estimates", "on_target"}], "kinds": [{"kind",
/// "estimates", "on_target", "median_ratio", "bias"}]}`.
void estimation_trend_json(JsonWriter& json, const EstimationTrends& trends);

} // namespace sdmock
