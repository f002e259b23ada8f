// Downmix and linear-interpolation resampling to 16 kHz, carried across chunks.
#include "core/resample.hpp"

#include <catch2/catch.hpp>

#include <cmath>
#include <vector>

using namespace sdmock;

namespace {

std::vector<float> sine(double rate, double seconds, double hz) {
    std::vector<float> s(static_cast<std::size_t>(rate * seconds));
    for (std::size_t i = 0; i < s.size(); ++i) {
        s[i] = static_cast<float>(0.5 * std::sin(2.0 * 3.14159265358979 * hz * static_cast<double>(i) / rate));
    }
    return s;
}

} // namespace

TEST_CASE("downmix: the mean of each frame, a partial frame dropped", "[audio]") {
    std::vector<float> stereo{0.2F, 0.4F, -1.0F, 1.0F, 0.5F};
    std::vector<float> mono;
    downmix(stereo, 2, mono);
    REQUIRE(mono.size() == 2);
    CHECK(mono[0] == Approx(0.3F));
    CHECK(mono[1] == Approx(0.0F));
    std::vector<float> one;
    downmix(stereo, 1, one);
    CHECK(one == stereo);
}

TEST_CASE("Resampler: 44.1 and 48 kHz and 22.05 kHz to 16 kHz keep length and waveform", "[audio]") {
    for (double rate : {44100.0, 48000.0, 22050.0, 8000.0}) {
        auto in = sine(rate, 2.0, 300.0);
        Resampler r(rate, 16000);
        std::vector<float> out;
        for (std::size_t at = 0; at < in.size(); at += 333) {
            r.feed(std::span<const float>(in).subspan(at, std::min<std::size_t>(333, in.size() - at)), out);
        }
        INFO("rate " << rate);
        CHECK(std::abs(static_cast<double>(out.size()) - 32000.0) <= 3.0);
        double worst = 0;
        for (std::size_t i = 0; i < out.size(); ++i) {
            double expected = 0.5 * std::sin(2.0 * 3.14159265358979 * 300.0 * static_cast<double>(i) / 16000.0);
            worst = std::max(worst, std::abs(out[i] - expected));
        }
        CHECK(worst < 0.02);
    }
}

TEST_CASE("Resampler: the same output in one chunk or sample by sample", "[audio]") {
    auto in = sine(44100, 0.5, 440);
    Resampler whole(44100, 16000);
    std::vector<float> a;
    whole.feed(in, a);
    Resampler pieces(44100, 16000);
    std::vector<float> b;
    for (float s : in) {
        pieces.feed(std::span<const float>(&s, 1), b);
    }
    REQUIRE(a.size() == b.size());
    for (std::size_t i = 0; i < a.size(); ++i) {
        CHECK(a[i] == Approx(b[i]).margin(1e-5));
    }
}
