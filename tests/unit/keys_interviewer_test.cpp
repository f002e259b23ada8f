#include "core/clock.hpp"
#include "core/mock.hpp"
#include "support/keys.hpp"
#include "support/recording_sink.hpp"
#include "support/shipped_content.hpp"
#include "tui/keys.hpp"

#include <catch2/catch.hpp>

using namespace sdmock;
using namespace sdmock::tui;
using namespace std::chrono_literals;
using sdmock::test::as;
using sdmock::test::is_none;
using sdmock::test::named_key;
using sdmock::test::text_key;

namespace {

/// The interviewer's desk of a paired standard-45 mock of Ticketmaster, and its screen's keys.
struct Desk {
    Desk()
        : mock(test::shipped_problem("ticketmaster"), plan, test::shipped_content(), 42, 1.0, Role::interviewer, sink) {
        mock.start(now());
    }
    [[nodiscard]] SteadyTime now() const { return clock.steady_now(); }
    InterviewerAction press(const Key& key) { return update_interviewer(keys, key, mock, now()); }
    InterviewerAction type(const std::string& c) { return press(text_key(c)); }
    InterviewerAction press(Key::Kind kind) { return press(named_key(kind)); }
    void to_last_phase() {
        while (mock.timer().phase() + 1 < mock.timer().phase_count())
            mock.next_phase(now());
    }

    const Plan& plan = test::shipped_plan("standard-45");
    FakeClock clock;
    test::RecordingSink sink;
    MockSession mock;
    InterviewerKeys keys;
};

} // namespace

TEST_CASE("InterviewerKeys: up/k and down/j choose a line within the script") {
    Desk d;
    std::size_t count = d.mock.script().size();
    REQUIRE(count >= 2);
    for (auto key : {named_key(Key::Kind::down), text_key("j")}) {
        d.keys.selected = count - 2;
        REQUIRE(is_none(d.press(key)));
        REQUIRE(d.keys.selected == count - 1);
        d.press(key);
        REQUIRE(d.keys.selected == count - 1);
    }
    for (auto key : {named_key(Key::Kind::up), text_key("k")}) {
        d.keys.selected = 1;
        REQUIRE(is_none(d.press(key)));
        REQUIRE(d.keys.selected == 0);
        d.press(key);
        REQUIRE(d.keys.selected == 0);
    }
}

TEST_CASE("InterviewerKeys: Enter puts the selected line, only one in the script") {
    Desk d;
    d.keys.selected = 1;
    REQUIRE(as<act::PutLine>(d.press(Key::Kind::enter)).index == 1);
    d.keys.selected = d.mock.script().size();
    REQUIRE(is_none(d.press(Key::Kind::enter)));
}

TEST_CASE("InterviewerKeys: 1, 2 and 3 grade the selected line, asked or not") {
    Desk d;
    d.keys.selected = 3;
    REQUIRE(as<act::Mark>(d.type("1")) == act::Mark{3, Grade::well});
    REQUIRE(as<act::Mark>(d.type("2")) == act::Mark{3, Grade::partly});
    REQUIRE(as<act::Mark>(d.type("3")) == act::Mark{3, Grade::not_answered});
    REQUIRE(d.keys.flash.empty());
}

TEST_CASE("InterviewerKeys: c opens the picker of fitting curveballs, it chooses, throws, or lets sdmock choose") {
    Desk d;
    std::size_t count = d.mock.curveball_choices().size();
    REQUIRE(count >= 3);
    REQUIRE(is_none(d.type("c")));
    REQUIRE(d.keys.overlay == Overlay::curveballs);
    d.press(Key::Kind::down);
    d.type("j");
    REQUIRE(d.keys.curveball == 2);
    d.type("k");
    REQUIRE(d.keys.curveball == 1);
    SECTION("Enter throws the one highlighted") {
        REQUIRE(as<act::Curveball>(d.press(Key::Kind::enter)).choice == 1);
    }
    SECTION("r lets sdmock choose") {
        REQUIRE(as<act::Curveball>(d.type("r")).choice == 0);
    }
    SECTION("Esc closes it and throws nothing") {
        REQUIRE(is_none(d.press(Key::Kind::escape)));
    }
    SECTION("the highlight stays within the choices") {
        for (std::size_t i = 0; i < count + 3; ++i)
            d.press(Key::Kind::down);
        REQUIRE(d.keys.curveball == count - 1);
        REQUIRE(as<act::Curveball>(d.press(Key::Kind::enter)).choice == count - 1);
    }
    REQUIRE(d.keys.overlay == Overlay::none);
}

TEST_CASE("InterviewerKeys: c with no fitting curveball left flashes") {
    Desk d;
    while (d.mock.throw_curveball(d.now())) {
    }
    REQUIRE(is_none(d.type("c")));
    REQUIRE(d.keys.overlay == Overlay::none);
    REQUIRE(d.keys.flash == "No curveball left that fits this problem.");
}

