#include "report/trends_report.hpp"

#include "report/estimate_view.hpp"

#include "core/csv.hpp"
#include "core/json.hpp"
#include "core/terminal_text.hpp"
#include "core/text.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace sdmock {
namespace {

std::string week_label(const IsoWeek& w) {
    return to_string(w);
}

/// Each dimension's weekly averages over the window (nullopt for weeks without mocks).
std::vector<std::optional<double>> series(const Trends& t, std::size_t dim) {
    std::vector<std::optional<double>> out;
    for (const auto& w : t.window) {
        auto it = std::find_if(t.weeks.begin(), t.weeks.end(), [&](const WeekRow& r) { return r.week == w; });
        out.push_back(it == t.weeks.end() ? std::nullopt : std::optional<double>(it->dimension_avg[dim]));
    }
    return out;
}

const std::string& dim_name(const ReportContext& c, std::size_t i) {
    return c.content->rubric.dimensions[i].name;
}

/// Width of the text report's sparkline column: room for the window's weeks and its heading.
int trend_column(const Trends& t) {
    constexpr int kHeadingWidth = 12; // "W42 to W49" and two spaces
    return std::max(kHeadingWidth, static_cast<int>(t.window.size()) + 2);
}

std::string colour(const std::string& text, double delta, bool on) {
    if (!on || std::fabs(delta) < 0.005) return text;
    return (delta > 0 ? "\033[32m" : "\033[31m") + text + "\033[0m";
}

/// Each finding as a bullet (`- `) with its details under it (`    `), wrapped to the width.
std::string findings_text(const std::vector<Finding>& findings, int width) {
    std::string out;
    auto add = [&](const std::string& text, int room, const char* first, const char* rest) {
        auto lines = wrap(text, room);
        for (std::size_t i = 0; i < lines.size(); ++i)
            out += (i == 0 ? first : rest) + lines[i] + "\n";
    };
    for (const auto& f : findings) {
        add(f.headline, width - 2, "- ", "  ");
        for (const auto& d : f.details)
            add(d, width - 6, "    ", "      ");
    }
    return out;
}

/// The findings as the JSON's list of strings: each headline, then its details indented by two.
std::vector<std::string> findings_json(const std::vector<Finding>& findings) {
    std::vector<std::string> out;
    for (const auto& f : findings) {
        out.push_back(f.headline);
        for (const auto& d : f.details)
            out.push_back("  " + d);
    }
    return out;
}

/// An averaged calibration as JSON: the bias rule's figures and its verdict, or null.
void calibration_json(JsonWriter& json, const std::optional<AverageCalibration>& a) {
    if (!a) {
        json.null();
        return;
    }
    json.begin_object();
    json.key("sessions").value(a->sessions).key("total_gap").value(a->total_gap).key("mean_gap").value(a->mean_gap);
    json.key("bias").value(to_string(a->bias)).key("steady").value(a->steady);
    json.key("dimensions_over").value(a->dimensions_over).key("dimensions_under").value(a->dimensions_under);
    json.key("compared").value(a->compared);
    json.key("verdict").value(average_verdict(*a, "the interviewer"));
    json.end_object();
}

} // namespace

namespace {

std::string drill_note(const Trends& t) {
    if (t.drill_mocks == 0) return "";
    return std::to_string(t.drill_mocks) + " drill" + (t.drill_mocks == 1 ? "" : "s") +
           " (one phase run on its own) left out: the trends are of full mocks.";
}

} // namespace

std::string practice_note(const Trends& t) {
    std::string drills = drill_note(t);
    if (t.practice_mocks == 0) return drills;
    std::string runs = std::to_string(t.practice_mocks) + " practice session" + (t.practice_mocks == 1 ? "" : "s");
    std::string note = t.include_practice ? "Counts " + runs + " (--include-practice)."
                                          : runs + " left out; `sdmock report --include-practice` counts " +
                                                (t.practice_mocks == 1 ? "it." : "them.");
    return drills.empty() ? note : note + " " + drills;
}

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

