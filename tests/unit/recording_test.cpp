// A recorded mock's timeline: marks, phase and voice spans, offsets typed by the user, the
// stored levels, and the weekly talk figures.
#include "core/recording.hpp"

#include <catch2/catch.hpp>

#include <cmath>

using namespace sdmock;
using namespace std::chrono_literals;

namespace {

Event ev(Duration t, std::string_view kind, std::string phase, std::string text = {}, std::int64_t value = 0) {
    return Event{t, std::string(kind), std::move(phase), "", std::move(text), value};
}

std::vector<Event> two_phases() {
    return {
        ev(0ms, event::phase_start, "requirements", "", 300000),
        ev(0ms, event::cue_shown, "requirements", "Who uses it?"),
        ev(1200ms, event::voice, "requirements", "Who uses it?", 2500),
        ev(90s, event::pause, "requirements"),
        ev(90s, event::resume, "requirements"),
        ev(95s, event::cue_answered, "requirements", "Who uses it?"),
        ev(120s, event::note, "requirements", "read heavy"),
        ev(180s, event::phase_start, "estimation", "", 300000),
        ev(200s, event::voice, "estimation", "How many writes a second?", 3000),
        ev(400s, event::end, "estimation"),
    };
}

} // namespace

TEST_CASE("phase_spans: each phase runs to the next one's start, the last to the end", "[recording]") {
    auto spans = phase_spans(two_phases(), 420s);
    REQUIRE(spans.size() == 2);
    CHECK(spans[0].id == "requirements");
    CHECK(spans[0].from == 0ms);
    CHECK(spans[0].to == 180s);
    CHECK(spans[1].id == "estimation");
    CHECK(spans[1].from == 180s);
    CHECK(spans[1].to == 400s); // the end, not the later heartbeat
}

TEST_CASE("phase_spans: a session still running ends its phase at the elapsed time", "[recording]") {
    auto events = two_phases();
    events.pop_back();
    auto spans = phase_spans(events, 250s);
    REQUIRE(spans.size() == 2);
    CHECK(spans[1].to == 250s);
    // A heartbeat behind the last event does not make a phase shorter than its events.
    CHECK(phase_spans(events, 10s)[1].to == 200s);
}

TEST_CASE("voice_spans: each question spoken, from its start for its length", "[recording]") {
    auto spans = voice_spans(two_phases());
    REQUIRE(spans.size() == 2);
    CHECK(spans[0].from == 1200ms);
    CHECK(spans[0].to == 3700ms);
    CHECK(spans[1].from == 200s);
    CHECK(spans[1].to == 203s);
}

TEST_CASE("recording_marks: what a listener looks for, in time order, answers left out", "[recording]") {
    auto marks = recording_marks(two_phases());
    std::vector<std::string> kinds;
    for (const auto& m : marks)
        kinds.push_back(m.kind);
    CHECK(kinds == std::vector<std::string>{"phase_start", "cue_shown", "voice", "pause", "resume", "note",
                                            "phase_start", "voice", "end"});
    CHECK(marks[0].text == "requirements");
    CHECK(marks[5].text == "read heavy");
    CHECK(marks[6].at == 180s);
}

TEST_CASE("session_talk: the voice's spans are neither the candidate's talk nor silence", "[recording]") {
    Recording r;
    // 10 s of loud sound: the voice speaks from 1.2 s to 3.7 s, the candidate the rest.
    r.levels.levels.assign(200, 0.3F);
    auto events = two_phases();
    auto talk = session_talk(r, events, 10s);
    REQUIRE(talk.size() == 2);
    // The 50 windows from 1.2 s to 3.7 s are left out.
    CHECK(talk[0].talk == 10s - 2500ms);
    CHECK(talk[0].silence == 0ms);
    // Taken from a file made elsewhere: the voice was never in it, nothing is left out.
    r.input = "answer.wav";
    CHECK(session_talk(r, events, 10s)[0].talk == 10s);
}

TEST_CASE("parse_offset: MM:SS, H:MM:SS and seconds; anything else refused", "[recording]") {
    CHECK(parse_offset("12:30") == Duration(750s));
    CHECK(parse_offset("1:02:03") == Duration(3723s));
    CHECK(parse_offset("0:05") == Duration(5s));
    CHECK(parse_offset("95") == Duration(95s));
    CHECK(parse_offset("75:00") == Duration(4500s)); // minutes may pass 59 when no hours are given
    for (const char* bad : {"", "1:60", "1:2:3:4", "-5", "a:10", "10:", ":10", "1.5", "1:00:60", " 5"})
        CHECK_FALSE(parse_offset(bad));
}

TEST_CASE("phase_offset: a phase reached, and one that was not", "[recording]") {
    CHECK(phase_offset(two_phases(), "estimation") == Duration(180s));
    CHECK_FALSE(phase_offset(two_phases(), "deep-dive"));
}

TEST_CASE("encode_levels/decode_levels: a byte per window, within a third of a decibel", "[recording]") {
    std::vector<float> levels{0.0F, 1e-6F, 0.001F, 0.02F, 0.1F, 0.5F, 1.0F, 2.0F};
    auto bytes = encode_levels(levels);
    REQUIRE(bytes.size() == levels.size());
    auto back = decode_levels(bytes);
    CHECK(back[0] == 0.0F);
    CHECK(back[1] == 0.0F); // -120 dB is below the floor
    for (std::size_t i = 2; i < 7; ++i) {
        double db = 20 * std::log10(levels[i]);
        double got = 20 * std::log10(back[i]);
        CHECK(std::abs(db - got) <= 90.0 / 255 / 2 + 1e-9);
    }
    CHECK(back[7] == Approx(1.0F)); // clipped to full scale
    // The speech threshold survives the round trip on the right side.
    CHECK(decode_levels(encode_levels({0.025F}))[0] >= 0.02F);
    CHECK(decode_levels(encode_levels({0.015F}))[0] < 0.02F);
}

TEST_CASE("add_talk and talk_line: a week's figures summed over its mocks", "[recording]") {
    PhaseTalk a{"requirements", 120s, 60s, {{Duration(30s), Duration(20s)}}, Silence{30s, 20s}};
    PhaseTalk b{"estimation", 60s, 60s, {}, Silence{200s, 8s}};
    WeekTalk week;
    add_talk(week, {a, b});
    add_talk(week, {b});
    CHECK(week.recorded == 2);
    CHECK(week.talk == 240s);
    CHECK(week.silence == 180s);
    CHECK(week.long_silences == 1);
    CHECK(week.longest == 20s);
    CHECK(week.silent_share() == Approx(180.0 / 420));
    CHECK(talk_line(week.talk, week.silence, 1, week.longest) ==
          "4m00s talk, 43% silent, 1 silence over 15 s (longest 20 s)");
    CHECK(talk_line(0ms, 0ms, 0, std::nullopt) == "not recorded");
}
