#include "core/follow.hpp"
#include "support/keys.hpp"
#include "support/shipped_content.hpp"
#include "tui/keys.hpp"

#include <catch2/catch.hpp>

using namespace sdmock;
using namespace sdmock::tui;
using sdmock::test::as;
using sdmock::test::is_none;
using sdmock::test::named_key;
using sdmock::test::text_key;

namespace {

/// The candidate's view of a standard-45 paired mock, and its keys.
struct Follow {
    const Plan& plan = test::shipped_plan("standard-45");
    FollowState state;
    FollowKeys keys;
    FollowAction press(const Key& key) { return update_follow(keys, key, state, plan); }
    FollowAction type(const std::string& c) { return press(text_key(c)); }
    FollowAction press(Key::Kind kind) { return press(named_key(kind)); }
};

} // namespace

TEST_CASE("FollowKeys: a opens a note tagged to the phase the interviewer is in") {
    Follow f;
    f.state.started = true;
    f.state.phase = 3;
    REQUIRE(is_none(f.type("a")));
    REQUIRE(f.keys.prompt.has_value());
    REQUIRE(f.keys.note_dimension == f.plan.phases[3].dimension);
    REQUIRE(f.keys.prompt->label == "Note [" + f.plan.phases[3].dimension + "]");

    Follow ended;
    ended.state.phase = ended.plan.phases.size();
    ended.type("a");
    REQUIRE(ended.keys.note_dimension == kDimensionIds[0]);
}

TEST_CASE("FollowKeys: a note takes text, Backspace of a UTF-8 character, Tab, Esc and Enter") {
    Follow f;
    f.type("a");
    for (const char* c : {"q", "?", "p", "ö"})
        REQUIRE(is_none(f.type(c))); // text, not keys
    REQUIRE(f.keys.prompt->text == "q?pö");
    REQUIRE_FALSE(f.keys.help);
    REQUIRE_FALSE(f.keys.leaving);
    f.press(Key::Kind::backspace);
    REQUIRE(f.keys.prompt->text == "q?p");
    REQUIRE(is_none(f.press(Key::Kind::tab)));
    REQUIRE(f.keys.note_dimension == kDimensionIds[1]);
    REQUIRE(f.keys.prompt->label == "Note [" + std::string(kDimensionIds[1]) + "]");
    REQUIRE(as<act::AddNote>(f.press(Key::Kind::enter)) == act::AddNote{std::string(kDimensionIds[1]), "q?p"});
    REQUIRE_FALSE(f.keys.prompt.has_value());

    f.type("a");
    f.type("x");
    REQUIRE(is_none(f.press(Key::Kind::escape)));
    REQUIRE_FALSE(f.keys.prompt.has_value());
}

TEST_CASE("FollowKeys: ? shows the keys, p the whole problem, any key closes them and does nothing else") {
    Follow f;
    REQUIRE(is_none(f.type("?")));
    REQUIRE(f.keys.help);
    REQUIRE(is_none(f.type("q"))); // closes: does not ask to stop
    REQUIRE_FALSE(f.keys.help);
    REQUIRE_FALSE(f.keys.leaving);

    REQUIRE(is_none(f.type("p")));
    REQUIRE(f.keys.full_text);
    REQUIRE(is_none(f.type("a"))); // closes: opens no note
    REQUIRE_FALSE(f.keys.full_text);
    REQUIRE_FALSE(f.keys.prompt.has_value());
}

TEST_CASE("FollowKeys: q asks, q again stops following, any other key in between stays") {
    Follow f;
    REQUIRE(is_none(f.type("q")));
    REQUIRE(f.keys.leaving);
    REQUIRE(f.keys.flash == "Stop following? The mock goes on; press q again to stop, any other key to stay.");

    SECTION("q again stops") {
        as<act::Leave>(f.type("q"));
    }
    SECTION("another key stays, and clears the question") {
        REQUIRE(is_none(f.press(Key::Kind::enter)));
        REQUIRE_FALSE(f.keys.leaving);
        REQUIRE(f.keys.flash.empty());
        REQUIRE(is_none(f.type("q")));
        as<act::Leave>(f.type("q"));
    }
}

TEST_CASE("FollowKeys: other keys do nothing") {
    Follow f;
    for (const char* c : {" ", "n", "x", "y", "1"})
        REQUIRE(is_none(f.type(c)));
    for (auto kind : {Key::Kind::enter, Key::Kind::escape, Key::Kind::tab, Key::Kind::up})
        REQUIRE(is_none(f.press(kind)));
    REQUIRE_FALSE(f.keys.help);
    REQUIRE_FALSE(f.keys.full_text);
    REQUIRE_FALSE(f.keys.prompt.has_value());
    REQUIRE_FALSE(f.keys.leaving);
}
