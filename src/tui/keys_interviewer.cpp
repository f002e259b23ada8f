#include "tui/keys.hpp"
#include "tui/scroll_box.hpp"

#include <algorithm>

namespace sdmock::tui {
namespace {

using Typing = InterviewerKeys::Typing;

/// The dimension a new note is tagged to: the question asked's, else the phase's, else the first.
std::string note_dimension_of(const MockSession& mock) {
    if (mock.put()) return mock.put()->dimension;
    return mock.phase() != nullptr ? mock.phase()->dimension : std::string(kDimensionIds[0]);
}

Prompt hint_prompt(const InterviewerKeys& keys) {
    std::string text = keys.hints.empty() ? std::string() : keys.hints[keys.hint_choice % keys.hints.size()];
    std::string help =
        keys.hints.size() > 1 ? "Tab: next suggestion · Enter: give it · Esc: cancel" : "Enter: give it · Esc: cancel";
    return Prompt{"Hint", text, help};
}

/// A key while a note or a hint is typed.
InterviewerAction prompt_key(InterviewerKeys& keys, const Key& key) {
    InterviewerAction out = act::None{};
    if (keys.typing == Typing::note) {
        if (auto note = edit_note(keys.prompt, keys.note_dimension, key)) out = *note;
    } else if (key.kind == Key::Kind::escape) {
        keys.prompt.reset();
    } else if (key.kind == Key::Kind::tab) {
        if (!keys.hints.empty()) {
            keys.hint_choice = (keys.hint_choice + 1) % keys.hints.size();
            keys.prompt = hint_prompt(keys);
        }
    } else if (edit(*keys.prompt, key)) {
        if (!keys.prompt->text.empty()) out = act::Hint{keys.prompt->text};
        keys.prompt.reset();
    }
    if (!keys.prompt) keys.typing = Typing::none;
    return out;
}

/// A key in the curveball picker.
InterviewerAction picker_key(InterviewerKeys& keys, const Key& key, const MockSession& mock) {
    std::size_t count = mock.curveball_choices().size();
    if (key.kind == Key::Kind::up || key.is('k')) {
        keys.curveball = keys.curveball == 0 ? 0 : keys.curveball - 1;
    } else if (key.kind == Key::Kind::down || key.is('j')) {
        keys.curveball = std::min(keys.curveball + 1, count == 0 ? 0 : count - 1);
    } else if (key.kind == Key::Kind::enter || key.is('r')) {
        keys.overlay = Overlay::none;
        if (count == 0) return act::None{};
        return act::Curveball{key.is('r') ? 0 : std::min(keys.curveball, count - 1)};
    } else if (key.kind == Key::Kind::escape || key.is('q') || key.is('c')) {
        keys.overlay = Overlay::none;
    }
    return act::None{};
}

/// The keys that ask the engine for something, outside any prompt or overlay; `count`: the lines
/// of the phase's script.
std::optional<InterviewerAction> desk_key(InterviewerKeys& keys, const Key& key, const MockSession& mock,
                                          std::size_t count, SteadyTime now) {
    if (key.kind == Key::Kind::enter) {
        if (keys.selected < count) return act::PutLine{keys.selected};
        return act::None{};
    }
    if (key.is('1') || key.is('2') || key.is('3')) {
        if (keys.selected < count)
            return act::Mark{keys.selected,
                             key.is('1') ? Grade::well : (key.is('2') ? Grade::partly : Grade::not_answered)};
        keys.flash = "Nothing to grade in this phase.";
        return act::None{};
    }
    if (key.is('c')) {
        if (mock.curveball_choices().empty()) {
            keys.flash = "No curveball left that fits this problem.";
        } else {
            keys.overlay = Overlay::curveballs;
            keys.curveball = 0;
        }
        return act::None{};
    }
    if (key.is(' ')) return act::TogglePause{};
    if (key.is('n') && mock.timer().phase() + 1 < mock.timer().phase_count()) {
        if (mock.early_in_phase(now)) {
            keys.typing = Typing::next;
            keys.flash = "Less than half of this phase has run. Move on? y moves on, any other key stays.";
            return act::None{};
        }
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
    auto script = mock.script(); // built once per key
    std::size_t count = script.size();
    if (auto action = desk_key(keys, key, mock, count, now)) return *action;
    if (key.kind == Key::Kind::up || key.is('k')) {
        keys.selected = keys.selected == 0 ? 0 : keys.selected - 1;
    } else if (key.kind == Key::Kind::down || key.is('j')) {
        keys.selected = std::min(keys.selected + 1, count == 0 ? 0 : count - 1);
    } else if (key.is('h')) {
        keys.typing = Typing::hint;
        keys.hints = keys.selected < count ? script[keys.selected].hints : std::vector<std::string>{};
        keys.hint_choice = 0;
        keys.prompt = hint_prompt(keys);
    } else if (key.is('a')) {
        keys.typing = Typing::note;
        keys.note_dimension = note_dimension_of(mock);
        keys.prompt = note_prompt(keys.note_dimension);
    } else if (key.is(']')) {
        keys.key_scroll += 5;
    } else if (key.is('[')) {
        keys.key_scroll -= 5;
    } else if (key.is('o')) {
        if (keys.selected < count) keys.overlay = Overlay::line;
    } else if (key.is('?')) {
        keys.overlay = Overlay::help;
    } else if (key.is('p')) {
        keys.overlay = Overlay::full_text;
    } else if (key.is('q')) {
        keys.overlay = Overlay::confirm_quit;
    }
    return act::None{};
}

} // namespace

void sync_phase(InterviewerKeys& keys, const MockSession& mock) {
    if (keys.phase == mock.timer().phase()) return;
    keys.phase = mock.timer().phase();
    keys.selected = 0;
    keys.key_scroll = 0;
}

InterviewerAction update_interviewer(InterviewerKeys& keys, const Key& key, const MockSession& mock, SteadyTime now) {
    sync_phase(keys, mock);
    if (keys.overlay == Overlay::curveballs) return picker_key(keys, key, mock);
    if (keys.overlay != Overlay::none) { // the arrows scroll a box, any other key closes it; `y` answers "leave?"
        if (keys.overlay != Overlay::confirm_quit && scroll_key(keys.scroll, key)) return act::None{};
        keys.scroll = PagerKeys{};
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
        return act::NextPhase{};
    }
    keys.flash.clear();
    if (keys.prompt) return prompt_key(keys, key);
    return command(keys, key, mock, now);
}

} // namespace sdmock::tui
