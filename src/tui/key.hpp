#pragma once
/// A key press as the screens see it, apart from the terminal that read it: the key handling
/// functions and their tests need no curses.
#include <string>

namespace sdmock::tui {

/// A key press: a character (UTF-8) or one of the named keys.
struct Key {
    enum class Kind {
        none,
        text,
        enter,
        escape,
        backspace,
        tab,
        up,
        down,
        left,
        right,
        page_up,
        page_down,
        home,
        end,
        resize
    };
    Kind kind = Kind::none;
    std::string text; ///< for Kind::text
    [[nodiscard]] bool is(char c) const { return kind == Kind::text && text.size() == 1 && text[0] == c; }
};

} // namespace sdmock::tui
