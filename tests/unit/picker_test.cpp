#include "core/picker.hpp"

#include <catch2/catch.hpp>

#include <set>
#include <stdexcept>
#include <string>
#include <vector>

using namespace sdmock;

namespace {

std::vector<Problem> problems_named(std::size_t count) {
    std::vector<Problem> out(count);
    for (std::size_t i = 0; i < count; ++i) {
        out[i].id = "p" + std::to_string(i);
        out[i].title = "Problem " + std::to_string(i);
    }
    return out;
}

/// Every id `pick_random` returns over `seeds` seeds.
std::set<std::string> picks(const std::vector<Problem>& problems, const std::vector<Practice>& history,
                            std::uint64_t seeds) {
    std::set<std::string> out;
    for (std::uint64_t seed = 0; seed < seeds; ++seed)
        out.insert(pick_random(problems, history, seed).id);
    return out;
}

} // namespace

TEST_CASE("pick_random: never picks one of the most recently practised half") {
    // Ten problems: p0-p4 practised recently, p5-p7 long ago, p8 and p9 never.
    auto problems = problems_named(10);
    std::vector<Practice> history = {
        {"p3", "2026-03-04T10:00:00+01:00"},
        {"p0", "2026-03-01T10:00:00+01:00"},
        {"p4", "2026-03-05T10:00:00+01:00"},
        {"p1", "2026-03-02T10:00:00+01:00"},
        {"p2", "2026-03-03T10:00:00+01:00"},
        {"p6", "2025-06-01T10:00:00+02:00"},
        {"p5", "2025-05-01T10:00:00+02:00"},
        {"p7", "2025-07-01T10:00:00+02:00"},
        // p2 and p3 were also practised long ago: the latest practice is what counts.
        {"p2", "2024-01-01T10:00:00+01:00"},
        {"p3", "2024-01-02T10:00:00+01:00"},
    };
    const std::set<std::string> least_recent = {"p5", "p6", "p7", "p8", "p9"};

    auto picked = picks(problems, history, 500);
    for (const auto& id : picked) {
        INFO("picked " << id);
        REQUIRE(least_recent.count(id) == 1);
    }
    // Uniform over that half: 500 seeds reach every one of them.
    REQUIRE(picked == least_recent);
}

TEST_CASE("pick_random: with an odd count, the recent half still stays out") {
    // Seven problems: the three most recent are never picked, and the pick still varies.
    auto problems = problems_named(7);
    std::vector<Practice> history = {
        {"p0", "2026-01-01T09:00:00+01:00"}, {"p1", "2026-01-02T09:00:00+01:00"}, {"p2", "2026-01-03T09:00:00+01:00"},
        {"p3", "2026-01-04T09:00:00+01:00"}, {"p4", "2026-01-05T09:00:00+01:00"}, {"p5", "2026-01-06T09:00:00+01:00"},
        {"p6", "2026-01-07T09:00:00+01:00"},
    };
    auto picked = picks(problems, history, 300);
    REQUIRE(picked.size() > 1);
    REQUIRE(picked.count("p4") == 0);
    REQUIRE(picked.count("p5") == 0);
    REQUIRE(picked.count("p6") == 0);
}

TEST_CASE("pick_random: with no history any problem can be picked") {
    auto problems = problems_named(10);
    auto picked = picks(problems, {}, 500);
    REQUIRE(picked.size() > 1);
    // Nothing was practised, so nothing is more recent than anything else: all are candidates.
    REQUIRE(picked.size() == problems.size());
}

TEST_CASE("pick_random: problems never practised are all candidates, whatever their place in the list") {
    // Only p0 and p1 were practised; the eight others tie on "never".
    auto problems = problems_named(10);
    std::vector<Practice> history = {{"p0", "2026-02-01T10:00:00+01:00"}, {"p1", "2026-02-02T10:00:00+01:00"}};
    auto picked = picks(problems, history, 500);
    REQUIRE(picked.count("p0") == 0);
    REQUIRE(picked.count("p1") == 0);
    REQUIRE(picked.count("p9") == 1);
    REQUIRE(picked.count("p2") == 1);
}

TEST_CASE("pick_random: the same seed gives the same pick") {
    auto problems = problems_named(12);
    std::vector<Practice> history = {{"p4", "2026-02-01T10:00:00+01:00"}, {"p7", "2026-02-02T10:00:00+01:00"}};
    for (std::uint64_t seed : {0ULL, 1ULL, 99ULL, 0xFFFFFFFFFFFFULL}) {
        INFO("seed " << seed);
        REQUIRE(&pick_random(problems, history, seed) == &pick_random(problems, history, seed));
        REQUIRE(&pick_random(problems, {}, seed) == &pick_random(problems, {}, seed));
    }
}

TEST_CASE("pick_random: a single problem is always picked") {
    auto problems = problems_named(1);
    std::vector<Practice> history = {{"p0", "2026-02-01T10:00:00+01:00"}};
    for (std::uint64_t seed = 0; seed < 50; ++seed) {
        REQUIRE(&pick_random(problems, {}, seed) == &problems[0]);
        REQUIRE(&pick_random(problems, history, seed) == &problems[0]);
    }
}

TEST_CASE("pick_random: no problems is an error") {
    REQUIRE_THROWS_AS(pick_random({}, {}, 1), std::invalid_argument);
}
