#include "tui/keys.hpp"
#include "tui/scroll_box.hpp"

namespace sdmock::tui {

FollowAction update_follow(FollowKeys& keys, const Key& key, const FollowState& state, const Plan& plan) {
    if (keys.help || keys.full_text) { // the arrows scroll it, any other key closes it
        if (scroll_key(keys.scroll, key)) return act::None{};
        keys.help = keys.full_text = false;
        keys.scroll = PagerKeys{};
        return act::None{};
    }
    bool was_leaving = keys.leaving;
    keys.leaving = false;
    keys.flash.clear();
    if (keys.prompt) {
        if (auto note = edit_note(keys.prompt, keys.note_dimension, key)) return *note;
        return act::None{};
    }
    if (key.is('a')) {
        keys.note_dimension =
            state.phase < plan.phases.size() ? plan.phases[state.phase].dimension : std::string(kDimensionIds[0]);
        keys.prompt = note_prompt(keys.note_dimension);
    } else if (key.is('?')) {
        keys.help = true;
    } else if (key.is('p')) {
        keys.full_text = true;
    } else if (key.is('q')) {
        if (was_leaving) return act::Leave{};
        keys.leaving = true;
        keys.flash = "Stop following? The mock goes on; press q again to stop, any other key to stay.";
    }
    return act::None{};
}

} // namespace sdmock::tui
