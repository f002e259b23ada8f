#pragma once
/// Estimation over time: the share of estimates on target per week and, per quantity kind, the
/// median ratio to the reference and a steady bias when there is one ("your storage estimates
/// run 8x low"). Mocks' estimates and drills' answers both count; practice runs only when asked.
#include "core/estimate.hpp"
#include "core/trends.hpp"

#include <optional>
#include <string>
#include <vector>

namespace sdmock {

/// A kind needs this many estimates before a bias is named.
inline constexpr int kBiasMinimum = 3;
/// A median ratio at least this far from 1 (either way) is a bias ...
inline constexpr double kBiasFactor = 2.0;
/// ... when at least this share of the kind's estimates lean the same way.
inline constexpr double kBiasShare = 0.75;

struct EstimationWeek {
    IsoWeek week;
    int estimates = 0;
    int on_target = 0;
};

struct EstimationKind {
    std::string kind;
    int estimates = 0;
    int on_target = 0;
    double median_ratio = 1;
    std::string bias; ///< "your storage estimates run 8x low", or empty
};

struct EstimationTrends {
    int estimates = 0;
    int on_target = 0;
    std::vector<EstimationWeek> weeks; ///< only weeks with estimates, in order
    std::vector<EstimationKind> kinds; ///< in the order of kDrillKinds, then count
};

/// Over the window of `options` (its weeks up to `until`, its week start, its practice rule); of a
/// mock's estimates of one name only the latest counts.
[[nodiscard]] EstimationTrends estimation_trends(const std::vector<EstimateRecord>& records,
                                                 const TrendOptions& options);

/// "storage" -> "storage", "peak_qps" -> "peak QPS", "qps" -> "QPS".
[[nodiscard]] std::string kind_label(std::string_view kind);

} // namespace sdmock
