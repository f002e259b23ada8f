#pragma once
// Internal: generic list and pager layouts shared by the home, problem and history screens.
#include "tui/frame.hpp"

#include <string>
#include <vector>

namespace sdmock::tui {

struct MenuItem {
    std::string label;
    std::string detail;
};

/// A title, a list with one selected row (scrolled to stay visible), a help line at the bottom.
Frame layout_menu(const std::string& title, const std::vector<std::string>& intro, const std::vector<MenuItem>& items,
                  std::size_t selected, const std::string& keys, int width, int height);

/// A line of text as styled spans: the colours of a report rendered for a terminal (green
/// `ESC[32m`, red `ESC[31m`, up to `ESC[0m`) become Style::good and Style::bad; any other escape
/// sequence is left out.
Line styled_line(const std::string& text);

/// Styled lines from `offset`, with a position indicator.
Frame layout_pager_lines(const std::string& title, const std::vector<Line>& lines, std::size_t offset,
                         const std::string& keys, int width, int height);

/// Lines of text from `offset`, with a position indicator.
Frame layout_pager(const std::string& title, const std::vector<std::string>& lines, std::size_t offset,
                   const std::string& keys, int width, int height);

} // namespace sdmock::tui
