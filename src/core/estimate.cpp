#include "core/estimate.hpp"

#include "core/text.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace sdmock {
namespace {

std::string lower(std::string_view s) {
    std::string out(s);
    for (auto& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

std::string trimmed(std::string_view s) {
    while (!s.empty() && s.front() == ' ')
        s.remove_prefix(1);
    while (!s.empty() && s.back() == ' ')
        s.remove_suffix(1);
    return std::string(s);
}

} // namespace

std::string_view to_string(Verdict verdict) {
    switch (verdict) {
    case Verdict::on_target:
        return "on target";
    case Verdict::right_order:
        return "right order";
    case Verdict::off:
        return "off";
    }
    return "off";
}

Verdict verdict_for(double ratio) {
    if (!(ratio > 0) || !std::isfinite(ratio)) return Verdict::off;
    double factor = ratio >= 1 ? ratio : 1 / ratio;
    constexpr double kSlack = 1e-9; // 2.0000000001 from rounding is still 2x
    if (factor <= 2 + kSlack) return Verdict::on_target;
    if (factor <= 10 + kSlack) return Verdict::right_order;
    return Verdict::off;
}

std::string ratio_text(double ratio) {
    if (!(ratio > 0)) return "-";
    double factor = ratio >= 1 ? ratio : 1 / ratio;
    char buf[32];
    std::snprintf(buf, sizeof buf, factor < 10 ? "%.1fx" : "%.0fx", factor);
    std::string out = buf;
    if (out == "1.0x") return out;
    return out + (ratio > 1 ? " high" : " low");
}

std::string estimate_kind(std::string_view name, QuantityKind unit) {
    std::string n = lower(name);
    switch (unit) {
    case QuantityKind::rate:
        return n.find("peak") != std::string::npos ? "peak_qps" : "qps";
    case QuantityKind::bytes:
        return n.find("cache") != std::string::npos || n.find("memory") != std::string::npos ? "cache" : "storage";
    case QuantityKind::byte_rate:
        return "bandwidth";
    case QuantityKind::count:
        return "count";
    }
    return "count";
}

const Estimate* find_reference(const AnswerKey& key, std::string_view name) {
    std::string wanted = lower(trimmed(name));
    if (wanted.empty()) return nullptr;
    for (const auto& e : key.estimates)
        if (lower(e.name) == wanted) return &e;
    const Estimate* found = nullptr;
    for (const auto& e : key.estimates) {
        if (lower(e.name).find(wanted) == std::string::npos) continue;
        if (found != nullptr) return nullptr; // several fit: say which instead of guessing
        found = &e;
    }
    return found;
}

Graded grade_estimate(const Estimate& reference, std::string_view given) {
    ParsedQuantity ref = reference_quantity(reference.value, reference.unit);
    if (!ref.quantity) return {std::nullopt, reference.name + ": the reference's unit does not parse: " + ref.error};
    ParsedQuantity typed = parse_quantity(given, ref.quantity->kind, reference.name);
    if (!typed.quantity) return {std::nullopt, typed.error};
    EstimateRecord r;
    r.kind = estimate_kind(reference.name, ref.quantity->kind);
    r.name = reference.name;
    r.given = trimmed(given);
    r.value = typed.quantity->value;
    r.reference = ref.quantity->value;
    r.unit = ref.quantity->kind;
    r.how = reference.how;
    return {r, {}};
}

Graded grade_assignment(const AnswerKey& key, std::string_view assignment) {
    std::vector<std::string> names;
    for (const auto& e : key.estimates)
        names.push_back(e.name);
    auto eq = assignment.find('=');
    if (eq == std::string_view::npos)
        return {std::nullopt, "\"" + std::string(assignment) + "\" should be NAME=VALUE, e.g. \"" +
                                  (names.empty() ? std::string("write QPS") : names.front()) +
                                  "=40/s\"; the names are: " + join(names, ", ")};
    if (has_control(assignment))
        return {std::nullopt, "an estimate holds a control character; type NAME=VALUE plainly"};
    std::string name = trimmed(assignment.substr(0, eq));
    const Estimate* reference = find_reference(key, name);
    if (reference == nullptr)
        return {std::nullopt,
                "\"" + name + "\" is not one of this problem's reference estimates: " + join(names, ", ")};
    return grade_estimate(*reference, assignment.substr(eq + 1));
}

std::vector<EstimateRecord> latest_per_name(const std::vector<EstimateRecord>& records) {
    std::vector<EstimateRecord> out;
    for (const auto& r : records) {
        auto it = std::find_if(out.begin(), out.end(), [&](const EstimateRecord& o) { return o.name == r.name; });
        if (it == out.end())
            out.push_back(r);
        else
            *it = r;
    }
    return out;
}

} // namespace sdmock
