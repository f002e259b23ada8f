#pragma once
/// The home screen of `sdmock` with no arguments: start a mock, resume one, browse the problem
/// bank, read the history.
#include "core/content.hpp"
#include "core/session.hpp"
#include "tui/tui.hpp"

#include <functional>
#include <string>
#include <vector>

namespace sdmock::tui {

struct HomeData {
    const Content* content = nullptr;
    std::vector<SessionInfo> resumable; ///< newest first
    std::string default_plan = "standard-45";
    bool record = false; ///< mocks started from the menu are recorded (the menu toggles it)
    bool voice = false;  ///< solo mocks started from the menu ask aloud (the menu toggles it)
    /// The candidate's view of a problem (no answer key), wrapped to a width.
    std::function<std::vector<std::string>(const Problem&, int width)> problem_card;
    /// One line per session for the history list, newest first, with the session ids.
    std::function<std::vector<std::pair<std::int64_t, std::string>>()> history;
    /// The weekly trend report, wrapped to a width.
    std::function<std::vector<std::string>(int width)> trends;
    /// A session's full record, wrapped to a width.
    std::function<std::vector<std::string>(std::int64_t id, int width)> session_text;
    /// The sessions that can be resumed as of now, newest first: the menu reads them again while
    /// it is open, so a session interrupted elsewhere shows up. Optional.
    std::function<std::vector<SessionInfo>()> running;
    /// What to do today (reviews due, a mock, a drill), wrapped to a width. Optional.
    std::function<std::vector<std::string>(int width)> today;
    /// A study card, wrapped to a width.
    std::function<std::vector<std::string>(const Card&, int width)> card_text;
};

struct HomeChoice {
    enum class Action { quit, start, resume, review, abandon, follow, review_cards, drill_estimate };
    Action action = Action::quit;
    std::string problem; ///< empty: a random one
    std::string plan;
    std::int64_t session = 0;
    std::string mode = "solo"; ///< solo, or interviewer (a paired mock)
    bool weakest = false;      ///< the problem that works the weakest dimensions
    std::string phase;         ///< a drill of this phase; empty: a full mock
    bool record = false;       ///< record the mock (as the menu's toggle stood)
    bool voice = false;        ///< ask the questions aloud (solo)
};

HomeChoice run_home(const HomeData& data, const Clock& clock, const Options& options, const std::atomic<int>& stop);

} // namespace sdmock::tui
