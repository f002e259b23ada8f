// choose_weakest: what `start --weakest` aims at (the recent weeks, else the whole history, else a
// random problem) and the lines the command shows for it.
#include "cli/context.hpp"
#include "cli/weakest.hpp"
#include "core/picker.hpp"
#include "store/history.hpp"
#include "support/shipped_content.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

using namespace sdmock;
using sdmock::test::shipped_content;

namespace {

const Date kToday{2026, 11, 30}; // a Monday

Date days_before(const Date& date, long long days) {
    return civil_from_days(days_from_civil(date) - days);
}

/// Every dimension at 4 but `low` at 2 (and `lower` at 1).
Scorecard card(std::vector<std::size_t> low, std::vector<std::size_t> lower = {}) {
    Scorecard c;
    for (std::size_t i = 0; i < kDimensionCount; ++i) {
        bool is_low = std::find(low.begin(), low.end(), i) != low.end();
        bool is_lower = std::find(lower.begin(), lower.end(), i) != lower.end();
        c.set(i, is_lower ? kMinScore : is_low ? kMinScore + 1 : kMaxScore - 1);
    }
    return c;
}

ScoredMock mock(std::int64_t id, const Date& date, std::optional<Scorecard> self,
                std::optional<Scorecard> interviewer = std::nullopt) {
    ScoredMock m;
    m.session = id;
    m.date = date;
    m.started_at = to_string(date) + "T10:00:00+00:00";
    m.problem = "uber";
    m.self = std::move(self);
    m.interviewer = std::move(interviewer);
    return m;
}

std::vector<std::size_t> dims_of(const WeakestChoice& c) {
    std::vector<std::size_t> out;
    for (const auto& w : c.weakest)
        out.push_back(w.dimension);
    return out;
}

std::vector<std::string> ids_of(const std::vector<std::size_t>& dims) {
    std::vector<std::string> out;
    for (auto i : dims)
        out.emplace_back(kDimensionIds[i]);
    return out;
}

/// What compute_trends finds lowest for the self-scores of `weeks` weeks up to today.
Trends self_trends(const std::vector<ScoredMock>& mocks, int weeks, Weekday start = Weekday::monday) {
    TrendOptions o;
    o.until = kToday;
    o.weeks = weeks;
    o.week_start = start;
    return compute_trends(mocks, o);
}

} // namespace

TEST_CASE("choose_weakest: the recent weeks' weakest dimensions, not older ones") {
    const auto& problems = shipped_content().problems;
    std::vector<ScoredMock> mocks{mock(1, days_before(kToday, 7 * 20), card({0, 1, 2})),
                                  mock(2, days_before(kToday, 3), card({5, 9}, {6}))};
    std::vector<Practice> practised{{"uber", "2026-11-27T10:00"}};
    for (std::uint64_t seed = 0; seed < 10; ++seed) {
        WeakestChoice c = choose_weakest(mocks, problems, practised, kToday, Weekday::monday, seed);
        REQUIRE(c.basis == WeakestBasis::recent);
        Trends recent = self_trends(mocks, kDefaultWeeks);
        REQUIRE(dims_of(c) == recent.lowest);
        REQUIRE(c.weakest.front().dimension == 6); // the one at kMinScore
        for (const auto& w : c.weakest)
            REQUIRE(w.average == Approx(*recent.dimension_avg[w.dimension]));
        WeakestPick pick = pick_weakest(problems, ids_of(recent.lowest), practised, seed);
        REQUIRE(c.problem == pick.problem);
        REQUIRE(c.covers == pick.covers);
        REQUIRE(c.last_practised == pick.last_practised);
    }
}

TEST_CASE("choose_weakest: nothing in the recent weeks: the whole history, however old") {
    const auto& problems = shipped_content().problems;
    // One mock over ten years ago, one just outside the recent window.
    std::vector<ScoredMock> mocks{mock(1, Date{2012, 3, 5}, card({3}, {7})),
                                  mock(2, days_before(kToday, 7 * kDefaultWeeks + 1), card({3, 8}))};
    REQUIRE(self_trends(mocks, kDefaultWeeks).lowest.empty());
    WeakestChoice c = choose_weakest(mocks, problems, {}, kToday, Weekday::monday, 3);
    REQUIRE(c.basis == WeakestBasis::all_history);
    REQUIRE(c.weakest.size() == kLowestCount);
    REQUIRE(c.weakest[0].dimension == 3); // low in both mocks
    REQUIRE(c.weakest[0].average == Approx(kMinScore + 1));
    REQUIRE(c.weakest[1].dimension == 7); // lowest in the old mock only: it counts
    REQUIRE(c.weakest[1].average == Approx((kMinScore + kMaxScore - 1) / 2.0));
    REQUIRE(c.problem == pick_weakest(problems, ids_of(dims_of(c)), {}, 3).problem);
}

