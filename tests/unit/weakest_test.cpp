#include "core/picker.hpp"

#include <catch2/catch.hpp>

#include <set>

using namespace sdmock;

namespace {

Problem problem(const std::string& id, std::vector<std::string> focus) {
    Problem p;
    p.id = id;
    p.focus = std::move(focus);
    return p;
}

} // namespace

TEST_CASE("pick_weakest: the problem covering the most of the weakest dimensions, weakest counting most") {
    std::vector<Problem> problems{problem("a", {"caching", "data", "api"}),
                                  problem("b", {"async", "caching", "scaling"}),
                                  problem("c", {"security", "api", "data"}), problem("d", {"async", "data", "api"})};
    for (std::uint64_t seed = 0; seed < 20; ++seed) {
        auto pick = pick_weakest(problems, {"async", "caching", "security"}, {}, seed);
        REQUIRE(pick.problem->id == "b"); // async (3) + caching (2) = 5 beats d (3), a (2), c (1)
        REQUIRE(pick.covers == std::vector<std::string>{"async", "caching"});
        REQUIRE(pick.last_practised.empty());
    }
}

TEST_CASE("pick_weakest: a problem practised recently is passed over") {
    std::vector<Problem> problems{problem("a", {"caching", "data", "api"}),
                                  problem("b", {"async", "caching", "scaling"}),
                                  problem("c", {"security", "api", "data"}), problem("d", {"async", "data", "api"})};
    std::vector<Practice> history{{"b", "2026-11-22T10:00"}, {"d", "2026-11-21T10:00"}, {"a", "2026-10-01T10:00"}};
    // Least recent half: c (never), a (October). a covers caching (2), c covers security (1).
    auto pick = pick_weakest(problems, {"async", "caching", "security"}, history, 7);
    REQUIRE(pick.problem->id == "a");
    REQUIRE(pick.last_practised == "2026-10-01T10:00");
}

TEST_CASE("pick_weakest: ties go to the least recently practised, then the seed") {
    std::vector<Problem> problems{problem("a", {"caching"}), problem("b", {"caching"}), problem("c", {"caching"}),
                                  problem("d", {"api"})};
    std::vector<Practice> history{{"a", "2026-11-01"}, {"b", "2026-10-01"}};
    // Pool: c (never), d (never) [tied]; c covers caching.
    REQUIRE(pick_weakest(problems, {"caching"}, history, 1).problem->id == "c");
    std::set<std::string> seen;
    std::vector<Problem> same{problem("x", {"caching"}), problem("y", {"caching"})};
    for (std::uint64_t seed = 0; seed < 40; ++seed)
        seen.insert(pick_weakest(same, {"caching"}, {}, seed).problem->id);
    REQUIRE(seen.size() == 2);
}
