#include "core/drill.hpp"

#include "core/error.hpp"
#include "core/text.hpp"

#include <algorithm>
#include <set>

namespace sdmock {
namespace {

std::vector<std::string> phase_ids(const Plan& plan) {
    std::vector<std::string> ids;
    for (const auto& p : plan.phases)
        ids.push_back(p.id);
    return ids;
}

std::string did_you_mean(std::string_view word, const std::vector<std::string>& valid) {
    auto near = closest(word, valid, 1);
    return near.empty() ? "" : "; did you mean \"" + near.front() + "\"?";
}

bool before(const Plan& plan, std::string_view earlier, std::string_view phase) {
    auto at = [&](std::string_view id) {
        return std::find_if(plan.phases.begin(), plan.phases.end(), [&](const Phase& p) { return p.id == id; });
    };
    auto e = at(earlier);
    return e != plan.phases.end() && e < at(phase);
}

std::string estimate_line(const Estimate& e) {
    std::string line = "  * " + e.name + ": " + format_number(e.value);
    if (!e.unit.empty()) line += " " + e.unit;
    if (!e.how.empty()) line += " (" + e.how + ")";
    return line;
}

} // namespace

void check_drill(const Drill& drill, const Plan& plan) {
    auto ids = phase_ids(plan);
    if (std::find(ids.begin(), ids.end(), drill.phase) == ids.end())
        throw UsageError("--phase: plan " + plan.id + " has no phase \"" + drill.phase + "\"; its phases are " +
                         join(ids, ", ") + did_you_mean(drill.phase, ids));
    if (drill.focus.empty() || dimension_index(drill.focus)) return;
    std::vector<std::string> dims(kDimensionIds.begin(), kDimensionIds.end());
    throw UsageError("--focus: \"" + drill.focus + "\" is not a rubric dimension; the dimensions are " +
                     join(dims, ", ") + did_you_mean(drill.focus, dims));
}

Plan drill_plan(const Plan& plan, std::string_view phase) {
    Plan out{plan.id, plan.name, plan.description, {}, plan.where};
    for (const auto& p : plan.phases)
        if (p.id == phase) out.phases.push_back(p);
    if (out.phases.empty()) check_drill({std::string(phase), {}}, plan); // throws, naming the phases
    return out;
}

Problem drill_problem(const Problem& problem, std::string_view focus) {
    Problem out = problem;
    if (focus.empty()) return out;
    std::erase(out.focus, std::string(focus));
    out.focus.insert(out.focus.begin(), std::string(focus));
    return out;
}

std::vector<std::string> drill_context(const Plan& plan, std::string_view phase, const Problem& problem) {
    std::vector<std::string> out;
    const AnswerKey& key = problem.key;
    if (before(plan, "requirements", phase)) {
        out.emplace_back("Agreed scope: " + key.scope);
        for (const auto& f : key.functional)
            out.push_back("  - " + f);
    }
    if (before(plan, kEstimationPhase, phase) && !key.estimates.empty()) {
        out.emplace_back("Reference estimates:");
        for (const auto& e : key.estimates)
            out.push_back(estimate_line(e));
    }
    if (before(plan, "high-level", phase) && !key.architecture.empty()) {
        out.emplace_back("Reference high-level design:");
        for (const auto& a : key.architecture)
            out.push_back("  - " + a);
    }
    return out;
}

std::vector<std::size_t> drill_dimensions(const Phase& phase, std::string_view focus, const std::vector<Cue>& cues) {
    std::set<std::size_t> dims;
    auto add = [&](std::string_view id) {
        if (auto i = dimension_index(id)) dims.insert(*i);
    };
    add(phase.dimension);
    add(focus);
    for (const auto& cue : cues)
        add(cue.dimension);
    return {dims.begin(), dims.end()};
}

bool complete_on(const Scorecard& card, const std::vector<std::size_t>& dimensions) {
    return std::all_of(dimensions.begin(), dimensions.end(),
                       [&](std::size_t i) { return i < kDimensionCount && card.scores[i].has_value(); });
}

std::string drill_text(const Drill& drill) {
    return drill.focus.empty() ? drill.phase : drill.phase + ", " + drill.focus;
}

} // namespace sdmock
