#include "cli/weakest.hpp"

#include "core/picker.hpp"
#include "core/text.hpp"

#include <cmath>

namespace sdmock::cli {

namespace {

/// "Caching & CDN (2.5)": a weak dimension and its average to one decimal.
std::string weak_text(const Content& content, const WeakestChoice::Weak& weak) {
    return content.rubric.dimensions[weak.dimension].name + " (" + format_number(std::round(weak.average * 10) / 10) +
           ")";
}

/// The lines that say why core chose this problem.
std::vector<std::string> reason_lines(const Content& content, const WeakestChoice& choice) {
    if (choice.basis == WeakestBasis::no_scores)
        return {"No scored mocks yet, so there are no weak dimensions to aim at: a random problem instead."};
    std::vector<std::string> named, covers;
    for (const auto& weak : choice.weakest)
        named.push_back(weak_text(content, weak));
    for (const auto& d : choice.covers)
        covers.push_back(content.rubric.dimension(d)->name);
    return {"Your weakest dimensions lately: " + join(named, ", ") + ".", "",
            "Problem: " + choice.problem->title + " (" + choice.problem->id + ")",
            covers.empty() ? "No problem stresses these directly; this one was practised least recently."
                           : "It stresses " + join(covers, ", ") + ".",
            choice.last_practised.empty() ? "You have not practised it before."
                                          : "Last practised " + choice.last_practised.substr(0, 10) + "."};
}

} // namespace

std::pair<const Problem*, std::vector<std::string>> choose_weakest(const Context& context, const Content& content,
                                                                   const History& history,
                                                                   const std::vector<Practice>& practised,
                                                                   std::uint64_t seed) {
    WeakestChoice choice = sdmock::choose_weakest(history.scored_mocks(), content.problems, practised, local_today(),
                                                  context.config.week_start, seed);
    return {choice.problem, reason_lines(content, choice)};
}

} // namespace sdmock::cli
