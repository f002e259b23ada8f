#pragma once
/// The one owner of a running session. `start` and `resume` create it; the TUI and the line mode
/// drive its engine. It holds the claim on the session (a second driver is refused), commits
/// every event to the history as it happens, and is the only code that changes the session's
/// status, saves or reads its scorecard, builds its summary and ends with `session N`.
#include "cli/session_audio.hpp"
#include "core/clock.hpp"
#include "core/content.hpp"
#include "core/drill.hpp"
#include "core/mock.hpp"
#include "core/scorecard.hpp"
#include "store/history.hpp"
#include "store/history_sink.hpp"

#include <iosfwd>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace sdmock::cli {

/// How a driver left the session.
enum class RunEnd {
    scored,       ///< the mock ended and its scorecard is complete
    unscored,     ///< the mock ended; the scorecard is missing or partial
    left_running, ///< the user (or a signal) left with the clock still resumable
};

/// What a new session is.
struct RunSetup {
    const Problem& problem;
    const Plan& plan;
    Mode mode = Mode::solo;
    double speed = 1.0;
    std::uint64_t seed = 0;
    bool practice = false;            ///< started with --practice
    std::string level{kDefaultLevel}; ///< mid, senior or staff
    std::optional<Drill> drill{};     ///< one phase of the plan run on its own (checked with check_drill)
    AudioSetup audio{};               ///< recorded, spoken (checked with check_audio_setup)
};

/// The dimensions a session is scored on: every one for a full mock, a drill's (drill_dimensions).
[[nodiscard]] std::vector<std::size_t> scored_dimensions(const Problem& problem, const Plan& plan,
                                                         const std::optional<Drill>& drill, const Content& content,
                                                         std::uint64_t seed);

class SessionRun final : private EventSink {
public:
    /// Records a new session and starts its first phase.
    static std::unique_ptr<SessionRun> start(History& history, const Content& content, const RunSetup& setup,
                                             const Clock& clock);
    /// Continues an interrupted session, or one that ended before it was scored. Throws Error when
    /// there is no such session or it is over.
    /// A recorded session goes on recording from where its file ends; `voice` speaks the
    /// questions (a solo session's voice also comes back when it spoke before).
    static std::unique_ptr<SessionRun> resume(History& history, const Content& content, std::int64_t id,
                                              const Clock& clock, bool voice = false);
    ~SessionRun() override;
    SessionRun(const SessionRun&) = delete;
    SessionRun& operator=(const SessionRun&) = delete;

    [[nodiscard]] std::int64_t id() const { return id_; }
    [[nodiscard]] MockSession& mock() { return *mock_; }
    [[nodiscard]] const MockSession& mock() const { return *mock_; }
    [[nodiscard]] const Content& content() const { return content_; }
    /// The drill this session runs, if it is one.
    [[nodiscard]] const std::optional<Drill>& drill() const { return drill_; }
    /// What a drill hands over from the phases before it (drill_context); empty for a full mock.
    [[nodiscard]] std::vector<std::string> context_lines() const;
    /// The dimensions scored: all of them in a full mock, a drill's (drill_dimensions) in a drill.
    [[nodiscard]] const std::vector<std::size_t>& dimensions() const { return dimensions_; }
    /// Every dimension this session is scored on is scored.
    [[nodiscard]] bool complete(const Scorecard& card) const { return complete_on(card, dimensions_); }
    /// Who scores in this process: the interviewer in a paired mock, else the candidate.
    [[nodiscard]] Scorer scorer() const;

    /// Actions done but not written yet: another program holds the history locked.
    [[nodiscard]] std::size_t waiting() const { return sink_.unsaved(); }
    /// Tries again, briefly and at most once a second, to write the actions that wait (the
    /// heartbeats do too, but not while the clock is paused); returns how many still wait.
    std::size_t write_waiting();
    /// Empty while the history the session opened is in place; once it was deleted or replaced,
    /// what happened and the recovery file the session is kept in from then on (lost_text).
    [[nodiscard]] const std::string& lost() const { return lost_; }

