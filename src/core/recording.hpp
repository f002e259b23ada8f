#pragma once
/// A recorded mock on its own timeline: where the phases, the questions, the notes and the
/// pauses fall in the recording (the file's time is the session's time), the spans sdmock's
/// voice was speaking, the levels as the history keeps them, and the talk figures over weeks.
#include "core/clock.hpp"
#include "core/session.hpp"
#include "core/talk.hpp"
#include "core/trends.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sdmock {

/// Where a recording is kept, relative to the history's folder.
[[nodiscard]] std::string recording_file(std::int64_t session);

/// Something that happened, at its time in the recording.
struct Mark {
    Duration at{0};
    std::string kind;  ///< the event's kind: phase_start, cue_shown, note, pause, resume, voice, end, …
    std::string phase; ///< the phase it happened in
    std::string text;  ///< the question, the note; the phase's id for a phase start
};

/// The marks of a session, in time order: phase starts, questions shown or put, notes, hints,
/// curveballs, pauses, resumes, the voice asking, the end.
[[nodiscard]] std::vector<Mark> recording_marks(const std::vector<Event>& events);

/// The session time each phase ran, from its start to the next phase's (or the end, or `elapsed`
/// for the phase still running).
[[nodiscard]] std::vector<PhaseSpan> phase_spans(const std::vector<Event>& events, Duration elapsed);

/// The spans sdmock's own voice was speaking (voice events: t, value = length in ms).
[[nodiscard]] std::vector<TimeSpan> voice_spans(const std::vector<Event>& events);

/// Talk and silence per phase of a recorded session; from the input device, the spans the voice
/// spoke are neither (a recording taken from a file never heard the voice).
[[nodiscard]] std::vector<PhaseTalk> session_talk(const Recording& recording, const std::vector<Event>& events,
                                                  Duration elapsed);

/// A point in a recording as typed: `MM:SS`, `H:MM:SS`, or whole seconds. None when it is not one.
[[nodiscard]] std::optional<Duration> parse_offset(std::string_view text);

/// Where phase `id` starts in the recording; none when the session never reached it.
[[nodiscard]] std::optional<Duration> phase_offset(const std::vector<Event>& events, std::string_view id);

/// Levels as the history stores them: one byte per window, dBFS from -90 to 0 in 255 steps
/// (0 is -90 dB or quieter). The speech threshold (-34 dB) is kept to a third of a decibel.
[[nodiscard]] std::string encode_levels(const std::vector<float>& levels);
[[nodiscard]] std::vector<float> decode_levels(std::string_view bytes);

/// Talk figures of the recorded mocks of one week.
struct WeekTalk {
    int recorded = 0; ///< mocks with a recording
    Duration talk{0};
    Duration silence{0};
    int long_silences = 0; ///< silences of 15 s or more
    Duration longest{0};
    [[nodiscard]] double silent_share() const;
};

/// Adds one recorded mock's phase figures to its week.
void add_talk(WeekTalk& week, const std::vector<PhaseTalk>& phases);

/// A recorded mock as the report counts it: the day it was started, its figures per phase.
struct RecordedMock {
    Date date;
    std::vector<PhaseTalk> phases;
};

/// The talk figures of the weeks from `first` to `last` that have recorded mocks, in order.
[[nodiscard]] std::vector<std::pair<IsoWeek, WeekTalk>> weekly_talk(const std::vector<RecordedMock>& mocks,
                                                                    IsoWeek first, IsoWeek last, Weekday start);

/// `14m28s`: an amount of talk, in whole seconds as clock_text counts them.
[[nodiscard]] std::string talk_minutes(Duration d);
/// A silence's length in seconds, rounded: `24`.
[[nodiscard]] long long silence_seconds(Duration d);

/// A whole mock's figures in one line (talk_line over every phase).
[[nodiscard]] std::string talk_summary(const std::vector<PhaseTalk>& phases);

/// "4m12s talk, 38% silent, 2 silences over 15 s (longest 41 s)": a phase's or a week's figures
/// in one line.
[[nodiscard]] std::string talk_line(Duration talk, Duration silence, std::size_t long_silences,
                                    std::optional<Duration> longest);

} // namespace sdmock
