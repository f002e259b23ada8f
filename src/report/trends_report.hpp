#pragma once
/// Renderings of a Trends value: text for a terminal, Markdown, the weekly CSV of the contract
/// and JSON. Pure functions: no rule lives here, only layout (the findings come from core's
/// trend_findings).
#include "core/content.hpp"
#include "core/estimate_trends.hpp"
#include "core/findings.hpp"
#include "core/picker.hpp"
#include "core/recording.hpp"
#include "core/review_items.hpp"
#include "core/trends.hpp"

#include <string>
#include <vector>

namespace sdmock {

struct ReportContext {
    const Content* content = nullptr;
    std::vector<Practice> practice; ///< when each problem was practised, to suggest fresh ones
    bool color = false;             ///< ANSI colours for the deltas
    int width = 80;
    /// Estimation over the same window (the report's Estimation section), or none.
    const EstimationTrends* estimation = nullptr;
    /// Spaced review over the window's days, per dimension (only those reviewed); empty: none.
    std::vector<Retention> retention;
    /// Talk and silence of the window's recorded mocks, per week (weekly_talk); empty: none.
    std::vector<std::pair<IsoWeek, WeekTalk>> talk;
};

[[nodiscard]] std::string render_trends_text(const Trends& trends, const ReportContext& context);
[[nodiscard]] std::string render_trends_markdown(const Trends& trends, const ReportContext& context);
/// `week,mocks,avg_total,min_total,max_total,delta,<12 dimensions>`, two decimals.
[[nodiscard]] std::string render_trends_csv(const Trends& trends);
[[nodiscard]] std::string render_trends_json(const Trends& trends, const ReportContext& context);

/// The one line that says how many practice runs the report left out (or, with
/// --include-practice, counts), or "" when the window has none.
[[nodiscard]] std::string practice_note(const Trends& trends);

/// ▁▂▃▄▅▆▇█ for 1..5, a space where a week has no mocks.
[[nodiscard]] std::string sparkline(const std::vector<std::optional<double>>& values);

} // namespace sdmock
