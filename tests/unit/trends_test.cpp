#include "core/trends.hpp"
#include "support/builders.hpp"

#include <catch2/catch.hpp>

#include <numeric>

using namespace sdmock;
using namespace std::chrono_literals;
using sdmock::test::card_of;

namespace {

/// A scorecard whose total is `total` (12..60): spread as evenly as possible, low dimensions first.
Scorecard totalling(int total) {
    Scorecard c;
    int base = total / 12, extra = total % 12;
    for (std::size_t i = 0; i < kDimensionCount; ++i)
        c.set(i, base + (static_cast<int>(i) >= 12 - extra ? 1 : 0));
    return c;
}

ScoredMock mock(std::int64_t id, const std::string& date, std::optional<Scorecard> self,
                std::optional<Scorecard> interviewer = std::nullopt) {
    ScoredMock m;
    m.session = id;
    m.date = *parse_date(date);
    m.started_at = date;
    m.problem = "p" + std::to_string(id);
    m.plan = "standard-45";
    m.self = std::move(self);
    m.interviewer = std::move(interviewer);
    m.paired = m.interviewer.has_value();
    return m;
}

TrendOptions until(const std::string& date, int weeks = 8) {
    TrendOptions o;
    o.until = *parse_date(date);
    o.weeks = weeks;
    return o;
}

} // namespace

TEST_CASE("Trends: weekly buckets with mocks, average, min, max and delta, empty weeks left out") {
    std::vector<ScoredMock> h{
        mock(1, "2026-11-02T10:00", totalling(36)), // W45
        mock(2, "2026-11-04T10:00", totalling(40)), // W45
        mock(3, "2026-11-18T10:00", totalling(45)), // W47 (W46 empty)
        mock(4, "2026-11-23T10:00", totalling(47)), // W48
    };
    Trends t = compute_trends(h, until("2026-11-26"));
    REQUIRE(t.window.size() == 8);
    REQUIRE(t.window.back() == IsoWeek{2026, 48});
    REQUIRE(t.window.front() == IsoWeek{2026, 41});
    REQUIRE(t.weeks.size() == 3);
    REQUIRE(t.weeks[0].week == IsoWeek{2026, 45});
    REQUIRE(t.weeks[0].mocks == 2);
    REQUIRE(t.weeks[0].avg_total == Approx(38.0));
    REQUIRE(t.weeks[0].min_total == 36);
    REQUIRE(t.weeks[0].max_total == 40);
    REQUIRE_FALSE(t.weeks[0].delta.has_value());
    REQUIRE(t.weeks[1].week == IsoWeek{2026, 47});
    REQUIRE(*t.weeks[1].delta == Approx(45.0 - 38.0)); // against the previous *listed* week
    REQUIRE(*t.weeks[2].delta == Approx(2.0));
    REQUIRE(t.weeks[0].first_day == Date{2026, 11, 2});
    REQUIRE(t.mocks == 4);
}

TEST_CASE("Trends: dimension averages per week and over the window, the three lowest") {
    Scorecard a = card_of(4), b = card_of(4);
    a.set(5, 1); // caching
    b.set(5, 2);
    a.set(6, 2); // async
    b.set(6, 2);
    a.set(9, 3); // security
    b.set(9, 2);
    Trends t = compute_trends({mock(1, "2026-11-23", a), mock(2, "2026-11-24", b)}, until("2026-11-24"));
    REQUIRE(t.weeks.size() == 1);
    REQUIRE(t.weeks[0].dimension_avg[5] == Approx(1.5));
    REQUIRE(*t.dimension_avg[5] == Approx(1.5));
    REQUIRE(*t.dimension_avg[0] == Approx(4.0));
    REQUIRE(t.lowest == std::vector<std::size_t>{5, 6, 9}); // 1.5, 2.0, 2.5
}

TEST_CASE("Trends: the window is the last N weeks up to the given date") {
    std::vector<ScoredMock> h{mock(1, "2026-09-01", card_of(3)), mock(2, "2026-11-23", card_of(4))};
    Trends t = compute_trends(h, until("2026-11-23", 4));
    REQUIRE(t.weeks.size() == 1);
    REQUIRE(t.mocks == 1);
    REQUIRE(t.best->total == 48);
    REQUIRE(t.best->all_time);
    Trends wide = compute_trends(h, until("2026-11-23", 20));
    REQUIRE(wide.weeks.size() == 2);
}

