#include "core/picker.hpp"

#include "core/random.hpp"

#include <algorithm>
#include <map>
#include <stdexcept>

namespace sdmock {

namespace {

std::map<std::string, std::string> last_practised(const std::vector<Practice>& history) {
    std::map<std::string, std::string> last;
    for (const auto& p : history) {
        auto& when = last[p.problem];
        when = std::max(when, p.started_at);
    }
    return last;
}

/// Problems not practised recently, least recent first: the least recent half, and every
/// problem tied with the last of it (with no history, all of them).
std::vector<const Problem*> not_recent(const std::vector<Problem>& problems,
                                       const std::map<std::string, std::string>& last) {
    auto when = [&](const Problem* p) {
        auto it = last.find(p->id);
        return it == last.end() ? std::string() : it->second;
    };
    std::vector<const Problem*> ranked;
    for (const auto& p : problems) ranked.push_back(&p);
    std::stable_sort(ranked.begin(), ranked.end(), [&](const Problem* a, const Problem* b) { return when(a) < when(b); });
    std::size_t pool = std::max<std::size_t>(1, ranked.size() / 2);
    while (pool < ranked.size() && when(ranked[pool]) == when(ranked[pool - 1])) ++pool;
    ranked.resize(pool);
    return ranked;
}

} // namespace

const Problem& pick_random(const std::vector<Problem>& problems, const std::vector<Practice>& history,
                           std::uint64_t seed) {
    if (problems.empty()) throw std::invalid_argument("no problems to pick from");
    auto pool = not_recent(problems, last_practised(history));
    SeededRandom rng(seed);
    return *pool[rng.below(pool.size())];
}

WeakestPick pick_weakest(const std::vector<Problem>& problems, const std::vector<std::string>& weakest,
                         const std::vector<Practice>& history, std::uint64_t seed) {
    if (problems.empty()) throw std::invalid_argument("no problems to pick from");
    auto last = last_practised(history);
    auto pool = not_recent(problems, last);
    auto weight = [&](const Problem* p) {
        int w = 0;
        for (std::size_t i = 0; i < weakest.size(); ++i)
            if (std::find(p->focus.begin(), p->focus.end(), weakest[i]) != p->focus.end())
                w += static_cast<int>(weakest.size() - i);
        return w;
    };
    int best = 0;
    for (const Problem* p : pool) best = std::max(best, weight(p));
    std::vector<const Problem*> top;  // still least recent first
    for (const Problem* p : pool)
        if (weight(p) == best) top.push_back(p);
    auto when = [&](const Problem* p) {
        auto it = last.find(p->id);
        return it == last.end() ? std::string() : it->second;
    };
    std::size_t tied = 1;
    while (tied < top.size() && when(top[tied]) == when(top[0])) ++tied;
    SeededRandom rng(seed);
    WeakestPick pick;
    pick.problem = top[rng.below(tied)];
    for (const auto& dim : weakest)
        if (std::find(pick.problem->focus.begin(), pick.problem->focus.end(), dim) != pick.problem->focus.end())
            pick.covers.push_back(dim);
    pick.last_practised = when(pick.problem);
    return pick;
}

} // namespace sdmock
