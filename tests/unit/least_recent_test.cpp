// least_recent_for: the problems a report suggests for a weak dimension, from core's picker.
#include "core/picker.hpp"
#include "support/shipped_content.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

using namespace sdmock;
using sdmock::test::shipped_content;

namespace {

std::vector<const Problem*> stressing(const std::vector<Problem>& problems, const std::string& dimension) {
    std::vector<const Problem*> out;
    for (const auto& p : problems)
        if (std::find(p.focus.begin(), p.focus.end(), dimension) != p.focus.end()) out.push_back(&p);
    return out;
}

} // namespace

TEST_CASE("least_recent_for: with no history, the first problems of the bank that stress the dimension") {
    const auto& problems = shipped_content().problems;
    for (auto dim : kDimensionIds) {
        INFO("dimension " << dim);
        auto fit = stressing(problems, std::string(dim));
        auto got = least_recent_for(problems, dim, {}, kSuggestedProblems);
        REQUIRE(got.size() == std::min(fit.size(), kSuggestedProblems));
        for (std::size_t i = 0; i < got.size(); ++i)
            REQUIRE(got[i] == fit[i]);
    }
}

TEST_CASE("least_recent_for: never practised first, then the longest ago, the latest practice counts") {
    const auto& problems = shipped_content().problems;
    const std::string dim = "caching";
    auto fit = stressing(problems, dim);
    REQUIRE(fit.size() >= 4);
    // Practise every one of them, the first of the bank most recently; the second also long ago.
    std::vector<Practice> history;
    for (std::size_t i = 0; i < fit.size(); ++i)
        history.push_back({fit[i]->id, "2026-0" + std::to_string(9 - std::min<std::size_t>(i, 8)) + "-01T10:00"});
    history.push_back({fit[1]->id, "2020-01-01T10:00"});
    auto all = least_recent_for(problems, dim, history, fit.size());
    REQUIRE(all.size() == fit.size());
    REQUIRE(all.back() == fit[0]);
    REQUIRE(all[all.size() - 2] == fit[1]); // its latest practice, not the one in 2020, places it
    // Leave the third never practised: it comes first.
    history.erase(
        std::remove_if(history.begin(), history.end(), [&](const Practice& p) { return p.problem == fit[2]->id; }),
        history.end());
    auto top = least_recent_for(problems, dim, history, kSuggestedProblems);
    REQUIRE(top.size() == kSuggestedProblems);
    REQUIRE(top.front() == fit[2]);
    for (const Problem* p : top)
        REQUIRE(std::find(fit.begin(), fit.end(), p) != fit.end());
}

TEST_CASE("least_recent_for: a dimension no problem stresses gives none") {
    REQUIRE(least_recent_for(shipped_content().problems, "no-such-dimension", {}, kSuggestedProblems).empty());
    REQUIRE(least_recent_for(shipped_content().problems, "caching", {}, 0).empty());
}
