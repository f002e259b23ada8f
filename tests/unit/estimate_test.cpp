#include "core/estimate.hpp"
#include "core/estimate_drill.hpp"
#include "core/estimate_trends.hpp"
#include "support/shipped_content.hpp"

#include <catch2/catch.hpp>

#include <cmath>
#include <set>

using namespace sdmock;

namespace {

AnswerKey key_of(std::initializer_list<Estimate> estimates) {
    AnswerKey key;
    key.estimates = estimates;
    return key;
}

const AnswerKey kKey = key_of({{"write QPS", 40, "/s", "100M / 2.592M s"},
                               {"read QPS", 4000, "/s", "40 x 100"},
                               {"storage per year", 1.8, "TB", "1.2B x 500 B x 3"},
                               {"redirect cache size", 35, "GB", "0.2 x 345.6M x 500 B"}});

EstimateRecord record(std::string kind, double ratio, std::string at = "2026-11-25T10:00:00+01:00") {
    EstimateRecord r;
    r.kind = std::move(kind);
    r.name = r.kind;
    r.value = ratio * 1000;
    r.reference = 1000;
    r.recorded_at = std::move(at);
    return r;
}

} // namespace

TEST_CASE("Verdict: within 2x on target, within 10x right order, else off, both ways") {
    CHECK(verdict_for(1) == Verdict::on_target);
    CHECK(verdict_for(2) == Verdict::on_target);
    CHECK(verdict_for(0.5) == Verdict::on_target);
    CHECK(verdict_for(2.01) == Verdict::right_order);
    CHECK(verdict_for(0.49) == Verdict::right_order);
    CHECK(verdict_for(10) == Verdict::right_order);
    CHECK(verdict_for(0.1) == Verdict::right_order);
    CHECK(verdict_for(10.5) == Verdict::off);
    CHECK(verdict_for(0.09) == Verdict::off);
    CHECK(verdict_for(0) == Verdict::off);
    CHECK(to_string(Verdict::right_order) == "right order");
    CHECK(ratio_text(0.125) == "8.0x low");
    CHECK(ratio_text(25) == "25x high");
}

TEST_CASE("grade_assignment: the name finds its reference in any case or by a part of it") {
    auto g = grade_assignment(kKey, "Write qps=38/s");
    REQUIRE(g.record);
    CHECK(g.record->name == "write QPS");
    CHECK(g.record->ratio() == Approx(0.95));
    CHECK(g.record->verdict() == Verdict::on_target);
    CHECK(g.record->kind == "qps");
    auto cache = grade_assignment(kKey, "cache=350 GB");
    REQUIRE(cache.record);
    CHECK(cache.record->kind == "cache");
    CHECK(cache.record->verdict() == Verdict::right_order);
    auto storage = grade_assignment(kKey, "storage per year = 18 GB");
    REQUIRE(storage.record);
    CHECK(storage.record->kind == "storage");
    CHECK(storage.record->ratio() == Approx(0.01));
    CHECK(storage.record->verdict() == Verdict::off);
}

TEST_CASE("grade_assignment: a bare number is per second for a QPS, a size needs its unit") {
    auto g = grade_assignment(kKey, "write QPS=38");
    REQUIRE(g.record);
    CHECK(g.record->value == Approx(38));
    auto s = grade_assignment(kKey, "storage per year=2");
    CHECK_FALSE(s.record);
    CHECK(s.error.find("storage per year is a size in bytes: give \"2\" a unit") != std::string::npos);
}

TEST_CASE("grade_assignment: errors name the quantity and the choices") {
    auto qps = grade_assignment(kKey, "QPS=40/s"); // fits both QPS references
    CHECK_FALSE(qps.record);
    CHECK(qps.error.find("write QPS, read QPS") != std::string::npos);
    auto unit = grade_assignment(kKey, "write QPS=38 GB");
    CHECK_FALSE(unit.record);
    CHECK(unit.error.find("write QPS") != std::string::npos);
    CHECK(unit.error.find("\"GB\"") != std::string::npos);
    auto shape = grade_assignment(kKey, "38/s");
    CHECK(shape.error.find("NAME=VALUE") != std::string::npos);
}

TEST_CASE("latest_per_name: a later estimate of the same name corrects the earlier one in place") {
    auto a = *grade_assignment(kKey, "write QPS=38/s").record;
    auto b = *grade_assignment(kKey, "read QPS=4k/s").record;
    auto c = *grade_assignment(kKey, "write QPS=400/s").record;
    auto latest = latest_per_name({a, b, c});
    REQUIRE(latest.size() == 2);
    CHECK(latest[0].name == "write QPS");
    CHECK(latest[0].value == Approx(400));
}