TEST_CASE("Trends: a week across the year boundary, 2027-01-01 is in 2026-W53") {
    std::vector<ScoredMock> h{mock(1, "2026-12-29", totalling(40)), mock(2, "2027-01-01", totalling(44)),
                              mock(3, "2027-01-04", totalling(50))};
    Trends t = compute_trends(h, until("2027-01-05", 3));
    REQUIRE(t.weeks.size() == 2);
    REQUIRE(t.weeks[0].week == IsoWeek{2026, 53});
    REQUIRE(to_string(t.weeks[0].week) == "2026-W53");
    REQUIRE(t.weeks[0].mocks == 2);
    REQUIRE(t.weeks[0].avg_total == Approx(42.0));
    REQUIRE(t.weeks[1].week == IsoWeek{2027, 1});
    REQUIRE(t.window == std::vector<IsoWeek>{{2026, 52}, {2026, 53}, {2027, 1}});
}

TEST_CASE("Trends: the local start date decides the week, across a DST change") {
    // Europe's clocks went back on 2026-10-25 (a Sunday). A mock at 23:30 that Sunday, written with
    // the new offset, belongs to W43; one at 00:30 on the Monday to W44: the recorded local date
    // counts, not UTC.
    std::vector<ScoredMock> h{mock(1, "2026-10-25T23:30", totalling(30)), mock(2, "2026-10-26T00:30", totalling(40))};
    h[0].started_at = "2026-10-25T23:30:00+01:00";
    h[1].started_at = "2026-10-26T00:30:00+01:00";
    Trends t = compute_trends(h, until("2026-10-27", 2));
    REQUIRE(t.weeks.size() == 2);
    REQUIRE(t.weeks[0].week == IsoWeek{2026, 43});
    REQUIRE(t.weeks[1].week == IsoWeek{2026, 44});
}

TEST_CASE("Trends: weeks may start on Sunday") {
    TrendOptions o = until("2026-11-29", 2);
    o.week_start = Weekday::sunday;
    // Sunday 2026-11-29 opens the week labelled 2026-W49; Saturday 11-28 is in W48.
    Trends t = compute_trends({mock(1, "2026-11-28", card_of(3)), mock(2, "2026-11-29", card_of(4))}, o);
    REQUIRE(t.weeks.size() == 2);
    REQUIRE(t.weeks[0].week == IsoWeek{2026, 48});
    REQUIRE(t.weeks[1].week == IsoWeek{2026, 49});
    REQUIRE(t.weeks[1].first_day == Date{2026, 11, 29});
}

TEST_CASE("Trends: only complete scorecards of the chosen scorer count") {
    Scorecard partial;
    partial.set(0, 5);
    std::vector<ScoredMock> h{mock(1, "2026-11-23", partial), mock(2, "2026-11-23", std::nullopt, card_of(2)),
                              mock(3, "2026-11-24", card_of(4), card_of(3))};
    Trends self = compute_trends(h, until("2026-11-24"));
    REQUIRE(self.mocks == 1);
    REQUIRE(self.weeks[0].avg_total == Approx(48));
    TrendOptions o = until("2026-11-24");
    o.scorer = Scorer::interviewer;
    Trends iv = compute_trends(h, o);
    REQUIRE(iv.mocks == 2);
    REQUIRE(iv.weeks[0].avg_total == Approx((24 + 36) / 2.0));
}

TEST_CASE("Trends: readiness needs the last three mocks at 48 or more") {
    std::vector<ScoredMock> h{mock(1, "2026-11-02", totalling(50)), mock(2, "2026-11-09", totalling(47)),
                              mock(3, "2026-11-16", totalling(48)), mock(4, "2026-11-23", totalling(52))};
    Trends t = compute_trends(h, until("2026-11-23"));
    REQUIRE(t.last_totals == std::vector<int>{47, 48, 52});
    REQUIRE_FALSE(t.ready);
    h.push_back(mock(5, "2026-11-24", totalling(49)));
    t = compute_trends(h, until("2026-11-24"));
    REQUIRE(t.last_totals == std::vector<int>{48, 52, 49});
    REQUIRE(t.ready);
    REQUIRE(t.best->total == 52);
    REQUIRE(t.best->session == 4);
}

