// A recording read back: its levels, its length, and playing it.
#include "audio/audio.hpp"
#include "audio/module/sox_io.hpp"
#include "core/level_meter.hpp"

namespace sdmock::audio {

LevelTrack read_levels(const std::filesystem::path& file) {
    LevelMeter meter;
    detail::decode(file, [&](std::span<const float> chunk) {
        meter.feed(chunk);
        return true;
    });
    return meter.finished();
}

Duration recording_length(const std::filesystem::path& file) {
    std::size_t samples = 0;
    detail::decode(file, [&](std::span<const float> chunk) {
        samples += chunk.size();
        return true;
    });
    return Duration{static_cast<long long>(samples / detail::kSamplesPerMs)};
}

void play(const std::filesystem::path& file, Duration from, const std::filesystem::path& to) {
    detail::Format out = detail::open_output(detail::kRate, 1, to);
    auto skip = static_cast<std::size_t>(std::max<long long>(0, from.count())) * detail::kSamplesPerMs;
    bool ok = true;
    detail::decode(file, [&](std::span<const float> chunk) {
        std::size_t dropped = std::min(skip, chunk.size());
        skip -= dropped;
        ok = detail::write_floats(*out, chunk.subspan(dropped));
        return ok;
    });
    if (!ok) {
        throw AudioError("cannot play " + file.string() + " (" + detail::last_sox_message() + ")");
    }
}

} // namespace sdmock::audio
