#pragma once
/// What each key does on each screen, as pure functions: `update(state, key, what it reads) ->
/// action`. The state is the screen's own (overlay, prompt, flash, selection); the engine is only
/// read. The input loop applies the action to the MockSession or to the hooks. No curses here.
#include "core/follow.hpp"
#include "core/mock.hpp"
#include "core/review.hpp"
#include "core/roles.hpp"
#include "core/scorecard.hpp"
#include "tui/key.hpp"
#include "tui/layout.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <variant>

namespace sdmock::tui {

/// A page of text: where it is, and how far it goes (set when it is drawn).
struct PagerKeys {
    std::size_t offset = 0;
    std::size_t rows = 1; ///< lines on screen
    std::size_t last = 0; ///< the largest offset
};

/// Edits a prompt with one key (text appends, Backspace removes one UTF-8 character); returns
/// true when the key was Enter.
bool edit(Prompt& prompt, const Key& key);
/// The dimension after `current`, in rubric order, wrapping around.
std::string next_dimension(const std::string& current);
/// The prompt for a note tagged to `dimension`.
Prompt note_prompt(const std::string& dimension);

/// The actions keys ask for, shared by the screens.
namespace act {
struct None {
    bool operator==(const None&) const = default;
};
struct TogglePause {
    bool operator==(const TogglePause&) const = default;
};
struct NextPhase {
    bool operator==(const NextPhase&) const = default;
};
/// End the mock now and go to scoring.
struct EndMock {
    bool operator==(const EndMock&) const = default;
};
/// Mark the cue on screen answered, or skipped.
struct AnswerCue {
    bool skipped = false;
    bool operator==(const AnswerCue&) const = default;
};
struct AddNote {
    std::string dimension;
    std::string text;
    bool operator==(const AddNote&) const = default;
};
/// Leave the screen: the session stays resumable, the mock goes on, or the scores so far are kept.
struct Leave {
    bool operator==(const Leave&) const = default;
};
/// Put line `index` of MockSession::script() to the candidate: its question, or its nudge.
struct PutLine {
    std::size_t index = 0;
    bool operator==(const PutLine&) const = default;
};
/// Grade line `index` of MockSession::script().
struct Mark {
    std::size_t index = 0;
    Grade grade = Grade::not_answered;
    bool operator==(const Mark&) const = default;
};
struct Hint {
    std::string text;
    bool operator==(const Hint&) const = default;
};
/// Throw curveball `choice` of MockSession::curveball_choices() (0: the one sdmock picks).
struct Curveball {
    std::size_t choice = 0;
    bool operator==(const Curveball&) const = default;
};
/// Score dimension `dimension` (an index in rubric order) and save the card.
struct Score {
    std::size_t dimension = 0;
    int score = 0;
    bool operator==(const Score&) const = default;
};
/// Set the evidence of dimension `dimension` and save the card.
struct Evidence {
    std::size_t dimension = 0;
    std::string text;
    bool operator==(const Evidence&) const = default;
};
/// The card is complete: scoring is done.
struct SaveScores {
    bool operator==(const SaveScores&) const = default;
};
} // namespace act

/// One key on an open note prompt: Tab tags the next dimension, Esc closes it, Enter closes it
/// and returns the note.
std::optional<act::AddNote> edit_note(std::optional<Prompt>& prompt, std::string& dimension, const Key& key);

// ---- the solo session screen ----

/// The session screen's own state.
struct SessionKeys {
    Overlay overlay = Overlay::none;
    std::optional<Prompt> prompt; ///< a note being typed
    std::string note_dimension;   ///< the note's tag
    std::string flash;            ///< a message in place of the key bar until the next key
    PagerKeys scroll;             ///< of the box open (the problem, the keys, the answer)
};

using SessionAction =
    std::variant<act::None, act::TogglePause, act::NextPhase, act::EndMock, act::AnswerCue, act::AddNote, act::Leave>;

/// One key on the session screen. `n` early in a phase or on the last phase asks first (only `y`
/// moves on or ends; `n` leaves the question open); `x`/`s` with
/// no question on screen flashes; `q` asks first (`y` leaves); ↑/↓ PgUp/PgDn Home/End scroll help,
/// the problem or the answer, and any other key closes it.
SessionAction update_session(SessionKeys& keys, const Key& key, const MockSession& mock, SteadyTime now);

// ---- the scoring screen ----

struct ScoringKeys {
    std::size_t selected = 0;     ///< in rubric order
    std::optional<Prompt> prompt; ///< evidence being typed
    std::string flash;
    bool leaving = false;                ///< `q` was pressed once
    std::vector<std::size_t> dimensions; ///< the ones scored, rubric order (a drill's few, else all)
};

/// The scoring screen's state for a card: the first dimension not scored yet (carrying on a resume).
/// `dimensions`: those to score (empty: all twelve).
ScoringKeys scoring_keys(const Scorecard& card, std::vector<std::size_t> dimensions = {});

using ScoringAction = std::variant<act::None, act::Score, act::Evidence, act::SaveScores, act::Leave>;

/// One key on the scoring screen. `1`-`5` score and move down, `s` saves only a complete card,
/// `q` twice leaves.
ScoringAction update_scoring(ScoringKeys& keys, const Key& key, const Scorecard& card);

// ---- the interviewer's screen ----

struct InterviewerKeys {
    enum class Typing { none, note, hint, end, next }; ///< `end`/`next`: "end the mock?" / "move on?" is asked
    std::size_t selected = 0;                          ///< in MockSession::script()
    std::size_t phase = 0;                             ///< the phase `selected` and `key_scroll` belong to
    int key_scroll = 0;                                ///< answer-key lines scrolled from the current phase's section
    std::size_t curveball = 0;                         ///< highlighted in the curveball picker (Overlay::curveballs)
    std::size_t hint_choice = 0;                       ///< the suggested hint the hint prompt holds
    std::vector<std::string> hints;                    ///< the suggestions Tab cycles through while a hint is typed
    Overlay overlay = Overlay::none;
    std::optional<Prompt> prompt;
    std::string flash;
    Typing typing = Typing::none;
    std::string note_dimension;
    PagerKeys scroll; ///< of the box open (the problem, the keys, a line in full)
};

/// A new phase starts with the selection at its first line and the answer key at its section.
void sync_phase(InterviewerKeys& keys, const MockSession& mock);

using InterviewerAction = std::variant<act::None, act::PutLine, act::Mark, act::Hint, act::Curveball, act::AddNote,
                                       act::TogglePause, act::NextPhase, act::EndMock, act::Leave>;

/// One key on the interviewer's screen. Enter puts the selected line, `1`-`3` grade it, `h` opens
/// a hint holding its first suggested hint (Tab the next), `c` opens the curveball picker (Enter
/// throws the one highlighted, `r` lets sdmock choose, Esc closes), `o` shows the line in full,
/// `[`/`]` scroll the answer key. `e`, and `n` on the last phase, ask before ending (`y` ends);
/// `n` early in a phase asks before moving on.
InterviewerAction update_interviewer(InterviewerKeys& keys, const Key& key, const MockSession& mock, SteadyTime now);

// ---- the candidate's follow screen ----

struct FollowKeys {
    bool help = false;
    bool full_text = false;
    std::optional<Prompt> prompt;
    std::string note_dimension;
    std::string flash;
    bool leaving = false; ///< `q` was pressed once
    PagerKeys scroll;     ///< of the box open (the problem, the keys)
};

using FollowAction = std::variant<act::None, act::AddNote, act::Leave>;

/// One key on the candidate's view of `state`: `a` a note, `?` help, `p` the problem, `q` twice stops.
FollowAction update_follow(FollowKeys& keys, const Key& key, const FollowState& state, const Plan& plan);

// ---- the review against the answer key ----

struct ReviewKeys {
    std::size_t phase = 0;    ///< in Review::phases
    std::size_t selected = 0; ///< in the phase's points
};

namespace act {
/// Tick a key point covered or not.
struct Tick {
    std::string point;
    bool covered = false;
    bool operator==(const Tick&) const = default;
};
/// Show the coverage beside the self-scores, the missed questions and the mistakes.
struct ShowTail {
    bool operator==(const ShowTail&) const = default;
};
} // namespace act

using ReviewAction = std::variant<act::None, act::Tick, act::ShowTail, act::Leave>;

/// One key on the review screen: ↑/↓ (k/j) a point, ←/→ (h/l, Tab) a phase, `y`/`n` tick the
/// point covered or not and move down, space toggles it, `m` the coverage and the mistakes,
/// `q` or Esc leaves (every tick is saved as it is made).
ReviewAction update_review(ReviewKeys& keys, const Key& key, const Review& review, const Ticks& ticks);

// ---- lists, pages, the summary and notices ----

enum class ListAction { none, choose, back, quit };

/// One key on a list of `count` rows: ↑/↓ k/j, Home/End, PgUp/PgDn move `selected`; Enter or `l`
/// chooses (not in an empty list); Esc or Backspace goes back; `q` quits when `q_quits`.
ListAction update_list(std::size_t& selected, const Key& key, std::size_t count, bool q_quits);
/// On the home screen's Resume row of a session: `x` abandons that session.
[[nodiscard]] bool wants_abandon(const Key& key);

enum class PagerAction { none, leave };

/// One key on a page: ↑/↓ k/j a line, space/PgDn and b/PgUp a screen, Home/g End/G the ends;
/// Esc, Backspace, q or Enter leaves.
PagerAction update_pager(PagerKeys& keys, const Key& key);

enum class SummaryAction { none, leave, review };
/// The summary screen: Enter, q or Esc leaves; `r` asks for the review against the answer key.
SummaryAction update_summary(const Key& key);

enum class NoticeAction { none, accept, cancel };
/// A notice: Enter accepts, Esc or q cancels.
NoticeAction update_notice(const Key& key);

} // namespace sdmock::tui
