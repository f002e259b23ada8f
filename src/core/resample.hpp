#pragma once
/// Sound as the recording keeps it, 16 kHz mono, from whatever a device or file gives: the
/// channels averaged, then the rate changed by linear interpolation. Both work on chunks, carrying
/// what they need from one chunk to the next, so a stream can be converted as it arrives.
#include <cstddef>
#include <span>
#include <vector>

namespace sdmock {

/// The mean of each frame of `channels` interleaved samples, appended to `mono`. A trailing
/// partial frame is dropped (devices and files hand over whole frames).
void downmix(std::span<const float> interleaved, std::size_t channels, std::vector<float>& mono);

/// Changes the rate of a mono stream. Linear interpolation is enough for levels and for speech at
/// 16 kHz: the rates met (44.1 and 48 kHz devices, espeak-ng's 22.05 kHz) are all well above what
/// speech needs, and the aliasing it leaves is far below a voice.
class Resampler {
public:
    Resampler(double from_rate, double to_rate);

    /// Appends the output samples that `input` completes to `output`.
    void feed(std::span<const float> input, std::vector<float>& output);

private:
    double step_;         // input samples per output sample
    double position_ = 0; // of the next output sample, in input samples from this chunk's start
    float previous_ = 0;  // the last sample of the previous chunk, at position -1
};

} // namespace sdmock
