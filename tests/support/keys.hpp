#pragma once
// Key presses and action checks for the tests of the screens' key handling.
#include "tui/keys.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <variant>

namespace sdmock::test {

/// A typed character (UTF-8).
inline tui::Key text_key(std::string text) {
    return {tui::Key::Kind::text, std::move(text)};
}
/// A named key: Enter, Esc, Tab, an arrow...
inline tui::Key named_key(tui::Key::Kind kind) {
    return {kind, {}};
}

/// The action as its alternative `T`; fails the test when it is another one.
template <class T, class... A> const T& as(const std::variant<A...>& action) {
    INFO("the action is alternative " << action.index() << " of its variant");
    REQUIRE(std::holds_alternative<T>(action));
    return std::get<T>(action);
}

/// Whether the action asks for nothing.
template <class... A> bool is_none(const std::variant<A...>& action) {
    return std::holds_alternative<tui::act::None>(action);
}

} // namespace sdmock::test