TEST_CASE("choose_weakest: no complete self-scorecard: a random problem and no dimensions") {
    const auto& problems = shipped_content().problems;
    Scorecard partial;
    partial.set(0, kMinScore);
    std::vector<std::vector<ScoredMock>> histories{
        {},
        {mock(1, days_before(kToday, 2), partial)},
        {mock(2, days_before(kToday, 2), std::nullopt, card({1}))}, // only the interviewer's
        {mock(3, days_before(kToday, -2), card({1}))},              // after today
    };
    std::vector<Practice> practised{{problems[0].id, "2026-11-01T10:00"}};
    for (std::size_t h = 0; h < histories.size(); ++h)
        for (std::uint64_t seed = 0; seed < 5; ++seed) {
            INFO("history " << h << " seed " << seed);
            WeakestChoice c = choose_weakest(histories[h], problems, practised, kToday, Weekday::monday, seed);
            REQUIRE(c.basis == WeakestBasis::no_scores);
            REQUIRE(c.weakest.empty());
            REQUIRE(c.covers.empty());
            REQUIRE(c.problem == &pick_random(problems, practised, seed));
        }
}

TEST_CASE("choose_weakest: mocks after today are left out of the recent weeks") {
    std::vector<ScoredMock> mocks{mock(1, days_before(kToday, 7 * 30), card({4})),
                                  mock(2, days_before(kToday, -1), card({10}))};
    WeakestChoice c = choose_weakest(mocks, shipped_content().problems, {}, kToday, Weekday::monday, 1);
    REQUIRE(c.basis == WeakestBasis::all_history);
    REQUIRE(c.weakest.front().dimension == 4);
}

TEST_CASE("choose_weakest: the recent weeks start on the configured weekday") {
    // The Sunday just before the first Monday of the window: in it only when weeks start on Sunday.
    Date sunday = days_before(kToday, 7 * (kDefaultWeeks - 1) + 1);
    std::vector<ScoredMock> mocks{mock(1, sunday, card({2}))};
    REQUIRE(choose_weakest(mocks, shipped_content().problems, {}, kToday, Weekday::monday, 1).basis ==
            WeakestBasis::all_history);
    REQUIRE(choose_weakest(mocks, shipped_content().problems, {}, kToday, Weekday::sunday, 1).basis ==
            WeakestBasis::recent);
}

TEST_CASE("choose_weakest: the chosen problem's last practice") {
    const auto& problems = shipped_content().problems;
    std::vector<ScoredMock> mocks{mock(1, days_before(kToday, 1), card({5}))};
    WeakestChoice first = choose_weakest(mocks, problems, {}, kToday, Weekday::monday, 4);
    REQUIRE(first.last_practised.empty());
    // Practise every problem, the chosen one twice: its latest start is what is reported.
    std::vector<Practice> practised;
    for (const auto& p : problems)
        practised.push_back({p.id, "2026-10-01T10:00"});
    practised.push_back({first.problem->id, "2026-10-01T09:00"});
    WeakestChoice again = choose_weakest(mocks, problems, practised, kToday, Weekday::monday, 4);
    REQUIRE(again.last_practised == "2026-10-01T10:00");
    WeakestChoice random = choose_weakest({}, problems, practised, kToday, Weekday::monday, 4);
    REQUIRE(random.last_practised == "2026-10-01T10:00");
}

TEST_CASE("start --weakest: the lines say what core chose") {
    const Content& content = shipped_content();
    History history(":memory:");
    std::ostringstream out, err;
    cli::Context context{"", ":memory:", out, err, Config{}};
    std::vector<Practice> practised;

    auto [random, none] = cli::choose_weakest(context, content, history, practised, 5);
    REQUIRE(random == &pick_random(content.problems, practised, 5));
    REQUIRE(none == std::vector<std::string>{
                        "No scored mocks yet, so there are no weak dimensions to aim at: a random problem instead."});

    Date today = cli::local_today();
    auto id = history.create_session({"uber", "standard-45", Mode::solo, to_string(today) + "T08:00:00+00:00", 1, 1.0});
    history.save_scorecard(id, Scorer::self, card({5, 9}, {6}));
    WeakestChoice choice =
        choose_weakest(history.scored_mocks(), content.problems, practised, today, context.config.week_start, 5);
    REQUIRE(choice.basis == WeakestBasis::recent);
    auto [problem, lines] = cli::choose_weakest(context, content, history, practised, 5);
    REQUIRE(problem == choice.problem);
    REQUIRE(lines.size() == 5);
    const auto& dims = content.rubric.dimensions;
    REQUIRE(lines[0] == "Your weakest dimensions lately: " + dims[6].name + " (1), " + dims[5].name + " (2), " +
                            dims[9].name + " (2).");
    REQUIRE(lines[1].empty());
    REQUIRE(lines[2] == "Problem: " + problem->title + " (" + problem->id + ")");
    REQUIRE(lines[3].rfind(choice.covers.empty() ? "No problem stresses these" : "It stresses ", 0) == 0);
    REQUIRE(lines[4] == "You have not practised it before.");
}
