#include "core/picker.hpp"

#include "core/random.hpp"

#include <algorithm>
#include <map>
#include <stdexcept>

namespace sdmock {

const Problem& pick_random(const std::vector<Problem>& problems, const std::vector<Practice>& history,
                           std::uint64_t seed) {
    if (problems.empty()) throw std::invalid_argument("no problems to pick from");
    std::map<std::string, std::string> last;
    for (const auto& p : history) {
        auto& when = last[p.problem];
        when = std::max(when, p.started_at);
    }
    auto last_practised = [&](const Problem* p) {
        auto it = last.find(p->id);
        return it == last.end() ? std::string() : it->second;
    };
    std::vector<const Problem*> ranked;
    for (const auto& p : problems) ranked.push_back(&p);
    std::stable_sort(ranked.begin(), ranked.end(),
                     [&](const Problem* a, const Problem* b) { return last_practised(a) < last_practised(b); });
    std::size_t pool = std::max<std::size_t>(1, ranked.size() / 2);
    // Problems tied with the last of the half are as little practised: all of them are candidates
    // (with no history, every problem is), not just those that come first in the list.
    while (pool < ranked.size() && last_practised(ranked[pool]) == last_practised(ranked[pool - 1])) ++pool;
    SeededRandom rng(seed);
    return *ranked[rng.below(pool)];
}

} // namespace sdmock
