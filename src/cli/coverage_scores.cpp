#include "cli/coverage_scores.hpp"

#include "core/coverage.hpp"

namespace sdmock::cli {

void add_suggested_scores(std::vector<ScoredMock>& mocks, const History& history, const Content& content,
                          const std::string& since) {
    auto all = history.all_coverage(since);
    for (auto& m : mocks) {
        auto ticks = all.find(m.session);
        const Problem* problem = content.problem(m.problem);
        const Plan* plan = content.plan(m.plan);
        if (m.paired || ticks == all.end() || problem == nullptr || plan == nullptr) continue;
        m.suggested = suggested_card(coverage_by_dimension(key_points(*problem, *plan), ticks->second));
    }
}

} // namespace sdmock::cli
