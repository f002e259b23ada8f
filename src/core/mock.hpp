#pragma once
/// A running mock: the timer, the cue board and the notes of one session, turning every user
/// action into an event handed to a sink (the history) at once. Screens draw from it; they
/// do not own its state.
#include "core/content.hpp"
#include "core/cue_scheduler.hpp"
#include "core/phase_timer.hpp"
#include "core/roles.hpp"
#include "core/script.hpp"
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

/// Every action that records an event first checks that the session's role may record it
/// (may_record) and, when not, throws Error and changes nothing.
class MockSession {
public:
    /// `role`: solo, or the interviewer of a paired mock (whose desk the methods below serve).
    MockSession(const Problem& problem, const Plan& plan, const Content& content, std::uint64_t seed, double speed,
                Role role, EventSink& sink);

    /// Starts the first phase.
    void start(SteadyTime now);
    /// Continues a recorded session from its events and last saved elapsed time.
    void restore(const std::vector<Event>& events, Duration elapsed, SteadyTime now);

    void toggle_pause(SteadyTime now);
    /// A stop of the process (Ctrl-Z) counts as a pause: pauses the clock if it runs, recording the
    /// pause as the pause key does. Returns whether it paused it (false: paused already, or over).
    bool pause_if_running(SteadyTime now);
    /// Moves to the next phase; on the last phase, ends the mock.
    void next_phase(SteadyTime now);
    void end(SteadyTime now);
    /// Marks the cue on screen answered (or skipped). Returns false when there is none.
    bool answer_cue(SteadyTime now, bool skipped = false);
    void add_note(SteadyTime now, const std::string& dimension, const std::string& text);

    /// Advances to `now`: records cues that came on screen, saves a heartbeat when the session
    /// second changed. Returns true once when the current phase's time has just run out.
    bool tick(SteadyTime now);
    /// Returns every due cue not returned before, oldest first, recording those not yet on
    /// record as shown (the line-mode session prints each cue as it falls due).
    std::vector<std::size_t> show_all_due(SteadyTime now);

    [[nodiscard]] const PhaseTimer& timer() const { return timer_; }
    [[nodiscard]] const Problem& problem() const { return problem_; }
    /// The level it is run at (one of kLevelIds; empty when the history did not record one).
    [[nodiscard]] const std::string& level() const { return level_; }
    void set_level(std::string level) { level_ = std::move(level); }
    [[nodiscard]] const Plan& plan() const { return plan_; }
    [[nodiscard]] const Phase* phase() const;
    [[nodiscard]] const std::vector<Note>& notes() const { return notes_; }
    [[nodiscard]] const CueBoard& cues() const { return board_; }
    /// The cue on screen, if any.
    [[nodiscard]] const Cue* current_cue(SteadyTime now) const;
    /// The interviewer's reply to this clarifying question, if it has one.
    [[nodiscard]] const Reply* reply_to(const Cue& cue) const;
    /// The interviewer's reply to the clarifying question on screen, if it has one.
    [[nodiscard]] const Reply* reply_on_screen(SteadyTime now) const;
    /// The problem's figures to work from, while the estimation phase runs (else none).
    [[nodiscard]] std::vector<std::string> figures_to_work_from() const;
    [[nodiscard]] std::size_t cues_waiting(SteadyTime now) const;
    [[nodiscard]] std::optional<Duration> next_cue_in(SteadyTime now) const;
    [[nodiscard]] bool finished() const { return timer_.finished(); }
    /// Less than half of the current phase has run: moving on asks first.
    [[nodiscard]] bool early_in_phase(SteadyTime now) const;
    /// Steady time until something on screen changes (the next second, a cue falling due).
    [[nodiscard]] std::optional<Duration> until_next_change(SteadyTime now) const;

    // Paired mocks: the interviewer's desk.
    [[nodiscard]] Role role() const { return role_; }
    /// The interviewer's script for the current phase (interviewer_script), then the curveballs
    /// thrown in it; empty once the mock is over.
    [[nodiscard]] std::vector<ScriptLine> script() const;
    /// Puts a question to the candidate (it shows on their view).
    void put_question(SteadyTime now, const Cue& cue);
    /// Puts a line of the script: its question, or for a line the candidate should raise, its nudge.
    void put_line(SteadyTime now, const ScriptLine& line);
    /// Grades how the candidate did on a line of the script (asked or not); re-grading replaces it.
    void mark(SteadyTime now, const ScriptLine& line, Grade grade);
    void give_hint(SteadyTime now, const std::string& text);
    /// The curveballs that fit the problem and were not thrown yet, in the seeded order.
    [[nodiscard]] std::vector<ScriptLine> curveball_choices() const;
    /// Throws curveball `choice` of curveball_choices() (0: the one sdmock picks); false when
    /// there is no such curveball.
    bool throw_curveball(SteadyTime now, std::size_t choice = 0);
    [[nodiscard]] const std::optional<Cue>& put() const { return put_; }
    [[nodiscard]] std::optional<Grade> grade_of(const std::string& question) const;
    [[nodiscard]] std::size_t curveballs_left() const { return curveballs_.size() - thrown_; }
    /// What a scorer weighs: the notes, and for an interviewer each mark given ("well: ...").
    [[nodiscard]] std::vector<Note> evidence() const;

private:
    /// Throws Error unless this session's role may record events of `kind`.
    void require_may_record(std::string_view kind) const;
    void replay_desk(const Event& e, std::size_t phase);
    void set_mark(const std::string& question, Grade grade);
    void emit(SteadyTime now, std::string_view kind, std::string dimension = {}, std::string text = {},
              std::int64_t value = 0);
    void start_phase_event(SteadyTime now);
    /// Records the questions of the current phase still waiting as it ends.
    void record_unreached(SteadyTime now);

    const Problem& problem_;
    const Plan& plan_;
    const Content& content_;
    EventSink& sink_;
    PhaseTimer timer_;
    CueBoard board_;
    std::vector<Note> notes_;
    std::set<std::size_t> shown_;
    std::set<std::size_t> listed_;        ///< returned by show_all_due
    std::optional<std::size_t> rung_for_; ///< phase whose end the bell already marked
    std::int64_t last_second_ = -1;
    Role role_;
    std::vector<ScriptLine> curveballs_; ///< the fitting ones: thrown first, then the rest in seeded order
    std::size_t thrown_ = 0;
    std::vector<std::size_t> thrown_in_; ///< the phase each thrown curveball was thrown in
    std::optional<Cue> put_;
    std::vector<std::pair<std::string, Grade>> marks_;
    std::vector<Note> marks_log_;
    std::string level_{kDefaultLevel};
};

/// The planned durations of a plan's phases.
[[nodiscard]] std::vector<Duration> planned_durations(const Plan& plan);

} // namespace sdmock
