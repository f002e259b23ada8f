// The study pointers in words: Parts with their titles, cards by id, cards found by id or title.
#include "core/findings.hpp"
#include "core/study.hpp"

#include <catch2/catch.hpp>

#include <set>

using namespace sdmock;

namespace {

Card card(const std::string& id, const std::string& title, std::vector<std::string> dimensions) {
    Card c;
    c.id = id;
    c.title = title;
    c.text = "Some text.";
    c.dimensions = std::move(dimensions);
    return c;
}

Content small_content() {
    Content c;
    c.guide.title = "The guide";
    c.guide.parts = {{6, "Caching", {}}, {7, "CDN Deep Dive", {}}};
    c.cards = {card("redis-cache", "Redis as a distributed cache", {"caching"}),
               card("qps-from-dau", "From DAU to peak QPS", {"estimation"}),
               card("cdn", "CDN: caching at the edge", {"caching", "scaling"}),
               card("think-aloud", "Think out loud", {"communication"})};
    return c;
}

} // namespace

TEST_CASE("study: a Part is named with its title, or by number alone when it has none") {
    Content c = small_content();
    REQUIRE(part_name(6, c) == "Part 6 (Caching)");
    REQUIRE(part_name(12, c) == "Part 12");
    REQUIRE(parts_text({6, 7}, c) == "Part 6 (Caching), Part 7 (CDN Deep Dive)");
    REQUIRE(parts_text({}, c).empty());
}

TEST_CASE("study: cards are named by the id that opens them, unknown ids left out") {
    Content c = small_content();
    REQUIRE(cards_text({"cdn", "no-such-card", "redis-cache"}, c) == "cdn, redis-cache");
    REQUIRE(open_card_hint("cdn").find("sdmock cards show cdn") != std::string::npos);
}

TEST_CASE("study: a dimension's hint names the Parts with their titles and its cards") {
    Content c = small_content();
    Dimension d;
    d.id = "caching";
    d.parts = {6, 7};
    d.cards = {"redis-cache", "cdn"};
    REQUIRE(study_hint(d, c) == "Part 6 (Caching), Part 7 (CDN Deep Dive); cards: redis-cache, cdn");
    d.cards.clear();
    REQUIRE(study_hint(d, c) == "Part 6 (Caching), Part 7 (CDN Deep Dive)");
}

TEST_CASE("study: a card is found by its id, or by its title whatever the letter case") {
    Content c = small_content();
    REQUIRE(find_card(c, "cdn") == &c.cards[2]);
    REQUIRE(find_card(c, "cdn: CACHING at the edge") == &c.cards[2]);
    REQUIRE(find_card(c, "Redis as a distributed cache") == &c.cards[0]);
    REQUIRE(find_card(c, "CDN") == nullptr); // ids are matched exactly
    REQUIRE(find_card(c, "redis") == nullptr);
    REQUIRE(find_card(c, "") == nullptr);
}

TEST_CASE("study: cards come grouped by their first dimension in rubric order, by id within") {
    Content c = small_content();
    std::vector<std::string> ids;
    for (const Card* card : cards_by_dimension(c))
        ids.push_back(card->id);
    REQUIRE(ids == std::vector<std::string>{"qps-from-dau", "cdn", "redis-cache", "think-aloud"});
}

TEST_CASE("study: in one text a Part's title is given once, the first time it is named") {
    Content c = small_content();
    std::set<int> titled;
    REQUIRE(parts_text({6}, c, &titled) == "Part 6 (Caching)");
    REQUIRE(parts_text({7, 6}, c, &titled) == "Part 7 (CDN Deep Dive), Part 6");
    Dimension d;
    d.parts = {6, 7};
    d.cards = {"cdn"};
    REQUIRE(study_pointers(d, c, &titled) == "Part 6, Part 7; cards: cdn");
    REQUIRE(study_pointers(d, c) == "Part 6 (Caching), Part 7 (CDN Deep Dive); cards: cdn");
}
