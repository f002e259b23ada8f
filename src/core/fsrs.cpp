#include "core/fsrs.hpp"

#include <algorithm>
#include <cmath>

namespace sdmock::fsrs {
namespace {

constexpr double kMinStability = 0.001;
constexpr double kMaxStability = 36500;

/// Rounded to 8 decimals at the same steps as the reference implementation, so that the figures
/// agree to the last digit shown rather than drifting in the ninth.
double round8(double x) {
    return std::round(x * 1e8) / 1e8;
}

double decay(const Parameters& p) {
    return -p.w[20];
}

double factor(const Parameters& p) {
    return round8(std::exp(std::log(0.9) / decay(p)) - 1);
}

double initial_stability(const Parameters& p, Grade g) {
    return std::max(p.w[static_cast<std::size_t>(static_cast<int>(g) - 1)], 0.1);
}

double initial_difficulty(const Parameters& p, Grade g) {
    return round8(p.w[4] - std::exp((static_cast<int>(g) - 1) * p.w[5]) + 1);
}

double next_difficulty(const Parameters& p, double d, Grade g) {
    double delta = -p.w[6] * (static_cast<int>(g) - 3);
    double damped = d + round8(delta * (10 - d) / 9);
    double reverted = round8(p.w[7] * initial_difficulty(p, Grade::easy) + (1 - p.w[7]) * damped);
    return std::clamp(reverted, 1.0, 10.0);
}

double recall_stability(const Parameters& p, double d, double s, double r, Grade g) {
    double hard = g == Grade::hard ? p.w[15] : 1;
    double easy = g == Grade::easy ? p.w[16] : 1;
    double grown =
        s * (1 + std::exp(p.w[8]) * (11 - d) * std::pow(s, -p.w[9]) * (std::exp((1 - r) * p.w[10]) - 1) * hard * easy);
    return round8(std::clamp(grown, kMinStability, kMaxStability));
}

double forget_stability(const Parameters& p, double d, double s, double r) {
    double after = p.w[11] * std::pow(d, -p.w[12]) * (std::pow(s + 1, p.w[13]) - 1) * std::exp((1 - r) * p.w[14]);
    after = round8(std::clamp(after, kMinStability, kMaxStability));
    // Without same-day steps a lapse never raises stability.
    return std::min(std::max(s, kMinStability), after);
}

int raw_interval(const Parameters& p, double stability) {
    double modifier = round8((std::pow(p.retention, 1 / decay(p)) - 1) / factor(p));
    auto days = static_cast<int>(std::lround(stability * modifier));
    return std::min(std::max(1, days), p.max_interval);
}

} // namespace

std::optional<Grade> grade_from(int value) {
    if (value < 1 || value > 4) return std::nullopt;
    return static_cast<Grade>(value);
}

double retrievability(const Parameters& p, double elapsed_days, double stability) {
    return round8(std::pow(1 + factor(p) * elapsed_days / stability, decay(p)));
}

Memory next_memory(const Parameters& p, const std::optional<Memory>& before, int elapsed_days, Grade grade) {
    if (!before) return {initial_stability(p, grade), std::clamp(initial_difficulty(p, grade), 1.0, 10.0)};
    double r = retrievability(p, std::max(elapsed_days, 0), before->stability);
    double s = grade == Grade::again ? forget_stability(p, before->difficulty, before->stability, r)
                                     : recall_stability(p, before->difficulty, before->stability, r, grade);
    return {s, next_difficulty(p, before->difficulty, grade)};
}

int next_interval(const Parameters& p, const std::optional<Memory>& before, int elapsed_days, Grade grade) {
    std::array<int, 4> days{};
    for (int g = 1; g <= 4; ++g)
        days[static_cast<std::size_t>(g - 1)] =
            raw_interval(p, next_memory(p, before, elapsed_days, static_cast<Grade>(g)).stability);
    days[0] = std::min(days[0], days[1]);
    for (std::size_t i = 1; i < days.size(); ++i)
        days[i] = std::max(days[i], days[i - 1] + 1);
    return std::min(days[static_cast<std::size_t>(static_cast<int>(grade) - 1)], p.max_interval);
}

ItemState review(const Parameters& p, const ItemState& state, const ReviewLog& log) {
    ItemState next = state;
    int elapsed = state.memory ? static_cast<int>(std::max(0LL, log.day - state.last_day)) : 0;
    next.memory = next_memory(p, state.memory, elapsed, log.grade);
    next.interval = next_interval(p, state.memory, elapsed, log.grade);
    if (state.memory && log.grade == Grade::again) ++next.lapses;
    ++next.reps;
    next.last_review = log.at;
    next.last_day = log.day;
    // The clock's time points end in 2262: a due time past the end is held at the end.
    auto step = std::chrono::duration_cast<WallTime::duration>(std::chrono::hours(24)) * next.interval;
    next.due = log.at > WallTime::max() - step ? WallTime::max() : log.at + step;
    return next;
}

ItemState replay(const Parameters& p, const std::vector<ReviewLog>& logs) {
    ItemState state;
    for (const auto& log : logs)
        state = review(p, state, log);
    return state;
}

} // namespace sdmock::fsrs
