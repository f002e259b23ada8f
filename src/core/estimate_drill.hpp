#pragma once
/// Estimation exercises generated from a seed: the same seed and content give the same
/// exercises on every machine. Givens are varied around a problem's real scale (its reference
/// rates and the object size in its figures), and every answer follows from its givens by the
/// formulas of the back-of-the-envelope framework:
///   qps       = dau x requests_per_user_per_day / 86400
///   peak_qps  = qps x peak_factor
///   storage   = object_bytes x objects_per_day x retention_days x replicas
///   bandwidth = qps x payload_bytes                (bytes per second)
///   cache     = 0.2 x reads_per_day x object_bytes
#include "core/content.hpp"
#include "core/quantity.hpp"

#include <array>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace sdmock {

/// The exercise kinds, in the order they are dealt.
inline constexpr std::array<std::string_view, 5> kDrillKinds{"qps", "peak_qps", "storage", "bandwidth", "cache"};

/// How big a problem runs: its typical request rate and the size of one object.
struct ProblemScale {
    std::string id;
    std::string title;
    double qps = 1000;
    double object_bytes = 1000;
};
/// The scale of `problem`: the median of its reference rates (1,000/s without one) and the first
/// size in bytes below 100 MB that its figures name (1 KB without one).
[[nodiscard]] ProblemScale scale_of(const Problem& problem);

struct EstimateExercise {
    std::string kind;    ///< one of kDrillKinds
    std::string problem; ///< the problem id its scale comes from
    std::string question;
    std::vector<std::pair<std::string, double>> givens; ///< in the order shown
    double answer = 0;                                  ///< in the SI base unit of `unit`
    QuantityKind unit = QuantityKind::rate;
    std::string working; ///< the formula with the numbers put in
};

/// `count` exercises from `seed`, the kinds dealt in turn from a seeded start, each on a problem of
/// `scales` picked by the seed. `scales` must not be empty.
[[nodiscard]] std::vector<EstimateExercise> estimate_exercises(const std::vector<ProblemScale>& scales,
                                                               std::uint64_t seed, int count);

/// The value of the given `name` of `exercise` (0 when it has none).
[[nodiscard]] double given_value(const EstimateExercise& exercise, std::string_view name);

} // namespace sdmock
