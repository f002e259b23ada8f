#pragma once
/// Calendar dates without time zones: parsing, day arithmetic and ISO 8601 weeks. Pure.
#include <optional>
#include <string>
#include <string_view>

namespace sdmock {

struct Date {
    int year = 1970;
    int month = 1;                                 ///< 1-12
    int day = 1;                                   ///< 1-31
    auto operator<=>(const Date&) const = default; // NOLINT(modernize-use-nullptr): clang-tidy 14 misreads <=>
};

/// `2026-11-23`, or the date part of `2026-11-23T19:05...`; nullopt unless a real calendar date.
[[nodiscard]] std::optional<Date> parse_date(std::string_view text);
[[nodiscard]] std::string to_string(const Date& date);

/// Days since 1970-01-01 (negative before).
[[nodiscard]] long long days_from_civil(const Date& date);
[[nodiscard]] Date civil_from_days(long long days);
/// An ISO 8601 date-time with its offset from UTC (`2026-11-23T19:05:00+01:00`, or `Z`): the
/// instant in milliseconds since the epoch and the offset in seconds, as the history's start
/// columns hold them. nullopt for any other shape.
struct Instant {
    long long ms = 0;
    int offset_s = 0;
};
[[nodiscard]] std::optional<Instant> parse_instant(std::string_view text);
/// 1 = Monday ... 7 = Sunday.
[[nodiscard]] int iso_weekday(const Date& date);

struct IsoWeek {
    int year = 1970;
    int week = 1;
    auto operator<=>(const IsoWeek&) const = default; // NOLINT(modernize-use-nullptr): as above
};

/// The ISO 8601 week: weeks start on Monday; week 1 holds the year's first Thursday.
[[nodiscard]] IsoWeek iso_week(const Date& date);
/// `2026-W48`.
[[nodiscard]] std::string to_string(const IsoWeek& week);
/// The Monday of an ISO week.
[[nodiscard]] Date week_monday(const IsoWeek& week);

} // namespace sdmock
