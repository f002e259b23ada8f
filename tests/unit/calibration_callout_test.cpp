// What a paired mock's calibration calls out is decided by core (calibrate); the session view
// shows those call-outs and nothing else.
#include "core/roles.hpp"
#include "report/session_view.hpp"
#include "support/shipped_content.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace sdmock;
using sdmock::test::shipped_content;

namespace {

/// Both scorecards at the middle of the scale, self moved by `gaps` on the first dimensions.
std::pair<Scorecard, Scorecard> paired(const std::vector<int>& gaps) {
    Scorecard self, interviewer;
    const int mid = (kMinScore + kMaxScore) / 2;
    for (std::size_t i = 0; i < kDimensionCount; ++i) {
        interviewer.set(i, mid);
        self.set(i, i < gaps.size() ? mid + gaps[i] : mid);
    }
    return {self, interviewer};
}

/// The table row of a dimension in calibration_lines.
std::string row_of(const std::vector<std::string>& lines, const std::string& name) {
    for (const auto& line : lines)
        if (line.rfind("  " + name, 0) == 0) return line;
    FAIL("no row for " << name);
    return {};
}

bool ends_with(const std::string& text, const std::string& tail) {
    return text.size() >= tail.size() && text.compare(text.size() - tail.size(), tail.size(), tail) == 0;
}

} // namespace

TEST_CASE("calibrate: a gap of kCalloutGap is called out, one less is not") {
    auto [self, interviewer] = paired({kCalloutGap, kCalloutGap - 1, -kCalloutGap, -(kCalloutGap - 1)});
    Calibration c = calibrate(self, interviewer);
    REQUIRE(c.callout[0] == Callout::over);
    REQUIRE(c.callout[1] == Callout::none);
    REQUIRE(c.callout[2] == Callout::under);
    REQUIRE(c.callout[3] == Callout::none);
    for (std::size_t i = 4; i < kDimensionCount; ++i)
        REQUIRE(c.callout[i] == Callout::none);
    REQUIRE(c.over == std::vector<std::size_t>{0});
    REQUIRE(c.under == std::vector<std::size_t>{2});
}

TEST_CASE("calibration_lines: flags exactly the dimensions calibrate calls out") {
    const Rubric& rubric = shipped_content().rubric;
    auto [self, interviewer] = paired({kCalloutGap, kCalloutGap - 1, -kCalloutGap, -(kCalloutGap - 1)});
    Calibration c = calibrate(self, interviewer);
    auto lines = calibration_lines(self, interviewer, rubric, 100);
    for (std::size_t i = 0; i < kDimensionCount; ++i) {
        INFO("dimension " << rubric.dimensions[i].id);
        std::string row = row_of(lines, rubric.dimensions[i].name);
        REQUIRE(ends_with(row, "over-rated") == (c.callout[i] == Callout::over));
        REQUIRE(ends_with(row, "under-rated") == (c.callout[i] == Callout::under));
    }
}

TEST_CASE("calibration_lines: the advice names the called-out dimensions and the gap") {
    const Rubric& rubric = shipped_content().rubric;
    std::string gap = std::to_string(kCalloutGap) + " or more";
    auto [self, interviewer] = paired({kCalloutGap, 0, -kCalloutGap});
    std::string text;
    for (const auto& line : calibration_lines(self, interviewer, rubric, 400))
        text += line + "\n";
    REQUIRE_THAT(text, Catch::Contains(gap + " above the interviewer on " + rubric.dimensions[0].name));
    REQUIRE_THAT(text, Catch::Contains(gap + " below the interviewer on " + rubric.dimensions[2].name));
    REQUIRE_THAT(text, !Catch::Contains("within one point"));

    auto [near_self, near_interviewer] = paired({kCalloutGap - 1, -(kCalloutGap - 1)});
    text.clear();
    for (const auto& line : calibration_lines(near_self, near_interviewer, rubric, 400))
        text += line + "\n";
    REQUIRE_THAT(text, Catch::Contains("within one point"));
    REQUIRE_THAT(text, !Catch::Contains("-rated"));
}