TEST_CASE("InterviewerKeys: h holds the selected line's suggested hint, Tab the next, Enter gives it") {
    Desk d;
    while (d.mock.phase()->id != "deep-dive")
        d.mock.next_phase(d.now());
    auto line = d.mock.script().front();
    REQUIRE_FALSE(line.hints.empty());
    d.type("h");
    REQUIRE(d.keys.prompt->text == line.hints.front());
    if (line.hints.size() > 1) {
        REQUIRE_THAT(d.keys.prompt->help, Catch::Contains("Tab: next suggestion"));
        d.press(Key::Kind::tab);
        REQUIRE(d.keys.prompt->text == line.hints[1]);
        d.press(Key::Kind::tab);
        REQUIRE(d.keys.prompt->text == line.hints.front());
    }
    d.press(Key::Kind::backspace);
    std::string edited = line.hints.front().substr(0, line.hints.front().size() - 1);
    REQUIRE(as<act::Hint>(d.press(Key::Kind::enter)).text == edited);
}

TEST_CASE("InterviewerKeys: h types a hint: text, Backspace of a UTF-8 character, Tab ignored, Esc, Enter") {
    Desk d;
    REQUIRE(is_none(d.type("h")));
    REQUIRE(d.keys.typing == InterviewerKeys::Typing::hint);
    REQUIRE(d.keys.prompt->label == "Hint");
    for (const char* c : {"T", "T", "L", " ", "y", "1", "≈"})
        REQUIRE(is_none(d.type(c))); // text, not keys
    d.press(Key::Kind::backspace);
    REQUIRE(d.keys.prompt->text == "TTL y1");
    REQUIRE(is_none(d.press(Key::Kind::tab)));
    REQUIRE(d.keys.prompt->label == "Hint");
    REQUIRE(as<act::Hint>(d.press(Key::Kind::enter)).text == "TTL y1");
    REQUIRE_FALSE(d.keys.prompt.has_value());
    REQUIRE(d.keys.typing == InterviewerKeys::Typing::none);

    d.type("h");
    d.type("x");
    REQUIRE(is_none(d.press(Key::Kind::escape)));
    REQUIRE_FALSE(d.keys.prompt.has_value());
    REQUIRE(d.keys.typing == InterviewerKeys::Typing::none);
}

TEST_CASE("InterviewerKeys: a notes against the question asked, else the phase") {
    Desk d;
    d.type("a");
    REQUIRE(d.keys.typing == InterviewerKeys::Typing::note);
    REQUIRE(d.keys.note_dimension == d.plan.phases[0].dimension);
    REQUIRE(d.keys.prompt->label == "Note [" + d.plan.phases[0].dimension + "]");
    d.press(Key::Kind::escape);

    ScriptLine asked = d.mock.script().back();
    d.mock.put_line(d.now(), asked);
    d.type("a");
    REQUIRE(d.keys.note_dimension == asked.dimension);
}

TEST_CASE("InterviewerKeys: a note: Tab changes its dimension, Backspace, Esc cancels, Enter saves") {
    Desk d;
    d.type("a");
    std::string first = d.keys.note_dimension;
    REQUIRE(is_none(d.press(Key::Kind::tab)));
    REQUIRE(d.keys.note_dimension == next_dimension(first));
    REQUIRE(d.keys.prompt->label == "Note [" + next_dimension(first) + "]");
    for (const char* c : {"o", "k", "é"})
        d.type(c);
    d.press(Key::Kind::backspace);
    REQUIRE(as<act::AddNote>(d.press(Key::Kind::enter)) == act::AddNote{next_dimension(first), "ok"});
    REQUIRE(d.keys.typing == InterviewerKeys::Typing::none);

    d.type("a");
    REQUIRE(is_none(d.press(Key::Kind::escape)));
    REQUIRE_FALSE(d.keys.prompt.has_value());
    REQUIRE(d.keys.typing == InterviewerKeys::Typing::none);
}

TEST_CASE("InterviewerKeys: space pauses, n moves on, and the new phase starts at its first line and key section") {
    Desk d;
    as<act::TogglePause>(d.type(" "));
    as<act::TogglePause>(d.type(" "));
    d.clock.advance(d.plan.phases[0].planned() / 2);
    d.keys.selected = 2;
    d.keys.key_scroll = 10;
    as<act::NextPhase>(d.type("n"));
    d.mock.next_phase(d.now());
    sync_phase(d.keys, d.mock);
    REQUIRE(d.keys.selected == 0);
    REQUIRE(d.keys.key_scroll == 0);
    REQUIRE(d.keys.typing == InterviewerKeys::Typing::none);
}

TEST_CASE("InterviewerKeys: n before half of a phase has run asks first, only y moves on") {
    Desk d;
    d.keys.selected = 2;
    REQUIRE(is_none(d.type("n")));
    REQUIRE(d.keys.typing == InterviewerKeys::Typing::next);
    REQUIRE(d.keys.flash == "Less than half of this phase has run. Move on? y moves on, any other key stays.");
    SECTION("y moves on") {
        as<act::NextPhase>(d.type("y"));
    }
    SECTION("n again keeps asking; another key stays") {
        REQUIRE(is_none(d.type("n")));
        REQUIRE(d.keys.typing == InterviewerKeys::Typing::next);
        REQUIRE(is_none(d.type("x")));
        REQUIRE(d.keys.selected == 2);
    }
    REQUIRE(d.keys.typing == InterviewerKeys::Typing::none);
    REQUIRE(d.keys.flash.empty());
}

