#include "cli/home_trends.hpp"

#include "cli/coverage_scores.hpp"
#include "core/recording.hpp"
#include "report/trends_report.hpp"

#include <regex>
#include <vector>

namespace sdmock::cli {

std::string from_the_menu(const std::string& report) {
    static const std::regex start_one(
        R"(Start\s+one\s+with\s+`sdmock\s+start`\s+\(or\s+`sdmock`\s+for\s+the\s+menu\)\.)");
    return std::regex_replace(report, start_one, "Start one from the menu: Start a solo mock.");
}

/// Talk and silence per week over the recorded mocks of the window (the same mocks the report
/// counts: practice runs only when asked for, drills and abandoned sessions never).
std::vector<std::pair<IsoWeek, WeekTalk>> recorded_talk(const History& history, const std::string& since,
                                                        const TrendOptions& trend, const Trends& trends) {
    std::vector<RecordedMock> mocks;
    for (const auto& [id, recording] : history.recordings(since)) {
        auto record = history.load(id);
        if (!record || record->info.status == Status::abandoned || record->info.drill) continue;
        if (record->info.practice.any() && !trend.include_practice) continue;
        auto date = parse_date(record->info.started_at.substr(0, 10));
        if (!date) continue;
        mocks.push_back({*date, session_talk(recording, record->events, record->info.elapsed)});
    }
    return weekly_talk(mocks, trends.first_week, trends.last_week, trend.week_start);
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
    Trends trends = compute_trends(mocks, window, before);
    rc.talk = recorded_talk(history, since, window, trends);
    return from_the_menu(render_trends_text(trends, rc));
}

} // namespace sdmock::cli
