// A report reads only its window: the trends computed from the window's mocks and what
// History::trends_before sums up of the rest are the trends of the whole history.
#include "core/trends.hpp"
#include "store/history.hpp"
#include "support/builders.hpp"
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>

#include <cstdio>
#include <random>
#include <string>
#include <vector>

using namespace sdmock;
using sdmock::test::TempDir;

namespace {

/// 400 sessions over about 70 weeks, seeded: solo and paired, in three zones, with practice
/// runs, drills, abandoned and half-scored sessions among them.
void fill(History& h) {
    std::mt19937 rnd(7);
    auto pick = [&](int n) { return static_cast<int>(rnd() % static_cast<unsigned>(n)); };
    const char* zones[] = {"+00:00", "+05:30", "-08:00"};
    long long day = days_from_civil(Date{2025, 9, 1});
    for (int i = 0; i < 400; ++i) {
        day += pick(3); // some days hold several sessions
        Date d = civil_from_days(day);
        char at[40];
        std::snprintf(at, sizeof at, "%04d-%02d-%02dT%02d:%02d:00%s", d.year, d.month, d.day, 6 + pick(14), pick(60),
                      zones[pick(3)]);
        NewSession s;
        s.problem = pick(2) == 0 ? "uber" : "zoom";
        s.plan = "standard-45";
        s.mode = pick(4) == 0 ? Mode::interviewer : Mode::solo;
        s.started_at = at;
        s.practice.flagged = pick(8) == 0;
        if (pick(12) == 0) s.drill = Drill{"deep-dive", "caching"};
        auto id = h.create_session(s);
        Scorecard self;
        for (std::size_t k = 0; k < kDimensionCount; ++k)
            self.set(k, 1 + pick(5));
        if (pick(15) == 0) self.scores[3].reset(); // half-scored: not counted
        h.save_scorecard(id, Scorer::self, self);
        if (s.mode == Mode::interviewer) h.save_scorecard(id, Scorer::interviewer, test::card_of(1 + pick(5)));
        if (pick(20) == 0)
            h.abandon(id);
        else
            h.finish(id, s.practice);
    }
}

} // namespace

TEST_CASE("Trends: the window read alone, with what came before summed up, gives the whole history's figures") {
    TempDir dir;
    History h(dir.path() / "h.db");
    fill(h);
    const std::vector<ScoredMock> all = h.scored_mocks();
    REQUIRE(all.size() > 350);
    for (int weeks : {1, 4, 8, 30, 200}) {
        for (Scorer scorer : {Scorer::self, Scorer::interviewer}) {
            for (bool practice : {false, true}) {
                for (Date until : {Date{2026, 3, 15}, Date{2026, 12, 31}}) {
                    TrendOptions o;
                    o.weeks = weeks;
                    o.scorer = scorer;
                    o.include_practice = practice;
                    o.until = until;
                    INFO("weeks " << weeks << ", " << to_string(scorer) << ", practice " << practice << ", until "
                                  << to_string(until));
                    const std::string since = to_string(window_start(o));
                    std::vector<ScoredMock> window = h.scored_mocks(since);
                    CHECK(window.size() <= all.size());
                    if (weeks < 30) CHECK(window.size() < all.size());
                    Trends whole = compute_trends(all, o);
                    Trends part = compute_trends(window, o, h.trends_before(since, scorer, practice));
                    CHECK(part.mocks == whole.mocks);
                    REQUIRE(part.weeks.size() == whole.weeks.size());
                    for (std::size_t w = 0; w < whole.weeks.size(); ++w) {
                        CHECK(part.weeks[w].week == whole.weeks[w].week);
                        CHECK(part.weeks[w].mocks == whole.weeks[w].mocks);
                        CHECK(part.weeks[w].avg_total == whole.weeks[w].avg_total);
                        CHECK(part.weeks[w].delta == whole.weeks[w].delta);
                    }
                    CHECK(part.lowest == whole.lowest);
                    REQUIRE(part.best.has_value() == whole.best.has_value());
                    if (whole.best) {
                        CHECK(part.best->session == whole.best->session);
                        CHECK(part.best->all_time == whole.best->all_time);
                    }
                    CHECK(part.last_totals == whole.last_totals);
                    CHECK(part.ready == whole.ready);
                    CHECK(part.practice_mocks == whole.practice_mocks);
                    CHECK(part.drill_mocks == whole.drill_mocks);
                    CHECK(part.paired_mocks == whole.paired_mocks);
                    CHECK(part.plateau == whole.plateau);
                }
            }
        }
    }
}

TEST_CASE("History: the newest scored date and when each problem was last practised") {
    TempDir dir;
    History h(dir.path() / "h.db");
    CHECK_FALSE(h.last_scored_date());
    NewSession s;
    s.plan = "standard-45";
    s.problem = "uber";
    s.started_at = "2026-11-02T09:00:00+00:00";
    h.save_scorecard(h.create_session(s), Scorer::self, test::card_of(3));
    s.started_at = "2026-11-05T09:00:00+00:00";
    h.save_scorecard(h.create_session(s), Scorer::self, test::card_of(3));
    s.problem = "zoom";
    s.started_at = "2026-11-09T09:00:00+00:00";
    h.create_session(s); // never scored: not practised, not the newest scored
    s.started_at = "2026-11-04T23:30:00-08:00";
    h.save_scorecard(h.create_session(s), Scorer::self, test::card_of(3));
    REQUIRE(h.last_scored_date());
    CHECK(*h.last_scored_date() == Date{2026, 11, 5});
    auto practised = h.last_practised({"uber", "zoom", "dropbox"});
    REQUIRE(practised.size() == 2);
    CHECK(practised[0].problem == "uber");
    CHECK(practised[0].started_at == "2026-11-05T09:00:00+00:00");
    CHECK(practised[1].problem == "zoom");
    CHECK(practised[1].started_at == "2026-11-04T23:30:00-08:00");
}
