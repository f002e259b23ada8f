#include "core/dates.hpp"

#include <charconv>
#include <cstdio>

namespace sdmock {
namespace {

bool leap(int y) {
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int month_days(int y, int m) {
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && leap(y) ? 29 : kDays[m - 1];
}

bool number(std::string_view text, int& out) {
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
    return ec == std::errc() && end == text.data() + text.size();
}

} // namespace

std::optional<Date> parse_date(std::string_view text) {
    if (text.size() < 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
    if (text.size() > 10 && text[10] != 'T' && text[10] != ' ') return std::nullopt;
    Date d;
    if (!number(text.substr(0, 4), d.year) || !number(text.substr(5, 2), d.month) || !number(text.substr(8, 2), d.day))
        return std::nullopt;
    if (d.month < 1 || d.month > 12 || d.day < 1 || d.day > month_days(d.year, d.month)) return std::nullopt;
    return d;
}

std::string to_string(const Date& date) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", date.year, date.month, date.day);
    return buf;
}

// Howard Hinnant's days_from_civil / civil_from_days.
long long days_from_civil(const Date& date) {
    long long y = date.year - (date.month <= 2 ? 1 : 0);
    long long era = (y >= 0 ? y : y - 399) / 400;
    long long yoe = y - era * 400;
    long long mp = (date.month + 9) % 12;
    long long doy = (153 * mp + 2) / 5 + date.day - 1;
    long long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

Date civil_from_days(long long days) {
    days += 719468;
    long long era = (days >= 0 ? days : days - 146096) / 146097;
    long long doe = days - era * 146097;
    long long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long long mp = (5 * doy + 2) / 153;
    int day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    int year = static_cast<int>(yoe + era * 400 + (month <= 2 ? 1 : 0));
    return {year, month, day};
}

int iso_weekday(const Date& date) {
    long long d = days_from_civil(date); // 1970-01-01 was a Thursday (4)
    long long w = (d % 7 + 7 + 3) % 7;   // 0 = Monday
    return static_cast<int>(w) + 1;
}

IsoWeek iso_week(const Date& date) {
    long long days = days_from_civil(date);
    long long thursday = days - iso_weekday(date) + 4; // the Thursday of this week decides the year
    Date t = civil_from_days(thursday);
    long long jan1 = days_from_civil({t.year, 1, 1});
    return {t.year, static_cast<int>((thursday - jan1) / 7 + 1)};
}

std::string to_string(const IsoWeek& week) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-W%02d", week.year, week.week);
    return buf;
}

Date week_monday(const IsoWeek& week) {
    Date jan4{week.year, 1, 4}; // always in week 1
    long long monday1 = days_from_civil(jan4) - iso_weekday(jan4) + 1;
    return civil_from_days(monday1 + 7LL * (week.week - 1));
}

std::optional<Instant> parse_instant(std::string_view text) {
    // 2026-11-23T19:05:00+01:00 (25 characters) or 2026-11-23T19:05:00Z (20)
    static constexpr std::string_view kPattern = "0000-00-00T00:00:00";
    if (text.size() != 25 && text.size() != 20) return std::nullopt;
    auto digits = [&](std::size_t at, std::size_t n) {
        int v = 0;
        for (std::size_t i = at; i < at + n; ++i)
            v = v * 10 + (text[i] - '0');
        return v;
    };
    for (std::size_t i = 0; i < kPattern.size(); ++i) {
        const bool digit = text[i] >= '0' && text[i] <= '9';
        if (kPattern[i] == '0' ? !digit : text[i] != kPattern[i]) return std::nullopt;
    }
    auto date = parse_date(text.substr(0, 10));
    const int hour = digits(11, 2), minute = digits(14, 2), second = digits(17, 2);
    if (!date || hour > 23 || minute > 59 || second > 59) return std::nullopt;
    int offset = 0;
    if (text.size() == 20) {
        if (text[19] != 'Z') return std::nullopt;
    } else {
        const char sign = text[19];
        bool shape = (sign == '+' || sign == '-') && text[22] == ':';
        for (std::size_t i : {20U, 21U, 23U, 24U})
            shape = shape && text[i] >= '0' && text[i] <= '9';
        if (!shape) return std::nullopt;
        offset = (digits(20, 2) * 3600 + digits(23, 2) * 60) * (sign == '-' ? -1 : 1);
    }
    long long seconds = days_from_civil(*date) * 86400LL + hour * 3600LL + minute * 60LL + second - offset;
    return Instant{seconds * 1000, offset};
}

} // namespace sdmock
