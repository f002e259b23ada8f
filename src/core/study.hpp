#pragma once
/// The study pointers in words: the guide's Parts by number and title, the study cards by the id
/// that opens them, and the cards looked up the way a user names them.
#include "core/content.hpp"

#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace sdmock {

/// "Part 6 (Caching)"; a number the guide has no title for is plain "Part 6".
[[nodiscard]] std::string part_name(int number, const Content& content);

/// "Part 6 (Caching), Part 7 (CDN Deep Dive)". With `titled`, a Part already in it is named by
/// number alone (its title was given earlier in the same text), and the others are added to it.
[[nodiscard]] std::string parts_text(const std::vector<int>& parts, const Content& content,
                                     std::set<int>* titled = nullptr);

/// "cache-aside, cdn": the ids that open the cards (`sdmock cards show ID`), short enough for the
/// summary screen beside the Part titles; ids with no card are left out.
[[nodiscard]] std::string cards_text(const std::vector<std::string>& ids, const Content& content);

/// What to study for a dimension: its Parts (see parts_text) and its cards (see cards_text),
/// "Part 6 (Caching), Part 7 (CDN Deep Dive); cards: cache-aside, cdn".
[[nodiscard]] std::string study_pointers(const Dimension& dimension, const Content& content,
                                         std::set<int>* titled = nullptr);

/// The line that says how to open a card, with `example` as the id to type.
[[nodiscard]] std::string open_card_hint(std::string_view example);

/// The card with this id, else the one with this title (letter case aside), else nullptr.
[[nodiscard]] const Card* find_card(const Content& content, std::string_view id_or_title);

/// The cards grouped by the dimension each serves first, in rubric order, by id within a group.
[[nodiscard]] std::vector<const Card*> cards_by_dimension(const Content& content);

} // namespace sdmock
