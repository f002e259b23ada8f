#pragma once
/// Drills: one phase of a problem run on its own (`start --phase PHASE [--focus DIM]`). The drill's
/// plan, the problem as the drill sees it, the context handed over for the phases before it and
/// the dimensions it is scored on are pure functions of the content, so a resumed drill rebuilds
/// the very same session. Drills are recorded and listed, and kept out of the trends of full mocks.
#include "core/content.hpp"
#include "core/cue_scheduler.hpp"
#include "core/scorecard.hpp"

#include <optional>
#include <string>
#include <vector>

namespace sdmock {

/// What a drill runs: a phase id of its plan and, optionally, a rubric dimension to steer it.
struct Drill {
    std::string phase;
    std::string focus; ///< empty: the problem's own focus

    bool operator==(const Drill&) const = default;
};

/// Throws UsageError unless `drill.phase` is a phase of `plan` (the message names the valid ones
/// and the closest) and `drill.focus` is empty or a rubric dimension id.
void check_drill(const Drill& drill, const Plan& plan);

/// A plan of the one phase `phase` of `plan`: same id and name, the phase as it is there.
/// Throws UsageError when the plan has no such phase.
[[nodiscard]] Plan drill_plan(const Plan& plan, std::string_view phase);

/// The problem as a drill with `focus` sees it: a copy whose focus puts `focus` first (added when
/// the problem does not stress it), so the deep dive opens with its follow-ups on that dimension
/// and probes that dimension's areas first. An empty focus leaves the problem as it is.
[[nodiscard]] Problem drill_problem(const Problem& problem, std::string_view focus);

/// What the phases before `phase` of `plan` would have produced, as lines to show before the clock
/// starts: the agreed scope (the key scope and the functional requirements) after requirements,
/// the reference estimates after estimation, the reference high-level design (the key
/// architecture) after the high-level phase. Empty for the first phase; never the deep-dive answers.
[[nodiscard]] std::vector<std::string> drill_context(const Plan& plan, std::string_view phase, const Problem& problem);

/// The dimensions a drill is scored on, in rubric order: the phase's dimension, the focus, and
/// the dimensions of the cues scheduled in it.
[[nodiscard]] std::vector<std::size_t> drill_dimensions(const Phase& phase, std::string_view focus,
                                                        const std::vector<Cue>& cues);

/// Every dimension in `dimensions` is scored.
[[nodiscard]] bool complete_on(const Scorecard& card, const std::vector<std::size_t>& dimensions);

/// "deep-dive, caching", or "deep-dive" without a focus.
[[nodiscard]] std::string drill_text(const Drill& drill);

} // namespace sdmock
