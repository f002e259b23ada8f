#pragma once
/// Loudness of a recording as it is made: one RMS level per short window, fed the samples in
/// chunks of whatever size the audio device hands over.
#include "core/clock.hpp"
#include "core/talk.hpp"

#include <cstddef>
#include <span>

namespace sdmock {

/// Turns 16 kHz mono samples (-1 to 1 of full scale) into a LevelTrack of 50 ms windows. A
/// window that a chunk leaves unfinished is carried over to the next chunk, so the track does not
/// depend on how the samples were cut up.
class LevelMeter {
public:
    static constexpr int kRate = 16000;

    explicit LevelMeter(Duration start = Duration{0});

    void feed(std::span<const float> samples);
    /// `count` samples of digital silence (a gap in the recording filled with zeros).
    void feed_silence(std::size_t count);

    /// The whole windows so far.
    [[nodiscard]] const LevelTrack& track() const { return track_; }
    /// The whole windows and, when the samples ended inside one, that last partial window:
    /// what a finished recording's track is.
    [[nodiscard]] LevelTrack finished() const;
    /// How many samples were fed.
    [[nodiscard]] std::size_t samples() const { return samples_; }

private:
    void close_window();

    LevelTrack track_;
    std::size_t window_samples_;
    double sum_squares_ = 0.0;
    std::size_t in_window_ = 0;
    std::size_t samples_ = 0;
};

} // namespace sdmock
