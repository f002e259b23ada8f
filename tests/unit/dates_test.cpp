#include "core/dates.hpp"

#include <catch2/catch.hpp>

using namespace sdmock;

TEST_CASE("dates: parse accepts calendar dates and date-times, refuses the rest") {
    REQUIRE(parse_date("2026-11-23") == Date{2026, 11, 23});
    REQUIRE(parse_date("2026-11-23T19:05") == Date{2026, 11, 23});
    REQUIRE(parse_date("2024-02-29") == Date{2024, 2, 29});
    REQUIRE_FALSE(parse_date("2026-02-29"));
    REQUIRE_FALSE(parse_date("2026-13-01"));
    REQUIRE_FALSE(parse_date("2026-11-31"));
    REQUIRE_FALSE(parse_date("23/11/2026"));
    REQUIRE_FALSE(parse_date("2026-11-2"));
    REQUIRE_FALSE(parse_date("2026-11-23x"));
}

TEST_CASE("dates: days round-trip through the civil calendar") {
    REQUIRE(days_from_civil({1970, 1, 1}) == 0);
    REQUIRE(days_from_civil({1970, 1, 2}) == 1);
    REQUIRE(days_from_civil({1969, 12, 31}) == -1);
    for (long long d = -800; d < 30000; d += 37)
        REQUIRE(days_from_civil(civil_from_days(d)) == d);
}

TEST_CASE("dates: weekdays, Monday first") {
    REQUIRE(iso_weekday({1970, 1, 1}) == 4);   // a Thursday
    REQUIRE(iso_weekday({2026, 11, 23}) == 1); // a Monday
    REQUIRE(iso_weekday({2026, 11, 29}) == 7);
}

TEST_CASE("dates: ISO weeks across year boundaries") {
    REQUIRE(iso_week({2026, 11, 23}) == IsoWeek{2026, 48});
    REQUIRE(to_string(iso_week({2026, 11, 23})) == "2026-W48");
    // 2026 has 53 weeks: 2027-01-01 (a Friday) is in 2026-W53; 2027-01-04 starts 2027-W01.
    REQUIRE(iso_week({2026, 12, 31}) == IsoWeek{2026, 53});
    REQUIRE(iso_week({2027, 1, 1}) == IsoWeek{2026, 53});
    REQUIRE(iso_week({2027, 1, 3}) == IsoWeek{2026, 53});
    REQUIRE(iso_week({2027, 1, 4}) == IsoWeek{2027, 1});
    REQUIRE(iso_week({2027, 12, 31}) == IsoWeek{2027, 52});
    // A Monday 2024-12-30 belongs to 2025-W01.
    REQUIRE(iso_week({2024, 12, 30}) == IsoWeek{2025, 1});
    REQUIRE(week_monday({2026, 53}) == Date{2026, 12, 28});
    REQUIRE(week_monday({2025, 1}) == Date{2024, 12, 30});
}
