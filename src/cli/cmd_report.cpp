#include "cli/commands.hpp"

#include "cli/coverage_scores.hpp"
#include "cli/home_trends.hpp"
#include "cli/output.hpp"
#include "cli/safe_write.hpp"

#include "core/error.hpp"
#include "report/svg.hpp"
#include "report/trends_report.hpp"
#include "store/history.hpp"

#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <ctime>
#include <ostream>

namespace sdmock::cli {
namespace {

/// Writes to --out (safely: write_file_safely) or to standard output, colours kept on a terminal.
void emit(const Context& context, const std::string& out, const std::string& text, bool styled = false) {
    if ((out.empty() || out == "-") && styled)
        write_styled(context.out, text);
    else if (out.empty() || out == "-")
        context.out << text;
    else
        write_file_safely(out, text);
}

} // namespace

int run_report(const Context& context, const ReportOptions& options) {
    auto scorer = scorer_from(options.scorer);
    if (!scorer) throw UsageError("--scorer must be self or interviewer");
    if (options.weeks < 1 || options.weeks > 5200) throw UsageError("--weeks must be from 1 to 5200");
    TrendOptions trend;
    trend.scorer = *scorer;
    trend.weeks = options.weeks;
    trend.week_start = context.config.week_start;
    trend.include_practice = options.include_practice;
    trend.until = local_today();
    if (!options.until.empty()) {
        auto d = parse_date(options.until);
        if (!d) throw UsageError("--until \"" + options.until + "\" is not a date; give it as YYYY-MM-DD");
        trend.until = *d;
    }
    History history(context.db);
    // Each session counts in the week of its own local date (DESIGN.md); one started where the
    // date is already tomorrow (a later zone) is in the past all the same, so the default window
    // reaches its week too.
    if (options.until.empty())
        if (auto last = history.last_scored_date()) trend.until = std::max(trend.until, *last);
    // Only the window is read; what the figures need from before it comes in two small queries.
    const std::string since = to_string(window_start(trend));
    std::vector<ScoredMock> mocks = history.scored_mocks(since);
    const TrendsBefore before = history.trends_before(since, trend.scorer, trend.include_practice);
    if (options.format == "csv") { // figures only: no names, no advice, so no content to load
        emit(context, options.out, render_trends_csv(compute_trends(mocks, trend, before)));
        return kExitOk;
    }
    Content content = load_valid_content(context);
    add_suggested_scores(mocks, history, content, since);
    Trends trends = compute_trends(mocks, trend, before);
    ReportContext rc;
    rc.content = &content;
    EstimationTrends estimation = estimation_trends(history.all_estimates(), trend);
    rc.estimation = &estimation;
    rc.practice = history.last_practised(content.problem_ids());
    rc.retention =
        retention_by_dimension(history.reviews(), days_from_civil(first_day(trends.first_week, trend.week_start)),
                               days_from_civil(first_day(trends.last_week, trend.week_start)) + 6);
    rc.talk = recorded_talk(history, since, trend, trends);
    const char* no_color = std::getenv("NO_COLOR");
    rc.color = options.out.empty() && isatty(STDOUT_FILENO) != 0 && context.config.color &&
               (no_color == nullptr || *no_color == '\0');
    std::string text;
    if (options.format == "md")
        text = render_trends_markdown(trends, rc);
    else if (options.format == "json")
        text = render_trends_json(trends, rc);
    else if (options.format == "svg")
        text = render_svg(trends, content.rubric);
    else
        text = render_trends_text(trends, rc);
    emit(context, options.out, text, rc.color);
    return kExitOk;
}

} // namespace sdmock::cli
