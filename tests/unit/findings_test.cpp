// trend_findings: what a weekly review says to do next, as values; and the renderers lay those
// values out without deciding anything.
#include "core/calibration.hpp"
#include "core/findings.hpp"
#include "core/roles.hpp"
#include "core/text.hpp"
#include "report/trends_report.hpp"
#include "support/shipped_content.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

using namespace sdmock;
using namespace std::chrono_literals;
using sdmock::test::shipped_content;

namespace {

/// Every dimension at `score`, but `low` (rubric indices) one point lower.
Scorecard card(int score, const std::vector<std::size_t>& low = {}) {
    Scorecard c;
    for (std::size_t i = 0; i < kDimensionCount; ++i)
        c.set(i, std::find(low.begin(), low.end(), i) != low.end() ? score - 1 : score);
    return c;
}

ScoredMock mock(std::int64_t id, const std::string& date, Scorecard self) {
    ScoredMock m;
    m.session = id;
    m.date = *parse_date(date);
    m.started_at = date;
    m.problem = shipped_content().problems.at(static_cast<std::size_t>(id) % shipped_content().problems.size()).id;
    m.plan = "standard-45";
    m.self = std::move(self);
    return m;
}

Trends trends_of(const std::vector<ScoredMock>& mocks) {
    TrendOptions options;
    options.until = *parse_date("2026-11-30");
    return compute_trends(mocks, options);
}

/// A copy of the finding of this kind, if there is one.
std::optional<Finding> find(const std::vector<Finding>& findings, FindingKind kind) {
    auto it = std::find_if(findings.begin(), findings.end(), [&](const Finding& f) { return f.kind == kind; });
    return it == findings.end() ? std::nullopt : std::optional<Finding>(*it);
}

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

/// A Trends of one mock whose calibration is `self` against `interviewer`.
Trends calibrated(const Scorecard& self, const Scorecard& interviewer) {
    Trends t = trends_of({mock(1, "2026-11-25", card(3))});
    t.paired_mocks = 1;
    t.calibration = average_calibration({calibrate(self, interviewer)});
    return t;
}

} // namespace

TEST_CASE("findings: with no scored mocks only how to start, whatever else the trends hold") {
    Trends t = trends_of({});
    t.paired_mocks = 1;
    t.calibration = average_calibration({calibrate(card(4), card(3))});
    auto findings = trend_findings(t, shipped_content(), {});
    REQUIRE(findings.size() == 1);
    REQUIRE(findings[0].kind == FindingKind::no_mocks);
    REQUIRE(findings[0].details.empty());
}

TEST_CASE("findings: the weakest dimensions, each with what to study and core's least recent problems") {
    const Content& content = shipped_content();
    std::vector<std::size_t> low{5, 9, 1}; // caching, security, estimation
    Trends t = trends_of({mock(1, "2026-11-24", card(4, low)), mock(2, "2026-11-26", card(4, {5}))});
    std::vector<Practice> practice{{content.problems[0].id, "2026-11-24T10:00"},
                                   {content.problems[3].id, "2026-10-01"}};
    auto findings = trend_findings(t, content, practice);
    REQUIRE(findings.front().kind == FindingKind::weakest);
    const Finding& f = findings.front();
    REQUIRE(f.dimensions == t.lowest);
    REQUIRE(f.details.size() == t.lowest.size() + 2);
    for (std::size_t k = 0; k < t.lowest.size(); ++k) {
        const Dimension& d = content.rubric.dimensions[t.lowest[k]];
        INFO("dimension " << d.id);
        REQUIRE(contains(f.headline, d.name + " " + fixed_decimals(*t.dimension_avg[t.lowest[k]], 1)));
        REQUIRE(f.details[k].rfind(d.name + ": study " + study_hint(d, content), 0) == 0);
        std::vector<std::string> ids;
        for (const Problem* p : least_recent_for(content.problems, d.id, practice, kSuggestedProblems))
            ids.push_back(p->id);
        REQUIRE_FALSE(ids.empty());
        REQUIRE(contains(f.details[k], "; practise " + join(ids, ", ") + "."));
    }
    const std::string& first_card = content.rubric.dimensions[t.lowest.front()].cards.front();
    REQUIRE(contains(f.details[t.lowest.size()], "sdmock cards show " + first_card));
    REQUIRE(contains(f.details.back(), "sdmock start --weakest"));
}

TEST_CASE("findings: a weak dimension no problem stresses is practised in every mock") {
    Content content = shipped_content();
    for (auto& p : content.problems)
        p.focus.erase(std::remove(p.focus.begin(), p.focus.end(), "caching"), p.focus.end());
    Trends t = trends_of({mock(1, "2026-11-24", card(4, {5}))});
    Finding f = trend_findings(t, content, {}).front();
    REQUIRE(f.dimensions.front() == 5);
    REQUIRE(contains(f.details.front(), "practise it in every mock"));
    bool some_with_problems = false;
    for (std::size_t k = 0; k < t.lowest.size(); ++k) {
        const std::string& dim = content.rubric.dimensions[t.lowest[k]].id;
        INFO("dimension " << dim);
        bool none = least_recent_for(content.problems, dim, {}, kSuggestedProblems).empty();
        some_with_problems = some_with_problems || !none;
        REQUIRE(contains(f.details[k], "practise it in every mock") == none);
    }
    REQUIRE(some_with_problems);
}

