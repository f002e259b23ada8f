#pragma once
/// Weekly trends of scorecards: ISO-week buckets, per-dimension averages, deltas, and the
/// findings a weekly review needs (weakest dimensions, best, readiness, plateau, pacing,
/// calibration). Plain values in, plain values out.
#include "core/calibration.hpp"
#include "core/clock.hpp"
#include "core/config.hpp"
#include "core/dates.hpp"
#include "core/scorecard.hpp"

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace sdmock {

/// One finished session as the trends see it.
struct ScoredMock {
    std::int64_t session = 0;
    Date date;              ///< the local date it started on
    std::string started_at; ///< as recorded, for ordering within a day
    std::string problem;
    std::string plan;
    bool paired = false;
    bool practice = false; ///< a practice run: left out unless TrendOptions::include_practice
    bool drill = false;    ///< one phase run on its own: always left out of the trends of full mocks
    std::optional<Scorecard> self;
    std::optional<Scorecard> interviewer;
    /// What the review's coverage of the answer key suggests, for a solo mock reviewed (the
    /// dimensions whose points were all ticked).
    std::optional<Scorecard> suggested;
    /// Per phase reached: (phase id, planned, actual).
    struct PhaseTime {
        std::string id;
        Duration planned{0};
        Duration actual{0};
    };
    std::vector<PhaseTime> phases;
};

struct WeekRow {
    IsoWeek week;
    Date first_day; ///< the Monday (or Sunday) it starts on
    int mocks = 0;
    double avg_total = 0;
    int min_total = 0;
    int max_total = 0;
    std::optional<double> delta; ///< avg_total minus the previous listed week's
    std::array<double, kDimensionCount> dimension_avg{};
    /// Self against interviewer over the week's paired mocks (both scorecards complete), if any.
    std::optional<AverageCalibration> calibration;
    /// Self against what the answer key's coverage suggests over the week's reviewed solo mocks.
    std::optional<AverageCalibration> coverage_calibration;
};

struct PhasePacing {
    std::string phase;
    int sessions = 0;         ///< sessions that reached it
    Duration average_over{0}; ///< mean of max(0, actual - planned)
    Duration average_actual{0};
    Duration planned{0}; ///< mean planned length (plans differ)
};

struct Trends {
    Scorer scorer = Scorer::self;
    IsoWeek first_week; ///< the window, inclusive
    IsoWeek last_week;
    std::vector<IsoWeek> window; ///< every week of the window, in order (gaps included)
    std::vector<WeekRow> weeks;  ///< only weeks with mocks, in order
    int mocks = 0;
    std::array<std::optional<double>, kDimensionCount> dimension_avg{}; ///< over the window
    std::vector<std::size_t> lowest; ///< up to kLowestCount dimension indices, lowest average first
    struct Best {
        int total = 0;
        std::int64_t session = 0;
        Date date;
        std::string problem;
        bool all_time = false; ///< also the best of the whole history
    };
    std::optional<Best> best;
    std::vector<int> last_totals; ///< the last kReadyMocks totals (newest last), whole history
    bool ready = false;           ///< the last kReadyMocks mocks all scored kReadyTotal or more
    /// The run of listed weeks whose averages moved by less than a point, if 3 weeks or longer.
    std::vector<IsoWeek> plateau;
    std::vector<PhasePacing> pacing;         ///< plan order of first appearance
    std::optional<std::size_t> most_overrun; ///< index into pacing; none under kOverrunWorthSaying
    int paired_mocks = 0;                    ///< in the window, both scorecards complete
    /// Self against interviewer over the window's paired mocks (the bias rule on the averages).
    std::optional<AverageCalibration> calibration;
    int reviewed_mocks = 0; ///< solo mocks in the window whose review suggests scores
    /// Self against what the coverage of the answer key suggests, over those mocks.
    std::optional<AverageCalibration> coverage_calibration;
    bool include_practice = false; ///< practice runs were counted like any other mock
    /// Practice runs in the window with a complete scorecard of the scorer: left out of every
    /// figure above, or counted in them when include_practice.
    int practice_mocks = 0;
    /// Drills (one phase run on its own) in the window scored by the scorer: always left out of
    /// the figures above, include_practice or not (a drill's card scores a few dimensions only).
    int drill_mocks = 0;
};

/// Ready for most senior loops: the last kReadyMocks mocks all scored kReadyTotal or more (the
/// lower limit of the rubric's interview-ready band).
inline constexpr int kReadyTotal = 48;
inline constexpr std::size_t kReadyMocks = 3;
inline constexpr double kPlateauPoints = 1.0;
inline constexpr int kPlateauWeeks = 3;
/// An average overrun shorter than this is noise, not a pacing problem.
inline constexpr Duration kOverrunWorthSaying{std::chrono::seconds(5)};

/// The window a report looks at unless told otherwise.
inline constexpr int kDefaultWeeks = 8;

struct TrendOptions {
    Scorer scorer = Scorer::self;
    int weeks = kDefaultWeeks; ///< the window: this many weeks ending with the week of `until`
    Date until;                ///< usually today
    Weekday week_start = Weekday::monday;
    bool include_practice = false; ///< count practice runs too (they are left out by default)
};

/// The week a date belongs to: ISO 8601 (Monday first), or with Sunday-first weeks the ISO week
/// of the following day, so a Sunday opens the next week.
[[nodiscard]] IsoWeek week_of(const Date& date, Weekday start);
[[nodiscard]] Date first_day(const IsoWeek& week, Weekday start);

/// What the trends need from before the window when only the window is read: the best total
/// of the mocks that count (complete scorecards of the scorer, no drills, practice only when
/// asked for) and the totals of the last kReadyMocks of them, oldest first.
struct TrendsBefore {
    std::optional<int> best_total;
    std::vector<int> last_totals;
};

/// The first day of the window the options give: the report reads from there on.
[[nodiscard]] Date window_start(const TrendOptions& options);

/// Only complete scorecards of the chosen scorer count, and practice runs only when asked for.
/// `mocks` may be the whole history, or only what started on or after window_start with `before`
/// summing up the rest: the figures are the same.
[[nodiscard]] Trends compute_trends(const std::vector<ScoredMock>& mocks, const TrendOptions& options,
                                    const TrendsBefore& before = {});

} // namespace sdmock
