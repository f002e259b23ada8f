#include "core/estimate_drill.hpp"

#include "core/random.hpp"
#include "core/text.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>

namespace sdmock {
namespace {

constexpr double kDaySeconds = 86'400;
constexpr double kCacheShare = 0.2;
constexpr double kMaxUsers = 1e9;

/// The nearest "round" number a person would state: 1, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 times a
/// power of ten (in log space), never below `floor`.
double nice(double x, double floor = 1) {
    static constexpr std::array<double, 10> kMantissas{1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10};
    x = std::max(x, floor);
    double power = std::pow(10.0, std::floor(std::log10(x)));
    double best = power;
    double best_gap = 1e300;
    for (double m : kMantissas) {
        double gap = std::fabs(std::log(x / (m * power)));
        if (gap < best_gap) {
            best_gap = gap;
            best = m * power;
        }
    }
    return std::round(best) >= 1 ? std::round(best) : best;
}

/// `base` times a seeded factor between 1/4 and 4 (uniform in log space), made round.
double vary(double base, SeededRandom& rng, double floor = 1) {
    double factor = std::exp((rng.unit() * 2 - 1) * std::log(4.0));
    return nice(base * factor, floor);
}

template <std::size_t N> double pick(const std::array<double, N>& options, SeededRandom& rng) {
    return options[static_cast<std::size_t>(rng.below(N))];
}

/// 20,000,000 for a given (they are whole numbers but for a fraction of a byte, never here).
std::string plain(double v) {
    char buf[48];
    if (std::fabs(v - std::round(v)) > 1e-9) {
        std::snprintf(buf, sizeof buf, "%g", v);
        return buf;
    }
    std::snprintf(buf, sizeof buf, "%.0f", v);
    std::string digits = buf;
    std::string out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
        out += digits[i];
    }
    return out;
}

/// Three significant digits.
double round_to(double v) {
    if (v <= 0) return v;
    double scale = std::pow(10.0, std::floor(std::log10(v)) - 2);
    return std::round(v / scale) * scale;
}

std::string size(double bytes) {
    return format_quantity(bytes, QuantityKind::bytes);
}

EstimateExercise qps_exercise(const ProblemScale& s, SeededRandom& rng, bool peak) {
    static constexpr std::array<double, 7> kPerUser{1, 2, 5, 10, 20, 50, 100};
    static constexpr std::array<double, 5> kPeaks{2, 3, 4, 5, 10};
    EstimateExercise e;
    e.kind = peak ? "peak_qps" : "qps";
    e.problem = s.id;
    e.unit = QuantityKind::rate;
    double per_user = pick(kPerUser, rng);
    double target = vary(s.qps, rng);
    double dau = nice(target * kDaySeconds / per_user, 1000);
    while (dau > kMaxUsers && per_user < 1000) { // more requests per user rather than more users than exist
        per_user *= 10;
        dau = nice(target * kDaySeconds / per_user, 1000);
    }
    dau = std::min(dau, kMaxUsers);
    double qps = dau * per_user / kDaySeconds;
    e.givens = {{"dau", dau}, {"requests_per_user_per_day", per_user}};
    e.question = s.title + ": " + plain(dau) + " daily active users send " + plain(per_user) + " request" +
                 (per_user == 1 ? "" : "s") + " each a day.";
    e.working = plain(dau) + " x " + plain(per_user) + " / 86,400 s = " + format_quantity(qps, QuantityKind::rate);
    if (!peak) {
        e.question += " What is the average request rate?";
        e.answer = qps;
        return e;
    }
    double factor = pick(kPeaks, rng);
    e.givens.emplace_back("peak_factor", factor);
    e.question += " The busiest hour runs at " + plain(factor) + "x the average. What is the peak request rate?";
    e.answer = qps * factor;
    e.working += "; x " + plain(factor) + " at peak = " + format_quantity(e.answer, QuantityKind::rate);
    return e;
}

EstimateExercise storage_exercise(const ProblemScale& s, SeededRandom& rng) {
    static constexpr std::array<double, 6> kRetention{30, 90, 365, 730, 1095, 1825};
    static constexpr std::array<double, 3> kReplicas{1, 2, 3};
    EstimateExercise e;
    e.kind = "storage";
    e.problem = s.id;
    e.unit = QuantityKind::bytes;
    double object = vary(s.object_bytes, rng, 10);
    double per_day = vary(s.qps * kDaySeconds / 10, rng, 1000);
    double days = pick(kRetention, rng);
    double replicas = pick(kReplicas, rng);
    e.givens = {
        {"object_bytes", object}, {"objects_per_day", per_day}, {"retention_days", days}, {"replicas", replicas}};
    e.answer = object * per_day * days * replicas;
    e.question = s.title + ": " + plain(per_day) + " new objects a day of " + size(object) + " each, kept " +
                 plain(days) + " days in " + plain(replicas) + (replicas == 1 ? " copy" : " copies") +
                 ". How much storage does that take?";
    e.working = size(object) + " x " + plain(per_day) + "/day x " + plain(days) + " days x " + plain(replicas) + " = " +
                size(e.answer);
    return e;
}

EstimateExercise bandwidth_exercise(const ProblemScale& s, SeededRandom& rng) {
    EstimateExercise e;
    e.kind = "bandwidth";
    e.problem = s.id;
    e.unit = QuantityKind::byte_rate;
    double qps = vary(s.qps, rng);
    double payload = vary(s.object_bytes * 4, rng, 100);
    e.givens = {{"qps", qps}, {"payload_bytes", payload}};
    e.answer = qps * payload;
    e.question = s.title + ": " + plain(qps) + " requests a second, each moving " + size(payload) +
                 ". What bandwidth does that take?";
    e.working = plain(qps) + "/s x " + size(payload) + " = " + format_quantity(e.answer, QuantityKind::byte_rate) +
                ", x 8 = " + format_number(round_to(e.answer * 8 / 1e9)) + " Gbps";
    return e;
}

EstimateExercise cache_exercise(const ProblemScale& s, SeededRandom& rng) {
    EstimateExercise e;
    e.kind = "cache";
    e.problem = s.id;
    e.unit = QuantityKind::bytes;
    double reads = vary(s.qps * kDaySeconds, rng, 1000);
    double object = vary(s.object_bytes, rng, 10);
    e.givens = {{"reads_per_day", reads}, {"object_bytes", object}};
    e.answer = kCacheShare * reads * object;
    e.question = s.title + ": " + plain(reads) + " reads a day of " + size(object) +
                 " objects. How much memory holds the hottest 20% of a day's reads?";
    e.working = "0.2 x " + plain(reads) + " x " + size(object) + " = " + size(e.answer);
    return e;
}

} // namespace

