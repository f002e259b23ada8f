#include "core/today.hpp"

#include <algorithm>
#include <stdexcept>

namespace sdmock {
namespace {

std::string last_start(const std::vector<Practice>& practised, const std::string& problem) {
    std::string last;
    for (const auto& p : practised)
        if (p.problem == problem && p.started_at > last) last = p.started_at;
    return last;
}

const RotationStage* stage_of(const Content& content, const std::string& problem) {
    for (const auto& stage : content.rotation)
        if (std::find(stage.problems.begin(), stage.problems.end(), problem) != stage.problems.end()) return &stage;
    return nullptr;
}

/// The next problem of the rotation: stage by stage, the first never practised; when every one has
/// been, the least recently practised of the last stage.
std::pair<const Problem*, const RotationStage*> next_in_rotation(const Content& content,
                                                                 const std::vector<Practice>& practised) {
    for (const auto& stage : content.rotation)
        for (const auto& id : stage.problems)
            if (const Problem* p = content.problem(id); p != nullptr && last_start(practised, id).empty())
                return {p, &stage};
    if (content.rotation.empty()) return {nullptr, nullptr};
    const RotationStage& last = content.rotation.back();
    const Problem* best = nullptr;
    std::string best_when;
    for (const auto& id : last.problems) {
        const Problem* p = content.problem(id);
        std::string when = last_start(practised, id);
        if (p != nullptr && (best == nullptr || when < best_when)) {
            best = p;
            best_when = when;
        }
    }
    return {best, best != nullptr ? &last : nullptr};
}

std::optional<double> estimation_average(const std::vector<ScoredMock>& mocks, const TodayInput& in,
                                         WeakestBasis basis) {
    if (basis == WeakestBasis::no_scores) return std::nullopt;
    TrendOptions options;
    options.until = in.today;
    options.week_start = in.week_start;
    options.weeks = basis == WeakestBasis::recent ? kDefaultWeeks : 5200;
    Trends t = compute_trends(mocks, options);
    return t.dimension_avg[*dimension_index("estimation")];
}

} // namespace

TodayPlan plan_today(const TodayInput& in) {
    const Content& content = *in.content;
    if (content.problems.empty()) throw std::invalid_argument("no problems");
    TodayPlan plan;
    for (const auto& s : in.items) {
        if (!s.is_new()) ++plan.reviewed_items;
        if (is_due(s, in.due_by - std::chrono::seconds(1))) {
            ++plan.due;
            if (s.item.kind == ItemKind::miss) ++plan.due_misses;
        } else if (s.is_new()) {
            ++plan.new_items;
        }
    }
    plan.new_items = std::min(plan.new_items, std::max(in.new_allowance, 0));

    plan.choice = choose_weakest(in.mocks, content.problems, in.practised, in.today, in.week_start, 0);
    if (plan.choice.basis != WeakestBasis::no_scores) {
        plan.why = TodayPlan::Why::weakest;
        plan.problem = plan.choice.problem;
    } else if (auto [p, stage] = next_in_rotation(content, in.practised); p != nullptr) {
        plan.why = TodayPlan::Why::rotation;
        plan.problem = p;
    } else {
        plan.why = TodayPlan::Why::least_recent;
        plan.problem = &pick_random(content.problems, in.practised, 0);
    }
    plan.stage = stage_of(content, plan.problem->id);
    plan.last_practised = last_start(in.practised, plan.problem->id);

    plan.estimation_average = estimation_average(in.mocks, in, plan.choice.basis);
    bool weakest_estimation =
        std::any_of(plan.choice.weakest.begin(), plan.choice.weakest.end(),
                    [](const WeakestChoice::Weak& w) { return kDimensionIds[w.dimension] == "estimation"; });
    plan.estimation_drill =
        plan.estimation_average && (*plan.estimation_average <= kEstimationDrillBelow || weakest_estimation);
    return plan;
}

} // namespace sdmock