std::string render_trends_text(const Trends& t, const ReportContext& c) {
    std::string out = "sdmock report · " + week_label(t.first_week) + " to " + week_label(t.last_week) + " · " +
                      std::string(to_string(t.scorer)) + " scores · " + std::to_string(t.mocks) + " mock" +
                      (t.mocks == 1 ? "" : "s") + "\n";
    if (auto note = practice_note(t); !note.empty()) out += note + "\n";
    out += "\n";
    if (!t.weeks.empty()) {
        out += fit("Week", 10) + fit("Mocks", 7) + fit("Avg", 7) + fit("Min", 5) + fit("Max", 5) + "Change\n";
        for (const auto& w : t.weeks) {
            std::string delta = w.delta ? colour(signed_decimals(*w.delta), *w.delta, c.color) : "";
            char row[96];
            std::snprintf(row, sizeof row, "%-10s%5d  %5s  %3d  %3d  ", week_label(w.week).c_str(), w.mocks,
                          fixed_decimals(w.avg_total, 1).c_str(), w.min_total, w.max_total);
            out += row + delta + "\n";
        }
        out += "\n" + fit("Dimension", 28) +
               fit(week_label(t.first_week).substr(5) + " to " + week_label(t.last_week).substr(5), trend_column(t)) +
               "Avg\n";
        for (std::size_t i = 0; i < kDimensionCount; ++i) {
            std::string spark = sparkline(series(t, i));
            out += fit(dim_name(c, i), 28) + fit(spark, trend_column(t)) +
                   (t.dimension_avg[i] ? fixed_decimals(*t.dimension_avg[i], 1) : "-") + "\n";
        }
        out += "\n";
    }
    if (c.estimation != nullptr)
        if (auto lines = estimation_trend_lines(*c.estimation, c.width); !lines.empty())
            out += join(lines, "\n") + "\n\n";
    if (!c.retention.empty()) {
        out += fit("Spaced review", 28) + "Reviews  Recalled\n";
        for (const auto& r : c.retention) {
            const Dimension* d = c.content->rubric.dimension(r.dimension);
            char row[48];
            std::snprintf(row, sizeof row, "%7d  %7.0f%%", r.reviews, r.share() * 100);
            out += fit(d != nullptr ? d->name : r.dimension, 28) + row + "\n";
        }
        out += "\n";
    }
    if (!c.talk.empty()) {
        out += "Recorded mocks: talk and silence\n";
        out +=
            fit("Week", 10) + fit("Mocks", 7) + fit("Talk", 9) + fit("Silent", 8) + fit("Over 15 s", 11) + "Longest\n";
        for (const auto& [week, w] : c.talk) {
            char row[96];
            std::snprintf(row, sizeof row, "%-10s%5d  %-9s%5.0f%%  %9d  %5lld s", week_label(week).c_str(), w.recorded,
                          talk_minutes(w.talk).c_str(), w.silent_share() * 100, w.long_silences,
                          silence_seconds(w.longest));
            out += std::string(row) + "\n";
        }
        out += "\n";
    }
    out += "What to do next\n";
    out += findings_text(trend_findings(t, *c.content, c.practice), c.width);
    return out;
}

