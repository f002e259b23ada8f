#pragma once
/// `sdmock today`: what to do today, from the history. The reviews due (and today's new items), a
/// problem to mock (aimed at the weakest dimensions among problems not practised lately, else the
/// next of the guide's walkthrough rotation), and an estimation drill when estimation scores low.
#include "core/content.hpp"
#include "core/picker.hpp"
#include "core/review_items.hpp"
#include "core/trends.hpp"

#include <optional>
#include <string>
#include <vector>

namespace sdmock {

/// An estimation average at or under this suggests the estimation drill.
inline constexpr double kEstimationDrillBelow = 3.0;

struct TodayInput {
    const Content* content = nullptr;
    std::vector<ScoredMock> mocks;
    std::vector<Practice> practised; ///< every session's problem and start
    std::vector<ScheduledItem> items;
    WallTime due_by{};     ///< items due before this are due today (the end of the local day)
    int new_allowance = 0; ///< new items left for today
    Date today;
    Weekday week_start = Weekday::monday;
};

struct TodayPlan {
    int due = 0;            ///< items due today, misses included
    int due_misses = 0;     ///< of them, questions missed in a mock
    int new_items = 0;      ///< new items today's allowance offers
    int reviewed_items = 0; ///< items reviewed at least once, ever

    enum class Why { weakest, rotation, least_recent };
    Why why = Why::least_recent;
    const Problem* problem = nullptr;
    WeakestChoice choice;                 ///< the weak dimensions found (basis no_scores: none)
    const RotationStage* stage = nullptr; ///< the rotation stage the problem is on, if any
    std::string last_practised;           ///< the problem's last start, empty when never

    std::optional<double> estimation_average; ///< self-scores over the basis of the weak dimensions
    bool estimation_drill = false;
};

/// Throws std::invalid_argument when the content has no problems.
[[nodiscard]] TodayPlan plan_today(const TodayInput& input);

} // namespace sdmock
