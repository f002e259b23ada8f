// The spaced-review screen: typing, revealing, grading and leaving, laid out at 80x24.
#include "tui/card_review.hpp"

#include <catch2/catch.hpp>

using namespace sdmock::tui;

namespace {

Key text(const char* t) {
    return {Key::Kind::text, t};
}

const std::vector<ReviewCard> kCards{
    {"bank:a", "Caching & CDN", "What is cache-aside?", "Read the cache first.", "", true},
    {"miss:1:1", "Data storage & model", "Uber: how do you shard?", "", "Mock 1", false}};

} // namespace

TEST_CASE("Card review: the answer is typed, Enter reveals, a digit grades and moves on") {
    CardReviewState s;
    CHECK(update_card_review(s, text("h"), 2).action == CardAction::none);
    update_card_review(s, text("i"), 2);
    update_card_review(s, {Key::Kind::backspace, ""}, 2);
    CHECK(s.answer == "h");
    // Digits before the reveal are part of the answer, not grades.
    CHECK(update_card_review(s, text("3"), 2).action == CardAction::none);
    CHECK(s.answer == "h3");
    CHECK(update_card_review(s, {Key::Kind::enter, ""}, 2).action == CardAction::reveal);
    CHECK(update_card_review(s, text("7"), 2).action == CardAction::none);
    auto r = update_card_review(s, text("2"), 2);
    CHECK(r.action == CardAction::grade);
    CHECK(r.grade == 2);
    CHECK(s.index == 1);
    CHECK(s.answer.empty());
    CHECK_FALSE(s.revealed);
    CHECK(update_card_review(s, {Key::Kind::escape, ""}, 2).action == CardAction::leave);
}

TEST_CASE("Card review: the screen shows the question, then the model answer and the grades") {
    CardReviewState s;
    auto before = layout_card_review(kCards, s, 80, 24).text();
    CHECK(before.find("What is cache-aside?") != std::string::npos);
    CHECK(before.find("Read the cache first.") == std::string::npos);
    CHECK(before.find("Enter show the answer") != std::string::npos);
    s.revealed = true;
    auto after = layout_card_review(kCards, s, 80, 24);
    CHECK(after.lines.size() == 24);
    CHECK(after.text().find("Read the cache first.") != std::string::npos);
    CHECK(after.text().find("1 again") != std::string::npos);
    s.index = 2;
    s.graded = 2;
    CHECK(layout_card_review(kCards, s, 80, 24).text().find("Done: 2 reviewed") != std::string::npos);
    CHECK(update_card_review(s, text("x"), 2).action == CardAction::leave);
}

TEST_CASE("Card review: a miss with no model answer says so, a small terminal is told plainly") {
    CardReviewState s;
    s.index = 1;
    s.revealed = true;
    CHECK(layout_card_review(kCards, s, 80, 24).text().find("(none in the bank)") != std::string::npos);
    CHECK(layout_card_review(kCards, s, 40, 10).text() != layout_card_review(kCards, s, 80, 24).text());
}
