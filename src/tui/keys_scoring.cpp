#include "tui/keys.hpp"

#include <algorithm>

namespace sdmock::tui {
namespace {

std::optional<int> score_key(const Key& key) {
    if (key.kind == Key::Kind::text && key.text.size() == 1 && key.text[0] >= '1' && key.text[0] <= '5')
        return key.text[0] - '0';
    return std::nullopt;
}

/// A key while evidence is typed: Esc cancels, Enter saves it.
ScoringAction evidence_key(ScoringKeys& keys, const Key& key) {
    if (key.kind == Key::Kind::escape) {
        keys.prompt.reset();
    } else if (edit(*keys.prompt, key)) {
        act::Evidence evidence{keys.selected, keys.prompt->text};
        keys.prompt.reset();
        return evidence;
    }
    return act::None{};
}

} // namespace

ScoringKeys scoring_keys(const Scorecard& card) {
    ScoringKeys keys;
    while (keys.selected + 1 < kDimensionCount && card.scores[keys.selected])
        ++keys.selected;
    return keys;
}

ScoringAction update_scoring(ScoringKeys& keys, const Key& key, const Scorecard& card) {
    bool was_leaving = keys.leaving;
    keys.leaving = false;
    keys.flash.clear();
    if (keys.prompt) return evidence_key(keys, key);
    if (key.kind == Key::Kind::up || key.is('k')) {
        keys.selected = keys.selected == 0 ? 0 : keys.selected - 1;
    } else if (key.kind == Key::Kind::down || key.is('j')) {
        keys.selected = std::min(keys.selected + 1, kDimensionCount - 1);
    } else if (auto score = score_key(key)) {
        act::Score given{keys.selected, *score};
        keys.selected = std::min(keys.selected + 1, kDimensionCount - 1);
        return given;
    } else if (key.is('e')) {
        keys.prompt = Prompt{"Evidence [" + std::string(kDimensionIds[keys.selected]) + "]",
                             card.evidence[keys.selected], "Enter: save · Esc: cancel"};
    } else if (key.is('s')) {
        if (card.complete()) return act::SaveScores{};
        keys.flash =
            "Score all twelve dimensions first (" + std::to_string(kDimensionCount - card.scored()) + " left).";
    } else if (key.is('q')) {
        if (was_leaving) return act::Leave{};
        keys.leaving = true;
        keys.flash = "Leave now? The scores so far are kept; press q again to leave, any other key to stay.";
    } else if (key.is('?')) {
        keys.flash = "k/j move too; 1-5 scores and moves down; s saves once all twelve are scored.";
    }
    return act::None{};
}

} // namespace sdmock::tui
