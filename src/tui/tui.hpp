#pragma once
/// The ncurses screens. They draw the state of a MockSession and hand user actions to it; the
/// terminal is given back on every way out, signals included.
#include "core/clock.hpp"
#include "core/content.hpp"
#include "core/estimate.hpp"
#include "core/follow.hpp"
#include "core/mock.hpp"
#include "core/review.hpp"
#include "core/session.hpp"

#include <atomic>
#include <functional>
#include <string>
#include <vector>

namespace sdmock::tui {

struct Options {
    std::int64_t session_id = 0;
    bool bell = true;
    bool color = true;      ///< false under NO_COLOR
    std::string level;      ///< the mock's level, for what the candidate's scoring screen expects (follow)
    bool recording = false; ///< the mock is being recorded: the header says so
};

/// How the user left a mock.
enum class Exit { scored, unscored, left_running };

struct MockHooks {
    std::function<void(const Scorecard&)> save_scorecard;       ///< called on every change
    std::function<Scorecard()> saved_scorecard;                 ///< what was saved before (a resume)
    std::function<std::vector<std::string>(int width)> summary; ///< the summary screen's lines
    /// Optional: the summary offers the review (`r`); called when the user asks for it, before the
    /// screen is given back (the caller runs the review afterwards).
    std::function<void()> review;
    /// The dimensions scored (a drill's few); empty: all twelve.
    std::vector<std::size_t> dimensions{};
    /// Optional: saves an estimate typed in the estimates entry (`e` in the estimation phase).
    std::function<void(const EstimateRecord&)> save_estimate{};
    /// Optional: writes the actions that wait for another program's lock on the history, if it
    /// can now; returns how many still wait (the screen counts them until none does).
    std::function<std::size_t()> write_waiting{};
    /// Optional: empty while the history is in place; else what happened to it and where the
    /// session is kept now (the screen shows it instead of claiming the history has it).
    std::function<std::string()> lost{};
    /// Optional: what the recording says, offered beside the notes when scoring (on the
    /// communication dimension); read once the mock has ended.
    std::function<std::vector<Note>()> recorded_evidence{};
};

/// Runs the session screen, then the scoring and summary screens. `stop` is set by a signal
/// handler (SIGTERM, SIGHUP, SIGINT): the screen is given back and the session stays resumable.
Exit run_mock(MockSession& mock, const Content& content, const Clock& clock, const Options& options,
              const MockHooks& hooks, const std::atomic<int>& stop);

} // namespace sdmock::tui

namespace sdmock::tui {

/// What the candidate's view reads from, and writes to, the shared history.
struct FollowHooks {
    /// The session as of now (the caller re-reads the history only when it changed).
    std::function<FollowState()> poll;
    std::function<void(const std::string& dimension, const std::string& text)> add_note;
    std::function<void(const Scorecard&)> save_scorecard; ///< called on every change
    std::function<Scorecard()> saved_scorecard;
    std::function<std::vector<std::string>(int width)> summary;
    /// Whether the summary should be read again (the interviewer's scores came in). Optional.
    std::function<bool()> summary_changed;
    /// Readable when the history changed (poll drains it): the view redraws at once instead of
    /// at its next look. -1: none, and the view looks four times a second.
    int wake_fd = -1;
};

/// Follows a paired mock until it ends, then the candidate scores themselves (blind) and sees
/// the summary. `unscored` also means the user stopped following before the end.
Exit run_follow(const Problem& problem, const Plan& plan, const Content& content, const Clock& clock,
                const Options& options, const FollowHooks& hooks, const std::atomic<int>& stop);

} // namespace sdmock::tui

namespace sdmock::tui {

/// A screen of text that waits for Enter (returns true) or Esc/q (false).
bool run_notice(const std::string& title, const std::vector<std::string>& lines, const Clock& clock,
                const Options& options, const std::atomic<int>& stop);

} // namespace sdmock::tui

namespace sdmock::tui {

/// What the review screen reads from, and writes to, the history.
struct ReviewHooks {
    std::function<Ticks()> ticks;                                     ///< as saved
    std::function<void(const std::string& point, bool covered)> tick; ///< saved at once
    /// The coverage beside the self-scores, the missed questions and the mistakes, wrapped.
    std::function<std::vector<std::string>(int width)> tail;
};

/// The review screen of a finished mock, until the user leaves.
void run_review(const SessionRecord& record, const Content& content, const Problem& problem, const Plan& plan,
                const Options& options, const ReviewHooks& hooks, const Clock& clock, const std::atomic<int>& stop);

} // namespace sdmock::tui
