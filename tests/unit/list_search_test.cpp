#include "support/keys.hpp"
#include "tui/list_search.hpp"

#include <catch2/catch.hpp>

using namespace sdmock;
using namespace sdmock::tui;
using sdmock::test::named_key;
using sdmock::test::text_key;

TEST_CASE("ListSearch: / opens it, text narrows the rows by label or detail, case aside") {
    std::vector<MenuItem> items{{"URL Shortener", "warm-up api"}, {"Ticketmaster", "core data"}, {"Zoom", "advanced"}};
    ListSearch s;
    REQUIRE_FALSE(update_search(s, text_key("t"))); // closed: the key is the list's
    REQUIRE(update_search(s, text_key("/")));
    REQUIRE(s.typing);
    for (const char* c : {"T", "i", "c"})
        REQUIRE(update_search(s, text_key(c)));
    REQUIRE(matching(items, s.text) == std::vector<std::size_t>{1});
    REQUIRE(matching(items, "ADVANCED") == std::vector<std::size_t>{2});
    REQUIRE(matching(items, "").size() == 3);
    REQUIRE_FALSE(update_search(s, named_key(Key::Kind::down))); // the arrows still move in the list
    REQUIRE(update_search(s, named_key(Key::Kind::enter)));      // keeps the filter, gives the keys back
    REQUIRE_FALSE(s.typing);
    REQUIRE(s.text == "Tic");
    REQUIRE(update_search(s, named_key(Key::Kind::escape))); // Esc clears a kept filter before it goes back
    REQUIRE(s.text.empty());
    REQUIRE_FALSE(update_search(s, named_key(Key::Kind::escape)));
}

TEST_CASE("ListSearch: Backspace removes a character, and on an empty search closes it") {
    ListSearch s;
    update_search(s, text_key("/"));
    update_search(s, text_key("é"));
    update_search(s, named_key(Key::Kind::backspace));
    REQUIRE(s.text.empty());
    REQUIRE(s.typing);
    update_search(s, named_key(Key::Kind::backspace));
    REQUIRE_FALSE(s.typing);
}
