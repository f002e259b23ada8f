#include "report/estimate_view.hpp"

#include "core/text.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>

namespace sdmock {
namespace {

std::string percent(int part, int whole) {
    if (whole <= 0) return "-";
    return std::to_string(static_cast<int>(std::lround(100.0 * part / whole))) + "%";
}

std::string ratio_number(double ratio) {
    char buf[32];
    std::snprintf(buf, sizeof buf, ratio < 10 ? "%.2fx" : "%.0fx", ratio);
    return buf;
}

} // namespace

std::vector<std::string> estimate_lines(const std::vector<EstimateRecord>& records, int width) {
    std::vector<std::string> out;
    auto latest = latest_per_name(records);
    if (latest.empty()) return out;
    out.emplace_back("Estimates against the reference (within 2x on target, 10x right order):");
    int name_w = 4;
    int given_w = 5;
    for (const auto& r : latest) {
        name_w = std::min(28, std::max(name_w, display_width(r.name)));
        given_w = std::min(16, std::max(given_w, display_width(r.given)));
    }
    for (const auto& r : latest) {
        std::string line = "  " + fit(r.name, name_w) + "  " + fit(r.given, given_w) + "  ref " +
                           fit(format_quantity(r.reference, r.unit), 12) + " " + fit(ratio_number(r.ratio()), 7) +
                           std::string(to_string(r.verdict()));
        out.push_back(line);
        if (!r.how.empty())
            for (const auto& l : wrap(r.how, std::max(20, width - 6)))
                out.push_back("      " + l);
    }
    return out;
}

void estimates_json(JsonWriter& json, const std::vector<EstimateRecord>& records) {
    json.begin_array();
    for (const auto& r : latest_per_name(records)) {
        json.begin_object();
        json.key("name").value(r.name).key("given").value(r.given);
        json.key("value").value(r.value).key("reference").value(r.reference);
        json.key("unit").value(base_unit(r.unit));
        json.key("ratio").value(r.ratio()).key("verdict").value(to_string(r.verdict()));
        json.key("kind").value(r.kind).key("how").value(r.how);
        json.key("t_s").value(static_cast<double>(r.t.count()) / 1000.0);
        json.end_object();
    }
    json.end_array();
}

std::string exercises_json(const std::vector<EstimateExercise>& exercises) {
    JsonWriter json;
    json.begin_array();
    for (const auto& e : exercises) {
        json.begin_object();
        json.key("kind").value(e.kind).key("problem").value(e.problem).key("question").value(e.question);
        json.key("givens").begin_object();
        for (const auto& [name, value] : e.givens)
            json.key(name).value(value);
        json.end_object();
        json.key("answer").begin_object().key("value").value(e.answer).key("unit").value(base_unit(e.unit));
        json.end_object();
        json.key("working").value(e.working);
        json.end_object();
    }
    json.end_array();
    return json.str();
}

std::vector<std::string> estimation_trend_lines(const EstimationTrends& trends, int width) {
    std::vector<std::string> out;
    if (trends.estimates == 0) return out;
    out.emplace_back("Estimation");
    out.push_back("  " + std::to_string(trends.estimates) + " estimate" + (trends.estimates == 1 ? "" : "s") + ", " +
                  percent(trends.on_target, trends.estimates) + " on target (within 2x of the reference)");
    out.push_back("  " + fit("Week", 10) + fit("estimates", 11) + "on target");
    for (const auto& w : trends.weeks)
        out.push_back("  " + fit(to_string(w.week), 10) + fit(std::to_string(w.estimates), 11) +
                      percent(w.on_target, w.estimates));
    out.push_back("  " + fit("Kind", 12) + fit("estimates", 11) + fit("on target", 11) + "median ratio");
    for (const auto& k : trends.kinds)
        out.push_back("  " + fit(kind_label(k.kind), 12) + fit(std::to_string(k.estimates), 11) +
                      fit(percent(k.on_target, k.estimates), 11) + ratio_number(k.median_ratio));
    for (const auto& k : trends.kinds)
        if (!k.bias.empty())
            for (const auto& l : wrap(std::string(1, static_cast<char>(std::toupper(k.bias[0]))) + k.bias.substr(1) +
                                          " (median " + ratio_number(k.median_ratio) +
                                          " of the reference): redo the arithmetic step by step "
                                          "(`sdmock drill estimate`).",
                                      width - 2))
                out.push_back("  " + l);
    return out;
}

std::vector<std::string> estimation_trend_markdown(const EstimationTrends& trends) {
    std::vector<std::string> out;
    if (trends.estimates == 0) return out;
    out.emplace_back("## Estimation");
    out.emplace_back();
    out.push_back(std::to_string(trends.estimates) + " estimates, " + percent(trends.on_target, trends.estimates) +
                  " on target (within 2x of the reference).");
    out.emplace_back();
    out.emplace_back("| Week | Estimates | On target |");
    out.emplace_back("|---|---:|---:|");
    for (const auto& w : trends.weeks)
        out.push_back("| " + to_string(w.week) + " | " + std::to_string(w.estimates) + " | " +
                      percent(w.on_target, w.estimates) + " |");
    out.emplace_back();
    out.emplace_back("| Kind | Estimates | On target | Median ratio |");
    out.emplace_back("|---|---:|---:|---:|");
    for (const auto& k : trends.kinds)
        out.push_back("| " + kind_label(k.kind) + " | " + std::to_string(k.estimates) + " | " +
                      percent(k.on_target, k.estimates) + " | " + ratio_number(k.median_ratio) + " |");
    for (const auto& k : trends.kinds)
        if (!k.bias.empty()) {
            out.emplace_back();
            out.push_back("- " + k.bias + ".");
        }
    out.emplace_back();
    return out;
}

void estimation_trend_json(JsonWriter& json, const EstimationTrends& trends) {
    json.begin_object();
    json.key("estimates").value(trends.estimates).key("on_target").value(trends.on_target);
    json.key("weeks").begin_array();
    for (const auto& w : trends.weeks)
        json.begin_object()
            .key("week")
            .value(to_string(w.week))
            .key("estimates")
            .value(w.estimates)
            .key("on_target")
            .value(w.on_target)
            .end_object();
    json.end_array();
    json.key("kinds").begin_array();
    for (const auto& k : trends.kinds) {
        json.begin_object().key("kind").value(k.kind).key("estimates").value(k.estimates);
        json.key("on_target").value(k.on_target).key("median_ratio").value(k.median_ratio);
        if (k.bias.empty())
            json.key("bias").null();
        else
            json.key("bias").value(k.bias);
        json.end_object();
    }
    json.end_array();
    json.end_object();
}

} // namespace sdmock
