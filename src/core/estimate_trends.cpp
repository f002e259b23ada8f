#include "core/estimate_trends.hpp"

#include "core/estimate_drill.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>

namespace sdmock {
namespace {

double median(std::vector<double> v) {
    if (v.empty()) return 1;
    std::sort(v.begin(), v.end());
    std::size_t n = v.size();
    return n % 2 == 1 ? v[n / 2] : std::sqrt(v[n / 2 - 1] * v[n / 2]); // the geometric middle of the two
}

std::string bias_of(const std::string& kind, const std::vector<double>& ratios, double med) {
    if (static_cast<int>(ratios.size()) < kBiasMinimum) return {};
    bool high = med >= kBiasFactor;
    bool low = med <= 1 / kBiasFactor;
    if (!high && !low) return {};
    auto leaning = std::count_if(ratios.begin(), ratios.end(), [&](double r) { return high ? r > 1 : r < 1; });
    if (static_cast<double>(leaning) < kBiasShare * static_cast<double>(ratios.size())) return {};
    double factor = high ? med : 1 / med;
    char buf[32];
    std::snprintf(buf, sizeof buf, factor < 10 ? "%.1f" : "%.0f", factor);
    std::string shown = buf;
    if (shown.size() > 2 && shown.substr(shown.size() - 2) == ".0") shown.resize(shown.size() - 2);
    return "your " + kind_label(kind) + " estimates run " + shown + "x " + (high ? "high" : "low");
}

} // namespace

std::string kind_label(std::string_view kind) {
    if (kind == "qps") return "QPS";
    if (kind == "peak_qps") return "peak QPS";
    return std::string(kind);
}

EstimationTrends estimation_trends(const std::vector<EstimateRecord>& records, const TrendOptions& options) {
    EstimationTrends out;
    IsoWeek last = week_of(options.until, options.week_start);
    Date first_date = civil_from_days(days_from_civil(first_day(last, options.week_start)) - 7LL * (options.weeks - 1));
    IsoWeek first = week_of(first_date, options.week_start);
    std::map<IsoWeek, EstimationWeek> weeks;
    std::map<std::string, std::vector<double>> ratios;
    std::map<std::string, int> on_target;
    // A mock's later estimate of the same name corrects the earlier one: only the latest counts.
    std::map<std::pair<std::int64_t, std::string>, std::size_t> latest;
    for (std::size_t i = 0; i < records.size(); ++i)
        if (records[i].session != 0) latest[{records[i].session, records[i].name}] = i;
    for (std::size_t i = 0; i < records.size(); ++i) {
        const EstimateRecord& r = records[i];
        if (r.session != 0 && latest[{r.session, r.name}] != i) continue;
        if (r.practice && !options.include_practice) continue;
        auto date = parse_date(r.recorded_at.substr(0, 10));
        if (!date) continue;
        IsoWeek w = week_of(*date, options.week_start);
        if (w < first || last < w) continue;
        bool hit = r.verdict() == Verdict::on_target;
        auto& row = weeks[w];
        row.week = w;
        ++row.estimates;
        row.on_target += hit ? 1 : 0;
        ++out.estimates;
        out.on_target += hit ? 1 : 0;
        ratios[r.kind].push_back(r.ratio());
        on_target[r.kind] += hit ? 1 : 0;
    }
    for (auto& [week, row] : weeks)
        out.weeks.push_back(row);
    std::vector<std::string> order(kDrillKinds.begin(), kDrillKinds.end());
    order.emplace_back("count");
    for (const auto& kind : order) {
        auto it = ratios.find(kind);
        if (it == ratios.end()) continue;
        EstimationKind k;
        k.kind = kind;
        k.estimates = static_cast<int>(it->second.size());
        k.on_target = on_target[kind];
        k.median_ratio = median(it->second);
        k.bias = bias_of(kind, it->second, k.median_ratio);
        out.kinds.push_back(k);
    }
    return out;
}

} // namespace sdmock
