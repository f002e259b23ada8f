#pragma once
// The two screens of a paired mock on a fake clock: the interviewer's desk and the candidate's
// view rebuilt from what the desk recorded, for the layout tests.
#include "core/clock.hpp"
#include "core/follow.hpp"
#include "core/mock.hpp"
#include "core/script.hpp"
#include "support/recording_sink.hpp"
#include "support/shipped_content.hpp"
#include "tui/layout.hpp"

#include <algorithm>
#include <string>
#include <vector>

namespace sdmock::test {

/// A paired standard-45 mock on a fake clock, as the interviewer's screen sees it.
struct PairedDesk {
    explicit PairedDesk(const Problem& p = shipped_problem("ticketmaster"))
        : problem(p), mock(problem, plan, shipped_content(), 42, 1.0, Role::interviewer, sink) {
        mock.start(now());
        view.mock = &mock;
        view.content = &shipped_content();
        view.session_id = 17;
    }
    [[nodiscard]] SteadyTime now() const { return clock.steady_now(); }
    [[nodiscard]] tui::Frame frame(int width = 80, int height = 24) const {
        return tui::layout_interviewer(view, now(), width, height);
    }

    const Problem& problem;
    const Plan& plan = shipped_plan("standard-45");
    FakeClock clock;
    RecordingSink sink;
    MockSession mock;
    tui::InterviewerView view;
};

/// The candidate's view of the same mock, rebuilt from what the interviewer recorded.
struct CandidateView {
    explicit CandidateView(PairedDesk& d) : desk(d) {
        view.problem = &desk.problem;
        view.plan = &desk.plan;
        view.session_id = 17;
        refresh();
    }
    void refresh() { state = follow_state(desk.sink.events, desk.plan, desk.mock.timer().elapsed(desk.now())); }
    /// A note of the candidate's own, as the store records it.
    void note(const std::string& dimension, const std::string& text) {
        desk.sink.record({desk.mock.timer().elapsed(desk.now()), std::string(event::candidate_note),
                          desk.mock.phase()->id, dimension, text, 0});
    }
    [[nodiscard]] tui::Frame frame(int width = 80, int height = 24) {
        view.state = &state;
        return tui::layout_follow(view, width, height);
    }

    PairedDesk& desk;
    FollowState state;
    tui::FollowView view;
};

/// Every text of the answer key that is not a question to ask, the replies and the strong-answer
/// points: what the candidate must never see.
inline std::vector<std::string> secrets(const Problem& problem) {
    std::vector<std::string> out = {problem.key.scope};
    for (const auto* list : {&problem.key.functional, &problem.key.non_functional, &problem.key.architecture,
                             &problem.key.data_model, &problem.key.assumptions, &problem.key.api})
        out.insert(out.end(), list->begin(), list->end());
    // A risk's headline is asked about ("A main risk here: Overselling…"); its mitigation is the secret.
    for (const auto& risk : problem.key.risks)
        out.push_back(risk.substr(std::min(risk.size(), headline(risk).size() + 2)));
    for (const auto& e : problem.key.estimates)
        out.push_back(e.how);
    for (const auto& r : problem.key.replies)
        out.push_back(r.text);
    for (const auto& f : problem.key.follow_ups)
        out.insert(out.end(), f.points.begin(), f.points.end());
    return out;
}

} // namespace sdmock::test
