#include "cli/review_deck.hpp"

#include "cli/system_clock.hpp"
#include "core/error.hpp"
#include "core/picker.hpp"

#include <ctime>

namespace sdmock::cli {

const ScheduledItem* Deck::find(std::string_view id) const {
    for (const auto& s : items)
        if (s.item.id == id) return &s;
    return nullptr;
}

Deck load_deck(const Content& content, const History& history) {
    std::vector<ReviewItem> items = bank_items(content);
    auto cards = card_items(content);
    items.insert(items.end(), cards.begin(), cards.end());
    for (const auto& record : history.list()) {
        if (record.info.status != Status::finished) continue;
        const Problem* problem = content.problem(record.info.problem);
        if (problem == nullptr) continue;
        auto misses = miss_items(record, *problem, content);
        items.insert(items.end(), misses.begin(), misses.end());
    }
    Deck deck;
    deck.reviews = history.reviews();
    deck.items = schedule(items, deck.reviews);
    return deck;
}

long long local_day(WallTime t) {
    std::time_t secs = std::chrono::system_clock::to_time_t(t);
    std::tm local{};
    localtime_r(&secs, &local);
    return days_from_civil({local.tm_year + 1900, local.tm_mon + 1, local.tm_mday});
}

WallTime end_of_local_day(WallTime t) {
    Date next = civil_from_days(local_day(t) + 1);
    std::tm local{};
    local.tm_year = next.year - 1900;
    local.tm_mon = next.month - 1;
    local.tm_mday = next.day;
    local.tm_isdst = -1;
    return std::chrono::system_clock::from_time_t(std::mktime(&local));
}

namespace {

bool digits(std::string_view text, std::size_t at, std::size_t count) {
    if (at + count > text.size()) return false;
    for (std::size_t i = at; i < at + count; ++i)
        if (text[i] < '0' || text[i] > '9') return false;
    return true;
}

int number(std::string_view text, std::size_t at, std::size_t count) {
    int n = 0;
    for (std::size_t i = at; i < at + count; ++i)
        n = n * 10 + (text[i] - '0');
    return n;
}

} // namespace

std::optional<WallTime> parse_datetime(std::string_view text) {
    auto date = parse_date(text);
    if (!date || text.size() < 10) return std::nullopt;
    int hour = 0;
    int minute = 0;
    int second = 0;
    std::size_t at = 10;
    if (text.size() > 10) {
        if ((text[10] != 'T' && text[10] != ' ') || !digits(text, 11, 2) || text.size() < 16 || text[13] != ':' ||
            !digits(text, 14, 2))
            return std::nullopt;
        hour = number(text, 11, 2);
        minute = number(text, 14, 2);
        at = 16;
        if (at < text.size() && text[at] == ':') {
            if (!digits(text, at + 1, 2)) return std::nullopt;
            second = number(text, at + 1, 2);
            at += 3;
        }
    }
    if (hour > 23 || minute > 59 || second > 59) return std::nullopt;
    std::string_view zone = text.substr(at);
    std::tm tm{};
    tm.tm_year = date->year - 1900;
    tm.tm_mon = date->month - 1;
    tm.tm_mday = date->day;
    tm.tm_hour = hour;
    tm.tm_min = minute;
    tm.tm_sec = second;
    if (zone.empty()) {
        tm.tm_isdst = -1;
        return std::chrono::system_clock::from_time_t(std::mktime(&tm));
    }
    int offset = 0;
    if (zone != "Z") {
        if (zone.size() != 6 || (zone[0] != '+' && zone[0] != '-') || !digits(zone, 1, 2) || zone[3] != ':' ||
            !digits(zone, 4, 2))
            return std::nullopt;
        offset = (number(zone, 1, 2) * 60 + number(zone, 4, 2)) * 60 * (zone[0] == '-' ? -1 : 1);
    }
    return std::chrono::system_clock::from_time_t(timegm(&tm) - offset);
}

WallTime time_option(const std::string& text, std::string_view option) {
    if (text.empty()) return SystemClock{}.wall_now();
    auto t = parse_datetime(text);
    if (!t)
        throw UsageError(std::string(option) + " \"" + text +
                         "\" should be a date and time such as 2026-12-01T09:00 (local), 2026-12-01T09:00Z or "
                         "2026-12-01T09:00+01:00");
    return *t;
}

std::vector<std::string> weakest_dimensions(const Context& context, const Content& content, const History& history) {
    if (content.problems.empty()) return {};
    WeakestChoice choice =
        choose_weakest(history.scored_mocks(), content.problems, {}, local_today(), context.config.week_start, 0);
    std::vector<std::string> out;
    for (const auto& weak : choice.weakest)
        out.emplace_back(kDimensionIds[weak.dimension]);
    return out;
}

} // namespace sdmock::cli