TEST_CASE("Trends: a plateau is three or more listed weeks moving by less than a point") {
    std::vector<ScoredMock> h{mock(1, "2026-10-05", totalling(30)), mock(2, "2026-10-12", totalling(40)),
                              mock(3, "2026-10-26", totalling(40)), // a gap week before: still listed next
                              mock(4, "2026-11-02", totalling(41)), // +1.0: not less than a point
                              mock(5, "2026-11-09", totalling(41)), mock(6, "2026-11-16", totalling(41))};
    h.push_back(mock(7, "2026-11-17", totalling(42))); // W47 average 41.5: +0.5
    Trends t = compute_trends(h, until("2026-11-23", 10));
    REQUIRE(t.plateau == std::vector<IsoWeek>{{2026, 45}, {2026, 46}, {2026, 47}});
    Trends short_run = compute_trends(std::vector<ScoredMock>(h.begin(), h.begin() + 5), until("2026-11-23", 10));
    REQUIRE(short_run.plateau.empty()); // 40, 40, 41, 41: the 40->41 step breaks the run of three
}

TEST_CASE("Trends: pacing averages the overtime of each phase and names the worst") {
    auto with_phases = [](ScoredMock m, Duration req, Duration deep) {
        m.phases = {{"requirements", 5min, req}, {"deep-dive", 18min, deep}};
        return m;
    };
    std::vector<ScoredMock> h{with_phases(mock(1, "2026-11-23", card_of(3)), 6min, 20min),
                              with_phases(mock(2, "2026-11-24", card_of(3)), 4min, 22min)};
    Trends t = compute_trends(h, until("2026-11-24"));
    REQUIRE(t.pacing.size() == 2);
    REQUIRE(t.pacing[0].phase == "requirements");
    REQUIRE(t.pacing[0].average_over == 30s); // (60 s + 0) / 2: running short is not negative
    REQUIRE(t.pacing[0].average_actual == 5min);
    REQUIRE(t.pacing[1].average_over == 3min);
    REQUIRE(t.most_overrun == std::size_t{1});
}

TEST_CASE("Trends: calibration averages self minus interviewer over paired mocks") {
    Scorecard s1 = card_of(4), s2 = card_of(3), i1 = card_of(3), i2 = card_of(3);
    s1.set(5, 5);
    i1.set(5, 2);
    std::vector<ScoredMock> h{mock(1, "2026-11-23", s1, i1), mock(2, "2026-11-24", s2, i2),
                              mock(3, "2026-11-24", card_of(5))};
    Trends t = compute_trends(h, until("2026-11-24"));
    REQUIRE(t.paired_mocks == 2);
    REQUIRE(*t.calibration->gap[0] == Approx((1 + 0) / 2.0));
    REQUIRE(*t.calibration->gap[5] == Approx((3 + 0) / 2.0));
    REQUIRE(t.calibration->total_gap == Approx(((s1.total() - i1.total()) + 0) / 2.0));
    Trends solo = compute_trends({mock(3, "2026-11-24", card_of(5))}, until("2026-11-24"));
    REQUIRE(solo.paired_mocks == 0);
    REQUIRE_FALSE(solo.calibration.has_value());
}

TEST_CASE("Trends: the bias per week and over the window, from the paired mocks the rows count") {
    // W48: 4s against 3s twice (+12 each, a steady over-rating); W49: one level mock; a paired
    // mock after `until` and a half-scored one are left out.
    Scorecard partial = card_of(3);
    partial.scores[11].reset();
    std::vector<ScoredMock> h{mock(1, "2026-11-23", card_of(4), card_of(3)),
                              mock(2, "2026-11-25", card_of(4), card_of(3)),
                              mock(3, "2026-11-30", card_of(3), card_of(3)), mock(4, "2026-12-01", card_of(3), partial),
                              mock(5, "2026-12-03", card_of(5), card_of(1))};
    Trends t = compute_trends(h, until("2026-12-02"));
    REQUIRE(t.paired_mocks == 3);
    REQUIRE(t.calibration->total_gap == Approx(8.0));
    REQUIRE(t.calibration->mean_gap == Approx(8.0 / 12));
    REQUIRE(t.calibration->dimensions_over == 12);
    REQUIRE(t.calibration->bias == Bias::over);
    REQUIRE(t.calibration->steady);
    REQUIRE(t.weeks.size() == 2);
    REQUIRE(t.weeks[0].calibration->sessions == 2);
    REQUIRE(t.weeks[0].calibration->total_gap == Approx(12.0));
    REQUIRE(t.weeks[0].calibration->bias == Bias::over);
    REQUIRE(t.weeks[1].calibration->sessions == 1);
    REQUIRE(t.weeks[1].calibration->bias == Bias::none);
    Trends week_one = compute_trends(h, until("2026-11-25"));
    REQUIRE(week_one.paired_mocks == 2);
    REQUIRE(week_one.calibration->total_gap == Approx(12.0));
}

