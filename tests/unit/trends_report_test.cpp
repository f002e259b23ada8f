#include "report/trends_report.hpp"
#include "support/shipped_content.hpp"

#include <catch2/catch.hpp>

using namespace sdmock;

TEST_CASE("trends report: sparklines map 1..5 to eight bars and leave gaps blank") {
    REQUIRE(sparkline({1.0, 5.0}) == "▁█");
    REQUIRE(sparkline({1.0, std::nullopt, 3.0}) == "▁ ▅"); // 3 is halfway: level 3.5 rounds to ▅
    REQUIRE(sparkline({}).empty());
}

TEST_CASE("trends report: the weekly CSV has the contract's header and rounds halves up") {
    Trends t;
    WeekRow w;
    w.week = {2026, 48};
    w.mocks = 160;
    w.avg_total = 5788.0 / 160.0; // 36.175, stored in binary just below
    w.min_total = 25;
    w.max_total = 51;
    w.dimension_avg.fill(3.0);
    WeekRow prev = w;
    prev.week = {2026, 47};
    w.delta = w.avg_total - 36.0;
    t.weeks = {prev, w};
    t.weeks[0].delta.reset();
    std::string csv = render_trends_csv(t);
    REQUIRE(csv.rfind("week,mocks,avg_total,min_total,max_total,delta,requirements,estimation,api,architecture,data,"
                      "caching,async,scaling,reliability,security,observability,communication\r\n",
                      0) == 0);
    REQUIRE(csv.find("2026-W47,160,36.18,25,51,,3.00,") != std::string::npos);
    REQUIRE(csv.find("2026-W48,160,36.18,25,51,0.18,3.00,") != std::string::npos);
}

TEST_CASE("trends report: an empty window says how to start") {
    ReportContext rc;
    rc.content = &test::shipped_content();
    Trends t;
    t.window = {{2026, 48}};
    t.first_week = t.last_week = {2026, 48};
    auto findings = trend_findings(t, *rc.content, rc.practice);
    REQUIRE(findings.size() == 1);
    REQUIRE(findings[0].kind == FindingKind::no_mocks);
    REQUIRE(findings[0].headline.find("sdmock start") != std::string::npos);
    std::string text = render_trends_text(t, rc);
    REQUIRE(text.find("What to do next\n- " + findings[0].headline.substr(0, 20)) != std::string::npos);
}
