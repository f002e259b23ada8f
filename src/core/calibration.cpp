#include "core/calibration.hpp"

#include "core/text.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace sdmock {
namespace {

std::string points(int n) {
    return std::to_string(n) + (n == 1 ? " point" : " points");
}

std::string signed_int(int n) {
    return (n > 0 ? "+" : "") + std::to_string(n);
}

/// "on every dimension", or "on every dimension compared" for a partial comparison.
std::string every_dimension(int compared) {
    return compared == static_cast<int>(kDimensionCount) ? "on every dimension" : "on every dimension compared";
}

/// "+1 on 12 of 12 dimensions", "+1 to +3 on 9 of 12 dimensions, below on 3".
std::string lean_detail(const Calibration& c) {
    bool up = c.bias == Bias::over;
    int lo = 0, hi = 0, count = 0;
    for (const auto& gap : c.gap) {
        if (!gap || (up ? *gap <= 0 : *gap >= 0)) continue;
        lo = count == 0 ? *gap : (up ? std::min(lo, *gap) : std::max(lo, *gap));
        hi = count == 0 ? *gap : (up ? std::max(hi, *gap) : std::min(hi, *gap));
        ++count;
    }
    std::string out = lo == hi ? signed_int(lo) : signed_int(lo) + " to " + signed_int(hi);
    out += " on " + std::to_string(count) + " of " + std::to_string(c.compared) + " dimensions";
    int other = up ? c.dimensions_under : c.dimensions_over;
    if (other > 0) out += std::string(up ? ", below on " : ", above on ") + std::to_string(other);
    return out;
}

} // namespace

std::string_view to_string(Bias bias) {
    switch (bias) {
    case Bias::over:
        return "over";
    case Bias::under:
        return "under";
    case Bias::none:
        return "none";
    }
    return "none";
}

Bias bias_of(double mean_gap, int dimensions_over, int dimensions_under) {
    if (mean_gap >= kBiasMeanGap || (dimensions_over >= kBiasDimensions && mean_gap > 0)) return Bias::over;
    if (mean_gap <= -kBiasMeanGap || (dimensions_under >= kBiasDimensions && mean_gap < 0)) return Bias::under;
    return Bias::none;
}

bool steady_bias(Bias bias, int dimensions_over, int dimensions_under) {
    return (bias == Bias::over && dimensions_over >= kBiasDimensions) ||
           (bias == Bias::under && dimensions_under >= kBiasDimensions);
}

std::string bias_phrase(Bias bias, bool steady) {
    if (bias == Bias::none) return "no steady bias";
    std::string kind = bias == Bias::over ? "over-rating" : "under-rating";
    return steady ? "a steady " + kind : "an " + kind + " overall";
}

Calibration compare_scores(const Scorecard& scores, const Scorecard& reference) {
    Calibration c;
    for (std::size_t i = 0; i < kDimensionCount; ++i) {
        if (!scores.scores[i] || !reference.scores[i]) continue;
        int gap = *scores.scores[i] - *reference.scores[i];
        c.gap[i] = gap;
        c.total_gap += gap;
        ++c.compared;
        if (gap > 0) ++c.dimensions_over;
        if (gap < 0) ++c.dimensions_under;
        if (gap >= kCalloutGap) {
            c.callout[i] = Callout::over;
            c.over.push_back(i);
        } else if (gap <= -kCalloutGap) {
            c.callout[i] = Callout::under;
            c.under.push_back(i);
        }
    }
    if (c.compared == 0) return c;
    c.mean_gap = static_cast<double>(c.total_gap) / c.compared;
    c.bias = bias_of(c.mean_gap, c.dimensions_over, c.dimensions_under);
    c.steady = steady_bias(c.bias, c.dimensions_over, c.dimensions_under);
    return c;
}

std::string calibration_verdict(const Calibration& c, std::string_view reference) {
    const std::string ref(reference);
    if (c.compared == 0) return "Nothing to compare yet: no dimension is scored on both sides.";
    const std::string side = c.total_gap > 0 ? " above " : " below ";
    if (c.bias != Bias::none)
        return "You scored yourself " + points(std::abs(c.total_gap)) + side + ref + " (" + lean_detail(c) +
               "): " + bias_phrase(c.bias, c.steady) + ".";
    if (c.dimensions_over == 0 && c.dimensions_under == 0)
        return "You scored yourself the same as " + ref + " " + every_dimension(c.compared) + ".";
    const std::string in_total =
        c.total_gap == 0 ? "the same in total"
                         : points(std::abs(c.total_gap)) + (c.total_gap > 0 ? " above" : " below") + " in total";
    static_assert(kCalloutGap == 2, "within one point: below the call-out gap");
    if (c.over.empty() && c.under.empty())
        return "You scored yourself within one point of " + ref + " " + every_dimension(c.compared) + ", " + in_total +
               ": " + bias_phrase(c.bias, false) + ".";
    return "You scored yourself " +
           (c.total_gap == 0 ? "the same as " + ref : points(std::abs(c.total_gap)) + side + ref) +
           " in total, with no steady bias either way; single dimensions differ by " + std::to_string(kCalloutGap) +
           " or more.";
}

AverageCalibration average_calibration(const std::vector<Calibration>& sessions) {
    AverageCalibration a;
    a.sessions = static_cast<int>(sessions.size());
    if (sessions.empty()) return a;
    std::array<int, kDimensionCount> sum{}, n{};
    int total = 0;
    for (const auto& c : sessions) {
        total += c.total_gap;
        for (std::size_t i = 0; i < kDimensionCount; ++i)
            if (c.gap[i]) {
                sum[i] += *c.gap[i];
                ++n[i];
            }
    }
    a.total_gap = static_cast<double>(total) / a.sessions;
    double sum_of_means = 0;
    for (std::size_t i = 0; i < kDimensionCount; ++i) {
        if (n[i] == 0) continue;
        double mean = static_cast<double>(sum[i]) / n[i];
        a.gap[i] = mean;
        sum_of_means += mean;
        ++a.compared;
        if (mean > 0) ++a.dimensions_over;
        if (mean < 0) ++a.dimensions_under;
    }
    if (a.compared == 0) return a;
    a.mean_gap = sum_of_means / a.compared;
    a.bias = bias_of(a.mean_gap, a.dimensions_over, a.dimensions_under);
    a.steady = steady_bias(a.bias, a.dimensions_over, a.dimensions_under);
    return a;
}

std::string average_verdict(const AverageCalibration& a, std::string_view reference, std::string_view kind) {
    const std::string ref(reference);
    const std::string over = std::to_string(a.sessions) + " " + std::string(kind) + (a.sessions == 1 ? "" : "s");
    const std::string amount = fixed_decimals(std::fabs(a.total_gap), 1);
    const bool level = amount == fixed_decimals(0, 1);
    std::string out =
        "Over " + over + " you scored yourself " +
        (level ? "the same as " + ref : amount + " points" + (a.total_gap > 0 ? " above " : " below ") + ref) +
        " on average";
    std::vector<std::string> sides;
    if (a.dimensions_over > 0) sides.push_back("higher on " + std::to_string(a.dimensions_over));
    if (a.dimensions_under > 0) sides.push_back("lower on " + std::to_string(a.dimensions_under));
    if (!sides.empty()) out += " (" + join(sides, ", ") + " of " + std::to_string(a.compared) + " dimensions)";
    return out + ": " + bias_phrase(a.bias, a.steady) + ".";
}

} // namespace sdmock
