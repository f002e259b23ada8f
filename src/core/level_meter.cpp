#include "core/level_meter.hpp"

#include <algorithm>
#include <cmath>

namespace sdmock {

LevelMeter::LevelMeter(Duration start)
    : window_samples_(static_cast<std::size_t>(track_.window.count() * kRate / 1000)) {
    track_.start = start;
}

void LevelMeter::feed(std::span<const float> samples) {
    for (float s : samples) {
        sum_squares_ += static_cast<double>(s) * static_cast<double>(s);
        if (++in_window_ == window_samples_) {
            close_window();
        }
    }
    samples_ += samples.size();
}

void LevelMeter::feed_silence(std::size_t count) {
    samples_ += count;
    while (count > 0) {
        std::size_t take = std::min(count, window_samples_ - in_window_);
        in_window_ += take;
        count -= take;
        if (in_window_ == window_samples_) {
            close_window();
        }
    }
}

void LevelMeter::close_window() {
    double rms = std::sqrt(sum_squares_ / static_cast<double>(in_window_));
    track_.levels.push_back(static_cast<float>(std::min(rms, 1.0)));
    sum_squares_ = 0.0;
    in_window_ = 0;
}

LevelTrack LevelMeter::finished() const {
    LevelTrack out = track_;
    if (in_window_ > 0) {
        double rms = std::sqrt(sum_squares_ / static_cast<double>(in_window_));
        out.levels.push_back(static_cast<float>(std::min(rms, 1.0)));
    }
    return out;
}

} // namespace sdmock
