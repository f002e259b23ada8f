// The summary screen's layout: a summary longer than the screen scrolls, and says so.
#include "support/frames.hpp"
#include "tui/layout.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace sdmock;
using sdmock::test::shows;

namespace {

std::vector<std::string> numbered(int n) {
    std::vector<std::string> lines;
    for (int i = 1; i <= n; ++i)
        lines.push_back("line " + std::to_string(i) + ".");
    return lines;
}

} // namespace

TEST_CASE("layout_summary: a summary that fits shows whole, with Enter the only key") {
    tui::Frame f = tui::layout_summary(numbered(10), "Summary", 80, 24);
    REQUIRE(f.lines.size() == 24);
    REQUIRE(shows(f, "line 10."));
    REQUIRE_FALSE(shows(f, "more below"));
    REQUIRE_FALSE(shows(f, "scroll"));
}

TEST_CASE("layout_summary: a longer one shows from the offset and says there is more") {
    // 80x24: a title, a rule and the key bar leave 21 rows.
    tui::Frame top = tui::layout_summary(numbered(30), "Summary", 80, 24);
    REQUIRE(top.lines.size() == 24);
    REQUIRE(shows(top, "line 21."));
    REQUIRE_FALSE(shows(top, "line 22."));
    REQUIRE(shows(top, "more below"));
    tui::Frame end = tui::layout_summary(numbered(30), "Summary", 80, 24, 9);
    REQUIRE(end.lines.size() == 24);
    REQUIRE_FALSE(shows(end, "line 9."));
    REQUIRE(shows(end, "line 10."));
    REQUIRE(shows(end, "line 30."));
    REQUIRE_FALSE(shows(end, "more below"));
    REQUIRE(shows(end, "scroll"));
}
