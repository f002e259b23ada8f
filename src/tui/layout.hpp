#pragma once
/// Pure layouts: from the state of a mock and "now" to a Frame. No terminal involved.
#include "core/content.hpp"
#include "core/follow.hpp"
#include "core/mock.hpp"
#include "core/review.hpp"
#include "tui/frame.hpp"

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace sdmock::tui {

/// A line of text being typed at the bottom of the screen.
struct Prompt {
    std::string label; ///< e.g. "Note [architecture]"
    std::string text;
    std::string help; ///< e.g. "Tab: dimension · Enter: save · Esc: cancel"
};

/// A box over the screen: the keys, "leave?", or the full problem, checklist and question.
enum class Overlay { none, help, confirm_quit, confirm_end, confirm_next, full_text, reply, curveballs, line };

struct SessionView {
    const MockSession* mock = nullptr;
    const Content* content = nullptr;
    std::int64_t session_id = 0;
    Overlay overlay = Overlay::none;
    std::optional<Prompt> prompt;
    std::string flash;              ///< a short message for the key bar line
    std::size_t overlay_offset = 0; ///< the first body line shown of a scrolling overlay
    std::string notice;             ///< what the history has not saved yet (SaveNotice), on a line of its own
    std::size_t waiting = 0;        ///< actions not written yet: the "leave?" box says so
    bool alarm = false;             ///< the notice is bad news (shown in the alert colour)
    bool recording = false;         ///< the header shows "● rec"
};

Frame layout_session(const SessionView& view, SteadyTime now, int width, int height);
/// The lines of the scrolling box open on the session screen (the problem, the keys, the
/// interviewer's answer), title first; empty when none is open.
std::vector<std::string> session_overlay(const SessionView& view, SteadyTime now, int width);

struct ScoringView {
    const Content* content = nullptr;
    const Problem* problem = nullptr;
    const std::vector<Note>* notes = nullptr;
    const Scorecard* card = nullptr;
    std::size_t selected = 0;
    std::optional<Prompt> prompt;
    std::string flash;
    Scorer scorer = Scorer::self;          ///< an interviewer reads each dimension's question worded for them
    std::string level;                     ///< the mock's level: its expectation is shown beside the anchors
    std::vector<std::size_t> dimensions{}; ///< the ones listed and scored (a drill's); empty: all
};

Frame layout_scoring(const ScoringView& view, int width, int height);

/// The summary from line `offset` on; the key bar says when there is more to scroll to, and with
/// `review` offers `r`, the review against the answer key.
Frame layout_summary(const std::vector<std::string>& lines, const std::string& title, int width, int height,
                     std::size_t offset = 0, bool review = false);

/// The lines of the "leave the mock?" box; `waiting`: actions not written yet (the history is locked).
std::vector<std::string> quit_box(std::int64_t session_id, std::size_t waiting = 0);

/// The big digits of a clock text ("12:34", "-01:05"), five rows.
std::vector<std::string> big_text(const std::string& text);

} // namespace sdmock::tui

namespace sdmock::tui {

/// The interviewer's screen of a paired mock.
struct InterviewerView {
    const MockSession* mock = nullptr;
    const Content* content = nullptr;
    std::int64_t session_id = 0;
    std::size_t selected = 0;  ///< in mock->script()
    int key_scroll = 0;        ///< answer-key lines from the current phase's section
    std::size_t curveball = 0; ///< highlighted in the picker
    Overlay overlay = Overlay::none;
    std::optional<Prompt> prompt;
    std::string flash;
    std::size_t overlay_offset = 0; ///< the first body line shown of the box open
    std::string notice;             ///< what the history has not saved yet (SaveNotice), on a line of its own
    std::size_t waiting = 0;        ///< actions not written yet: the "leave?" box says so
    bool alarm = false;             ///< the notice is bad news (shown in the alert colour)
    bool recording = false;         ///< the header shows "● rec"
};

Frame layout_interviewer(const InterviewerView& view, SteadyTime now, int width, int height);
/// The lines of the box open on the interviewer's screen (the problem, the keys, a line in full),
/// title first; empty for none.
std::vector<std::string> interviewer_overlay(const InterviewerView& view, int width, int height);

/// The answer key of a problem as lines, with where each section starts.
struct KeyLines {
    std::vector<Line> lines;
    std::array<std::size_t, kKeySectionCount> starts{};
};
/// Scope, requirements, the figures, assumptions, estimates, API, architecture, data model,
/// risks, the follow-ups with their dimensions and strong-answer points, and the extensions.
KeyLines answer_key_lines(const Problem& problem, int width);
/// What the interviewer reads about a line of the script: the reply to give or the points a
/// strong answer mentions, why it matters, and the hints to offer.
std::vector<Line> script_detail(const ScriptLine& line, int width);
/// The title of the pane script_detail fills ("If asked about users and scale").
std::string script_detail_title(const ScriptLine& line);

/// The candidate's live view of a paired mock.
struct FollowView {
    const Problem* problem = nullptr;
    const Plan* plan = nullptr;
    const FollowState* state = nullptr;
    std::int64_t session_id = 0;
    bool help = false;
    bool full_text = false; ///< the whole problem statement, checklist and question
    std::optional<Prompt> prompt;
    std::string flash;
    std::size_t overlay_offset = 0; ///< the first body line shown of the help or the problem box
};

Frame layout_follow(const FollowView& view, int width, int height);
/// The lines of the box open on the candidate's view (the problem, the keys), title first; empty for none.
std::vector<std::string> follow_overlay(const FollowView& view, int width);

} // namespace sdmock::tui

namespace sdmock::tui {

/// The review of a finished mock: the phase's notes beside its key points to tick.
struct ReviewView {
    const Review* review = nullptr;
    const Ticks* ticks = nullptr;
    const Rubric* rubric = nullptr;
    const Scorecard* self = nullptr; ///< nullptr when the candidate has not scored
    std::string title;
    std::int64_t session_id = 0;
    std::size_t phase = 0;
    std::size_t selected = 0;
};

Frame layout_review(const ReviewView& view, int width, int height);

} // namespace sdmock::tui
