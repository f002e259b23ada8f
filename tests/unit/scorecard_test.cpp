#include "core/error.hpp"
#include "core/scorecard.hpp"
#include "support/builders.hpp"
#include "support/shipped_content.hpp"

#include <catch2/catch.hpp>

#include <string>

using namespace sdmock;
using sdmock::test::card_of;
using sdmock::test::shipped_content;

namespace {

std::size_t dim(std::string_view id) {
    auto index = dimension_index(id);
    INFO("dimension " << id);
    REQUIRE(index.has_value());
    return *index;
}

/// The message of the UsageError `text` raises; fails the test if it raises none.
std::string usage_error(std::string_view text) {
    try {
        (void)parse_score_assignment(text);
    } catch (const UsageError& e) {
        REQUIRE(e.exit_code() == kExitUsage);
        return e.what();
    }
    FAIL("no UsageError for \"" << text << "\"");
    return {};
}

} // namespace

TEST_CASE("Scorecard: set accepts scores 1 to 5") {
    Scorecard card;
    for (int score = 1; score <= 5; ++score) {
        card.set(dim("caching"), score);
        REQUIRE(card.scores[dim("caching")] == score);
    }
}

TEST_CASE("Scorecard: set rejects scores outside 1 to 5") {
    Scorecard card;
    card.set(dim("api"), 3);
    REQUIRE_THROWS_AS(card.set(dim("api"), 0), UsageError);
    REQUIRE_THROWS_AS(card.set(dim("api"), 6), UsageError);
    REQUIRE_THROWS_AS(card.set(dim("api"), -1), UsageError);
    REQUIRE(card.scores[dim("api")] == 3); // a rejected score leaves the old one
    REQUIRE_THROWS_AS(card.set(kDimensionCount, 3), UsageError);
}

TEST_CASE("Scorecard: total sums the scores given so far") {
    Scorecard card;
    REQUIRE(card.total() == 0);
    REQUIRE(card.scored() == 0);
    card.set(dim("requirements"), 4);
    card.set(dim("security"), 2);
    card.set(dim("communication"), 5);
    REQUIRE(card.total() == 4 + 2 + 5);
    REQUIRE(card.scored() == 3);
    card.set(dim("security"), 3); // replacing a score does not add it twice
    REQUIRE(card.total() == 4 + 3 + 5);
    REQUIRE(card.scored() == 3);
}

TEST_CASE("Scorecard: complete only with all twelve dimensions scored") {
    Scorecard card;
    REQUIRE(kDimensionCount == 12);
    for (std::size_t i = 0; i + 1 < kDimensionCount; ++i) {
        card.set(i, 3);
        REQUIRE_FALSE(card.complete());
    }
    card.set(kDimensionCount - 1, 3);
    REQUIRE(card.complete());
    REQUIRE(card.total() == 3 * static_cast<int>(kDimensionCount));
}

TEST_CASE("lowest_dimensions: the three lowest, ties in rubric order") {
    Scorecard card = card_of(4);
    card.set(dim("security"), 2);
    card.set(dim("caching"), 2);
    card.set(dim("api"), 3);
    card.set(dim("requirements"), 3);
    // Two 2s (caching comes before security in the rubric), then the first of the 3s.
    REQUIRE(dim("caching") < dim("security"));
    REQUIRE(dim("requirements") < dim("api"));
    REQUIRE(lowest_dimensions(card) == std::vector<std::size_t>{dim("caching"), dim("security"), dim("requirements")});
    REQUIRE(lowest_dimensions(card, 4) ==
            std::vector<std::size_t>{dim("caching"), dim("security"), dim("requirements"), dim("api")});

    // All equal: the first three in rubric order.
    REQUIRE(lowest_dimensions(card_of(5)) == std::vector<std::size_t>{0, 1, 2});
}

TEST_CASE("lowest_dimensions: fewer when fewer are scored") {
    Scorecard card;
    REQUIRE(lowest_dimensions(card).empty());
    card.set(dim("observability"), 5);
    card.set(dim("estimation"), 4);
    REQUIRE(lowest_dimensions(card) == std::vector<std::size_t>{dim("estimation"), dim("observability")});
}

TEST_CASE("parse_score_assignment: parses DIMENSION=SCORE") {
    auto a = parse_score_assignment("caching=4");
    REQUIRE(a.dimension == dim("caching"));
    REQUIRE(a.score == 4);
    auto b = parse_score_assignment("communication=1");
    REQUIRE(b.dimension == dim("communication"));
    REQUIRE(b.score == 1);
}

TEST_CASE("parse_score_assignment: rejects scores that are not 1 to 5") {
    for (const char* text : {"caching=6", "caching=0", "caching=x", "caching=", "caching=4x", "caching=4.5"}) {
        INFO(text);
        std::string message = usage_error(text);
        REQUIRE_THAT(message, Catch::Matchers::Contains("caching"));
        REQUIRE_THAT(message, Catch::Matchers::Contains("1 to 5"));
    }
}

TEST_CASE("parse_score_assignment: an unknown dimension suggests the closest and lists them all") {
    std::string message = usage_error("cachng=3");
    REQUIRE_THAT(message, Catch::Matchers::Contains("cachng"));
    REQUIRE_THAT(message, Catch::Matchers::Contains("did you mean caching?"));
    for (auto id : kDimensionIds)
        REQUIRE_THAT(message, Catch::Matchers::Contains(std::string(id)));
}

TEST_CASE("parse_score_assignment: text without '=' is rejected with an example") {
    std::string message = usage_error("caching");
    REQUIRE_THAT(message, Catch::Matchers::Contains("DIMENSION=SCORE"));
}

TEST_CASE("Scorecard: bands come from the shipped rubric") {
    const Rubric& rubric = shipped_content().rubric;
    REQUIRE(rubric.dimensions.size() == kDimensionCount);
    REQUIRE(rubric.max_total() == 60);
    for (std::size_t i = 0; i < kDimensionCount; ++i)
        REQUIRE(rubric.dimensions[i].id == kDimensionIds[i]);

    const Band* top = rubric.band_for(60);
    const Band* upper = rubric.band_for(48);
    const Band* middle = rubric.band_for(47);
    const Band* middle_low = rubric.band_for(36);
    const Band* low = rubric.band_for(35);
    const Band* bottom = rubric.band_for(12);
    for (const Band* b : {top, upper, middle, middle_low, low, bottom})
        REQUIRE(b != nullptr);

    REQUIRE(top->id == "ready");
    REQUIRE(upper == top);
    REQUIRE(middle->id == "targeted");
    REQUIRE(middle_low == middle);
    REQUIRE(low->id == "repeat");
    REQUIRE(bottom == low);
    REQUIRE(rubric.band_for(11) == nullptr);
    REQUIRE(rubric.band_for(61) == nullptr);

    // A full card of 4s is 48: just interview-ready.
    REQUIRE(rubric.band_for(card_of(4).total()) == top);
    REQUIRE(rubric.band_for(card_of(1).total()) == bottom);
}