TEST_CASE("InterviewerKeys: n on the last phase asks before ending") {
    Desk d;
    d.to_last_phase();
    REQUIRE(is_none(d.type("n")));
    REQUIRE(d.keys.typing == InterviewerKeys::Typing::end);
    REQUIRE(d.keys.flash == "End the mock now and go to scoring? y ends it, any other key goes on.");

    SECTION("y ends") {
        as<act::EndMock>(d.type("y"));
    }
    SECTION("Y ends") {
        as<act::EndMock>(d.type("Y"));
    }
    SECTION("n again keeps asking, then another key goes on") {
        REQUIRE(is_none(d.type("n")));
        REQUIRE(d.keys.typing == InterviewerKeys::Typing::end);
        REQUIRE(is_none(d.type("x")));
    }
    SECTION("any other key goes on, and does nothing else") {
        REQUIRE(is_none(d.type(" ")));
        REQUIRE(is_none(d.type("a")));
        REQUIRE(d.keys.prompt.has_value()); // the next key is a command again
    }
    REQUIRE(d.keys.flash.empty());
}

TEST_CASE("InterviewerKeys: e asks before ending in any phase") {
    Desk d;
    REQUIRE(is_none(d.type("e")));
    REQUIRE(d.keys.typing == InterviewerKeys::Typing::end);
    SECTION("y ends") {
        as<act::EndMock>(d.type("y"));
    }
    SECTION("another key goes on") {
        REQUIRE(is_none(d.press(Key::Kind::enter)));
        REQUIRE(d.keys.typing == InterviewerKeys::Typing::none);
    }
}

TEST_CASE("InterviewerKeys: ] and [ scroll the answer key five lines either way from the phase's section") {
    Desk d;
    REQUIRE(is_none(d.type("]")));
    REQUIRE(d.keys.key_scroll == 5);
    d.type("]");
    REQUIRE(d.keys.key_scroll == 10);
    d.type("[");
    d.type("[");
    d.type("[");
    REQUIRE(d.keys.key_scroll == -5); // back into earlier sections; the screen keeps it within the key
}

TEST_CASE("InterviewerKeys: o opens the selected line in full, any key closes it") {
    Desk d;
    REQUIRE(is_none(d.type("o")));
    REQUIRE(d.keys.overlay == Overlay::line);
    REQUIRE(is_none(d.type("1")));
    REQUIRE(d.keys.overlay == Overlay::none);
}

TEST_CASE("InterviewerKeys: ? and p open their boxes, any key closes them and does nothing else") {
    Desk d;
    for (auto [key, overlay] : {std::pair{"?", Overlay::help}, std::pair{"p", Overlay::full_text}}) {
        INFO("key " << key);
        REQUIRE(is_none(d.type(key)));
        REQUIRE(d.keys.overlay == overlay);
        REQUIRE(is_none(d.type("y"))); // y only answers "leave?"
        REQUIRE(d.keys.overlay == Overlay::none);
    }
}

TEST_CASE("InterviewerKeys: q asks before leaving") {
    Desk d;
    REQUIRE(is_none(d.type("q")));
    REQUIRE(d.keys.overlay == Overlay::confirm_quit);
    SECTION("y leaves") {
        as<act::Leave>(d.type("y"));
    }
    SECTION("Y leaves") {
        as<act::Leave>(d.type("Y"));
    }
    SECTION("n stays") {
        REQUIRE(is_none(d.type("n")));
    }
    SECTION("Esc stays") {
        REQUIRE(is_none(d.press(Key::Kind::escape)));
    }
    REQUIRE(d.keys.overlay == Overlay::none);
}

TEST_CASE("InterviewerKeys: a flash goes with the next key") {
    Desk d;
    d.type("e"); // "end the mock?" is a flash
    d.type("x");
    REQUIRE(d.keys.flash.empty());
    d.keys.flash = "No curveball left that fits this problem.";
    REQUIRE_FALSE(d.keys.flash.empty());
    REQUIRE(is_none(d.type("?")));
    REQUIRE(d.keys.flash.empty());
    REQUIRE(d.keys.overlay == Overlay::help);
}

TEST_CASE("InterviewerKeys: other keys do nothing") {
    Desk d;
    for (const char* c : {"x", "s", "4", "y"})
        REQUIRE(is_none(d.type(c)));
    for (auto kind : {Key::Kind::tab, Key::Kind::escape, Key::Kind::backspace, Key::Kind::home})
        REQUIRE(is_none(d.press(kind)));
    REQUIRE(d.keys.overlay == Overlay::none);
    REQUIRE_FALSE(d.keys.prompt.has_value());
    REQUIRE(d.keys.typing == InterviewerKeys::Typing::none);
    REQUIRE(d.keys.selected == 0);
    REQUIRE(d.keys.key_scroll == 0);
}
