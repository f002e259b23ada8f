#include "tui/keys.hpp"

#include <algorithm>

namespace sdmock::tui {

ReviewAction update_review(ReviewKeys& keys, const Key& key, const Review& review, const Ticks& ticks) {
    if (review.phases.empty())
        return key.is('q') || key.kind == Key::Kind::escape ? ReviewAction{act::Leave{}} : ReviewAction{act::None{}};
    keys.phase = std::min(keys.phase, review.phases.size() - 1);
    const auto& points = review.phases[keys.phase].points;
    std::size_t last = points.empty() ? 0 : points.size() - 1;
    keys.selected = std::min(keys.selected, last);
    auto tick = [&](bool covered) -> ReviewAction {
        if (points.empty()) return act::None{};
        act::Tick t{points[keys.selected].id, covered};
        keys.selected = std::min(keys.selected + 1, last);
        return t;
    };
    if (key.kind == Key::Kind::up || key.is('k')) {
        keys.selected = keys.selected == 0 ? 0 : keys.selected - 1;
    } else if (key.kind == Key::Kind::down || key.is('j')) {
        keys.selected = std::min(keys.selected + 1, last);
    } else if (key.kind == Key::Kind::right || key.kind == Key::Kind::tab || key.is('l')) {
        if (keys.phase + 1 < review.phases.size()) {
            ++keys.phase;
            keys.selected = 0;
        }
    } else if (key.kind == Key::Kind::left || key.is('h')) {
        if (keys.phase > 0) {
            --keys.phase;
            keys.selected = 0;
        }
    } else if (key.is('y')) {
        return tick(true);
    } else if (key.is('n')) {
        return tick(false);
    } else if (key.is(' ') || key.is('x')) {
        if (points.empty()) return act::None{};
        auto it = ticks.find(points[keys.selected].id);
        return act::Tick{points[keys.selected].id, it == ticks.end() || !it->second};
    } else if (key.is('m')) {
        return act::ShowTail{};
    } else if (key.is('q') || key.kind == Key::Kind::escape) {
        return act::Leave{};
    }
    return act::None{};
}

} // namespace sdmock::tui