TEST_CASE("findings: the best mock out of the rubric's total") {
    Trends t = trends_of({mock(1, "2026-11-24", card(4)), mock(2, "2026-11-25", card(5, {0}))});
    auto best = find(trend_findings(t, shipped_content(), {}), FindingKind::best);
    REQUIRE(best.has_value());
    REQUIRE(contains(best->headline, std::to_string(t.best->total) + "/" + std::to_string(kMaxTotal)));
    REQUIRE(contains(best->headline, t.best->problem));
    REQUIRE(contains(best->headline, "your best ever"));
    t.best->all_time = false;
    REQUIRE_FALSE(contains(find(trend_findings(t, shipped_content(), {}), FindingKind::best)->headline, "best ever"));
}

TEST_CASE("findings: readiness says the mark and the last totals, ready or not") {
    const int ready_score = (kReadyTotal + static_cast<int>(kDimensionCount) - 1) / static_cast<int>(kDimensionCount);
    std::vector<ScoredMock> mocks;
    for (std::size_t i = 0; i < kReadyMocks; ++i)
        mocks.push_back(mock(static_cast<std::int64_t>(i + 1), "2026-11-2" + std::to_string(i + 1), card(ready_score)));
    Trends ready = trends_of(mocks);
    REQUIRE(ready.ready);
    const std::string mark = std::to_string(kReadyTotal) + " or more";
    auto f = find(trend_findings(ready, shipped_content(), {}), FindingKind::readiness);
    REQUIRE(contains(f->headline, "all " + mark));
    REQUIRE(contains(f->headline, std::to_string(ready.last_totals.back())));

    mocks.back().self = card(ready_score, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11});
    Trends short_of = trends_of(mocks);
    REQUIRE_FALSE(short_of.ready);
    f = find(trend_findings(short_of, shipped_content(), {}), FindingKind::readiness);
    REQUIRE_FALSE(contains(f->headline, "all " + mark));
    REQUIRE(contains(f->headline, mark + " three times in a row is the mark"));

    mocks.pop_back();
    f = find(trend_findings(trends_of(mocks), shipped_content(), {}), FindingKind::readiness);
    REQUIRE(contains(f->headline, "fewer than three"));
}

TEST_CASE("findings: calibration gives the bias verdict, names the widest gap, and advises by the bias") {
    const Content& content = shipped_content();
    Scorecard high = card(4);
    high.set(7, 5); // +1 on eleven dimensions, +2 on scaling
    auto f = find(trend_findings(calibrated(high, card(3)), content, {}), FindingKind::calibration);
    REQUIRE(f.has_value());
    REQUIRE(f->dimensions == std::vector<std::size_t>{7});
    REQUIRE(contains(f->headline, "13.0 points above the interviewer on average"));
    REQUIRE(contains(f->headline, "higher on 12 of 12 dimensions): a steady over-rating."));
    REQUIRE(contains(f->headline, "The widest gap is " + content.rubric.dimensions[7].name + " (+2.0)"));
    REQUIRE(contains(f->headline, "Score yourself more harshly."));

    // Under the bias rule's mean gap (5 points over 12 dimensions) and its dimension count: no bias.
    f = find(trend_findings(calibrated(card(4, {0, 1, 2, 3, 4, 5, 6}), card(3)), content, {}),
             FindingKind::calibration);
    REQUIRE(contains(f->headline, "5.0 points above"));
    REQUIRE(contains(f->headline, "no steady bias"));
    REQUIRE_FALSE(contains(f->headline, "harshly"));

    f = find(trend_findings(calibrated(card(3), card(4)), content, {}), FindingKind::calibration);
    REQUIRE(contains(f->headline, "12.0 points below the interviewer on average"));
    REQUIRE(contains(f->headline, "a steady under-rating"));
    REQUIRE_FALSE(contains(f->headline, "widest")); // every dimension one point apart
    REQUIRE(contains(f->headline, "give yourself the credit"));
    REQUIRE_FALSE(
        find(trend_findings(trends_of({mock(1, "2026-11-25", card(3))}), content, {}), FindingKind::calibration)
            .has_value());
}

