#include "core/coverage.hpp"
#include "support/shipped_content.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <set>

using namespace sdmock;
using sdmock::test::shipped_content;
using sdmock::test::shipped_plan;
using sdmock::test::shipped_problem;

namespace {

std::size_t count_in(const std::vector<KeyPoint>& points, const std::string& phase) {
    return static_cast<std::size_t>(
        std::count_if(points.begin(), points.end(), [&](const KeyPoint& p) { return p.phase == phase; }));
}

} // namespace

TEST_CASE("key_points: each phase of standard-45 reviews its own part of the answer key") {
    const Problem& p = shipped_problem("url-shortener");
    auto points = key_points(p, shipped_plan("standard-45"));
    const AnswerKey& k = p.key;
    REQUIRE(count_in(points, "requirements") == k.functional.size() + k.non_functional.size());
    REQUIRE(count_in(points, "estimation") == k.estimates.size());
    REQUIRE(count_in(points, "high-level") == k.api.size() + k.architecture.size() + k.data_model.size());
    std::size_t follow_up_points = 0;
    for (const auto& f : k.follow_ups)
        follow_up_points += f.points.size();
    REQUIRE(count_in(points, "deep-dive") == follow_up_points);
    REQUIRE(count_in(points, "wrap-up") == k.risks.size());
    // Ids are unique and stable; each point counts for the dimension it shows.
    std::set<std::string> ids;
    for (const auto& point : points)
        REQUIRE(ids.insert(point.id).second);
    auto first = std::find_if(points.begin(), points.end(), [](const KeyPoint& q) { return q.phase == "deep-dive"; });
    REQUIRE(first->id == "follow-up-1-1");
    REQUIRE(first->text == k.follow_ups[0].points[0]);
    REQUIRE(first->dimension == k.follow_ups[0].dimension);
    REQUIRE(points.front().id == "functional-1");
    REQUIRE(points.front().text == k.functional.front());
    // url-shortener's deep dive has caching points: the review can say how many were covered.
    REQUIRE(std::any_of(points.begin(), points.end(), [](const KeyPoint& q) { return q.dimension == "caching"; }));
}

TEST_CASE("key_points: a mini-25 has no deep dive, so no follow-up points, every problem has points") {
    auto mini = key_points(shipped_problem("ticketmaster"), shipped_plan("mini-25"));
    REQUIRE(count_in(mini, "deep-dive") == 0);
    REQUIRE(count_in(mini, "requirements") > 0);
    for (const auto& problem : shipped_content().problems)
        for (const auto& plan : shipped_content().plans) {
            INFO(problem.id << " " << plan.id);
            auto points = key_points(problem, plan);
            for (const auto& phase : plan.phases)
                REQUIRE(count_in(points, phase.id) > 0);
        }
}

TEST_CASE("suggested_score: none covered is 1, half 3, all 5, rounded between") {
    REQUIRE(suggested_score(0, 4) == 1);
    REQUIRE(suggested_score(1, 4) == 2);
    REQUIRE(suggested_score(2, 4) == 3);
    REQUIRE(suggested_score(3, 4) == 4);
    REQUIRE(suggested_score(4, 4) == 5);
    REQUIRE(suggested_score(1, 3) == 2); // 2.33
    REQUIRE(suggested_score(2, 3) == 4); // 3.67
    REQUIRE(suggested_score(1, 8) == 2); // 1.5 rounds up
    REQUIRE(suggested_score(0, 0) == 1);
}

TEST_CASE("coverage_by_dimension: covered, reviewed and total, a suggestion once all are ticked") {
    std::vector<KeyPoint> points{{"a-1", "deep-dive", "caching", "CDN"},
                                 {"a-2", "deep-dive", "caching", "local LRU"},
                                 {"a-3", "deep-dive", "caching", "coalesce misses"},
                                 {"a-4", "deep-dive", "caching", "TTL"},
                                 {"b-1", "requirements", "requirements", "create"}};
    Ticks ticks{{"a-1", true}, {"a-2", false}, {"a-3", false}};
    auto coverage = coverage_by_dimension(points, ticks);
    REQUIRE(coverage.size() == 2);
    REQUIRE(coverage[0].dimension == "requirements"); // rubric order
    REQUIRE(coverage[0].total == 1);
    REQUIRE(coverage[0].reviewed == 0);
    REQUIRE_FALSE(coverage[0].suggested.has_value());
    REQUIRE(coverage[1].dimension == "caching");
    REQUIRE(coverage[1].covered == 1);
    REQUIRE(coverage[1].reviewed == 3);
    REQUIRE(coverage[1].total == 4);
    REQUIRE_FALSE(coverage[1].suggested.has_value());
    ticks["a-4"] = false;
    coverage = coverage_by_dimension(points, ticks);
    REQUIRE(coverage[1].suggested == 2); // 1 of 4
    Scorecard card = suggested_card(coverage);
    REQUIRE(card.scores[*dimension_index("caching")] == 2);
    REQUIRE_FALSE(card.scores[*dimension_index("requirements")].has_value());
    REQUIRE(card.scored() == 1);
}
