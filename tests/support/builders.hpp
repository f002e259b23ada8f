#pragma once
// Values several unit tests build: scorecards and events.
#include "core/clock.hpp"
#include "core/scorecard.hpp"
#include "core/session.hpp"

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>

namespace sdmock::test {

/// A scorecard with every dimension scored `score` (a total of 12 * score).
inline Scorecard card_of(int score) {
    Scorecard card;
    for (std::size_t i = 0; i < kDimensionCount; ++i)
        card.set(i, score);
    return card;
}

/// A scorecard with these scores in rubric order; dimensions past the end of the list stay
/// unscored.
inline Scorecard card_of(std::initializer_list<int> scores) {
    Scorecard card;
    std::size_t i = 0;
    for (int score : scores)
        card.set(i++, score);
    return card;
}

/// An event of `kind` at session time `t` in `phase`, with `value` (the other fields empty).
/// (Not `event`: that is the namespace of the event kinds.)
inline Event event_at(Duration t, std::string_view kind, std::string phase = {}, std::int64_t value = 0) {
    Event e;
    e.t = t;
    e.kind = std::string(kind);
    e.phase = std::move(phase);
    e.value = value;
    return e;
}

} // namespace sdmock::test