TEST_CASE("Trends: an empty history has a window and nothing else") {
    Trends t = compute_trends({}, until("2026-11-23"));
    REQUIRE(t.window.size() == 8);
    REQUIRE(t.weeks.empty());
    REQUIRE(t.lowest.empty());
    REQUIRE_FALSE(t.best.has_value());
    REQUIRE_FALSE(t.ready);
    REQUIRE(t.plateau.empty());
}

TEST_CASE("Trends: overruns of a few seconds are not a pacing problem, planned lengths are averaged") {
    auto with = [](ScoredMock m, Duration planned, Duration actual) {
        m.phases = {{"requirements", planned, actual}};
        return m;
    };
    std::vector<ScoredMock> h{with(mock(1, "2026-11-23", card_of(3)), 5min, 5min + 2s),
                              with(mock(2, "2026-11-24", card_of(3)), 8min, 8min + 1s)};
    Trends t = compute_trends(h, until("2026-11-24"));
    REQUIRE(t.pacing.size() == 1);
    REQUIRE(t.pacing[0].average_over == 1500ms);
    REQUIRE(t.pacing[0].planned == 390s); // (5 + 8) / 2 minutes
    REQUIRE_FALSE(t.most_overrun.has_value());
}

TEST_CASE("Trends: solo self-scores against what the review's coverage suggests, by the calibration rule") {
    Scorecard suggested; // the review covered little: what it suggests is lower than the self-score
    suggested.set(*dimension_index("requirements"), 2);
    suggested.set(*dimension_index("estimation"), 3);
    suggested.set(*dimension_index("api"), 2);
    ScoredMock reviewed = mock(1, "2026-11-23T10:00", card_of(4));
    reviewed.suggested = suggested;
    ScoredMock other_week = mock(2, "2026-11-16T10:00", card_of(3));
    other_week.suggested = suggested;
    ScoredMock not_reviewed = mock(3, "2026-11-24T10:00", card_of(5));
    ScoredMock practice = mock(4, "2026-11-24T11:00", card_of(5));
    practice.suggested = suggested;
    practice.practice = true;
    ScoredMock paired = mock(5, "2026-11-24T12:00", card_of(5), card_of(5));
    paired.suggested = suggested; // a paired mock is calibrated against its interviewer only
    Trends t = compute_trends({reviewed, other_week, not_reviewed, practice, paired}, until("2026-11-26"));
    REQUIRE(t.reviewed_mocks == 2);
    REQUIRE(t.coverage_calibration.has_value());
    REQUIRE(t.coverage_calibration->sessions == 2);
    REQUIRE(t.coverage_calibration->compared == 3);
    REQUIRE(t.coverage_calibration->total_gap == Approx((5 + 2) / 2.0)); // (2+1+2) and (1+0+1), averaged
    REQUIRE(t.coverage_calibration->bias == Bias::over);
    std::size_t weeks_with = 0;
    for (const auto& w : t.weeks)
        if (w.coverage_calibration) ++weeks_with;
    REQUIRE(weeks_with == 2);
    TrendOptions with_practice = until("2026-11-26");
    with_practice.include_practice = true;
    REQUIRE(compute_trends({reviewed, other_week, practice}, with_practice).reviewed_mocks == 3);
    REQUIRE_FALSE(compute_trends({not_reviewed}, until("2026-11-26")).coverage_calibration.has_value());
}
