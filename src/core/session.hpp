#pragma once
/// A mock session as recorded in the history: what it is, and every event in it.
#include "core/clock.hpp"
#include "core/drill.hpp"
#include "core/estimate.hpp"
#include "core/phase_timer.hpp"
#include "core/practice_run.hpp"
#include "core/scorecard.hpp"
#include "core/talk.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace sdmock {

enum class Mode { solo, interviewer };
enum class Status { running, finished, abandoned };
[[nodiscard]] std::string_view to_string(Mode mode);
[[nodiscard]] std::string_view to_string(Status status);
[[nodiscard]] std::optional<Mode> mode_from(std::string_view text);
[[nodiscard]] std::optional<Status> status_from(std::string_view text);

/// Event kinds written to the history (the `kind` of `show --format json`).
namespace event {
inline constexpr std::string_view phase_start = "phase_start"; ///< phase, value = planned ms
inline constexpr std::string_view pause = "pause";
inline constexpr std::string_view resume = "resume";
inline constexpr std::string_view cue_shown = "cue_shown"; ///< text, dimension, value = cue index
inline constexpr std::string_view cue_answered = "cue_answered";
inline constexpr std::string_view cue_skipped = "cue_skipped";
/// A question of the phase still waiting when the phase ended: text, dimension, value = 1 when it
/// was on screen, 0 when it never fell due.
inline constexpr std::string_view cue_unreached = "cue_unreached";
inline constexpr std::string_view note = "note"; ///< text, dimension
inline constexpr std::string_view end = "end";
inline constexpr std::string_view reopen = "reopen"; ///< a resume after the process was gone
// Paired mocks.
inline constexpr std::string_view cue_put = "cue_put";               ///< the interviewer asks: text, dimension
inline constexpr std::string_view cue_marked = "cue_marked";         ///< text, dimension, value = Grade
inline constexpr std::string_view hint = "hint";                     ///< text
inline constexpr std::string_view curveball = "curveball";           ///< thrown by the interviewer: text, dimension
inline constexpr std::string_view candidate_note = "candidate_note"; ///< text, dimension
// Recorded mocks.
/// sdmock's voice asked a question aloud (--voice): text, value = how long it spoke, in ms of
/// session time. Those spans of the recording are not the candidate's speech.
inline constexpr std::string_view voice = "voice";
} // namespace event

struct Event {
    Duration t{0}; ///< session time (pauses excluded)
    std::string kind;
    std::string phase; ///< the phase it happened in
    std::string dimension;
    std::string text;
    std::int64_t value = 0;
};

struct SessionInfo {
    std::int64_t id = 0;
    std::string problem;
    std::string plan;
    Mode mode = Mode::solo;
    Status status = Status::running;
    std::string started_at; ///< ISO 8601 local time with offset
    std::uint64_t seed = 0;
    double speed = 1.0;
    Duration elapsed{0};          ///< session time as last saved (heartbeat)
    WallTime heartbeat_at{};      ///< when it was saved
    std::int64_t owner_pid = 0;   ///< the process running it, 0 when none
    bool owner_alive = false;     ///< whether that process is still there (the store looks)
    PracticeReasons practice{};   ///< why it is a practice run (settled when it finishes); none: it counts
    std::string level;            ///< the level it was run at (kLevelIds); empty: recorded before levels existed
    std::optional<Drill> drill{}; ///< one phase run on its own (left out of the trends); none: a full mock
};

/// A session left running whose process is gone (none owns it, or its owner died): it can be
/// resumed or abandoned. Its stored status stays `running`.
[[nodiscard]] bool interrupted(const SessionInfo& info);
/// The status as shown to the user: `interrupted` for an interrupted session, else the status.
[[nodiscard]] std::string_view shown_status(const SessionInfo& info);

struct SessionRecord {
    SessionInfo info;
    std::vector<Event> events;
    std::optional<Scorecard> self;
    std::optional<Scorecard> interviewer;
    std::vector<EstimateRecord> estimates; ///< in the order entered
    std::optional<Recording> recording;    ///< the mock's audio, when it was recorded (filled in by load)
};

/// Rebuilds the timer state from the recorded events and the last saved elapsed time.
[[nodiscard]] TimerSnapshot snapshot_from(const std::vector<Event>& events, Duration elapsed, std::size_t phase_count);

/// Planned and actual time per phase, from the events (phases not reached have no actual).
struct PhaseTime {
    std::string id;
    Duration planned{0};
    std::optional<Duration> actual;
};
[[nodiscard]] std::vector<PhaseTime> phase_times(const std::vector<Event>& events, Duration elapsed);

/// `2026-11-23T19:05:00+01:00` for a wall time in the local zone.
[[nodiscard]] std::string iso_local(WallTime t);
/// A local date or date-time as written in a CSV (`2026-11-23`, `2026-11-23T19:05`) made full:
/// seconds added and the local zone's offset on that day (`2026-11-23T19:05:00+01:00`). Text that
/// is not of those shapes comes back unchanged.
[[nodiscard]] std::string iso_with_offset(std::string_view local);
/// `mm:ss`, or `h:mm:ss` past an hour; a leading '-' or '+' when asked.
[[nodiscard]] std::string clock_text(Duration d, bool sign = false);

} // namespace sdmock
