#include "report/svg.hpp"

#include "support/shipped_content.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace sdmock;

namespace {

/// A week row with every dimension at `dimension` and the given totals.
WeekRow week_row(int week, int mocks, double avg, int lo, int hi, double dimension = 3.0) {
    WeekRow row;
    row.week = {2026, week};
    row.first_day = week_monday(row.week);
    row.mocks = mocks;
    row.avg_total = avg;
    row.min_total = lo;
    row.max_total = hi;
    row.dimension_avg.fill(dimension);
    return row;
}

/// Weeks 41..48 of 2026; `with_mocks` lists the weeks that have a row.
Trends trends_with(const std::vector<int>& with_mocks) {
    Trends t;
    t.first_week = {2026, 41};
    t.last_week = {2026, 48};
    for (int w = 41; w <= 48; ++w)
        t.window.push_back({2026, w});
    double avg = 30;
    for (int w : with_mocks) {
        t.weeks.push_back(week_row(w, 2, avg, static_cast<int>(avg) - 3, static_cast<int>(avg) + 3));
        t.mocks += 2;
        avg += 3;
    }
    for (auto& d : t.dimension_avg)
        d = 3.0;
    t.dimension_avg[1] = 2.0;
    t.dimension_avg[5] = 2.5;
    t.dimension_avg[10] = 2.75;
    t.lowest = {1, 5, 10};
    t.best = Trends::Best{51, 7, {2026, 11, 20}, "url-shortener", true};
    return t;
}

std::size_t count(const std::string& text, const std::string& needle) {
    std::size_t n = 0;
    for (auto at = text.find(needle); at != std::string::npos; at = text.find(needle, at + needle.size()))
        ++n;
    return n;
}

/// Tags balance, nothing is left open, and every '&' starts an entity.
bool well_formed(const std::string& svg) {
    std::vector<std::string> open;
    for (std::size_t at = svg.find('<'); at != std::string::npos; at = svg.find('<', at + 1)) {
        std::size_t end = svg.find('>', at);
        if (end == std::string::npos) return false;
        std::string tag = svg.substr(at + 1, end - at - 1);
        if (tag.starts_with("?") || tag.starts_with("!")) continue;
        if (tag.find('<') != std::string::npos) return false;
        std::string name = tag.substr(tag.starts_with("/") ? 1 : 0);
        name = name.substr(0, name.find_first_of(" \n/"));
        if (tag.starts_with("/")) {
            if (open.empty() || open.back() != name) return false;
            open.pop_back();
        } else if (!tag.ends_with("/")) {
            open.push_back(name);
        }
    }
    for (std::size_t at = svg.find('&'); at != std::string::npos; at = svg.find('&', at + 1)) {
        std::size_t semi = svg.find(';', at);
        if (semi == std::string::npos || semi - at > 6) return false;
    }
    return open.empty();
}

/// The value of `attribute` in the first element that carries `marker`.
double attribute_of(const std::string& svg, const std::string& marker, const std::string& attribute) {
    std::size_t at = svg.find(marker);
    REQUIRE(at != std::string::npos);
    std::size_t start = svg.rfind('<', at);
    std::size_t end = svg.find('>', at);
    std::string tag = svg.substr(start, end - start);
    std::size_t value = tag.find(" " + attribute + "=\"");
    REQUIRE(value != std::string::npos);
    return std::stod(tag.substr(value + attribute.size() + 3));
}

bool trimmed_ends_with(std::string text, const std::string& suffix) {
    while (!text.empty() && (text.back() == '\n' || text.back() == ' '))
        text.pop_back();
    return text.ends_with(suffix);
}

} // namespace

TEST_CASE("render_svg: a complete, well-formed document") {
    const Rubric& rubric = test::shipped_content().rubric;
    std::string svg = render_svg(trends_with({41, 42, 44, 45, 46, 48}), rubric);
    CHECK((svg.starts_with("<svg") || svg.starts_with("<?xml")));
    CHECK(trimmed_ends_with(svg, "</svg>"));
    CHECK(well_formed(svg));
    CHECK(svg.find("xmlns=\"http://www.w3.org/2000/svg\"") != std::string::npos);
    CHECK(svg.find("sdmock · weekly trends · 2026-W41 to 2026-W48 · self scores") != std::string::npos);
    CHECK(svg.find("12 scored mocks") != std::string::npos);
    CHECK(svg.find("best 51/60") != std::string::npos);
    for (const char* external : {"href", "<script", "@import", "url("}) {
        INFO(external);
        CHECK(svg.find(external) == std::string::npos);
    }
    for (const char* week : {">W41<", ">W44<", ">W48<"})
        CHECK(svg.find(week) != std::string::npos);
}

