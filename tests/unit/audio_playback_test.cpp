// A recording read back with the real libsox: length, levels and playback of a chained Ogg file.
#include "audio/audio.hpp"
#include "core/talk.hpp"

#include "support/audio_fixtures.hpp"

#include <catch2/catch.hpp>

#include <cmath>

using namespace sdmock;
using namespace sdmock::test;
using namespace std::chrono_literals;

TEST_CASE("recording_length and read_levels: every link of a chained Ogg file", "[audio]") {
    TempDir dir;
    TalkFixture f = talk_fixture(dir.path(), 5);
    auto ogg = dir.path() / "one.ogg";
    shell("sox " + quoted(f.file) + " " + quoted(ogg));
    CHECK(std::abs(static_cast<double>(audio::recording_length(ogg).count()) / 1000.0 - soxi_seconds(ogg)) < 0.1);

    auto chained = dir.path() / "chained.ogg";
    write_text(chained, read_text(ogg) + read_text(ogg));
    double length_s = static_cast<double>(audio::recording_length(chained).count()) / 1000.0;
    CHECK(std::abs(length_s - 2 * f.total_s) < 0.1);
    LevelTrack levels = audio::read_levels(chained);
    CHECK(std::abs(static_cast<double>(levels.end().count()) / 1000.0 - 2 * f.total_s) < 0.1);
    auto talk = analyse_talk(levels, {{"p", 0ms, levels.end()}})[0];
    REQUIRE(talk.longest);
    CHECK(std::abs(static_cast<double>(talk.longest->length.count()) / 1000.0 - f.silence_s) < 1.0);

    auto out = dir.path() / "from2s.wav";
    audio::play(chained, 2000ms, out);
    CHECK(std::abs(soxi_seconds(out) - (2 * f.total_s - 2)) < 0.1);
}

TEST_CASE("read_levels: a missing file is an AudioError", "[audio]") {
    TempDir dir;
    CHECK_THROWS_AS(audio::read_levels(dir.path() / "none.ogg"), audio::AudioError);
}
