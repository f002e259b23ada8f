#include "tui/keys.hpp"

namespace sdmock::tui {
namespace {

void pop_utf8(std::string& text) {
    while (!text.empty()) {
        auto c = static_cast<unsigned char>(text.back());
        text.pop_back();
        if ((c & 0xC0U) != 0x80U) break;
    }
}

} // namespace

bool edit(Prompt& prompt, const Key& key) {
    if (key.kind == Key::Kind::text)
        prompt.text += key.text;
    else if (key.kind == Key::Kind::backspace)
        pop_utf8(prompt.text);
    return key.kind == Key::Kind::enter;
}

std::string next_dimension(const std::string& current) {
    auto index = dimension_index(current).value_or(kDimensionCount - 1);
    return std::string(kDimensionIds[(index + 1) % kDimensionCount]);
}

Prompt note_prompt(const std::string& dimension) {
    return Prompt{"Note [" + dimension + "]", "", "Tab: change the dimension · Enter: save · Esc: cancel"};
}

std::optional<act::AddNote> edit_note(std::optional<Prompt>& prompt, std::string& dimension, const Key& key) {
    if (!prompt) return std::nullopt;
    if (key.kind == Key::Kind::escape) {
        prompt.reset();
    } else if (key.kind == Key::Kind::tab) {
        dimension = next_dimension(dimension);
        prompt->label = note_prompt(dimension).label;
    } else if (edit(*prompt, key)) {
        act::AddNote note{dimension, prompt->text};
        prompt.reset();
        return note;
    }
    return std::nullopt;
}

} // namespace sdmock::tui
