#include "content/config.hpp"
#include "core/error.hpp"
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>

using namespace sdmock;

TEST_CASE("config: no file means the defaults") {
    test::TempDir dir;
    Config c = load_config(dir.path() / "missing.toml");
    REQUIRE(c.plan == "standard-45");
    REQUIRE(c.bell);
    REQUIRE(c.color);
    REQUIRE(c.week_start == Weekday::monday);
}

TEST_CASE("config: every setting is read") {
    Config c =
        parse_config("plan = \"mini-25\"\nbell = false\ncolor = false\nweek_start = \"sunday\"\n", "config.toml");
    REQUIRE(c.plan == "mini-25");
    REQUIRE_FALSE(c.bell);
    REQUIRE_FALSE(c.color);
    REQUIRE(c.week_start == Weekday::sunday);
}

TEST_CASE("config: a bad value names the file and line") {
    try {
        (void)parse_config("plan = \"mini-25\"\nbell = \"loud\"\n", "config.toml");
        FAIL("no error");
    } catch (const ContentError& e) {
        std::string message = e.what();
        REQUIRE(message.rfind("config.toml:2:", 0) == 0);
        REQUIRE(message.find("'bell' should be true or false") != std::string::npos);
    }
    REQUIRE_THROWS_AS(parse_config("week_start = \"friday\"\n", "c.toml"), ContentError);
    REQUIRE_THROWS_AS(parse_config("plan = \n", "c.toml"), ContentError);
}

TEST_CASE("config: an unknown key is a warning with a suggestion, not an error") {
    std::vector<std::string> warnings;
    Config c = parse_config("bel = false\nplan = \"mini-25\"\n", "config.toml", &warnings);
    REQUIRE(c.plan == "mini-25");
    REQUIRE(c.bell); // the typo changed nothing
    REQUIRE(warnings.size() == 1);
    REQUIRE(warnings[0].rfind("config.toml:1:1: warning: unknown key 'bel'", 0) == 0);
    REQUIRE(warnings[0].find("did you mean 'bell'") != std::string::npos);
}

TEST_CASE("config: new_cards_per_day sets the daily new items of spaced review, 0 to 1000") {
    CHECK(Config{}.new_cards_per_day == 10);
    CHECK(parse_config("new_cards_per_day = 25\n", "config.toml").new_cards_per_day == 25);
    CHECK(parse_config("new_cards_per_day = 0\n", "config.toml").new_cards_per_day == 0);
    for (const char* bad : {"new_cards_per_day = -1\n", "new_cards_per_day = 1001\n", "new_cards_per_day = \"ten\"\n",
                            "new_cards_per_day = 2.5\n"}) {
        INFO(bad);
        try {
            (void)parse_config(bad, "config.toml");
            FAIL("accepted");
        } catch (const ContentError& e) {
            CHECK(std::string(e.what()).find("config.toml:1:") != std::string::npos);
            CHECK(std::string(e.what()).find("new_cards_per_day") != std::string::npos);
        }
    }
}

TEST_CASE("config: record and voice turn on recording and the spoken questions for every mock") {
    Config defaults = parse_config("", "config.toml");
    CHECK_FALSE(defaults.record);
    CHECK_FALSE(defaults.voice);
    Config c = parse_config("record = true\nvoice = true\n", "config.toml");
    CHECK(c.record);
    CHECK(c.voice);
    std::vector<std::string> warnings;
    (void)parse_config("record = true\n", "config.toml", &warnings);
    CHECK(warnings.empty()); // a known key
    REQUIRE_THROWS_AS(parse_config("record = \"yes\"\n", "config.toml"), ContentError);
}
