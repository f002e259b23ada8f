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

/// A solo standard-45 mock of the URL shortener on a fake clock, and the session screen's keys.
struct Session {
    explicit Session(const Plan& p = test::shipped_plan("standard-45"))
        : plan(p),
          mock(test::shipped_problem("url-shortener"), plan, test::shipped_content(), 7, 1.0, Role::solo, sink) {
        mock.start(now());
    }
    [[nodiscard]] SteadyTime now() const { return clock.steady_now(); }
    SessionAction press(const Key& key) { return update_session(keys, key, mock, now()); }
    SessionAction type(const std::string& c) { return press(text_key(c)); }
    SessionAction press(Key::Kind kind) { return press(named_key(kind)); }
    /// Moves the mock to its last phase.
    void to_last_phase() {
        while (mock.timer().phase() + 1 < mock.timer().phase_count())
            mock.next_phase(now());
    }
    /// Moves the clock on until no cue is on screen.
    void until_no_cue() {
        for (int i = 0; i < 600 && mock.current_cue(now()) != nullptr; ++i) {
            mock.answer_cue(now());
            clock.advance(1s);
        }
        REQUIRE(mock.current_cue(now()) == nullptr);
    }

    Plan plan;
    FakeClock clock;
    test::RecordingSink sink;
    MockSession mock;
    SessionKeys keys;
};

} // namespace

TEST_CASE("SessionKeys: space toggles the pause") {
    Session s;
    REQUIRE(as<act::TogglePause>(s.type(" ")) == act::TogglePause{});
    REQUIRE(s.keys.overlay == Overlay::none);
}

TEST_CASE("SessionKeys: n once half of a phase has run moves on without asking") {
    Session s;
    s.clock.advance(s.plan.phases[0].planned() / 2);
    as<act::NextPhase>(s.type("n"));
    REQUIRE(s.keys.overlay == Overlay::none);
}

TEST_CASE("SessionKeys: n before half of a phase has run asks first, and only y moves on") {
    Session s;
    s.clock.advance(s.plan.phases[0].planned() / 2 - 1s);
    REQUIRE(is_none(s.type("n")));
    REQUIRE(s.keys.overlay == Overlay::confirm_next);
    SECTION("y moves on") {
        as<act::NextPhase>(s.type("y"));
    }
    SECTION("Y moves on") {
        as<act::NextPhase>(s.type("Y"));
    }
    SECTION("n again keeps asking: three quick n are never three phases") {
        REQUIRE(is_none(s.type("n")));
        REQUIRE(is_none(s.type("n")));
        REQUIRE(s.keys.overlay == Overlay::confirm_next);
        REQUIRE(is_none(s.press(Key::Kind::escape)));
    }
    SECTION("any other key stays") {
        REQUIRE(is_none(s.press(Key::Kind::escape)));
    }
    REQUIRE(s.keys.overlay == Overlay::none);
}

TEST_CASE("SessionKeys: n on the last phase asks before ending") {
    Session s;
    s.to_last_phase();
    REQUIRE(is_none(s.type("n")));
    REQUIRE(s.keys.overlay == Overlay::confirm_end);

    SECTION("y ends the mock") {
        as<act::EndMock>(s.type("y"));
    }
    SECTION("Y ends the mock") {
        as<act::EndMock>(s.type("Y"));
    }
    SECTION("n neither ends it nor closes the question") {
        REQUIRE(is_none(s.type("n")));
        REQUIRE(s.keys.overlay == Overlay::confirm_end);
        REQUIRE(is_none(s.type("z")));
    }
    SECTION("any other key goes on") {
        REQUIRE(is_none(s.type("x")));
        REQUIRE(is_none(s.press(Key::Kind::escape)));
    }
    REQUIRE(s.keys.overlay == Overlay::none);
}

TEST_CASE("SessionKeys: x marks the question on screen answered, s skips it") {
    Session s;
    REQUIRE(s.mock.current_cue(s.now()) != nullptr);
    REQUIRE(as<act::AnswerCue>(s.type("x")).skipped == false);
    REQUIRE(as<act::AnswerCue>(s.type("s")).skipped == true);
    REQUIRE(s.keys.flash.empty());
}

TEST_CASE("SessionKeys: x or s with no question on screen flashes, and the next key clears it") {
    Session s;
    s.until_no_cue();
    for (const char* key : {"x", "s"}) {
        INFO("key " << key);
        REQUIRE(is_none(s.type(key)));
        REQUIRE(s.keys.flash == "No question on screen.");
        REQUIRE(is_none(s.type("z")));
        REQUIRE(s.keys.flash.empty());
    }
}

TEST_CASE("SessionKeys: a opens a note tagged to the phase's dimension") {
    Session s;
    REQUIRE(is_none(s.type("a")));
    REQUIRE(s.keys.prompt.has_value());
    REQUIRE(s.keys.note_dimension == "requirements");
    REQUIRE(s.keys.prompt->label == "Note [requirements]");
    REQUIRE(s.keys.prompt->text.empty());

    Session later;
    later.mock.next_phase(later.now());
    later.mock.next_phase(later.now());
    later.type("a");
    REQUIRE(later.keys.note_dimension == later.plan.phases[2].dimension);
    REQUIRE(later.keys.note_dimension == "architecture");
}

