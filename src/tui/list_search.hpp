#pragma once
// Internal: `/` to search a list, as pure functions (no curses): the rows whose label or detail
// hold the text typed, without regard to case.
#include "tui/key.hpp"
#include "tui/menu.hpp"

#include <cstddef>
#include <string>
#include <vector>

namespace sdmock::tui {

struct ListSearch {
    std::string text;    ///< what the rows are filtered by; empty: every row
    bool typing = false; ///< the search line has the keys
};

/// One key for the search: `/` opens it; while it is typed, text and Backspace edit it, Enter
/// keeps the filter and gives the keys back to the list, Esc clears it. With the search closed and
/// a filter kept, Esc clears the filter. True when the key was the search's.
bool update_search(ListSearch& search, const Key& key);

/// The indices of the rows of `items` that `text` matches (every row for an empty text).
std::vector<std::size_t> matching(const std::vector<MenuItem>& items, const std::string& text);

} // namespace sdmock::tui
