#pragma once
/// Calibration: how far one set of scores sits from another, dimension by dimension and in total,
/// and whether the difference is a steady bias rather than noise. The comparison takes any two
/// scorecards: in a paired mock the candidate's self-score against the interviewer's; in a solo
/// mock a self-score against the scores the answer key's coverage suggests. Plain values in,
/// plain values (and sentences) out.
#include "core/scorecard.hpp"

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sdmock {

/// A single dimension this many points or more from the reference is called out on its own.
inline constexpr int kCalloutGap = 2;

/// The bias rule. Scores lean one way against their reference (a bias) when either
/// - the mean gap per compared dimension is kBiasMeanGap or more either way: half a point, a
///   total gap of 6 or more on a full card (48 against 36 is +12, a mean of +1.0); or
/// - kBiasDimensions or more dimensions (three quarters of a full card) sit on the same side,
///   by any amount, and the total gap is on that side too.
/// Both rules need the total gap on the bias's side, so they never point opposite ways. The bias
/// is steady when the second rule holds (most dimensions lean the same way), not only the first
/// (a few large gaps).
inline constexpr double kBiasMeanGap = 0.5;
inline constexpr int kBiasDimensions = 9;

/// What a single dimension's gap calls out (kCalloutGap or more either way).
enum class Callout { none, over, under };
/// Which way the scores as a whole lean against their reference.
enum class Bias { none, over, under };
/// "none", "over", "under".
[[nodiscard]] std::string_view to_string(Bias bias);

/// The bias rule above, on a mean gap per compared dimension and the number of dimensions above
/// and below the reference.
[[nodiscard]] Bias bias_of(double mean_gap, int dimensions_over, int dimensions_under);
/// Whether a bias is steady: kBiasDimensions or more dimensions on its side.
[[nodiscard]] bool steady_bias(Bias bias, int dimensions_over, int dimensions_under);
/// "a steady over-rating", "an over-rating overall", "a steady under-rating", "an under-rating
/// overall" or "no steady bias".
[[nodiscard]] std::string bias_phrase(Bias bias, bool steady);

/// `scores` minus `reference`, per dimension and in total, with the call-outs and the bias.
struct Calibration {
    std::array<std::optional<int>, kDimensionCount> gap{}; ///< present where both scored
    std::array<Callout, kDimensionCount> callout{};        ///< over or under by kCalloutGap or more
    int total_gap = 0;                                     ///< over the compared dimensions
    std::vector<std::size_t> over;                         ///< dimensions kCalloutGap or more above the reference
    std::vector<std::size_t> under;                        ///< kCalloutGap or more below
    int compared = 0;                                      ///< dimensions both scored
    int dimensions_over = 0;                               ///< compared dimensions above the reference by any amount
    int dimensions_under = 0;                              ///< below by any amount
    double mean_gap = 0;                                   ///< total_gap / compared; 0 when nothing is compared
    Bias bias = Bias::none;
    bool steady = false; ///< a bias with kBiasDimensions or more dimensions on its side
};

/// Compares any two scorecards: `scores` (a self-score) against `reference` (the interviewer's
/// scores, or the scores coverage of the answer key suggests). Only dimensions both scored count.
[[nodiscard]] Calibration compare_scores(const Scorecard& scores, const Scorecard& reference);
/// A paired mock's calibration: the candidate's self-score against the interviewer's.
[[nodiscard]] inline Calibration calibrate(const Scorecard& self, const Scorecard& interviewer) {
    return compare_scores(self, interviewer);
}

/// The verdict in words, `reference` naming what the scores were compared with ("the
/// interviewer"): "You scored yourself 12 points above the interviewer (+1 on 12 of 12
/// dimensions): a steady over-rating." Never "within one point on every dimension" when a bias
/// is found.
[[nodiscard]] std::string calibration_verdict(const Calibration& calibration, std::string_view reference);

/// Several sessions' calibrations averaged (a week's paired mocks, a report's window), with the
/// bias rule applied to the averages: a dimension counts as over or under when its average gap
/// is above or below zero.
struct AverageCalibration {
    int sessions = 0;
    std::array<std::optional<double>, kDimensionCount> gap{}; ///< mean gap, where any session compared it
    double total_gap = 0;                                     ///< mean total gap per session
    int compared = 0;                                         ///< dimensions with a mean gap
    int dimensions_over = 0;
    int dimensions_under = 0;
    double mean_gap = 0; ///< mean of the dimensions' mean gaps
    Bias bias = Bias::none;
    bool steady = false;
};
/// Empty (sessions 0) for no sessions.
[[nodiscard]] AverageCalibration average_calibration(const std::vector<Calibration>& sessions);

/// The average verdict in words: "you scored yourself 8.5 points above the interviewer on
/// average (higher on 11 of 12 dimensions): a steady over-rating." `kind` names the sessions
/// averaged, in the singular.
[[nodiscard]] std::string average_verdict(const AverageCalibration& average, std::string_view reference,
                                          std::string_view kind = "paired mock");

} // namespace sdmock
