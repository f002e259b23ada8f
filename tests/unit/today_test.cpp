// plan_today: the reviews due, the mock (weakest dimensions, else the guide's rotation) and the
// estimation drill, from plain values.
#include "core/today.hpp"

#include "support/shipped_content.hpp"

#include <catch2/catch.hpp>

using namespace sdmock;
using sdmock::test::shipped_content;

namespace {

const Date kToday{2026, 12, 2};

WallTime end_of(const Date& d) {
    return WallTime{std::chrono::seconds((days_from_civil(d) + 1) * 86400)};
}

ScoredMock scored(std::int64_t id, const Date& date, const std::string& problem, int estimation) {
    ScoredMock m;
    m.session = id;
    m.date = date;
    m.started_at = to_string(date) + "T19:00:00+00:00";
    m.problem = problem;
    m.plan = "standard-45";
    Scorecard c;
    for (std::size_t i = 0; i < kDimensionCount; ++i)
        c.set(i, 4);
    c.set(*dimension_index("estimation"), estimation);
    m.self = c;
    return m;
}

TodayInput input() {
    TodayInput in;
    in.content = &shipped_content();
    in.today = kToday;
    in.due_by = end_of(kToday);
    in.new_allowance = 10;
    return in;
}

} // namespace

TEST_CASE("Today: a fresh history starts the guide's rotation and offers new items") {
    TodayInput in = input();
    in.items = schedule(bank_items(*in.content), {});
    TodayPlan plan = plan_today(in);
    CHECK(plan.due == 0);
    CHECK(plan.new_items == 10);
    REQUIRE(plan.problem != nullptr);
    CHECK(plan.why == TodayPlan::Why::rotation);
    CHECK(plan.problem->id == in.content->rotation.front().problems.front());
    REQUIRE(plan.stage != nullptr);
    CHECK(plan.stage->part == 31);
    CHECK_FALSE(plan.estimation_drill);
}

TEST_CASE("Today: the rotation moves on to a problem not mocked yet") {
    TodayInput in = input();
    const auto& first = in.content->rotation.front().problems;
    in.practised = {{first[0], "2026-11-20T19:00:00+00:00"}, {first[1], "2026-11-25T19:00:00+00:00"}};
    TodayPlan plan = plan_today(in);
    CHECK(plan.problem->id == first[2]);
}

TEST_CASE("Today: low estimation scores aim the mock at it and suggest the estimation drill") {
    TodayInput in = input();
    in.mocks = {scored(1, {2026, 11, 24}, "uber", 2), scored(2, {2026, 11, 27}, "youtube", 2)};
    in.practised = {{"uber", in.mocks[0].started_at}, {"youtube", in.mocks[1].started_at}};
    TodayPlan plan = plan_today(in);
    CHECK(plan.why == TodayPlan::Why::weakest);
    REQUIRE_FALSE(plan.choice.weakest.empty());
    CHECK(kDimensionIds[plan.choice.weakest.front().dimension] == "estimation");
    CHECK(plan.problem->id != "uber");
    CHECK(plan.problem->id != "youtube");
    REQUIRE(plan.estimation_average);
    CHECK(*plan.estimation_average == Approx(2.0));
    CHECK(plan.estimation_drill);
}

TEST_CASE("Today: good estimation scores suggest no estimation drill") {
    TodayInput in = input();
    in.mocks = {scored(1, {2026, 11, 24}, "uber", 5)};
    TodayPlan plan = plan_today(in);
    CHECK_FALSE(plan.estimation_drill);
}

TEST_CASE("Today: due items and misses are counted, new items held to the allowance") {
    TodayInput in = input();
    std::vector<ReviewItem> items = bank_items(*in.content);
    items.push_back({"miss:1:1", ItemKind::miss, "data", "q", "", "", 0, 1});
    long long day = days_from_civil(kToday);
    std::vector<RecordedReview> reviews{
        {items[0].id,
         items[0].dimension,
         {WallTime{std::chrono::seconds((day - 1) * 86400)}, day - 1, fsrs::Grade::again}}};
    in.items = schedule(items, reviews);
    in.new_allowance = 3;
    TodayPlan plan = plan_today(in);
    CHECK(plan.due == 2); // the lapsed bank item (1 day) and the miss
    CHECK(plan.due_misses == 1);
    CHECK(plan.new_items == 3);
    CHECK(plan.reviewed_items == 1);
}
