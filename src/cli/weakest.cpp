#include "cli/weakest.hpp"

#include "core/picker.hpp"
#include "core/text.hpp"
#include "core/trends.hpp"

#include <cmath>

namespace sdmock::cli {

/// The problem for `start --weakest` and the lines that say why it was chosen.
std::pair<const Problem*, std::vector<std::string>> choose_weakest(const Context& context, const Content& content,
                                                                    const History& history,
                                                                    const std::vector<Practice>& practised,
                                                                    std::uint64_t seed) {
    TrendOptions window;
    window.week_start = context.config.week_start;
    window.until = local_today();
    auto mocks = history.scored_mocks();
    Trends trends = compute_trends(mocks, window);
    if (trends.lowest.empty()) {  // nothing in the last 8 weeks: look at the whole history
        window.weeks = 520;
        trends = compute_trends(mocks, window);
    }
    if (trends.lowest.empty())
        return {&pick_random(content.problems, practised, seed),
                {"No scored mocks yet, so there are no weak dimensions to aim at: a random problem instead."}};
    std::vector<std::string> weakest, named;
    for (auto i : trends.lowest) {
        weakest.emplace_back(kDimensionIds[i]);
        named.push_back(content.rubric.dimensions[i].name + " (" + format_number(std::round(*trends.dimension_avg[i] * 10) / 10) + ")");
    }
    WeakestPick pick = pick_weakest(content.problems, weakest, practised, seed);
    std::vector<std::string> covers;
    for (const auto& d : pick.covers) covers.push_back(content.rubric.dimension(d)->name);
    std::vector<std::string> lines{
        "Your weakest dimensions lately: " + join(named, ", ") + ".",
        "",
        "Problem: " + pick.problem->title + " (" + pick.problem->id + ")",
        covers.empty() ? "No problem stresses these directly; this one was practised least recently."
                       : "It stresses " + join(covers, ", ") + ".",
        pick.last_practised.empty() ? "You have not practised it before."
                                    : "Last practised " + pick.last_practised.substr(0, 10) + "."};
    return {pick.problem, lines};
}

} // namespace sdmock::cli
