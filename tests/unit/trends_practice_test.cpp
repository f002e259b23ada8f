// Practice runs and the trends: left out of every figure (and of what `start --weakest` aims at)
// unless asked for, counted so the report can say how many it left out.
#include "core/picker.hpp"
#include "core/trends.hpp"
#include "report/svg.hpp"
#include "report/trends_report.hpp"
#include "support/builders.hpp"
#include "support/shipped_content.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace sdmock;
using sdmock::test::card_of;

namespace {

ScoredMock mock(std::int64_t id, const std::string& date, int score, bool practice = false) {
    ScoredMock m;
    m.session = id;
    m.date = *parse_date(date);
    m.started_at = date;
    m.problem = "url-shortener";
    m.plan = "standard-45";
    m.self = card_of(score);
    m.practice = practice;
    m.phases = {{"requirements", Duration(300'000), Duration(practice ? 10'000 : 300'000)}};
    return m;
}

TrendOptions window(bool include_practice = false) {
    TrendOptions o;
    o.until = *parse_date("2026-11-26");
    o.include_practice = include_practice;
    return o;
}

/// Two real mocks (totals 36, 48) and two practice runs (12 and 60), all in the window, and a
/// practice run far before it.
std::vector<ScoredMock> history() {
    return {mock(1, "2026-11-02T10:00", 3), mock(2, "2026-11-03T10:00", 1, true), mock(3, "2026-11-18T10:00", 4),
            mock(4, "2026-11-23T10:00", 5, true), mock(5, "2025-01-06T10:00", 5, true)};
}

ReportContext report_context() {
    ReportContext rc;
    rc.content = &test::shipped_content();
    return rc;
}

} // namespace

TEST_CASE("Trends: practice runs are left out of every figure and counted in the window") {
    Trends t = compute_trends(history(), window());
    CHECK(t.mocks == 2);
    CHECK(t.practice_mocks == 2); // the one of 2025 is outside the window
    CHECK_FALSE(t.include_practice);
    REQUIRE(t.weeks.size() == 2);
    CHECK(t.weeks[0].avg_total == Approx(36.0));
    CHECK(t.weeks[0].mocks == 1);
    REQUIRE(t.best);
    CHECK(t.best->total == 48);
    CHECK(t.best->all_time); // the 60 of a practice run is not a best
    CHECK(t.last_totals == std::vector<int>{36, 48});
    CHECK_FALSE(t.ready);
    REQUIRE(t.dimension_avg[0]);
    CHECK(*t.dimension_avg[0] == Approx(3.5));
    REQUIRE(t.pacing.size() == 1);
    CHECK(t.pacing[0].sessions == 2);
    CHECK(t.pacing[0].average_actual == Duration(300'000)); // the rushed practice phases do not count
}

TEST_CASE("Trends: --include-practice counts practice runs like any other mock") {
    Trends t = compute_trends(history(), window(true));
    CHECK(t.include_practice);
    CHECK(t.mocks == 4);
    CHECK(t.practice_mocks == 2);
    REQUIRE(t.best);
    CHECK(t.best->total == 60);
    CHECK(t.last_totals == std::vector<int>{12, 48, 60});
}

TEST_CASE("Trends: a paired practice run is left out of the calibration") {
    auto mocks = history();
    mocks[1].interviewer = card_of(3);
    mocks[1].paired = true;
    CHECK(compute_trends(mocks, window()).paired_mocks == 0);
    CHECK(compute_trends(mocks, window(true)).paired_mocks == 1);
}

TEST_CASE("trends report: text and Markdown say in one line how many practice runs were left out") {
    auto rc = report_context();
    Trends t = compute_trends(history(), window());
    std::string text = render_trends_text(t, rc);
    CHECK(text.find("· 2 mocks\n2 practice sessions left out; `sdmock report --include-practice` counts them.\n\n") !=
          std::string::npos);
    std::string md = render_trends_markdown(t, rc);
    CHECK(md.find("\n\n2 practice sessions left out; `sdmock report --include-practice` counts them.\n\n") !=
          std::string::npos);
    Trends all = compute_trends(history(), window(true));
    CHECK(render_trends_text(all, rc).find("· 4 mocks\nCounts 2 practice sessions (--include-practice).\n") !=
          std::string::npos);
    CHECK(practice_note(compute_trends({mock(1, "2026-11-02T10:00", 3)}, window())).empty());
    CHECK(render_trends_text(compute_trends({mock(1, "2026-11-02T10:00", 3)}, window()), rc).find("practice") ==
          std::string::npos);
}

TEST_CASE("trends report: JSON and SVG carry the practice count, the weekly CSV keeps its shape") {
    auto rc = report_context();
    Trends t = compute_trends(history(), window());
    std::string json = render_trends_json(t, rc);
    CHECK(json.find("\"include_practice\": false") != std::string::npos);
    CHECK(json.find("\"practice_mocks\": 2") != std::string::npos);
    CHECK(json.find("\"practice_left_out\": 2") != std::string::npos);
    std::string json_all = render_trends_json(compute_trends(history(), window(true)), rc);
    CHECK(json_all.find("\"practice_left_out\": 0") != std::string::npos);
    CHECK(render_svg(t, rc.content->rubric).find("2 practice left out") != std::string::npos);
    // Only practice runs in the window: the empty chart still says why.
    Trends only = compute_trends({mock(2, "2026-11-03T10:00", 1, true)}, window());
    CHECK(only.weeks.empty());
    CHECK(render_svg(only, rc.content->rubric).find("1 practice session left out") != std::string::npos);
    std::string csv = render_trends_csv(t);
    CHECK(csv.find("practice") == std::string::npos);
    CHECK(std::count(csv.begin(), csv.end(), '\n') == 3); // the header and the two weeks of real mocks
}

TEST_CASE("choose_weakest: practice runs do not decide the weakest dimensions") {
    const auto& content = test::shipped_content();
    ScoredMock real = mock(1, "2026-11-23T10:00", 4);
    real.self->set(*dimension_index("caching"), 1);
    ScoredMock practice = mock(2, "2026-11-24T10:00", 4, true);
    practice.self->set(*dimension_index("security"), 1);
    practice.self->set(*dimension_index("observability"), 1);
    practice.self->set(*dimension_index("async"), 1);
    auto choice = choose_weakest({real, practice}, content.problems, {}, *parse_date("2026-11-26"), Weekday::monday, 7);
    REQUIRE_FALSE(choice.weakest.empty());
    CHECK(choice.weakest[0].dimension == *dimension_index("caching"));
    CHECK(choice.weakest[0].average == Approx(1.0));
    // Only practice runs: nothing to aim at, a random problem.
    auto none = choose_weakest({practice}, content.problems, {}, *parse_date("2026-11-26"), Weekday::monday, 7);
    CHECK(none.basis == WeakestBasis::no_scores);
}
