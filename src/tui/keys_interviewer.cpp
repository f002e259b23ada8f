#include "tui/keys.hpp"

#include <algorithm>

namespace sdmock::tui {
namespace {

using Typing = InterviewerKeys::Typing;

/// The dimension a new note is tagged to: the question asked's, else the phase's, else the first.
std::string note_dimension_of(const MockSession& mock) {
    if (mock.put()) return mock.put()->dimension;
    return mock.phase() != nullptr ? mock.phase()->dimension : std::string(kDimensionIds[0]);
}

/// A key while a note or a hint is typed.
InterviewerAction prompt_key(InterviewerKeys& keys, const Key& key) {
    InterviewerAction out = act::None{};
    if (keys.typing == Typing::note) {
        if (auto note = edit_note(keys.prompt, keys.note_dimension, key)) out = *note;
    } else if (key.kind == Key::Kind::escape) {
        keys.prompt.reset();
    } else if (edit(*keys.prompt, key)) {
        out = act::Hint{keys.prompt->text};
        keys.prompt.reset();
    }
    if (!keys.prompt) keys.typing = Typing::none;
    return out;
}

/// The keys that ask the engine for something, outside any prompt or overlay.
std::optional<InterviewerAction> desk_key(InterviewerKeys& keys, const Key& key, const MockSession& mock,
                                          SteadyTime now) {
    if (key.kind == Key::Kind::enter) {
        if (keys.selected < mock.question_list().size()) return act::PutQuestion{keys.selected};
        return act::None{};
    }
    if (key.is('1') || key.is('2') || key.is('3')) {
        if (mock.put())
            return act::Mark{key.is('1') ? Grade::well : (key.is('2') ? Grade::partly : Grade::not_answered)};
        keys.flash = "Ask a question first (Enter), then mark it.";
        return act::None{};
    }
    if (key.is('c')) {
        if (mock.curveballs_left() > 0) return act::Curveball{};
        keys.flash = "No curveballs left.";
        return act::None{};
    }
    if (key.is(' ')) return act::TogglePause{};
    if (key.is('n') && mock.timer().phase() + 1 < mock.timer().phase_count()) {
        if (mock.early_in_phase(now)) {
            keys.typing = Typing::next;
            keys.flash = "Less than half of this phase has run. Move on? y moves on, any other key stays.";
            return act::None{};
        }
        keys.selected = 0;
        return act::NextPhase{};
    }
    if (key.is('e') || key.is('n')) { // on the last phase, n ends the mock: ask first
        keys.typing = Typing::end;
        keys.flash = "End the mock now and go to scoring? y ends it, any other key goes on.";
        return act::None{};
    }
    return std::nullopt;
}

/// A key with nothing open.
InterviewerAction command(InterviewerKeys& keys, const Key& key, const MockSession& mock, SteadyTime now) {
    if (auto action = desk_key(keys, key, mock, now)) return *action;
    std::size_t count = mock.question_list().size();
    if (key.kind == Key::Kind::up || key.is('k'))
        keys.selected = keys.selected == 0 ? 0 : keys.selected - 1;
    else if (key.kind == Key::Kind::down || key.is('j'))
        keys.selected = std::min(keys.selected + 1, count == 0 ? 0 : count - 1);
    else if (key.is('h')) {
        keys.typing = Typing::hint;
        keys.prompt = Prompt{"Hint", "", "Enter: give it · Esc: cancel"};
    } else if (key.is('a')) {
        keys.typing = Typing::note;
        keys.note_dimension = note_dimension_of(mock);
        keys.prompt = note_prompt(keys.note_dimension);
    } else if (key.is(']'))
        keys.key_offset += 5;
    else if (key.is('['))
        keys.key_offset = keys.key_offset > 5 ? keys.key_offset - 5 : 0;
    else if (key.is('?'))
        keys.overlay = Overlay::help;
    else if (key.is('p'))
        keys.overlay = Overlay::full_text;
    else if (key.is('q'))
        keys.overlay = Overlay::confirm_quit;
    return act::None{};
}

} // namespace

InterviewerAction update_interviewer(InterviewerKeys& keys, const Key& key, const MockSession& mock, SteadyTime now) {
    if (keys.overlay != Overlay::none) { // any key closes it; `y` answers "leave?"
        bool leave = keys.overlay == Overlay::confirm_quit && (key.is('y') || key.is('Y'));
        keys.overlay = Overlay::none;
        if (leave) return act::Leave{};
        return act::None{};
    }
    if (keys.typing == Typing::end || keys.typing == Typing::next) {
        if (key.is('n')) return act::None{}; // the key that asked leaves the question open
        bool yes = key.is('y') || key.is('Y');
        Typing asked = keys.typing;
        keys.typing = Typing::none;
        keys.flash.clear();
        if (!yes) return act::None{};
        if (asked == Typing::end) return act::EndMock{};
        keys.selected = 0;
        return act::NextPhase{};
    }
    keys.flash.clear();
    if (keys.prompt) return prompt_key(keys, key);
    return command(keys, key, mock, now);
}

} // namespace sdmock::tui