TEST_CASE("Every reference estimate of the shipped problems reads into a quantity") {
    int count = 0;
    for (const auto& p : test::shipped_content().problems)
        for (const auto& e : p.key.estimates) {
            INFO(p.id << ": " << e.name << " in " << e.unit);
            CHECK(reference_quantity(e.value, e.unit).quantity);
            auto g = grade_estimate(e, format_quantity(reference_quantity(e.value, e.unit).quantity->value,
                                                       reference_quantity(e.value, e.unit).quantity->kind));
            CHECK(g.error.empty());
            ++count;
        }
    CHECK(count >= 100);
}

TEST_CASE("estimate_exercises: the same seed gives the same exercises, another seed others") {
    std::vector<ProblemScale> scales;
    for (const auto& p : test::shipped_content().problems)
        scales.push_back(scale_of(p));
    auto a = estimate_exercises(scales, 7, 20);
    auto b = estimate_exercises(scales, 7, 20);
    auto c = estimate_exercises(scales, 8, 20);
    REQUIRE(a.size() == 20);
    bool differs = false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        CHECK(a[i].question == b[i].question);
        CHECK(a[i].answer == b[i].answer);
        differs = differs || a[i].question != c[i].question;
    }
    CHECK(differs);
}

TEST_CASE("estimate_exercises: each answer follows from its givens by the framework's formulas") {
    auto scale = scale_of(test::shipped_problem("url-shortener"));
    CHECK(scale.object_bytes == Approx(500)); // "about 500 B per stored link"
    CHECK(scale.qps >= 40);
    auto exercises = estimate_exercises({scale}, 42, 50);
    std::set<std::string> kinds;
    for (const auto& e : exercises) {
        INFO(e.question);
        kinds.insert(e.kind);
        auto g = [&](const char* name) { return given_value(e, name); };
        double expected = 0;
        if (e.kind == "qps") expected = g("dau") * g("requests_per_user_per_day") / 86400;
        if (e.kind == "peak_qps") expected = g("dau") * g("requests_per_user_per_day") / 86400 * g("peak_factor");
        if (e.kind == "storage")
            expected = g("object_bytes") * g("objects_per_day") * g("retention_days") * g("replicas");
        if (e.kind == "bandwidth") expected = g("qps") * g("payload_bytes");
        if (e.kind == "cache") expected = 0.2 * g("reads_per_day") * g("object_bytes");
        CHECK(expected > 0);
        CHECK(e.answer == Approx(expected));
        CHECK(e.problem == "url-shortener");
        CHECK(e.question.find(scale.title) == 0);
    }
    CHECK(kinds.size() == kDrillKinds.size());
}

TEST_CASE("estimation_trends: share on target per week, median ratio per kind, a steady bias named") {
    TrendOptions options;
    options.until = *parse_date("2026-11-30");
    options.weeks = 8;
    std::vector<EstimateRecord> records{record("storage", 0.125),
                                        record("storage", 0.1),
                                        record("storage", 0.2, "2026-11-30T09:00:00+01:00"),
                                        record("qps", 1.0),
                                        record("qps", 3.0),
                                        record("qps", 0.01, "2025-01-01T09:00:00+01:00")}; // before the window
    auto t = estimation_trends(records, options);
    CHECK(t.estimates == 5);
    CHECK(t.on_target == 1);
    REQUIRE(t.weeks.size() == 2);
    CHECK(to_string(t.weeks[0].week) == "2026-W48");
    CHECK(t.weeks[0].estimates == 4);
    REQUIRE(t.kinds.size() == 2);
    CHECK(t.kinds[0].kind == "qps"); // the drill kinds' order
    CHECK(t.kinds[0].bias.empty());  // two estimates: too few to call
    CHECK(t.kinds[1].kind == "storage");
    CHECK(t.kinds[1].median_ratio == Approx(0.125));
    CHECK(t.kinds[1].bias == "your storage estimates run 8x low");
}

TEST_CASE("estimation_trends: practice runs count only when asked, and mixed misses are no bias") {
    TrendOptions options;
    options.until = *parse_date("2026-11-30");
    auto practice = record("cache", 5);
    practice.practice = true;
    std::vector<EstimateRecord> records{record("cache", 5), record("cache", 0.2), record("cache", 6), practice};
    auto t = estimation_trends(records, options);
    CHECK(t.estimates == 3);
    REQUIRE(t.kinds.size() == 1);
    CHECK(t.kinds[0].median_ratio == Approx(5));
    CHECK(t.kinds[0].bias.empty()); // 2 of 3 high: not steady
    options.include_practice = true;
    auto all = estimation_trends(records, options);
    CHECK(all.estimates == 4); // 3 of 4 high, median 5x (the middle pair 5 and 5)
    CHECK(all.kinds[0].bias == "your cache estimates run 5x high");
}

TEST_CASE("estimation_trends: a mock's corrected estimate counts once, as corrected") {
    TrendOptions options;
    options.until = *parse_date("2026-11-30");
    auto first = record("qps", 20);
    first.session = 4;
    auto fixed = record("qps", 1);
    fixed.session = 4;
    auto t = estimation_trends({first, fixed}, options);
    CHECK(t.estimates == 1);
    CHECK(t.on_target == 1);
}