TEST_CASE("findings: calibration lists each week's bias when more than one week had paired mocks") {
    ScoredMock a = mock(1, "2026-11-17", card(4));
    a.interviewer = card(3);
    ScoredMock b = mock(2, "2026-11-25", card(3));
    b.interviewer = card(3);
    auto f = find(trend_findings(trends_of({a, b}), shipped_content(), {}), FindingKind::calibration);
    REQUIRE(f.has_value());
    REQUIRE(contains(f->headline, "Calibration: over 2 paired mocks you scored yourself 6.0 points above"));
    REQUIRE(f->details == std::vector<std::string>{"2026-W47: +12.0 in total over 1 paired mock, a steady over-rating.",
                                                   "2026-W48: 0.0 in total over 1 paired mock, no steady bias."});
    f = find(trend_findings(trends_of({a}), shipped_content(), {}), FindingKind::calibration);
    REQUIRE(f->details.empty());
}

TEST_CASE("findings: pacing names the phases that run over and the worst, short overruns are not named") {
    const Content& content = shipped_content();
    const Plan& plan = *content.plan("standard-45");
    ScoredMock m = mock(1, "2026-11-25", card(3));
    m.phases = {{plan.phases[0].id, 300s, 300s + kOverrunWorthSaying * 3},
                {plan.phases[1].id, 180s, 180s + kOverrunWorthSaying - 1ms},
                {plan.phases[2].id, 720s, 720s + kOverrunWorthSaying}};
    auto f = find(trend_findings(trends_of({m}), content, {}), FindingKind::pacing);
    REQUIRE(f.has_value());
    REQUIRE(contains(f->headline, plan.phases[0].name + " by "));
    REQUIRE(contains(f->headline, plan.phases[2].name + " by "));
    REQUIRE_FALSE(contains(f->headline, plan.phases[1].name));
    REQUIRE(contains(f->headline, ". " + plan.phases[0].name + " overruns most"));

    for (auto& p : m.phases)
        p.actual = p.planned;
    f = find(trend_findings(trends_of({m}), content, {}), FindingKind::pacing);
    REQUIRE(contains(f->headline, "no phase ran over"));
    m.phases.clear();
    REQUIRE_FALSE(find(trend_findings(trends_of({m}), content, {}), FindingKind::pacing).has_value());
}

TEST_CASE("findings: a plateau names its first and last week") {
    std::vector<ScoredMock> mocks;
    for (int i = 0; i < kPlateauWeeks; ++i)
        mocks.push_back(
            mock(i + 1, to_string(civil_from_days(days_from_civil(*parse_date("2026-11-02")) + 7 * i)), card(3)));
    Trends t = trends_of(mocks);
    REQUIRE(t.plateau.size() == static_cast<std::size_t>(kPlateauWeeks));
    auto f = find(trend_findings(t, shipped_content(), {}), FindingKind::plateau);
    REQUIRE(f.has_value());
    REQUIRE(contains(f->headline, to_string(t.plateau.front()) + " to " + to_string(t.plateau.back())));
    mocks.pop_back();
    REQUIRE_FALSE(find(trend_findings(trends_of(mocks), shipped_content(), {}), FindingKind::plateau).has_value());
}

TEST_CASE("findings: in review order") {
    const Plan& plan = *shipped_content().plan("standard-45");
    std::vector<ScoredMock> mocks;
    for (int i = 0; i < kPlateauWeeks; ++i) {
        mocks.push_back(
            mock(i + 1, to_string(civil_from_days(days_from_civil(*parse_date("2026-11-02")) + 7 * i)), card(4, {3})));
        mocks.back().interviewer = card(3);
        mocks.back().phases = {{plan.phases[0].id, 300s, 400s}};
    }
    std::vector<FindingKind> kinds;
    for (const auto& f : trend_findings(trends_of(mocks), shipped_content(), {}))
        kinds.push_back(f.kind);
    REQUIRE(kinds == std::vector<FindingKind>{FindingKind::weakest, FindingKind::best, FindingKind::readiness,
                                              FindingKind::plateau, FindingKind::pacing, FindingKind::calibration});
}

TEST_CASE("trends report: text, Markdown and JSON lay out the findings' headlines and details as given") {
    ReportContext rc;
    rc.content = &shipped_content();
    rc.width = 400; // no wrapping: each headline and detail on a line of its own
    Trends t = trends_of({mock(1, "2026-11-24", card(4, {5, 9})), mock(2, "2026-11-26", card(3, {1}))});
    auto findings = trend_findings(t, *rc.content, rc.practice);
    std::string text = "What to do next\n", md = "## What to do next\n\n", json;
    for (const auto& f : findings) {
        text += "- " + f.headline + "\n";
        md += "- " + f.headline + "\n";
        for (const auto& d : f.details) {
            text += "    " + d + "\n";
            md += "  - " + d + "\n";
        }
    }
    std::string got_text = render_trends_text(t, rc);
    std::string got_md = render_trends_markdown(t, rc);
    REQUIRE(got_text.substr(got_text.find("What to do next\n")) == text);
    REQUIRE(got_md.substr(got_md.find("## What to do next\n")) == md);
    std::string got_json = render_trends_json(t, rc);
    for (const auto& f : findings)
        for (const auto& d : f.details)
            REQUIRE(contains(got_json, "\"  " + d.substr(0, d.find(':')) + ":"));
}
