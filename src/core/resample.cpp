#include "core/resample.hpp"

#include <cmath>

namespace sdmock {

void downmix(std::span<const float> interleaved, std::size_t channels, std::vector<float>& mono) {
    if (channels <= 1) {
        mono.insert(mono.end(), interleaved.begin(), interleaved.end());
        return;
    }
    std::size_t frames = interleaved.size() / channels;
    mono.reserve(mono.size() + frames);
    for (std::size_t f = 0; f < frames; ++f) {
        float sum = 0;
        for (std::size_t c = 0; c < channels; ++c) {
            sum += interleaved[f * channels + c];
        }
        mono.push_back(sum / static_cast<float>(channels));
    }
}

Resampler::Resampler(double from_rate, double to_rate) : step_(from_rate / to_rate) {}

void Resampler::feed(std::span<const float> input, std::vector<float>& output) {
    if (input.empty()) {
        return;
    }
    if (step_ == 1.0) {
        output.insert(output.end(), input.begin(), input.end());
        return;
    }
    auto n = static_cast<double>(input.size());
    auto at = [&](long i) { return i < 0 ? previous_ : input[static_cast<std::size_t>(i)]; };
    // An output sample needs the input samples either side of it; one that falls after this
    // chunk's last sample waits for the next chunk.
    while (position_ < n - 1.0) {
        double whole = std::floor(position_);
        auto i = static_cast<long>(whole);
        auto frac = static_cast<float>(position_ - whole);
        output.push_back(at(i) + (at(i + 1) - at(i)) * frac);
        position_ += step_;
    }
    previous_ = input.back();
    position_ -= n;
}

} // namespace sdmock
