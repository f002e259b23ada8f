// Talk and silence per phase, on generated levels (50 ms windows).
#include "core/talk.hpp"

#include <catch2/catch.hpp>

#include <cmath>

using namespace sdmock;
using namespace std::chrono_literals;

namespace {

constexpr float kVoice = 0.2F;  // speech at a normal distance
constexpr float kRoom = 0.004F; // a quiet room

/// Appends `length` of windows at `level`; speech "words" of 300 ms with 200 ms gaps when `words`.
void add(LevelTrack& t, Duration length, float level, bool words = false) {
    for (Duration d{0}; d < length; d += t.window) {
        bool gap = words && (d % 500ms) >= 300ms;
        t.levels.push_back(gap ? kRoom : level);
    }
}

} // namespace

TEST_CASE("analyse_talk: speech, a 30 s silence, speech: talk and silence within a window, the silence listed") {
    LevelTrack t;
    add(t, 20s, kVoice, true); // words with gaps between them: all talk
    add(t, 30s, kRoom);
    add(t, 10s, kVoice, true);
    auto phases = analyse_talk(t, {{"requirements", 0ms, 60s}});
    REQUIRE(phases.size() == 1);
    const PhaseTalk& p = phases[0];
    // The last word ends 200 ms before each speech block ends: that tail is silence.
    CHECK(std::abs((p.talk - 29600ms).count()) <= 50);
    CHECK(std::abs((p.silence - 30400ms).count()) <= 50);
    REQUIRE(p.long_silences.size() == 1);
    CHECK(std::abs((p.long_silences[0].at - 19800ms).count()) <= 50);
    CHECK(std::abs((p.long_silences[0].length - 30200ms).count()) <= 50);
    REQUIRE(p.longest);
    CHECK(p.longest->length == p.long_silences[0].length);
    CHECK(p.silent_share() == Approx(30400.0 / 60000.0).epsilon(0.01));
}

TEST_CASE("analyse_talk: pauses up to the bridge are talk, longer ones are silence") {
    LevelTrack t;
    for (int i = 0; i < 10; ++i) { // 1 s of speech, then a 0.6 s pause: bridged
        add(t, 1s, kVoice);
        add(t, 600ms, kRoom);
    }
    add(t, 1s, kVoice);
    auto bridged = analyse_talk(t, {{"p", 0ms, t.end()}})[0];
    CHECK(bridged.talk == 17s);
    CHECK(bridged.silence == 0ms);

    LevelTrack u;
    for (int i = 0; i < 10; ++i) { // 0.65 s pauses: each one silence
        add(u, 1s, kVoice);
        add(u, 650ms, kRoom);
    }
    auto apart = analyse_talk(u, {{"p", 0ms, u.end()}})[0];
    CHECK(apart.talk == 10s);
    CHECK(apart.silence == 6500ms);
    CHECK(apart.long_silences.empty());
    REQUIRE(apart.longest);
    CHECK(apart.longest->length == 650ms);
}

TEST_CASE("analyse_talk: a silence is cut where a phase ends, and each phase counts its own time") {
    LevelTrack t;
    add(t, 5s, kVoice);
    add(t, 20s, kRoom); // 10 s in each phase: neither is a long silence
    add(t, 5s, kVoice);
    auto phases = analyse_talk(t, {{"requirements", 0ms, 15s}, {"estimation", 15s, 30s}});
    REQUIRE(phases.size() == 2);
    CHECK(phases[0].talk == 5s);
    CHECK(phases[0].silence == 10s);
    CHECK(phases[1].talk == 5s);
    CHECK(phases[1].silence == 10s);
    CHECK(phases[0].long_silences.empty());
    CHECK(phases[1].long_silences.empty());
    REQUIRE(phases[1].longest);
    CHECK(phases[1].longest->at == 15s);
}

TEST_CASE("analyse_talk: sdmock's own voice is neither talk nor silence, and cuts a silence") {
    LevelTrack t;
    t.start = 60s; // the recording starts a minute into the session
    add(t, 10s, kRoom);
    add(t, 4s, kVoice); // the question read aloud
    add(t, 10s, kRoom);
    auto p = analyse_talk(t, {{"deep-dive", 0ms, 120s}}, {{70s, 74s}})[0];
    CHECK(p.talk == 0ms);
    CHECK(p.silence == 20s);        // time before the recording began is not silence
    CHECK(p.long_silences.empty()); // 10 s, the question, 10 s: no 15 s silence
    REQUIRE(p.longest);
    CHECK(p.longest->at == 60s);
}

TEST_CASE("write_audio_json: the contract's shape, in seconds") {
    PhaseTalk p;
    p.id = "requirements";
    p.talk = 29600ms;
    p.silence = 30400ms;
    p.long_silences.push_back({19800ms, 30200ms});
    JsonWriter json;
    write_audio_json(json, "recordings/12.ogg", {p});
    std::string text = json.str();
    CHECK(text.find("\"file\": \"recordings/12.ogg\"") != std::string::npos);
    CHECK(text.find("\"id\": \"requirements\"") != std::string::npos);
    CHECK(text.find("\"talk_s\": 29.6") != std::string::npos);
    CHECK(text.find("\"silence_s\": 30.4") != std::string::npos);
    CHECK(text.find("\"at_s\": 19.8") != std::string::npos);
    CHECK(text.find("\"length_s\": 30.2") != std::string::npos);
}
