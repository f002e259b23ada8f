#pragma once
/// Practice runs: sessions listed and marked, but kept out of the trends. A session is a practice
/// run when its clock ran at a --speed other than 1, when it was started with --practice, or when
/// it finished before half of its plan's planned time had run. Plain values in, plain values out.
#include "core/clock.hpp"

#include <string>
#include <vector>

namespace sdmock {

/// Why a session is a practice run; with none of them it counts in the trends.
struct PracticeReasons {
    bool speed = false;       ///< its clock ran at a --speed other than 1
    bool flagged = false;     ///< started with --practice
    bool ended_early = false; ///< finished before half of its plan's planned time had run
    bool imported = false;    ///< imported from a history CSV row marked practice

    [[nodiscard]] bool any() const { return speed || flagged || ended_early || imported; }
    bool operator==(const PracticeReasons&) const = default;
};

/// What the rule looks at.
struct PracticeFacts {
    double speed = 1.0;
    bool flagged = false;
    bool finished = false; ///< the mock has ended; one still running is judged by speed and flag only
    Duration elapsed{0};   ///< session time run when it ended (pauses excluded)
    Duration planned{0};   ///< its plan's planned time
};

/// The rule: speed other than 1, the --practice flag, or finished with elapsed < planned / 2
/// (exactly half is not early).
[[nodiscard]] PracticeReasons practice_reasons(const PracticeFacts& facts);
[[nodiscard]] inline bool is_practice(const PracticeFacts& facts) {
    return practice_reasons(facts).any();
}

/// The reasons as ids, in this order: `speed`, `flag`, `ended_early`, `imported` (the
/// `practice_reasons` of `show --format json`); empty when not practice.
[[nodiscard]] std::vector<std::string> practice_reason_ids(const PracticeReasons& reasons);
/// The reasons in words for a listing: `speed 60, --practice, ended early`; empty when not
/// practice. `speed` is the session's clock speed.
[[nodiscard]] std::string practice_text(const PracticeReasons& reasons, double speed);

} // namespace sdmock
