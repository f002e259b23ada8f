#include "core/scorecard.hpp"
#include "support/keys.hpp"
#include "tui/keys.hpp"

#include <catch2/catch.hpp>

using namespace sdmock;
using namespace sdmock::tui;
using sdmock::test::as;
using sdmock::test::is_none;
using sdmock::test::named_key;
using sdmock::test::text_key;

namespace {

/// The scoring screen's keys over a card.
struct Scoring {
    Scorecard card;
    ScoringKeys keys;
    ScoringAction press(const Key& key) { return update_scoring(keys, key, card); }
    ScoringAction type(const std::string& c) { return press(text_key(c)); }
    ScoringAction press(Key::Kind kind) { return press(named_key(kind)); }
    void score_all(int score = 3) {
        for (std::size_t i = 0; i < kDimensionCount; ++i)
            card.set(i, score);
    }
};

constexpr std::size_t kLast = kDimensionCount - 1;

} // namespace

TEST_CASE("ScoringKeys: a card starts at its first dimension not scored") {
    Scorecard card;
    REQUIRE(scoring_keys(card).selected == 0);
    card.set(0, 4);
    card.set(1, 2);
    card.set(2, 5);
    REQUIRE(scoring_keys(card).selected == 3);
    card.set(4, 1); // a gap: the first unscored one
    REQUIRE(scoring_keys(card).selected == 3);
    for (std::size_t i = 0; i < kDimensionCount; ++i)
        card.set(i, 3);
    REQUIRE(scoring_keys(card).selected == kLast);
}

TEST_CASE("ScoringKeys: up and k move up, down and j move down, both stop at the ends") {
    Scoring s;
    for (auto key : {named_key(Key::Kind::down), text_key("j")}) {
        s.keys.selected = kLast - 1;
        REQUIRE(is_none(s.press(key)));
        REQUIRE(s.keys.selected == kLast);
        s.press(key);
        REQUIRE(s.keys.selected == kLast);
    }
    for (auto key : {named_key(Key::Kind::up), text_key("k")}) {
        s.keys.selected = 1;
        REQUIRE(is_none(s.press(key)));
        REQUIRE(s.keys.selected == 0);
        s.press(key);
        REQUIRE(s.keys.selected == 0);
    }
}

TEST_CASE("ScoringKeys: 1 to 5 score the selected dimension and move down") {
    Scoring s;
    for (int n = 1; n <= 5; ++n) {
        std::size_t at = s.keys.selected;
        REQUIRE(as<act::Score>(s.type(std::to_string(n))) == act::Score{at, n});
        REQUIRE(s.keys.selected == at + 1);
    }
    s.keys.selected = kLast;
    REQUIRE(as<act::Score>(s.type("4")) == act::Score{kLast, 4});
    REQUIRE(s.keys.selected == kLast); // the last one stays selected
}

TEST_CASE("ScoringKeys: 0, 6 and other keys score nothing") {
    Scoring s;
    s.keys.selected = 2;
    for (const char* c : {"0", "6", "9", "x", "12"}) {
        INFO("key " << c);
        REQUIRE(is_none(s.type(c)));
        REQUIRE(s.keys.selected == 2);
    }
    for (auto kind : {Key::Kind::enter, Key::Kind::escape, Key::Kind::tab, Key::Kind::backspace}) {
        REQUIRE(is_none(s.press(kind)));
        REQUIRE_FALSE(s.keys.prompt.has_value());
    }
}

TEST_CASE("ScoringKeys: e opens the evidence of the selected dimension with what it says already") {
    Scoring s;
    s.keys.selected = 5;
    s.card.evidence[5] = "cache-aside";
    REQUIRE(is_none(s.type("e")));
    REQUIRE(s.keys.prompt.has_value());
    REQUIRE(s.keys.prompt->label == "Evidence [" + std::string(kDimensionIds[5]) + "]");
    REQUIRE(s.keys.prompt->text == "cache-aside");
}

