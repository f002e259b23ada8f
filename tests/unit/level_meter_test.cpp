// Levels per 50 ms window from 16 kHz samples, whatever the chunks.
#include "core/level_meter.hpp"

#include <catch2/catch.hpp>

#include <cmath>
#include <vector>

using namespace sdmock;
using namespace std::chrono_literals;

namespace {

std::vector<float> tone(std::size_t count, float amplitude) {
    std::vector<float> s(count);
    for (std::size_t i = 0; i < count; ++i) {
        s[i] =
            amplitude * static_cast<float>(std::sin(2.0 * 3.14159265358979 * 440.0 * static_cast<double>(i) / 16000.0));
    }
    return s;
}

} // namespace

TEST_CASE("LevelMeter: a sine's RMS per window, its amplitude over root two", "[level]") {
    LevelMeter meter;
    auto s = tone(16000, 0.5F);
    meter.feed(s);
    const LevelTrack& t = meter.track();
    REQUIRE(t.levels.size() == 20);
    CHECK(t.window == 50ms);
    CHECK(t.end() == 1000ms);
    for (float level : t.levels) {
        CHECK(level == Approx(0.5 / std::sqrt(2.0)).epsilon(0.01));
    }
}

TEST_CASE("LevelMeter: chunks of any size give the same track as one chunk", "[level]") {
    auto s = tone(12345, 0.3F);
    for (std::size_t i = 4000; i < 8000; ++i) {
        s[i] = 0; // a silent stretch
    }
    LevelMeter whole;
    whole.feed(s);
    for (std::size_t chunk : {1U, 7U, 799U, 800U, 801U, 5000U}) {
        LevelMeter pieces;
        for (std::size_t at = 0; at < s.size(); at += chunk) {
            pieces.feed(std::span<const float>(s).subspan(at, std::min(chunk, s.size() - at)));
        }
        CHECK(pieces.track().levels == whole.track().levels);
        CHECK(pieces.samples() == s.size());
    }
    REQUIRE(whole.track().levels.size() == 15); // 12345 / 800, the rest carried
    CHECK(whole.track().levels[4] > 0.1F);      // samples 3200..4000: all tone
    CHECK(whole.track().levels[5] == 0.0F);     // samples 4000..4800: all silence
    CHECK(whole.finished().levels.size() == 16);
}

TEST_CASE("LevelMeter: silence fed as a count is zero windows, partial windows carried", "[level]") {
    LevelMeter meter(2000ms);
    meter.feed(tone(400, 0.5F));
    meter.feed_silence(400 + 1600);
    REQUIRE(meter.track().levels.size() == 3);
    CHECK(meter.track().start == 2000ms);
    CHECK(meter.track().levels[0] == Approx(0.5 / std::sqrt(2.0) / std::sqrt(2.0)).epsilon(0.02));
    CHECK(meter.track().levels[1] == 0.0F);
    CHECK(meter.track().levels[2] == 0.0F);
}