ProblemScale scale_of(const Problem& problem) {
    ProblemScale s;
    s.id = problem.id;
    s.title = problem.title;
    std::vector<double> rates;
    for (const auto& e : problem.key.estimates) {
        auto q = reference_quantity(e.value, e.unit);
        if (q.quantity && q.quantity->kind == QuantityKind::rate) rates.push_back(q.quantity->value);
    }
    if (!rates.empty()) {
        std::sort(rates.begin(), rates.end());
        s.qps = rates[rates.size() / 2];
    }
    for (const auto& given : problem.key.givens) {
        // "about 500 B per stored link": try each number with the word after it.
        std::vector<std::string> words;
        std::string cur;
        for (char c : given + " ") {
            if (c == ' ') {
                if (!cur.empty()) words.push_back(cur);
                cur.clear();
            } else {
                cur += c;
            }
        }
        for (std::size_t i = 0; i + 1 < words.size(); ++i) {
            if (words[i].empty() || words[i][0] < '0' || words[i][0] > '9') continue;
            auto q = parse_quantity(words[i] + " " + words[i + 1], QuantityKind::bytes);
            if (q.quantity && q.quantity->value < 1e8) {
                s.object_bytes = q.quantity->value;
                return s;
            }
        }
    }
    return s;
}

std::vector<EstimateExercise> estimate_exercises(const std::vector<ProblemScale>& scales, std::uint64_t seed,
                                                 int count) {
    std::vector<EstimateExercise> out;
    if (scales.empty()) return out;
    SeededRandom rng(seed);
    auto first = static_cast<std::size_t>(rng.below(kDrillKinds.size()));
    for (int i = 0; i < count; ++i) {
        const ProblemScale& s = scales[static_cast<std::size_t>(rng.below(scales.size()))];
        std::string_view kind = kDrillKinds[(first + static_cast<std::size_t>(i)) % kDrillKinds.size()];
        if (kind == "qps" || kind == "peak_qps")
            out.push_back(qps_exercise(s, rng, kind == "peak_qps"));
        else if (kind == "storage")
            out.push_back(storage_exercise(s, rng));
        else if (kind == "bandwidth")
            out.push_back(bandwidth_exercise(s, rng));
        else
            out.push_back(cache_exercise(s, rng));
    }
    return out;
}

double given_value(const EstimateExercise& exercise, std::string_view name) {
    for (const auto& [n, v] : exercise.givens)
        if (n == name) return v;
    return 0;
}

} // namespace sdmock
