#include "tui/keys.hpp"
#include "tui/scroll_box.hpp"

namespace sdmock::tui {
namespace {

/// A key while "leave?", "end the mock?" or "move on this early?" is asked: only `y` says yes;
/// `n`, the key that asked, leaves the question open (a key pressed twice never ends a mock).
SessionAction confirm(SessionKeys& keys, const Key& key) {
    if (key.is('n') && keys.overlay != Overlay::confirm_quit) return act::None{};
    bool yes = key.is('y') || key.is('Y');
    Overlay was = keys.overlay;
    keys.overlay = Overlay::none;
    if (!yes) return act::None{};
    if (was == Overlay::confirm_quit) return act::Leave{};
    if (was == Overlay::confirm_next) return act::NextPhase{};
    return act::EndMock{};
}

/// The dimension a new note is tagged to: the phase's, else the first.
std::string note_dimension_of(const MockSession& mock) {
    return mock.phase() != nullptr && !mock.phase()->dimension.empty() ? mock.phase()->dimension
                                                                       : std::string(kDimensionIds[0]);
}

/// A key with nothing open.
SessionAction command(SessionKeys& keys, const Key& key, const MockSession& mock, SteadyTime now) {
    bool last_phase = mock.timer().phase() + 1 >= mock.timer().phase_count();
    if (key.is(' ')) return act::TogglePause{};
    if (key.is('n')) {
        if (last_phase)
            keys.overlay = Overlay::confirm_end;
        else if (mock.early_in_phase(now))
            keys.overlay = Overlay::confirm_next;
        else
            return act::NextPhase{};
    } else if (key.is('x') || key.is('s')) {
        if (mock.current_cue(now) != nullptr) return act::AnswerCue{key.is('s')};
        keys.flash = "No question on screen.";
    } else if (key.is('a')) {
        keys.note_dimension = note_dimension_of(mock);
        keys.prompt = note_prompt(keys.note_dimension);
    } else if (key.is('?')) {
        keys.overlay = Overlay::help;
    } else if (key.is('p')) {
        keys.overlay = Overlay::full_text;
    } else if (key.is('r')) {
        if (mock.reply_on_screen(now) != nullptr)
            keys.overlay = Overlay::reply;
        else
            keys.flash = "No answer to reveal for the question on screen.";
    } else if (key.is('q')) {
        keys.overlay = Overlay::confirm_quit;
    }
    return act::None{};
}

} // namespace

SessionAction update_session(SessionKeys& keys, const Key& key, const MockSession& mock, SteadyTime now) {
    keys.flash.clear();
    if (keys.overlay == Overlay::confirm_quit || keys.overlay == Overlay::confirm_end ||
        keys.overlay == Overlay::confirm_next)
        return confirm(keys, key);
    if (keys.overlay != Overlay::none) { // help, the full text or the answer: scrolls, or any other key closes it
        if (scroll_key(keys.scroll, key)) return act::None{};
        keys.overlay = Overlay::none;
        keys.scroll = PagerKeys{};
        return act::None{};
    }
    if (keys.prompt) {
        if (auto note = edit_note(keys.prompt, keys.note_dimension, key)) return *note;
        return act::None{};
    }
    return command(keys, key, mock, now);
}

} // namespace sdmock::tui
