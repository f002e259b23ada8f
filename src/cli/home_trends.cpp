#include "cli/home_trends.hpp"

#include "cli/coverage_scores.hpp"
#include "report/trends_report.hpp"

#include <regex>
#include <vector>

namespace sdmock::cli {

std::string from_the_menu(const std::string& report) {
    static const std::regex start_one(
        R"(Start\s+one\s+with\s+`sdmock\s+start`\s+\(or\s+`sdmock`\s+for\s+the\s+menu\)\.)");
    return std::regex_replace(report, start_one, "Start one from the menu: Start a solo mock.");
}

std::string home_trends_text(const History& history, const Content& content, const TrendOptions& window, int width,
                             bool color) {
    const std::string since = to_string(window_start(window));
    std::vector<ScoredMock> mocks = history.scored_mocks(since);
    const TrendsBefore before = history.trends_before(since, window.scorer, window.include_practice);
    add_suggested_scores(mocks, history, content, since);
    ReportContext rc;
    rc.content = &content;
    rc.width = width;
    rc.color = color; // the page colours the changes as the text report does
    rc.practice = history.last_practised(content.problem_ids());
    return from_the_menu(render_trends_text(compute_trends(mocks, window, before), rc));
}

} // namespace sdmock::cli