std::string render_trends_markdown(const Trends& t, const ReportContext& c) {
    std::string out = "# sdmock report: " + week_label(t.first_week) + " to " + week_label(t.last_week) + "\n\n";
    out += std::to_string(t.mocks) + " scored mock" + (t.mocks == 1 ? "" : "s") + ", " +
           std::string(to_string(t.scorer)) + " scores.\n\n";
    if (auto note = practice_note(t); !note.empty()) out += markdown_text(note) + "\n\n";
    out += "## Weeks\n\n| Week | Mocks | Avg | Min | Max | Change |\n|---|---:|---:|---:|---:|---:|\n";
    for (const auto& w : t.weeks)
        out += "| " + week_label(w.week) + " | " + std::to_string(w.mocks) + " | " + fixed_decimals(w.avg_total) +
               " | " + std::to_string(w.min_total) + " | " + std::to_string(w.max_total) + " | " +
               (w.delta ? signed_decimals(*w.delta) : "") + " |\n";
    out += "\n## Dimensions\n\n| Dimension | Trend | Average |\n|---|---|---:|\n";
    for (std::size_t i = 0; i < kDimensionCount; ++i)
        out += "| " + markdown_text(dim_name(c, i)) + " | `" + sparkline(series(t, i)) + "` | " +
               (t.dimension_avg[i] ? fixed_decimals(*t.dimension_avg[i]) : "") + " |\n";
    out += "\n";
    if (c.estimation != nullptr)
        if (auto lines = estimation_trend_markdown(*c.estimation); !lines.empty()) out += join(lines, "\n") + "\n";
    if (!c.retention.empty()) {
        out += "\n## Spaced review\n\n| Dimension | Reviews | Recalled |\n|---|---:|---:|\n";
        for (const auto& r : c.retention) {
            const Dimension* d = c.content->rubric.dimension(r.dimension);
            out += "| " + (d != nullptr ? d->name : r.dimension) + " | " + std::to_string(r.reviews) + " | " +
                   fixed_decimals(r.share() * 100, 0) + "% |\n";
        }
    }
    if (!c.talk.empty()) {
        out += "\n## Recorded mocks: talk and silence\n\n| Week | Mocks | Talk | Silent | Silences over 15 s | "
               "Longest |\n|---|---:|---:|---:|---:|---:|\n";
        for (const auto& [week, w] : c.talk)
            out += "| " + week_label(week) + " | " + std::to_string(w.recorded) + " | " + talk_minutes(w.talk) + " | " +
                   fixed_decimals(w.silent_share() * 100, 0) + "% | " + std::to_string(w.long_silences) + " | " +
                   std::to_string(silence_seconds(w.longest)) + " s |\n";
    }
    out += "\n## What to do next\n\n";
    for (const auto& f : trend_findings(t, *c.content, c.practice)) {
        out += "- " + markdown_text(f.headline) + "\n";
        for (const auto& d : f.details)
            out += "  - " + markdown_text(d) + "\n";
    }
    return out;
}