TEST_CASE("ScoringKeys: evidence takes text, Backspace removes a whole UTF-8 character, Tab does nothing") {
    Scoring s;
    s.type("e");
    for (const char* c : {"3", "q", "s", "→", "ü"})
        REQUIRE(is_none(s.type(c))); // text, not scores or keys
    REQUIRE(s.keys.prompt->text == "3qs→ü");
    s.press(Key::Kind::backspace);
    REQUIRE(s.keys.prompt->text == "3qs→");
    s.press(Key::Kind::backspace);
    REQUIRE(s.keys.prompt->text == "3qs");
    REQUIRE(is_none(s.press(Key::Kind::tab)));
    REQUIRE(s.keys.prompt->text == "3qs");
    REQUIRE(s.keys.selected == 0);
}

TEST_CASE("ScoringKeys: Esc cancels the evidence, Enter saves it for its dimension") {
    Scoring s;
    s.keys.selected = 7;
    s.type("e");
    s.type("z");
    REQUIRE(is_none(s.press(Key::Kind::escape)));
    REQUIRE_FALSE(s.keys.prompt.has_value());

    s.card.evidence[7] = "sharded";
    s.type("e");
    s.type("!");
    REQUIRE(as<act::Evidence>(s.press(Key::Kind::enter)) == act::Evidence{7, "sharded!"});
    REQUIRE_FALSE(s.keys.prompt.has_value());
    REQUIRE(s.keys.selected == 7); // saving evidence does not move
}

TEST_CASE("ScoringKeys: s saves a complete card, and flashes how many are left otherwise") {
    Scoring s;
    REQUIRE(is_none(s.type("s")));
    REQUIRE(s.keys.flash == "Score all twelve dimensions first (12 left).");
    s.card.set(0, 4);
    s.card.set(3, 4);
    s.type("s");
    REQUIRE(s.keys.flash == "Score all twelve dimensions first (10 left).");
    s.score_all();
    as<act::SaveScores>(s.type("s"));
    REQUIRE(s.keys.flash.empty());
}

TEST_CASE("ScoringKeys: q asks, q again leaves, any other key in between stays") {
    Scoring s;
    REQUIRE(is_none(s.type("q")));
    REQUIRE(s.keys.leaving);
    REQUIRE(s.keys.flash.find("press q again to leave") != std::string::npos);

    SECTION("q again leaves") {
        as<act::Leave>(s.type("q"));
    }
    SECTION("another key stays, and the next q asks again") {
        REQUIRE(is_none(s.press(Key::Kind::down)));
        REQUIRE_FALSE(s.keys.leaving);
        REQUIRE(s.keys.flash.empty());
        REQUIRE(is_none(s.type("q")));
        as<act::Leave>(s.type("q"));
    }
    SECTION("a score in between stays") {
        as<act::Score>(s.type("3"));
        REQUIRE(is_none(s.type("q")));
    }
}

TEST_CASE("ScoringKeys: ? flashes the keys until the next key") {
    Scoring s;
    REQUIRE(is_none(s.type("?")));
    REQUIRE(s.keys.flash.find("1-5 scores and moves down") != std::string::npos);
    s.press(Key::Kind::up);
    REQUIRE(s.keys.flash.empty());
}

TEST_CASE("ScoringKeys: a drill's card moves among its dimensions only and saves once they are scored") {
    Scoring s;
    s.keys = scoring_keys(s.card, {5, 7}); // caching, scaling
    REQUIRE(s.keys.selected == 5);
    s.press(Key::Kind::up);
    REQUIRE(s.keys.selected == 5);
    s.press(Key::Kind::down);
    REQUIRE(s.keys.selected == 7);
    s.press(Key::Kind::down);
    REQUIRE(s.keys.selected == 7);
    s.press(Key::Kind::up);
    REQUIRE(s.keys.selected == 5);
    auto given = s.type("4");
    REQUIRE(as<act::Score>(given).dimension == 5);
    s.card.set(5, 4);
    REQUIRE(s.keys.selected == 7);
    REQUIRE(is_none(s.type("s")));
    REQUIRE_THAT(s.keys.flash, Catch::Contains("Score the drill's 2 dimensions first (1 left)"));
    s.card.set(7, 3);
    REQUIRE(std::holds_alternative<act::SaveScores>(s.type("s")));
    // A resumed drill starts at its first dimension not scored.
    Scorecard half;
    half.set(5, 2);
    REQUIRE(scoring_keys(half, {5, 7}).selected == 7);
}