TEST_CASE("SessionKeys: a in a phase with no dimension tags the first dimension") {
    Plan plan = test::shipped_plan("standard-45");
    plan.phases[0].dimension.clear();
    Session s(plan);
    s.type("a");
    REQUIRE(s.keys.note_dimension == kDimensionIds[0]);
}

TEST_CASE("SessionKeys: a note prompt takes text, Backspace removes a whole UTF-8 character") {
    Session s;
    s.type("a");
    for (const char* c : {"q", " ", "n", "x", "é", "—"})
        REQUIRE(is_none(s.type(c))); // no command while typing
    REQUIRE(s.keys.prompt->text == "q nxé—");
    s.press(Key::Kind::backspace);
    REQUIRE(s.keys.prompt->text == "q nxé");
    s.press(Key::Kind::backspace);
    REQUIRE(s.keys.prompt->text == "q nx");
    REQUIRE(s.keys.overlay == Overlay::none);
    REQUIRE(s.sink.of(event::pause).empty());
}

TEST_CASE("SessionKeys: Tab changes the note's dimension in rubric order, wrapping around") {
    Session s;
    s.type("a");
    s.type("k");
    REQUIRE(is_none(s.press(Key::Kind::tab)));
    REQUIRE(s.keys.note_dimension == kDimensionIds[1]);
    REQUIRE(s.keys.prompt->label == "Note [" + std::string(kDimensionIds[1]) + "]");
    REQUIRE(s.keys.prompt->text == "k");
    for (std::size_t i = 2; i < kDimensionCount; ++i)
        s.press(Key::Kind::tab);
    REQUIRE(s.keys.note_dimension == kDimensionIds.back());
    s.press(Key::Kind::tab);
    REQUIRE(s.keys.note_dimension == kDimensionIds.front());
}

TEST_CASE("SessionKeys: Esc cancels a note, Enter saves it with its dimension") {
    Session s;
    s.type("a");
    s.type("h");
    REQUIRE(is_none(s.press(Key::Kind::escape)));
    REQUIRE_FALSE(s.keys.prompt.has_value());

    s.type("a");
    s.press(Key::Kind::tab);
    for (const char* c : {"T", "T", "L"})
        s.type(c);
    REQUIRE(as<act::AddNote>(s.press(Key::Kind::enter)) == act::AddNote{"estimation", "TTL"});
    REQUIRE_FALSE(s.keys.prompt.has_value());
    REQUIRE(as<act::TogglePause>(s.type(" ")) == act::TogglePause{}); // keys are commands again
}

TEST_CASE("SessionKeys: ? shows the keys and p the whole problem, any key closes them and does nothing else") {
    Session s;
    for (auto [key, overlay] : {std::pair{"?", Overlay::help}, std::pair{"p", Overlay::full_text}}) {
        INFO("key " << key);
        REQUIRE(is_none(s.type(key)));
        REQUIRE(s.keys.overlay == overlay);
        REQUIRE(is_none(s.type(" "))); // closes, does not pause
        REQUIRE(s.keys.overlay == Overlay::none);
    }
}

TEST_CASE("SessionKeys: q asks before leaving") {
    Session s;
    REQUIRE(is_none(s.type("q")));
    REQUIRE(s.keys.overlay == Overlay::confirm_quit);

    SECTION("y leaves") {
        as<act::Leave>(s.type("y"));
    }
    SECTION("Y leaves") {
        as<act::Leave>(s.type("Y"));
    }
    SECTION("n stays") {
        REQUIRE(is_none(s.type("n")));
    }
    SECTION("any other key stays") {
        REQUIRE(is_none(s.press(Key::Kind::enter)));
    }
    REQUIRE(s.keys.overlay == Overlay::none);
}

TEST_CASE("SessionKeys: other keys do nothing") {
    Session s;
    for (const char* c : {"z", "1", "e", "y"})
        REQUIRE(is_none(s.type(c)));
    for (auto kind :
         {Key::Kind::enter, Key::Kind::up, Key::Kind::down, Key::Kind::tab, Key::Kind::backspace, Key::Kind::escape})
        REQUIRE(is_none(s.press(kind)));
    REQUIRE(s.keys.overlay == Overlay::none);
    REQUIRE_FALSE(s.keys.prompt.has_value());
    REQUIRE(s.keys.flash.empty());
}

TEST_CASE("SessionKeys: r reveals the interviewer's answer to the clarifying question on screen") {
    Session s;
    const Reply* reply = s.mock.reply_on_screen(s.now());
    REQUIRE(reply != nullptr); // the first question of the requirements phase is a clarifying one
    REQUIRE(is_none(s.type("r")));
    REQUIRE(s.keys.overlay == Overlay::reply);
    REQUIRE(is_none(s.type("x"))); // any key closes it, and does nothing else
    REQUIRE(s.keys.overlay == Overlay::none);

    s.until_no_cue();
    REQUIRE(is_none(s.type("r")));
    REQUIRE(s.keys.overlay == Overlay::none);
    REQUIRE(s.keys.flash == "No answer to reveal for the question on screen.");
}
