#include "core/follow.hpp"
#include "core/roles.hpp"
#include "support/builders.hpp"
#include "support/shipped_content.hpp"

#include <catch2/catch.hpp>

using namespace sdmock;
using namespace std::chrono_literals;
using sdmock::test::card_of;

TEST_CASE("roles: the interviewer owns the clock and the questions, the candidate only their notes") {
    for (auto kind : {event::phase_start, event::pause, event::resume, event::end}) {
        REQUIRE(may_record(Role::interviewer, kind));
        REQUIRE(may_record(Role::solo, kind));
        REQUIRE_FALSE(may_record(Role::candidate, kind));
    }
    for (auto kind : {event::cue_put, event::cue_marked, event::hint, event::curveball}) {
        REQUIRE(may_record(Role::interviewer, kind));
        REQUIRE_FALSE(may_record(Role::candidate, kind));
        REQUIRE_FALSE(may_record(Role::solo, kind));
    }
    REQUIRE(may_record(Role::candidate, event::candidate_note));
    REQUIRE_FALSE(may_record(Role::interviewer, event::candidate_note));
    REQUIRE(may_record(Role::solo, event::cue_answered));
    REQUIRE_FALSE(may_record(Role::interviewer, event::cue_answered));
}

TEST_CASE("roles: each side scores only its own scorecard") {
    REQUIRE(may_score(Role::candidate, Scorer::self));
    REQUIRE_FALSE(may_score(Role::candidate, Scorer::interviewer));
    REQUIRE(may_score(Role::interviewer, Scorer::interviewer));
    REQUIRE_FALSE(may_score(Role::interviewer, Scorer::self));
    REQUIRE(may_score(Role::solo, Scorer::self));
    REQUIRE_FALSE(may_score(Role::solo, Scorer::interviewer));
}

TEST_CASE("roles: the candidate never sees the interviewer's marks or notes") {
    REQUIRE_FALSE(visible_to_candidate(event::cue_marked));
    REQUIRE_FALSE(visible_to_candidate(event::note));
    REQUIRE(visible_to_candidate(event::cue_put));
    REQUIRE(visible_to_candidate(event::hint));
    REQUIRE(visible_to_candidate(event::curveball));
    REQUIRE(visible_to_candidate(event::candidate_note));
}

TEST_CASE("calibration: gap per dimension and in total, call-outs at 2 or more") {
    Scorecard self = card_of({5, 4, 3, 3, 3, 3, 3, 3, 3, 3, 1, 3});
    Scorecard interviewer = card_of({3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4});
    Calibration c = calibrate(self, interviewer);
    REQUIRE(c.gap[0] == 2);
    REQUIRE(c.gap[1] == 1);
    REQUIRE(c.gap[10] == -2);
    REQUIRE(c.gap[11] == -1);
    REQUIRE(c.total_gap == self.total() - interviewer.total());
    REQUIRE(c.over == std::vector<std::size_t>{0});
    REQUIRE(c.under == std::vector<std::size_t>{10});
}

TEST_CASE("calibration: dimensions scored by only one side have no gap") {
    Scorecard self = card_of({5, 5});
    Scorecard interviewer = card_of({1});
    Calibration c = calibrate(self, interviewer);
    REQUIRE(c.gap[0] == 4);
    REQUIRE_FALSE(c.gap[1].has_value());
    REQUIRE(c.total_gap == 4);
    REQUIRE(c.over == std::vector<std::size_t>{0});
}

TEST_CASE("live_elapsed: runs on from the heartbeat, holds when paused or stale") {
    WallTime saved_at{std::chrono::seconds(1'800'000'000)};
    bool stale = true;
    REQUIRE(live_elapsed(10s, saved_at, saved_at + 1500ms, 1.0, false, stale) == 11500ms);
    REQUIRE_FALSE(stale);
    REQUIRE(live_elapsed(10s, saved_at, saved_at + 2s, 60.0, false, stale) == 130s);
    REQUIRE(live_elapsed(10s, saved_at, saved_at + 2s, 1.0, true, stale) == 10s);
    REQUIRE(live_elapsed(10s, saved_at, saved_at + kStaleAfter + 1ms, 1.0, false, stale) == 10s);
    REQUIRE(stale);
    REQUIRE(live_elapsed(10s, saved_at, saved_at - 5s, 1.0, false, stale) == 10s); // wall clock stepped back
}

TEST_CASE("follow_state: what the candidate sees of a paired session") {
    const Content& content = test::shipped_content();
    const Plan& plan = *content.plan("standard-45");
    std::vector<Event> events{
        {0s, std::string(event::phase_start), "requirements", "", "Requirements", 300000},
        {20s, std::string(event::cue_put), "requirements", "requirements", "Who are the users?", 0},
        {25s, std::string(event::cue_marked), "requirements", "requirements", "Who are the users?", 2},
        {26s, std::string(event::note), "requirements", "requirements", "interviewer only", 0},
        {30s, std::string(event::hint), "requirements", "", "think of drivers too", 0},
        {40s, std::string(event::candidate_note), "requirements", "requirements", "mine", 0},
    };
    FollowState s = follow_state(events, plan, 45s);
    REQUIRE(s.started);
    REQUIRE(s.phase == 0);
    REQUIRE(s.question->text == "Who are the users?");
    REQUIRE(s.hint->text == "think of drivers too");
    REQUIRE(s.notes.size() == 1);
    REQUIRE(s.notes[0].text == "mine");
    REQUIRE(s.timer.current == 45s);

    events.push_back({300s, std::string(event::phase_start), "estimation", "", "Estimation", 180000});
    events.push_back({310s, std::string(event::pause), "estimation", "", "", 0});
    s = follow_state(events, plan, 320s);
    REQUIRE(s.phase == 1);
    REQUIRE_FALSE(s.question.has_value()); // a phase change clears the question on screen
    REQUIRE_FALSE(s.hint.has_value());
    REQUIRE(s.paused);
    REQUIRE(s.timer.completed == std::vector<Duration>{300s});
    REQUIRE(s.timer.current == 20s);

    events.push_back({330s, std::string(event::curveball), "estimation", "scaling", "Traffic is 10x", 0});
    events.push_back({400s, std::string(event::end), "wrap-up", "", "", 0});
    s = follow_state(events, plan, 400s);
    REQUIRE(s.ended);
    REQUIRE(s.question->kind == event::curveball);
}