TEST_CASE("render_svg: band lines sit at 36 and 48 on the total scale") {
    const Rubric& rubric = test::shipped_content().rubric;
    std::string svg = render_svg(trends_with({41, 42, 43}), rubric);
    double y12 = attribute_of(svg, "data-tick=\"12\"", "y1");
    double y60 = attribute_of(svg, "data-tick=\"60\"", "y1");
    REQUIRE(y12 > y60);
    double y36 = attribute_of(svg, "data-band=\"36\"", "y1");
    double y48 = attribute_of(svg, "data-band=\"48\"", "y1");
    CHECK(y36 == Approx(y12 + (y60 - y12) * (36.0 - 12.0) / 48.0).margin(0.11));
    CHECK(y48 == Approx(y12 + (y60 - y12) * (48.0 - 12.0) / 48.0).margin(0.11));
    CHECK(attribute_of(svg, "data-band=\"36\"", "y2") == y36);
    CHECK(svg.find(">Targeted study<") != std::string::npos);
    CHECK(svg.find(">Interview-ready<") != std::string::npos);
    CHECK(count(svg, "class=\"band\"") == 2);
}

TEST_CASE("render_svg: weeks without mocks split the line") {
    const Rubric& rubric = test::shipped_content().rubric;
    SECTION("no gap: one segment") {
        std::string svg = render_svg(trends_with({41, 42, 43, 44, 45, 46, 47, 48}), rubric);
        CHECK(count(svg, "class=\"total-line\"") == 1);
        CHECK(count(svg, "class=\"dim-line\"") == 12);
    }
    SECTION("two gaps: three segments") {
        std::string svg = render_svg(trends_with({41, 42, 44, 45, 46, 48}), rubric);
        CHECK(count(svg, "class=\"total-line\"") == 3);
        CHECK(count(svg, "class=\"dim-line\"") == 3 * 12);
        CHECK(count(svg, "class=\"range\"") == 6);
    }
    SECTION("leading and trailing empty weeks add no segment") {
        std::string svg = render_svg(trends_with({43, 44}), rubric);
        CHECK(count(svg, "class=\"total-line\"") == 1);
    }
}

TEST_CASE("render_svg: one small chart per dimension, the lowest highlighted") {
    const Rubric& rubric = test::shipped_content().rubric;
    std::string svg = render_svg(trends_with({41, 42}), rubric);
    for (const auto& dimension : rubric.dimensions) {
        std::string name = dimension.name;
        for (std::size_t at = name.find('&'); at != std::string::npos; at = name.find('&', at + 1))
            name.replace(at, 1, "&amp;");
        INFO(dimension.name);
        CHECK(svg.find(">" + name + "<") != std::string::npos);
    }
    CHECK(rubric.dimensions.size() == 12);
    CHECK(count(svg, "class=\"name low\"") == 3);
    CHECK(svg.find("lowest #1") != std::string::npos);
    CHECK(svg.find("lowest #3") != std::string::npos);
    CHECK(svg.find("lowest #4") == std::string::npos);
    CHECK(svg.find("window average 2.5") != std::string::npos);
}

TEST_CASE("render_svg: text is escaped") {
    Rubric rubric = test::shipped_content().rubric;
    rubric.dimensions[0].name = "Scope & <limits> \"quoted\"";
    Trends t = trends_with({41, 42});
    t.best->problem = "a<b>&c";
    std::string svg = render_svg(t, rubric);
    CHECK(well_formed(svg));
    CHECK(svg.find("Scope &amp; &lt;limits&gt; &quot;quoted&quot;") != std::string::npos);
    CHECK(svg.find("a&lt;b&gt;&amp;c") != std::string::npos);
    CHECK(svg.find("<limits>") == std::string::npos);
}

TEST_CASE("render_svg: an empty window says so") {
    const Rubric& rubric = test::shipped_content().rubric;
    Trends t = trends_with({});
    t.best.reset();
    t.lowest.clear();
    std::string svg = render_svg(t, rubric);
    CHECK(svg.starts_with("<svg"));
    CHECK(trimmed_ends_with(svg, "</svg>"));
    CHECK(well_formed(svg));
    CHECK(svg.find("No scored mocks in this window") != std::string::npos);
    CHECK(svg.find("polyline") == std::string::npos);
    CHECK(well_formed(render_svg(Trends{}, rubric)));
}

TEST_CASE("render_svg: a long window thins the week labels") {
    const Rubric& rubric = test::shipped_content().rubric;
    Trends t;
    t.first_week = {2025, 40};
    t.last_week = {2026, 39};
    for (int i = 0; i < 52; ++i)
        t.window.push_back({i < 13 ? 2025 : 2026, i < 13 ? 40 + i : i - 12});
    t.weeks.push_back(week_row(1, 1, 40, 40, 40));
    t.mocks = 1;
    std::string svg = render_svg(t, rubric);
    CHECK(well_formed(svg));
    std::size_t labels = count(svg, ">W");
    CHECK(labels >= 8);
    CHECK(labels <= 20);
    CHECK(svg.find(">W39<") != std::string::npos); // the last week is always labelled
    CHECK(count(svg, "class=\"total-line\"") == 1);
}
