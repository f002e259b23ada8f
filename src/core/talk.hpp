#pragma once
/// Talk and silence in a recorded mock, per phase: pure, over the sound levels an audio adapter
/// hands over (one level per short window, on the session's timeline).
#include "core/clock.hpp"
#include "core/json.hpp"

#include <optional>
#include <string>
#include <vector>

namespace sdmock {

/// A recording's loudness: the RMS level (0 to 1 of full scale) of each window in turn, the
/// first starting at `start` session time. Session time stops while the mock is paused, and so
/// does the recording, so the windows follow one another with no gap.
struct LevelTrack {
    Duration start{0};
    Duration window{50};
    std::vector<float> levels;
    [[nodiscard]] Duration end() const { return start + window * static_cast<long long>(levels.size()); }
};

/// A session's recording as the history keeps it.
struct Recording {
    std::string file;  ///< relative to the history's folder: recordings/session-N.ogg
    std::string input; ///< empty: the default input device; else the sound file it was taken from
    LevelTrack levels; ///< every window recorded so far, from session time 0
    Duration length{0};
};

/// A stretch of session time, from (inclusive) to (exclusive).
struct TimeSpan {
    Duration from{0};
    Duration to{0};
};

/// A phase of the mock and the session time it ran.
struct PhaseSpan {
    std::string id;
    Duration from{0};
    Duration to{0};
};

struct TalkOptions {
    /// A window at or above this level is speech: -34 dBFS, above a quiet room's hiss and
    /// below any voice at a normal distance from the microphone.
    float speech_level = 0.02F;
    /// Pauses inside speech up to this long (breaths, the gaps between words) count as talk.
    Duration bridge{600};
    /// Silences this long or longer are listed (the guide's "long pause" to practise away).
    Duration long_silence{15000};
};

struct Silence {
    Duration at{0}; ///< session time it began
    Duration length{0};
};

/// One phase's figures. Time the recording does not cover, and time the voice was asking a
/// question (an excluded span), is neither talk nor silence.
struct PhaseTalk {
    std::string id;
    Duration talk{0};
    Duration silence{0};
    std::vector<Silence> long_silences; ///< at least TalkOptions::long_silence, in order
    std::optional<Silence> longest;     ///< the longest silence of the phase, however short
    /// Silence over the phase's recorded time (talk + silence); 0 when nothing was recorded.
    [[nodiscard]] double silent_share() const;
};

/// Talk and silence in each phase. A silence is cut where a phase ends (each phase is practised
/// on its own) and where an excluded span (sdmock's own voice asking) begins or ends.
[[nodiscard]] std::vector<PhaseTalk> analyse_talk(const LevelTrack& track, const std::vector<PhaseSpan>& phases,
                                                  const std::vector<TimeSpan>& excluded = {},
                                                  const TalkOptions& options = {});

/// The `audio` value of `show --format json`:
/// `{"file", "phases": [{"id", "talk_s", "silence_s", "long_silences": [{"at_s", "length_s"}]}]}`.
void write_audio_json(JsonWriter& json, const std::string& file, const std::vector<PhaseTalk>& phases);

} // namespace sdmock
