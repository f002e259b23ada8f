#pragma once
/// What the recorder, playback and the voice share of libsox: starting it once, its messages
/// kept for our errors instead of printed over the screen, the devices as sox picks them, and
/// decoding a recording (every link of it) to 16 kHz mono.
#include "audio/audio.hpp"
#include "core/resample.hpp"

#include <sox.h>

#include <cstddef>
#include <filesystem>
#include <functional>
#include <memory>
#include <span>
#include <string>
#include <vector>

namespace sdmock::audio::detail {

/// The rate and layout of everything recorded.
constexpr double kRate = 16000.0;
constexpr std::size_t kSamplesPerMs = 16;

/// Starts libsox and loads its format plugins, once per process.
void init_sox();
/// The last failure libsox reported on this thread ("can't open input `default': …").
[[nodiscard]] std::string last_sox_message();

struct FormatCloser {
    void operator()(sox_format_t* format) const {
        if (format != nullptr) {
            sox_close(format);
        }
    }
};
using Format = std::unique_ptr<sox_format_t, FormatCloser>;

/// The default input device at the rate and channels asked for (the device may give others):
/// AUDIODRIVER, else PulseAudio then ALSA; AUDIODEV, else "default". Throws AudioError
/// ("no input device (pulseaudio: …; alsa: …)").
[[nodiscard]] Format open_input_device(double rate, unsigned channels);
/// The default output device, by the same rules, or `file` (its type from its extension) when
/// given, 16-bit at `rate`, `channels`. Throws AudioError.
[[nodiscard]] Format open_output(double rate, unsigned channels, const std::filesystem::path& file = {});

/// Samples as sox holds them to floats (-1 to 1) and back, clipping.
[[nodiscard]] float to_float(sox_sample_t sample);
[[nodiscard]] sox_sample_t to_sox(float sample);

/// Converts what one sox reader gives (any rate, any channels) to 16 kHz mono.
class ToRecordingRate {
public:
    explicit ToRecordingRate(const sox_signalinfo_t& signal);
    void convert(std::span<const sox_sample_t> samples, std::vector<float>& out);
    [[nodiscard]] std::size_t channels() const { return channels_; }

private:
    std::size_t channels_;
    Resampler resampler_;
    std::vector<float> floats_;
    std::vector<float> mono_;
};

/// Decodes `file` to 16 kHz mono, handing the samples to `sink` chunk by chunk (return false to
/// stop). A chained Ogg file is decoded link by link: libsox alone reads only the first link of
/// a chain. Throws AudioError when the file cannot be read.
void decode(const std::filesystem::path& file, const std::function<bool(std::span<const float>)>& sink);

/// Writes 16 kHz-or-other float samples to a sox writer; false when it took fewer.
[[nodiscard]] bool write_floats(sox_format_t& out, std::span<const float> samples);

} // namespace sdmock::audio::detail
