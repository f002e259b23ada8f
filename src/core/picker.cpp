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
    std::vector<const Problem*> ranked;
    for (const auto& p : problems) ranked.push_back(&p);
    std::stable_sort(ranked.begin(), ranked.end(), [&](const Problem* a, const Problem* b) {
        auto ia = last.find(a->id);
        auto ib = last.find(b->id);
        std::string ta = ia == last.end() ? "" : ia->second;
        std::string tb = ib == last.end() ? "" : ib->second;
        return ta < tb;
    });
    std::size_t pool = std::max<std::size_t>(1, ranked.size() / 2);
    SeededRandom rng(seed);
    return *ranked[rng.below(pool)];
}

} // namespace sdmock