std::string render_trends_csv(const Trends& t) {
    std::vector<std::string> header{"week", "mocks", "avg_total", "min_total", "max_total", "delta"};
    for (auto d : kDimensionIds)
        header.emplace_back(d);
    std::string out = csv_row(header);
    for (const auto& w : t.weeks) {
        std::vector<std::string> row{week_label(w.week),          std::to_string(w.mocks),
                                     fixed_decimals(w.avg_total), std::to_string(w.min_total),
                                     std::to_string(w.max_total), w.delta ? fixed_decimals(*w.delta) : ""};
        for (double avg : w.dimension_avg)
            row.push_back(fixed_decimals(avg));
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
    json.key("include_practice").value(t.include_practice).key("practice_mocks").value(t.practice_mocks);
    json.key("practice_left_out").value(t.include_practice ? 0 : t.practice_mocks);
    json.key("drills_left_out").value(t.drill_mocks);
    json.key("weeks").begin_array();
    for (const auto& w : t.weeks) {
        json.begin_object().key("week").value(week_label(w.week)).key("starts").value(to_string(w.first_day));
        json.key("mocks").value(w.mocks).key("avg_total").value(w.avg_total);
        json.key("min_total").value(w.min_total).key("max_total").value(w.max_total);
        json.key("delta");
        if (w.delta)
            json.value(*w.delta);
        else
            json.null();
        json.key("dimensions").begin_object();
        for (std::size_t i = 0; i < kDimensionCount; ++i)
            json.key(kDimensionIds[i]).value(w.dimension_avg[i]);
        json.end_object();
        json.key("calibration");
        calibration_json(json, w.calibration);
        json.key("coverage_calibration");
        calibration_json(json, w.coverage_calibration);
        json.end_object();
    }
    json.end_array();
    json.key("dimensions").begin_object();
    for (std::size_t i = 0; i < kDimensionCount; ++i) {
        json.key(kDimensionIds[i]).begin_object();
        json.key("average");
        if (t.dimension_avg[i])
            json.value(*t.dimension_avg[i]);
        else
            json.null();
        json.key("sparkline").value(sparkline(series(t, i)));
        json.key("calibration_gap");
        if (t.calibration && t.calibration->gap[i])
            json.value(*t.calibration->gap[i]);
        else
            json.null();
        json.end_object();
    }
    json.end_object();
    std::vector<std::string> lowest;
    for (auto i : t.lowest)
        lowest.emplace_back(kDimensionIds[i]);
    json.key("lowest").string_array(lowest);
    json.key("best");
    if (t.best)
        json.begin_object()
            .key("total")
            .value(t.best->total)
            .key("session")
            .value(static_cast<std::int64_t>(t.best->session))
            .key("date")
            .value(to_string(t.best->date))
            .key("problem")
            .value(t.best->problem)
            .key("all_time")
            .value(t.best->all_time)
            .end_object();
    else
        json.null();
    json.key("last_totals").int_array(t.last_totals).key("ready").value(t.ready);
    std::vector<std::string> plateau;
    for (const auto& w : t.plateau)
        plateau.push_back(week_label(w));
    json.key("plateau").string_array(plateau);
    json.key("pacing").begin_array();
    for (const auto& p : t.pacing)
        json.begin_object()
            .key("phase")
            .value(p.phase)
            .key("sessions")
            .value(p.sessions)
            .key("planned_s")
            .value(static_cast<double>(p.planned.count()) / 1000.0)
            .key("average_actual_s")
            .value(static_cast<double>(p.average_actual.count()) / 1000.0)
            .key("average_over_s")
            .value(static_cast<double>(p.average_over.count()) / 1000.0)
            .end_object();
    json.end_array();
    json.key("most_overrun");
    if (t.most_overrun)
        json.value(t.pacing[*t.most_overrun].phase);
    else
        json.null();
    json.key("paired_mocks").value(t.paired_mocks);
    json.key("calibration_total_gap");
    if (t.calibration)
        json.value(t.calibration->total_gap);
    else
        json.null();
    json.key("calibration");
    calibration_json(json, t.calibration);
    json.key("reviewed_mocks").value(t.reviewed_mocks);
    json.key("coverage_calibration");
    calibration_json(json, t.coverage_calibration);
    if (c.estimation != nullptr) {
        json.key("estimation");
        estimation_trend_json(json, *c.estimation);
    }
    json.key("retention").begin_array();
    for (const auto& r : c.retention) {
        json.begin_object();
        json.key("dimension").value(r.dimension);
        json.key("reviews").value(r.reviews);
        json.key("recalled").value(r.recalled);
        json.key("share").value(std::round(r.share() * 10000) / 10000);
        json.end_object();
    }
    json.end_array();
    // The weeks with recorded mocks: talk and silence in seconds, the silent share 0 to 1.
    json.key("talk").begin_array();
    for (const auto& [week, w] : c.talk) {
        json.begin_object().key("week").value(week_label(week)).key("mocks").value(w.recorded);
        json.key("talk_s").value(static_cast<double>(w.talk.count()) / 1000.0);
        json.key("silence_s").value(static_cast<double>(w.silence.count()) / 1000.0);
        json.key("silent_share").value(std::round(w.silent_share() * 10000) / 10000);
        json.key("long_silences").value(w.long_silences);
        json.key("longest_s").value(static_cast<double>(w.longest.count()) / 1000.0);
        json.end_object();
    }
    json.end_array();
    json.key("findings").string_array(findings_json(trend_findings(t, *c.content, c.practice)));
    json.end_object();
    return json.str();
}

} // namespace sdmock
