// The rubric's numbers as core names them agree with the rubric that ships, and the rules that
// use them hold at their edges.
#include "core/error.hpp"
#include "core/scorecard.hpp"
#include "core/trends.hpp"
#include "support/shipped_content.hpp"

#include <catch2/catch.hpp>

#include <string>

using namespace sdmock;
using sdmock::test::shipped_content;

namespace {

Scorecard totalling(int total) {
    Scorecard card;
    int left = total;
    for (std::size_t i = 0; i < kDimensionCount; ++i) {
        int rest = static_cast<int>(kDimensionCount - i - 1);
        int score = std::clamp(left - rest * kMinScore, kMinScore, kMaxScore);
        card.set(i, score);
        left -= score;
    }
    REQUIRE(card.total() == total);
    return card;
}

} // namespace

TEST_CASE("rubric rules: the shipped rubric has core's dimensions, scale and total") {
    const Rubric& rubric = shipped_content().rubric;
    REQUIRE(rubric.dimensions.size() == kDimensionCount);
    REQUIRE(rubric.max_total() == kMaxTotal);
    REQUIRE(kMaxTotal == kMaxScore * static_cast<int>(rubric.dimensions.size()));
    REQUIRE(kMinTotal == kMinScore * static_cast<int>(rubric.dimensions.size()));
    REQUIRE(totalling(kMaxTotal).complete());
    REQUIRE(totalling(kMinTotal).complete());
}

TEST_CASE("rubric rules: the bands cover every total, and readiness starts where the top band does") {
    const Rubric& rubric = shipped_content().rubric;
    for (int total = kMinTotal; total <= kMaxTotal; ++total) {
        INFO("total " << total);
        REQUIRE(rubric.band_for(total) != nullptr);
    }
    const Band* top = rubric.band_for(kMaxTotal);
    REQUIRE(top->min == kReadyTotal);
    REQUIRE(rubric.band_for(kReadyTotal) == top);
    REQUIRE(rubric.band_for(kReadyTotal - 1) != top);
}

TEST_CASE("rubric rules: readiness needs kReadyMocks mocks in a row at kReadyTotal, not one fewer point") {
    auto history = [](int last) {
        std::vector<ScoredMock> mocks;
        for (std::size_t i = 0; i < kReadyMocks; ++i) {
            ScoredMock m;
            m.session = static_cast<std::int64_t>(i + 1);
            m.date = *parse_date("2026-11-0" + std::to_string(i + 2));
            m.started_at = to_string(m.date);
            m.self = totalling(i + 1 == kReadyMocks ? last : kReadyTotal);
            mocks.push_back(m);
        }
        TrendOptions options;
        options.until = *parse_date("2026-11-30");
        return compute_trends(mocks, options);
    };
    REQUIRE(history(kReadyTotal).ready);
    REQUIRE(history(kReadyTotal).last_totals.size() == kReadyMocks);
    REQUIRE_FALSE(history(kReadyTotal - 1).ready);
}

TEST_CASE("rubric rules: a week's lowest total starts from the highest possible") {
    ScoredMock m;
    m.session = 1;
    m.date = *parse_date("2026-11-25");
    m.self = totalling(kMaxTotal);
    TrendOptions options;
    options.until = m.date;
    Trends t = compute_trends({m}, options);
    REQUIRE(t.weeks.size() == 1);
    REQUIRE(t.weeks[0].min_total == kMaxTotal);
    REQUIRE(t.weeks[0].max_total == kMaxTotal);
}

TEST_CASE("rubric rules: scores outside kMinScore..kMaxScore are refused, naming the range") {
    Scorecard card;
    std::string range = "from " + std::to_string(kMinScore) + " to " + std::to_string(kMaxScore);
    for (int bad : {kMinScore - 1, kMaxScore + 1}) {
        INFO("score " << bad);
        REQUIRE_THROWS_WITH(card.set(0, bad), Catch::Contains(range));
        REQUIRE_THROWS_WITH(parse_score_assignment("api=" + std::to_string(bad)), Catch::Contains(range));
    }
    card.set(0, kMinScore);
    card.set(1, kMaxScore);
    REQUIRE(card.total() == kMinScore + kMaxScore);
}
