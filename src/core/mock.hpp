#pragma once
/// A running mock: the timer, the cue board and the notes of one session, turning every user
/// action into an event handed to a sink (the history) at once. Screens draw from it; they
/// do not own its state.
#include "core/content.hpp"
#include "core/cue_scheduler.hpp"
#include "core/phase_timer.hpp"
#include "core/session.hpp"

#include <set>

namespace sdmock {

/// Where events go: the store commits each one before the call returns.
class EventSink {
public:
    virtual ~EventSink() = default;
    virtual void record(const Event& event) = 0;
    virtual void heartbeat(Duration elapsed) = 0;
};

struct Note {
    Duration t{0};
    std::string phase;
    std::string dimension;
    std::string text;
};

class MockSession {
public:
    MockSession(const Problem& problem, const Plan& plan, const Content& content, std::uint64_t seed, double speed,
                EventSink& sink);

    /// Starts the first phase.
    void start(SteadyTime now);
    /// Continues a recorded session from its events and last saved elapsed time.
    void restore(const std::vector<Event>& events, Duration elapsed, SteadyTime now);

    void toggle_pause(SteadyTime now);
    /// Moves to the next phase; on the last phase, ends the mock.
    void next_phase(SteadyTime now);
    void end(SteadyTime now);
    /// Marks the cue on screen answered (or skipped). Returns false when there is none.
    bool answer_cue(SteadyTime now, bool skipped = false);
    void add_note(SteadyTime now, const std::string& dimension, const std::string& text);

    /// Advances to `now`: records cues that came on screen, saves a heartbeat when the session
    /// second changed. Returns true once when the current phase's time has just run out.
    bool tick(SteadyTime now);
    /// Records every due cue not yet on record as shown and returns them, oldest first (the
    /// line-mode session prints each cue as it falls due).
    std::vector<std::size_t> show_all_due(SteadyTime now);

    [[nodiscard]] const PhaseTimer& timer() const { return timer_; }
    [[nodiscard]] const Problem& problem() const { return problem_; }
    [[nodiscard]] const Plan& plan() const { return plan_; }
    [[nodiscard]] const Phase* phase() const;
    [[nodiscard]] const std::vector<Note>& notes() const { return notes_; }
    [[nodiscard]] const CueBoard& cues() const { return board_; }
    /// The cue on screen, if any.
    [[nodiscard]] const Cue* current_cue(SteadyTime now) const;
    [[nodiscard]] std::size_t cues_waiting(SteadyTime now) const;
    [[nodiscard]] std::optional<Duration> next_cue_in(SteadyTime now) const;
    [[nodiscard]] bool finished() const { return timer_.finished(); }
    /// Steady time until something on screen changes (the next second, a cue falling due).
    [[nodiscard]] std::optional<Duration> until_next_change(SteadyTime now) const;

private:
    void emit(SteadyTime now, std::string_view kind, std::string dimension = {}, std::string text = {},
              std::int64_t value = 0);
    void start_phase_event(SteadyTime now);

    const Problem& problem_;
    const Plan& plan_;
    EventSink& sink_;
    PhaseTimer timer_;
    CueBoard board_;
    std::vector<Note> notes_;
    std::set<std::size_t> shown_;
    std::optional<std::size_t> rung_for_;  ///< phase whose end the bell already marked
    std::int64_t last_second_ = -1;
};

/// The planned durations of a plan's phases.
[[nodiscard]] std::vector<Duration> planned_durations(const Plan& plan);

} // namespace sdmock
