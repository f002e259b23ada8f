#include "core/text.hpp"

#include <catch2/catch.hpp>

using namespace sdmock;

TEST_CASE("wrap: breaks at spaces within the width") {
    auto lines = wrap("the quick brown fox jumps over the lazy dog", 10);
    REQUIRE(lines == std::vector<std::string>{"the quick", "brown fox", "jumps over", "the lazy", "dog"});
}

TEST_CASE("wrap: keeps paragraph breaks and puts a long word on its own line") {
    auto lines = wrap("one\n\nsupercalifragilistic two", 10);
    REQUIRE(lines == std::vector<std::string>{"one", "", "supercalifragilistic", "two"});
}

TEST_CASE("wrap: counts code points, not bytes") {
    auto lines = wrap("ééééé ééééé", 11);
    REQUIRE(lines.size() == 1);
    REQUIRE(display_width(lines[0]) == 11);
}

TEST_CASE("closest: prefix matches first, then small edit distances") {
    std::vector<std::string> ids{"url-shortener", "uber", "rate-limiter", "api-rate-limiter", "pastebin"};
    REQUIRE(closest("url", ids) == std::vector<std::string>{"url-shortener"});
    REQUIRE(closest("ubre", ids) == std::vector<std::string>{"uber"});
    auto near = closest("rate-limiter", ids);
    REQUIRE(near.front() == "rate-limiter");
    REQUIRE(near.size() == 2);
    REQUIRE(closest("zzzzzzz", ids).empty());
}

TEST_CASE("fit: pads short text and cuts long text with an ellipsis") {
    REQUIRE(fit("abc", 5) == "abc  ");
    REQUIRE(fit("abcdefgh", 5) == "abcd…");
    REQUIRE(display_width(fit("abcdefgh", 5)) == 5);
}

TEST_CASE("format_number: whole numbers have no decimals") {
    REQUIRE(format_number(40) == "40");
    REQUIRE(format_number(4000.0) == "4000");
    REQUIRE(format_number(2.5) == "2.5");
}

TEST_CASE("headline: the first clause of a risk or an extension, without its full stop") {
    REQUIRE(headline("Hot counter shard: one global counter serialises every create.") == "Hot counter shard");
    REQUIRE(headline("Overselling; two buyers get the last seat") == "Overselling");
    REQUIRE(headline("Hot ads overload one partition. Mitigation: salt the key") == "Hot ads overload one partition");
    REQUIRE(headline("Multi-region - give each region its own range") == "Multi-region");
    REQUIRE(headline("Expiration policies and reclaiming old codes.") ==
            "Expiration policies and reclaiming old codes");
    REQUIRE(headline("No separator at all") == "No separator at all");
    REQUIRE(headline("") == "");
}

TEST_CASE("format_figure: thousands separators from five digits on, decimals and signs kept") {
    REQUIRE(format_figure(2000000) == "2,000,000");
    REQUIRE(format_figure(86400) == "86,400");
    REQUIRE(format_figure(4000) == "4000");
    REQUIRE(format_figure(-123456) == "-123,456");
    REQUIRE(format_figure(12345.5) == "12,345.5");
    REQUIRE(format_figure(2.5) == "2.5");
}
