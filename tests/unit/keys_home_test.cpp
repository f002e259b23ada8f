#include "support/keys.hpp"
#include "tui/keys.hpp"

#include <catch2/catch.hpp>

using namespace sdmock;
using namespace sdmock::tui;
using sdmock::test::named_key;
using sdmock::test::text_key;

TEST_CASE("ListKeys: up/k and down/j move one row and stop at the ends") {
    std::size_t selected = 3;
    REQUIRE(update_list(selected, named_key(Key::Kind::down), 5, true) == ListAction::none);
    REQUIRE(selected == 4);
    update_list(selected, text_key("j"), 5, true);
    REQUIRE(selected == 4);
    update_list(selected, named_key(Key::Kind::up), 5, true);
    REQUIRE(selected == 3);
    selected = 0;
    update_list(selected, text_key("k"), 5, true);
    REQUIRE(selected == 0);
    update_list(selected, text_key("j"), 0, true); // an empty list
    REQUIRE(selected == 0);
}

TEST_CASE("ListKeys: Home and End go to the ends, PgUp and PgDn ten rows") {
    std::size_t selected = 5;
    update_list(selected, named_key(Key::Kind::end), 25, true);
    REQUIRE(selected == 24);
    update_list(selected, named_key(Key::Kind::home), 25, true);
    REQUIRE(selected == 0);
    update_list(selected, named_key(Key::Kind::page_down), 25, true);
    REQUIRE(selected == 10);
    update_list(selected, named_key(Key::Kind::page_down), 25, true);
    update_list(selected, named_key(Key::Kind::page_down), 25, true);
    REQUIRE(selected == 24);
    update_list(selected, named_key(Key::Kind::page_up), 25, true);
    REQUIRE(selected == 14);
    selected = 7;
    update_list(selected, named_key(Key::Kind::page_up), 25, true);
    REQUIRE(selected == 0);
}

TEST_CASE("ListKeys: Enter or l chooses a row, never in an empty list") {
    std::size_t selected = 2;
    REQUIRE(update_list(selected, named_key(Key::Kind::enter), 3, true) == ListAction::choose);
    REQUIRE(update_list(selected, text_key("l"), 3, true) == ListAction::choose);
    REQUIRE(selected == 2);
    selected = 0;
    REQUIRE(update_list(selected, named_key(Key::Kind::enter), 0, true) == ListAction::none);
}

TEST_CASE("ListKeys: Esc and Backspace go back, q quits only where q quits") {
    std::size_t selected = 1;
    REQUIRE(update_list(selected, named_key(Key::Kind::escape), 3, true) == ListAction::back);
    REQUIRE(update_list(selected, named_key(Key::Kind::backspace), 3, false) == ListAction::back);
    REQUIRE(update_list(selected, text_key("q"), 3, true) == ListAction::quit);
    REQUIRE(update_list(selected, text_key("q"), 3, false) == ListAction::none);
    REQUIRE(update_list(selected, text_key("h"), 3, true) == ListAction::none);
    REQUIRE(selected == 1);
}

TEST_CASE("PagerKeys: lines, screens and the ends, never past the last screen") {
    PagerKeys page{0, 20, 45};
    REQUIRE(update_pager(page, named_key(Key::Kind::down)) == PagerAction::none);
    REQUIRE(page.offset == 1);
    update_pager(page, text_key("j"));
    REQUIRE(page.offset == 2);
    update_pager(page, named_key(Key::Kind::up));
    update_pager(page, text_key("k"));
    update_pager(page, text_key("k"));
    REQUIRE(page.offset == 0);
    update_pager(page, text_key(" "));
    REQUIRE(page.offset == 20);
    update_pager(page, named_key(Key::Kind::page_down));
    REQUIRE(page.offset == 40);
    update_pager(page, named_key(Key::Kind::page_down));
    REQUIRE(page.offset == 45);
    update_pager(page, text_key("j"));
    REQUIRE(page.offset == 45);
    update_pager(page, text_key("b"));
    REQUIRE(page.offset == 25);
    update_pager(page, named_key(Key::Kind::page_up));
    REQUIRE(page.offset == 5);
    update_pager(page, named_key(Key::Kind::page_up));
    REQUIRE(page.offset == 0);
    update_pager(page, text_key("G"));
    REQUIRE(page.offset == 45);
    update_pager(page, text_key("g"));
    REQUIRE(page.offset == 0);
    update_pager(page, named_key(Key::Kind::end));
    REQUIRE(page.offset == 45);
    update_pager(page, named_key(Key::Kind::home));
    REQUIRE(page.offset == 0);
}

TEST_CASE("PagerKeys: Esc, Backspace, q and Enter leave, other keys stay") {
    for (auto key :
         {named_key(Key::Kind::escape), named_key(Key::Kind::backspace), text_key("q"), named_key(Key::Kind::enter)}) {
        PagerKeys page{3, 20, 45};
        REQUIRE(update_pager(page, key) == PagerAction::leave);
        REQUIRE(page.offset == 3);
    }
    PagerKeys page{3, 20, 45};
    REQUIRE(update_pager(page, text_key("x")) == PagerAction::none);
    REQUIRE(update_pager(page, named_key(Key::Kind::tab)) == PagerAction::none);
    REQUIRE(page.offset == 3);
}

TEST_CASE("SummaryKeys: Enter, q or Esc leaves the summary, other keys stay") {
    REQUIRE(update_summary(named_key(Key::Kind::enter)) == SummaryAction::leave);
    REQUIRE(update_summary(text_key("q")) == SummaryAction::leave);
    REQUIRE(update_summary(named_key(Key::Kind::escape)) == SummaryAction::leave);
    REQUIRE(update_summary(text_key(" ")) == SummaryAction::none);
    REQUIRE(update_summary(text_key("y")) == SummaryAction::none);
}

TEST_CASE("NoticeKeys: Enter starts the clock, Esc or q cancels, other keys wait") {
    REQUIRE(update_notice(named_key(Key::Kind::enter)) == NoticeAction::accept);
    REQUIRE(update_notice(named_key(Key::Kind::escape)) == NoticeAction::cancel);
    REQUIRE(update_notice(text_key("q")) == NoticeAction::cancel);
    REQUIRE(update_notice(text_key("y")) == NoticeAction::none);
    REQUIRE(update_notice(text_key(" ")) == NoticeAction::none);
}

TEST_CASE("HomeKeys: x on a Resume row abandons the session, other keys do not") {
    REQUIRE(wants_abandon(text_key("x")));
    REQUIRE_FALSE(wants_abandon(text_key("q")));
    REQUIRE_FALSE(wants_abandon(named_key(Key::Kind::enter)));
}
