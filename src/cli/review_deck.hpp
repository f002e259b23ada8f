#pragma once
/// The review items of spaced review as the commands see them: the bank, the cards and the misses
/// of every finished mock, scheduled by the reviews in the history; and the times they are read at.
#include "cli/context.hpp"
#include "core/content.hpp"
#include "core/review_items.hpp"
#include "store/history.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sdmock::cli {

struct Deck {
    std::vector<ScheduledItem> items; ///< bank pairs, then cards, then misses (oldest mock first)
    std::vector<RecordedReview> reviews;

    [[nodiscard]] const ScheduledItem* find(std::string_view id) const;
};

[[nodiscard]] Deck load_deck(const Content& content, const History& history);

/// The local calendar day of `t`, as days since 1970-01-01.
[[nodiscard]] long long local_day(WallTime t);
/// The first moment of the local day after the one `t` falls on: items due before it are due today.
[[nodiscard]] WallTime end_of_local_day(WallTime t);
/// `2026-12-01T09:00`, with optional seconds, and a `Z` or `+01:00` offset (none: local time); or a
/// plain date (its midnight, local). Nullopt for anything else.
[[nodiscard]] std::optional<WallTime> parse_datetime(std::string_view text);
/// `--at`: the time given, or now; a UsageError names the expected shape.
[[nodiscard]] WallTime time_option(const std::string& text, std::string_view option);

/// The rubric's weakest dimensions lately (ids, weakest first), as `start --weakest` finds them;
/// empty with no scored mock.
[[nodiscard]] std::vector<std::string> weakest_dimensions(const Context& context, const Content& content,
                                                          const History& history);

} // namespace sdmock::cli
