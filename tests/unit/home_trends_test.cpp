// The home screen's Trends page reads only its window: its text is the text it gave when it read
// the whole history (every scored mock, every scorecard's row for the practice dates).
#include "cli/coverage_scores.hpp"
#include "cli/home_trends.hpp"
#include "core/coverage.hpp"
#include "report/trends_report.hpp"
#include "store/history.hpp"
#include "support/builders.hpp"
#include "support/shipped_content.hpp"
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>

#include <cstdio>
#include <random>
#include <string>
#include <vector>

using namespace sdmock;
using sdmock::test::TempDir;

namespace {

/// 300 sessions over about 60 weeks, seeded: solo and paired, practice runs, drills, abandoned
/// sessions, and solo mocks with review ticks (their suggested scores count in the trends).
void fill(History& h, const Content& content) {
    std::mt19937 rnd(11);
    auto pick = [&](int n) { return static_cast<int>(rnd() % static_cast<unsigned>(n)); };
    const char* problems[] = {"uber", "zoom", "pastebin", "ticketmaster"};
    long long day = days_from_civil(Date{2025, 9, 1});
    for (int i = 0; i < 300; ++i) {
        day += pick(3);
        Date d = civil_from_days(day);
        char at[40];
        std::snprintf(at, sizeof at, "%04d-%02d-%02dT%02d:%02d:00+00:00", d.year, d.month, d.day, 6 + pick(14),
                      pick(60));
        NewSession s;
        s.problem = problems[pick(4)];
        s.plan = "standard-45";
        s.mode = pick(4) == 0 ? Mode::interviewer : Mode::solo;
        s.started_at = at;
        s.practice.flagged = pick(8) == 0;
        if (pick(12) == 0) s.drill = Drill{"deep-dive", "caching"};
        auto id = h.create_session(s);
        Scorecard self;
        for (std::size_t k = 0; k < kDimensionCount; ++k)
            self.set(k, 1 + pick(5));
        h.save_scorecard(id, Scorer::self, self);
        if (s.mode == Mode::interviewer) h.save_scorecard(id, Scorer::interviewer, test::card_of(1 + pick(5)));
        if (s.mode == Mode::solo && pick(3) == 0)
            for (const auto& point : key_points(*content.problem(s.problem), *content.plan(s.plan)))
                h.set_coverage(id, point.id, pick(2) == 0);
        if (pick(20) == 0)
            h.abandon(id);
        else
            h.finish(id, s.practice);
    }
}

/// The page as it was made from the whole history.
std::string whole_history_text(const History& h, const Content& content, const TrendOptions& window, int width) {
    ReportContext rc;
    rc.content = &content;
    rc.width = width;
    for (const auto& row : h.history_rows())
        rc.practice.push_back({row.problem, row.date});
    auto mocks = h.scored_mocks();
    cli::add_suggested_scores(mocks, h, content);
    return cli::from_the_menu(render_trends_text(compute_trends(mocks, window), rc));
}

} // namespace

TEST_CASE("Home trends: the page read from its window alone is the page read from the whole history") {
    const Content& content = test::shipped_content();
    TempDir dir;
    History h(dir.path() / "h.db");
    fill(h, content);
    for (Date until : {Date{2025, 12, 1}, Date{2026, 3, 15}, Date{2026, 10, 31}, Date{2027, 6, 1}}) {
        for (Weekday start : {Weekday::monday, Weekday::sunday}) {
            TrendOptions window;
            window.until = until;
            window.week_start = start;
            INFO("until " << to_string(until));
            const std::string page = cli::home_trends_text(h, content, window, 100, false);
            CHECK(page == whole_history_text(h, content, window, 100));
            CHECK(h.scored_mocks(to_string(window_start(window))).size() < h.scored_mocks().size());
        }
    }
}

TEST_CASE("Home trends: an empty history's page points to the menu") {
    TempDir dir;
    History h(dir.path() / "h.db");
    TrendOptions window;
    window.until = Date{2026, 3, 15};
    const std::string page = cli::home_trends_text(h, test::shipped_content(), window, 80, false);
    CHECK(page.find("sdmock start") == std::string::npos);
    CHECK(page.find("Start one from the menu") != std::string::npos);
}