    /// What the user should know about the audio (not recorded, not spoken, stopped early) and was
    /// not told yet, a line each; close() tells what is left.
    [[nodiscard]] std::vector<std::string> take_audio_notes();
    /// What the recording says about the candidate's speaking, as a note on the communication
    /// dimension for the scorer to weigh; empty when the mock was not recorded.
    [[nodiscard]] std::vector<Note> recorded_evidence() const;
    /// Whether the mock is being recorded.
    [[nodiscard]] bool recording() const { return audio_ && audio_->recording(); }

    /// Saves the scorecard as it stands (every change is kept at once).
    void save_scorecard(const Scorecard& card);
    /// Saves an estimate of this session at once.
    void save_estimate(EstimateRecord record);
    /// The scorecard saved so far (empty when none).
    [[nodiscard]] Scorecard saved_scorecard() const;
    /// The summary of the session as saved, wrapped to `width`.
    [[nodiscard]] std::vector<std::string> summary(int width) const;

    /// Writes anything still held back by a lock, tells the user how to carry on, prints
    /// `session N` on `out` and returns the exit code (128 + `signal` when a signal stopped it).
    /// Throws StoreError when an action could not be saved.
    /// `typed`: scores the driver read but did not save (the line mode keeps no partial card),
    /// for the `sdmock score` command it suggests.
    int close(RunEnd how, std::ostream& out, std::ostream& err, int signal, const Scorecard& typed = {});

private:
    /// While alive, this process owns the session: a second driver is refused.
    class Claim {
    public:
        Claim(History& history, std::int64_t session);
        ~Claim();
        Claim(const Claim&) = delete;
        Claim& operator=(const Claim&) = delete;

    private:
        History& history_;
        std::int64_t session_;
    };

    SessionRun(History& history, const Content& content, std::int64_t id, const Clock& clock);
    /// The plan and problem the engine runs (a drill's own), then the engine itself.
    void build(const Problem& problem, const Plan& plan, const std::optional<Drill>& drill, std::uint64_t seed,
               double speed, Mode mode);
    EventSink& sink() { return *this; }
    void record(const Event& event) override;
    void heartbeat(Duration elapsed) override;
    /// Commits one event (to the recovery file once the history went away).
    void write(const Event& event);
    /// Hands the clock to the audio, and records what the voice said meanwhile.
    void follow_audio(const Event* event);
    /// Opens the audio asked for, the recording from session time `start`.
    void open_audio(const AudioSetup& setup, Duration start);
    /// Marks the session finished, with its practice verdict, once its end event is in the history.
    void settle_status();
    /// The history went away: the session goes on in a recovery file beside it (a second loss throws).
    void keep_elsewhere(const LostError& lost);

    History* history_; ///< the session's history, or the recovery file once that went away
    const Content& content_;
    const Clock& clock_;
    std::int64_t id_;
    Claim claim_;
    HistorySink sink_;
    const Plan* full_plan_ = nullptr; ///< the plan as in the content (a drill runs one phase of it)
    Plan plan_;                       ///< what the engine runs
    Problem problem_;                 ///< as the engine sees it (a drill's focus first)
    std::optional<Drill> drill_;
    std::vector<std::size_t> dimensions_;
    std::unique_ptr<MockSession> mock_;
    bool finish_due_ = false;
    std::optional<SteadyTime> tried_at_;  ///< the last write_waiting that tried
    std::unique_ptr<History> kept_;       ///< the recovery file, once the history went away
    std::string lost_;                    ///< what the user is told about it (lost_text)
    PracticeFacts practice_;              ///< what the practice rule judges it by, the end included once it came
    std::unique_ptr<SessionAudio> audio_; ///< the recording and the voice, when asked for
    std::size_t audio_told_ = 0;          ///< audio notes the user was told
};

} // namespace sdmock::cli
