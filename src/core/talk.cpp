#include "core/talk.hpp"

#include <algorithm>

namespace sdmock {
namespace {

enum class Sound { none, talk, silence }; // none: not recorded, or sdmock's own voice

/// Each window of the track as talk or silence, excluded spans as none; short pauses between
/// talk windows bridged into talk.
std::vector<Sound> classify(const LevelTrack& track, const std::vector<TimeSpan>& excluded,
                            const TalkOptions& options) {
    std::vector<Sound> out(track.levels.size(), Sound::silence);
    for (std::size_t i = 0; i < out.size(); ++i) {
        Duration at = track.start + track.window * static_cast<long long>(i);
        bool voice = std::any_of(excluded.begin(), excluded.end(), [&](const TimeSpan& s) {
            return at < s.to && s.from < at + track.window; // overlaps the window at all
        });
        if (voice)
            out[i] = Sound::none;
        else if (track.levels[i] >= options.speech_level)
            out[i] = Sound::talk;
    }
    // A run of silence between two talk windows, no longer than the bridge, is talk.
    const auto bridge = static_cast<std::size_t>(options.bridge / std::max(track.window, Duration{1}));
    std::size_t last_talk = out.size();
    for (std::size_t i = 0; i < out.size(); ++i) {
        if (out[i] == Sound::none) {
            last_talk = out.size();
        } else if (out[i] == Sound::talk) {
            if (last_talk != out.size() && i - last_talk - 1 <= bridge)
                std::fill(out.begin() + static_cast<std::ptrdiff_t>(last_talk) + 1,
                          out.begin() + static_cast<std::ptrdiff_t>(i), Sound::talk);
            last_talk = i;
        }
    }
    return out;
}

} // namespace

double PhaseTalk::silent_share() const {
    auto recorded = (talk + silence).count();
    return recorded > 0 ? static_cast<double>(silence.count()) / static_cast<double>(recorded) : 0.0;
}

std::vector<PhaseTalk> analyse_talk(const LevelTrack& track, const std::vector<PhaseSpan>& phases,
                                    const std::vector<TimeSpan>& excluded, const TalkOptions& options) {
    const std::vector<Sound> sound = classify(track, excluded, options);
    std::vector<PhaseTalk> out;
    for (const auto& phase : phases) {
        PhaseTalk figures;
        figures.id = phase.id;
        std::optional<Silence> run; // the silence under way
        auto close = [&] {
            if (!run) return;
            if (run->length >= options.long_silence) figures.long_silences.push_back(*run);
            if (!figures.longest || run->length > figures.longest->length) figures.longest = run;
            run.reset();
        };
        for (std::size_t i = 0; i < sound.size(); ++i) {
            Duration from = track.start + track.window * static_cast<long long>(i);
            Duration to = from + track.window;
            // The part of this window inside the phase (a window may straddle its start or end).
            Duration a = std::max(from, phase.from);
            Duration b = std::min(to, phase.to);
            if (b <= a) continue;
            if (sound[i] == Sound::talk) {
                figures.talk += b - a;
                close();
            } else if (sound[i] == Sound::silence) {
                figures.silence += b - a;
                if (run && run->at + run->length == a)
                    run->length += b - a;
                else {
                    close();
                    run = Silence{a, b - a};
                }
            } else {
                close();
            }
        }
        close();
        out.push_back(std::move(figures));
    }
    return out;
}

void write_audio_json(JsonWriter& json, const std::string& file, const std::vector<PhaseTalk>& phases) {
    auto seconds = [](Duration d) { return static_cast<double>(d.count()) / 1000.0; };
    json.begin_object().key("file").value(file).key("phases").begin_array();
    for (const auto& p : phases) {
        json.begin_object().key("id").value(p.id);
        json.key("talk_s").value(seconds(p.talk)).key("silence_s").value(seconds(p.silence));
        json.key("long_silences").begin_array();
        for (const auto& s : p.long_silences)
            json.begin_object().key("at_s").value(seconds(s.at)).key("length_s").value(seconds(s.length)).end_object();
        json.end_array().end_object();
    }
    json.end_array().end_object();
}

} // namespace sdmock
