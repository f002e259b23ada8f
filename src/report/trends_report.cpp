#include "report/trends_report.hpp"

#include "core/csv.hpp"
#include "core/json.hpp"
#include "core/text.hpp"
#include "report/session_view.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>

namespace sdmock {
namespace {

/// `v` with `decimals` places, halves rounded away from zero as a person (or sqlite3) would:
/// averages like 36.175 are stored as 36.17499999... in binary, so nudge them before printing.
std::string fixed(double v, int decimals = 2) {
    char buf[32];
    double nudged = v + std::copysign(1e-9, v);
    std::snprintf(buf, sizeof buf, "%.*f", decimals, std::fabs(nudged) < 0.5 * std::pow(10.0, -decimals) ? 0.0 : nudged);
    return buf;
}

std::string signed_fixed(double v, int decimals = 2) {
    std::string text = fixed(v, decimals);
    return v >= 0.005 ? std::string("+").append(text) : text;
}

std::string week_label(const IsoWeek& w) { return to_string(w); }

/// Each dimension's weekly averages over the window (nullopt for weeks without mocks).
std::vector<std::optional<double>> series(const Trends& t, std::size_t dim) {
    std::vector<std::optional<double>> out;
    for (const auto& w : t.window) {
        auto it = std::find_if(t.weeks.begin(), t.weeks.end(), [&](const WeekRow& r) { return r.week == w; });
        out.push_back(it == t.weeks.end() ? std::nullopt : std::optional<double>(it->dimension_avg[dim]));
    }
    return out;
}

const std::string& dim_name(const ReportContext& c, std::size_t i) { return c.content->rubric.dimensions[i].name; }

/// The ids of the problems to practise a dimension with: core's least recently practised first.
std::vector<std::string> problems_for(const ReportContext& c, const std::string& dim) {
    std::vector<std::string> out;
    for (const Problem* p : least_recent_for(c.content->problems, dim, c.practice, kSuggestedProblems))
        out.push_back(p->id);
    return out;
}

std::string colour(const std::string& text, double delta, bool on) {
    if (!on || std::fabs(delta) < 0.005) return text;
    return (delta > 0 ? "\033[32m" : "\033[31m") + text + "\033[0m";
}

void weakest_findings(const Trends& t, const ReportContext& c, std::vector<std::string>& out) {
    if (t.lowest.empty()) return;
    std::vector<std::string> names;
    for (auto i : t.lowest) names.push_back(dim_name(c, i) + " " + fixed(*t.dimension_avg[i], 1));
    out.push_back("Weakest: " + join(names, ", ") + ". Work on these first:");
    for (auto i : t.lowest) {
        const Dimension& d = c.content->rubric.dimensions[i];
        auto problems = problems_for(c, d.id);
        out.push_back("  " + d.name + ": study " + study_hint(d, *c.content) + "; practise " +
                      (problems.empty() ? "it in every mock (the 25-minute drill, --plan mini-25, is quickest)"
                                        : join(problems, ", ")) +
                      ".");
    }
    out.push_back("  Or let sdmock choose: sdmock start --weakest");
}

std::string phase_name(const ReportContext& c, const std::string& id) {
    for (const auto& plan : c.content->plans)
        for (const auto& ph : plan.phases)
            if (ph.id == id) return ph.name;
    return id;
}

void pacing_findings(const Trends& t, std::vector<std::string>& out, const ReportContext& c) {
    if (!t.most_overrun) {
        if (!t.pacing.empty()) out.push_back("Pacing: no phase ran over on average. Keep it that way.");
        return;
    }
    std::vector<std::string> over;
    for (const auto& p : t.pacing)
        if (p.average_over >= kOverrunWorthSaying)
            over.push_back(phase_name(c, p.phase) + " by " + clock_text(p.average_over) + " (planned " +
                           clock_text(p.planned) + ")");
    out.push_back("Pacing: phases run over on average: " + join(over, "; ") + ". " +
                  phase_name(c, t.pacing[*t.most_overrun].phase) +
                  " overruns most: when its clock turns to overtime, wrap up and move on.");
}

} // namespace

std::string sparkline(const std::vector<std::optional<double>>& values) {
    static const char* kBars[] = {"▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"};
    std::string out;
    for (const auto& v : values) {
        if (!v) {
            out += " ";
            continue;
        }
        double level = std::clamp((*v - 1.0) / 4.0, 0.0, 1.0) * 7.0;
        out += kBars[static_cast<int>(std::lround(level))];
    }
    return out;
}

std::vector<std::string> trend_findings(const Trends& t, const ReportContext& c) {
    std::vector<std::string> out;
    if (t.mocks == 0) {
        out.push_back("No scored mocks in these weeks. Start one with `sdmock start` (or `sdmock` for the menu).");
        return out;
    }
    weakest_findings(t, c, out);
    if (t.best)
        out.push_back("Best: " + std::to_string(t.best->total) + "/60 on " + to_string(t.best->date) + " (" +
                      t.best->problem + ")" + (t.best->all_time ? ", your best ever." : "."));
    std::vector<std::string> last;
    for (int total : t.last_totals) last.push_back(std::to_string(total));
    if (t.ready)
        out.push_back("Readiness: your last three mocks scored " + join(last, ", ") +
                      ", all 48 or more: ready for most senior loops. Keep a mock a week to stay there.");
    else if (t.last_totals.size() == 3)
        out.push_back("Readiness: your last three mocks scored " + join(last, ", ") +
                      "; 48 or more three times in a row is the mark.");
    else
        out.push_back("Readiness: fewer than three scored mocks so far; 48 or more three times in a row is the mark.");
    if (!t.plateau.empty())
        out.push_back("Plateau: " + week_label(t.plateau.front()) + " to " + week_label(t.plateau.back()) +
                      " moved by less than a point a week. Change the format: a harder problem (difficulty 3, e.g. "
                      "google-docs, zoom, payment-wallet) or the 25-minute drill (--plan mini-25).");
    pacing_findings(t, out, c);
    if (t.calibration_total_gap) {
        std::size_t most = 0;
        for (std::size_t i = 1; i < kDimensionCount; ++i)
            if (std::fabs(*t.calibration_gap[i]) > std::fabs(*t.calibration_gap[most])) most = i;
        out.push_back("Calibration: over " + std::to_string(t.paired_mocks) + " paired mock" +
                      (t.paired_mocks == 1 ? "" : "s") + " you scored yourself " + signed_fixed(*t.calibration_total_gap, 1) +
                      " against the interviewer in total; the widest gap is " + dim_name(c, most) + " (" +
                      signed_fixed(*t.calibration_gap[most], 1) + ")." +
                      (*t.calibration_total_gap >= 2 ? " Score yourself more harshly." : ""));
    }
    return out;
}

std::string render_trends_text(const Trends& t, const ReportContext& c) {
    std::string out = "sdmock report · " + week_label(t.first_week) + " to " + week_label(t.last_week) + " · " +
                      std::string(to_string(t.scorer)) + " scores · " + std::to_string(t.mocks) + " mock" +
                      (t.mocks == 1 ? "" : "s") + "\n\n";
    if (!t.weeks.empty()) {
        out += fit("Week", 10) + fit("Mocks", 7) + fit("Avg", 7) + fit("Min", 5) + fit("Max", 5) + "Change\n";
        for (const auto& w : t.weeks) {
            std::string delta = w.delta ? colour(signed_fixed(*w.delta), *w.delta, c.color) : "";
            char row[96];
            std::snprintf(row, sizeof row, "%-10s%5d  %5s  %3d  %3d  ", week_label(w.week).c_str(), w.mocks,
                          fixed(w.avg_total, 1).c_str(), w.min_total, w.max_total);
            out += row + delta + "\n";
        }
        out += "\n" + fit("Dimension", 28) + fit(week_label(t.first_week).substr(5) + " to " + week_label(t.last_week).substr(5),
                                                  std::max(12, static_cast<int>(t.window.size()) + 2)) +
               "Avg\n";
        for (std::size_t i = 0; i < kDimensionCount; ++i) {
            std::string spark = sparkline(series(t, i));
            out += fit(dim_name(c, i), 28) + fit(spark, std::max(12, static_cast<int>(t.window.size()) + 2)) +
                   (t.dimension_avg[i] ? fixed(*t.dimension_avg[i], 1) : "-") + "\n";
        }
        out += "\n";
    }
    out += "What to do next\n";
    for (const auto& f : trend_findings(t, c)) {
        bool sub = f.rfind("  ", 0) == 0;
        auto lines = wrap(sub ? f.substr(2) : f, c.width - (sub ? 6 : 2));
        for (std::size_t i = 0; i < lines.size(); ++i)
            out += (sub ? (i == 0 ? "    " : "      ") : (i == 0 ? "- " : "  ")) + lines[i] + "\n";
    }
    return out;
}

std::string render_trends_markdown(const Trends& t, const ReportContext& c) {
    std::string out = "# sdmock report: " + week_label(t.first_week) + " to " + week_label(t.last_week) + "\n\n";
    out += std::to_string(t.mocks) + " scored mock" + (t.mocks == 1 ? "" : "s") + ", " + std::string(to_string(t.scorer)) +
           " scores.\n\n## Weeks\n\n| Week | Mocks | Avg | Min | Max | Change |\n|---|---:|---:|---:|---:|---:|\n";
    for (const auto& w : t.weeks)
        out += "| " + week_label(w.week) + " | " + std::to_string(w.mocks) + " | " + fixed(w.avg_total) + " | " +
               std::to_string(w.min_total) + " | " + std::to_string(w.max_total) + " | " +
               (w.delta ? signed_fixed(*w.delta) : "") + " |\n";
    out += "\n## Dimensions\n\n| Dimension | Trend | Average |\n|---|---|---:|\n";
    for (std::size_t i = 0; i < kDimensionCount; ++i)
        out += "| " + dim_name(c, i) + " | `" + sparkline(series(t, i)) + "` | " +
               (t.dimension_avg[i] ? fixed(*t.dimension_avg[i]) : "") + " |\n";
    out += "\n## What to do next\n\n";
    for (const auto& f : trend_findings(t, c)) out += (f.rfind("  ", 0) == 0 ? "  - " + f.substr(2) : "- " + f) + "\n";
    return out;
}

std::string render_trends_csv(const Trends& t) {
    std::vector<std::string> header{"week", "mocks", "avg_total", "min_total", "max_total", "delta"};
    for (auto d : kDimensionIds) header.emplace_back(d);
    std::string out = csv_row(header);
    for (const auto& w : t.weeks) {
        std::vector<std::string> row{week_label(w.week), std::to_string(w.mocks), fixed(w.avg_total),
                                     std::to_string(w.min_total), std::to_string(w.max_total),
                                     w.delta ? fixed(*w.delta) : ""};
        for (double avg : w.dimension_avg) row.push_back(fixed(avg));
        out += csv_row(row);
    }
    return out;
}

std::string render_trends_json(const Trends& t, const ReportContext& c) {
    JsonWriter json;
    json.begin_object();
    json.key("scorer").value(to_string(t.scorer));
    json.key("from").value(week_label(t.first_week)).key("to").value(week_label(t.last_week));
    json.key("mocks").value(t.mocks);
    json.key("weeks").begin_array();
    for (const auto& w : t.weeks) {
        json.begin_object().key("week").value(week_label(w.week)).key("starts").value(to_string(w.first_day));
        json.key("mocks").value(w.mocks).key("avg_total").value(w.avg_total);
        json.key("min_total").value(w.min_total).key("max_total").value(w.max_total);
        json.key("delta");
        if (w.delta) json.value(*w.delta);
        else json.null();
        json.key("dimensions").begin_object();
        for (std::size_t i = 0; i < kDimensionCount; ++i) json.key(kDimensionIds[i]).value(w.dimension_avg[i]);
        json.end_object().end_object();
    }
    json.end_array();
    json.key("dimensions").begin_object();
    for (std::size_t i = 0; i < kDimensionCount; ++i) {
        json.key(kDimensionIds[i]).begin_object();
        json.key("average");
        if (t.dimension_avg[i]) json.value(*t.dimension_avg[i]);
        else json.null();
        json.key("sparkline").value(sparkline(series(t, i)));
        json.key("calibration_gap");
        if (t.calibration_gap[i]) json.value(*t.calibration_gap[i]);
        else json.null();
        json.end_object();
    }
    json.end_object();
    std::vector<std::string> lowest;
    for (auto i : t.lowest) lowest.emplace_back(kDimensionIds[i]);
    json.key("lowest").string_array(lowest);
    json.key("best");
    if (t.best)
        json.begin_object().key("total").value(t.best->total).key("session").value(static_cast<std::int64_t>(t.best->session))
            .key("date").value(to_string(t.best->date)).key("problem").value(t.best->problem)
            .key("all_time").value(t.best->all_time).end_object();
    else
        json.null();
    json.key("last_totals").int_array(t.last_totals).key("ready").value(t.ready);
    std::vector<std::string> plateau;
    for (const auto& w : t.plateau) plateau.push_back(week_label(w));
    json.key("plateau").string_array(plateau);
    json.key("pacing").begin_array();
    for (const auto& p : t.pacing)
        json.begin_object().key("phase").value(p.phase).key("sessions").value(p.sessions)
            .key("planned_s").value(static_cast<double>(p.planned.count()) / 1000.0)
            .key("average_actual_s").value(static_cast<double>(p.average_actual.count()) / 1000.0)
            .key("average_over_s").value(static_cast<double>(p.average_over.count()) / 1000.0).end_object();
    json.end_array();
    json.key("most_overrun");
    if (t.most_overrun) json.value(t.pacing[*t.most_overrun].phase);
    else json.null();
    json.key("paired_mocks").value(t.paired_mocks);
    json.key("calibration_total_gap");
    if (t.calibration_total_gap) json.value(*t.calibration_total_gap);
    else json.null();
    json.key("findings").string_array(trend_findings(t, c));
    json.end_object();
    return json.str();
}

} // namespace sdmock
