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

/// When a problem was last practised; empty (before every date) when never.
std::string when(const std::map<std::string, std::string>& last, const Problem* p) {
    auto it = last.find(p->id);
    return it == last.end() ? std::string() : it->second;
}

/// `problems` least recently practised first; ties keep their order.
void by_recency(std::vector<const Problem*>& problems, const std::map<std::string, std::string>& last) {
    std::stable_sort(problems.begin(), problems.end(),
                     [&](const Problem* a, const Problem* b) { return when(last, a) < when(last, b); });
}

/// Problems not practised recently, least recent first: the least recent half, and every
/// problem tied with the last of it (with no history, all of them).
std::vector<const Problem*> not_recent(const std::vector<Problem>& problems,
                                       const std::map<std::string, std::string>& last) {
    std::vector<const Problem*> ranked;
    for (const auto& p : problems)
        ranked.push_back(&p);
    by_recency(ranked, last);
    std::size_t pool = std::max<std::size_t>(1, ranked.size() / 2);
    while (pool < ranked.size() && when(last, ranked[pool]) == when(last, ranked[pool - 1]))
        ++pool;
    ranked.resize(pool);
    return ranked;
}

/// The weeks from the one of the earliest mock to the one of `today` (at least one).
int weeks_of_history(const std::vector<ScoredMock>& mocks, const Date& today, Weekday week_start) {
    long long last = days_from_civil(first_day(week_of(today, week_start), week_start));
    long long first = last;
    for (const auto& m : mocks)
        first = std::min(first, days_from_civil(first_day(week_of(m.date, week_start), week_start)));
    return static_cast<int>((last - first) / 7 + 1);
}

/// The trends of the self-scores up to `today` that `--weakest` aims at: the recent weeks, else all.
std::pair<Trends, WeakestBasis> weakest_basis(const std::vector<ScoredMock>& mocks, const Date& today,
                                              Weekday week_start) {
    TrendOptions window;
    window.scorer = Scorer::self;
    window.until = today;
    window.week_start = week_start;
    window.weeks = kDefaultWeeks;
    Trends trends = compute_trends(mocks, window);
    if (!trends.lowest.empty()) return {trends, WeakestBasis::recent};
    window.weeks = std::max(kDefaultWeeks, weeks_of_history(mocks, today, week_start));
    trends = compute_trends(mocks, window);
    return {trends, trends.lowest.empty() ? WeakestBasis::no_scores : WeakestBasis::all_history};
}

bool stresses(const Problem& problem, std::string_view dimension) {
    return std::find(problem.focus.begin(), problem.focus.end(), dimension) != problem.focus.end();
}

} // namespace

const Problem& pick_random(const std::vector<Problem>& problems, const std::vector<Practice>& history,
                           std::uint64_t seed) {
    if (problems.empty()) throw std::invalid_argument("no problems to pick from");
    auto pool = not_recent(problems, last_practised(history));
    SeededRandom rng(seed);
    return *pool[rng.below(pool.size())];
}

std::vector<const Problem*> least_recent_for(const std::vector<Problem>& problems, std::string_view dimension,
                                             const std::vector<Practice>& history, std::size_t count) {
    std::vector<const Problem*> fit;
    for (const auto& p : problems)
        if (stresses(p, dimension)) fit.push_back(&p);
    by_recency(fit, last_practised(history));
    fit.resize(std::min(fit.size(), count));
    return fit;
}

WeakestPick pick_weakest(const std::vector<Problem>& problems, const std::vector<std::string>& weakest,
                         const std::vector<Practice>& history, std::uint64_t seed) {
    if (problems.empty()) throw std::invalid_argument("no problems to pick from");
    auto last = last_practised(history);
    auto pool = not_recent(problems, last);
    auto weight = [&](const Problem* p) {
        int w = 0;
        for (std::size_t i = 0; i < weakest.size(); ++i)
            if (stresses(*p, weakest[i])) w += static_cast<int>(weakest.size() - i);
        return w;
    };
    int best = 0;
    for (const Problem* p : pool)
        best = std::max(best, weight(p));
    std::vector<const Problem*> top; // still least recent first
    for (const Problem* p : pool)
        if (weight(p) == best) top.push_back(p);
    std::size_t tied = 1;
    while (tied < top.size() && when(last, top[tied]) == when(last, top[0]))
        ++tied;
    SeededRandom rng(seed);
    WeakestPick pick;
    pick.problem = top[rng.below(tied)];
    for (const auto& dim : weakest)
        if (stresses(*pick.problem, dim)) pick.covers.push_back(dim);
    pick.last_practised = when(last, pick.problem);
    return pick;
}

WeakestChoice choose_weakest(const std::vector<ScoredMock>& mocks, const std::vector<Problem>& problems,
                             const std::vector<Practice>& practised, const Date& today, Weekday week_start,
                             std::uint64_t seed) {
    WeakestChoice choice;
    auto [trends, basis] = weakest_basis(mocks, today, week_start);
    choice.basis = basis;
    if (basis == WeakestBasis::no_scores) {
        choice.problem = &pick_random(problems, practised, seed);
        choice.last_practised = when(last_practised(practised), choice.problem);
        return choice;
    }
    std::vector<std::string> ids;
    for (auto i : trends.lowest) {
        choice.weakest.push_back({i, *trends.dimension_avg[i]});
        ids.emplace_back(kDimensionIds[i]);
    }
    WeakestPick pick = pick_weakest(problems, ids, practised, seed);
    choice.problem = pick.problem;
    choice.covers = std::move(pick.covers);
    choice.last_practised = std::move(pick.last_practised);
    return choice;
}

} // namespace sdmock
