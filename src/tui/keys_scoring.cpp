#include "tui/keys.hpp"

#include "core/drill.hpp"

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

/// The dimension `step` places from the selected one in the list scored, kept within it.
std::size_t moved(const ScoringKeys& keys, int step) {
    const auto& dims = keys.dimensions;
    if (dims.empty()) // all twelve
        return static_cast<std::size_t>(
            std::clamp(static_cast<long>(keys.selected) + step, 0L, static_cast<long>(kDimensionCount) - 1));
    auto it = std::find(dims.begin(), dims.end(), keys.selected);
    auto at = static_cast<long>(it == dims.end() ? 0 : it - dims.begin()) + step;
    return dims[static_cast<std::size_t>(std::clamp(at, 0L, static_cast<long>(dims.size()) - 1))];
}

} // namespace

ScoringKeys scoring_keys(const Scorecard& card, std::vector<std::size_t> dimensions) {
    ScoringKeys keys;
    if (dimensions.empty())
        for (std::size_t i = 0; i < kDimensionCount; ++i)
            dimensions.push_back(i);
    keys.dimensions = std::move(dimensions);
    std::size_t at = 0;
    while (at + 1 < keys.dimensions.size() && card.scores[keys.dimensions[at]])
        ++at;
    keys.selected = keys.dimensions[at];
    return keys;
}

ScoringAction update_scoring(ScoringKeys& keys, const Key& key, const Scorecard& card) {
    bool was_leaving = keys.leaving;
    keys.leaving = false;
    keys.flash.clear();
    if (keys.prompt) return evidence_key(keys, key);
    if (key.kind == Key::Kind::up || key.is('k')) {
        keys.selected = moved(keys, -1);
    } else if (key.kind == Key::Kind::down || key.is('j')) {
        keys.selected = moved(keys, 1);
    } else if (auto score = score_key(key)) {
        act::Score given{keys.selected, *score};
        keys.selected = moved(keys, 1);
        return given;
    } else if (key.is('e')) {
        keys.prompt = Prompt{"Evidence [" + std::string(kDimensionIds[keys.selected]) + "]",
                             card.evidence[keys.selected], "Enter: save · Esc: cancel"};
    } else if (key.is('s')) {
        bool all = keys.dimensions.empty() || keys.dimensions.size() == kDimensionCount;
        if (all ? card.complete() : complete_on(card, keys.dimensions)) return act::SaveScores{};
        auto left = std::count_if(keys.dimensions.begin(), keys.dimensions.end(),
                                  [&](std::size_t i) { return !card.scores[i]; });
        keys.flash =
            all ? "Score all twelve dimensions first (" + std::to_string(kDimensionCount - card.scored()) + " left)."
                : "Score the drill's " + std::to_string(keys.dimensions.size()) + " dimensions first (" +
                      std::to_string(left) + " left).";
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
