#pragma once
/// What a weekly review says to do next, decided from a Trends value, the content and when each
/// problem was practised: findings as values (a headline and the points under it) that the
/// renderers only lay out.
#include "core/content.hpp"
#include "core/picker.hpp"
#include "core/trends.hpp"

#include <cstddef>
#include <string>
#include <vector>

namespace sdmock {

enum class FindingKind { no_mocks, weakest, best, readiness, plateau, pacing, calibration, coverage_calibration };

/// One thing the review found, in words.
struct Finding {
    FindingKind kind = FindingKind::no_mocks;
    std::string headline;                ///< one sentence or more
    std::vector<std::string> details;    ///< the points under the headline, in order
    std::vector<std::size_t> dimensions; ///< the rubric dimensions it is about, most important first
};

/// The findings, in the order a report lists them: with no scored mocks in the window, only how
/// to start; else the weakest dimensions (each with what to study and least recently practised
/// problems that stress it), the best mock, readiness, a plateau, pacing and calibration.
[[nodiscard]] std::vector<Finding> trend_findings(const Trends& trends, const Content& content,
                                                  const std::vector<Practice>& practice);

/// What to study for a dimension: "Part 6 (Caching), Part 7 (CDN Deep Dive); cards: cache-aside, cdn".
[[nodiscard]] std::string study_hint(const Dimension& dimension, const Content& content);

} // namespace sdmock
