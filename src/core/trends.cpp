#include "core/trends.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>

namespace sdmock {
namespace {

const std::optional<Scorecard>& card_of(const ScoredMock& m, Scorer scorer) {
    return scorer == Scorer::self ? m.self : m.interviewer;
}

bool counts(const ScoredMock& m, Scorer scorer) {
    const auto& card = card_of(m, scorer);
    return card && card->complete();
}

/// Mocks of the chosen scorer, oldest first.
std::vector<const ScoredMock*> scored(const std::vector<ScoredMock>& mocks, Scorer scorer) {
    std::vector<const ScoredMock*> out;
    for (const auto& m : mocks)
        if (counts(m, scorer)) out.push_back(&m);
    auto earlier = [](const ScoredMock* a, const ScoredMock* b) {
        return std::tie(a->date, a->started_at, a->session) < std::tie(b->date, b->started_at, b->session);
    };
    if (!std::is_sorted(out.begin(), out.end(), earlier)) std::stable_sort(out.begin(), out.end(), earlier);
    return out;
}

WeekRow week_row(const IsoWeek& week, Weekday start, const std::vector<const ScoredMock*>& in, Scorer scorer) {
    WeekRow row;
    row.week = week;
    row.first_day = first_day(week, start);
    row.mocks = static_cast<int>(in.size());
    row.min_total = kMaxTotal;
    int sum = 0;
    std::array<int, kDimensionCount> dims{};
    for (const ScoredMock* m : in) {
        const Scorecard& c = *card_of(*m, scorer);
        sum += c.total();
        row.min_total = std::min(row.min_total, c.total());
        row.max_total = std::max(row.max_total, c.total());
        for (std::size_t i = 0; i < kDimensionCount; ++i)
            dims[i] += *c.scores[i];
    }
    row.avg_total = static_cast<double>(sum) / row.mocks;
    for (std::size_t i = 0; i < kDimensionCount; ++i)
        row.dimension_avg[i] = static_cast<double>(dims[i]) / row.mocks;
    return row;
}

void set_window(Trends& t, const TrendOptions& options) {
    t.last_week = week_of(options.until, options.week_start);
    Date last_first = first_day(t.last_week, options.week_start);
    for (int i = std::max(1, options.weeks) - 1; i >= 0; --i)
        t.window.push_back(week_of(civil_from_days(days_from_civil(last_first) - 7LL * i), options.week_start));
    t.first_week = t.window.front();
}

/// Each dimension's average over the window, and the kLowestCount lowest (ties in rubric order).
void find_dimensions(Trends& t, const std::vector<const ScoredMock*>& in) {
    if (in.empty()) return;
    std::vector<std::pair<double, std::size_t>> order;
    for (std::size_t i = 0; i < kDimensionCount; ++i) {
        double sum = 0;
        for (const ScoredMock* m : in)
            sum += *card_of(*m, t.scorer)->scores[i];
        t.dimension_avg[i] = sum / static_cast<double>(in.size());
        order.emplace_back(*t.dimension_avg[i], i);
    }
    std::stable_sort(order.begin(), order.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (std::size_t i = 0; i < kLowestCount && i < order.size(); ++i)
        t.lowest.push_back(order[i].second);
}

/// The earliest mock reaching the highest total of `list`.
const ScoredMock* best_of(const std::vector<const ScoredMock*>& list, Scorer scorer) {
    const ScoredMock* best = nullptr;
    for (const ScoredMock* m : list)
        if (best == nullptr || card_of(*m, scorer)->total() > card_of(*best, scorer)->total()) best = m;
    return best;
}

void find_best(Trends& t, const std::vector<const ScoredMock*>& in, const std::vector<const ScoredMock*>& all,
               const TrendsBefore& before) {
    if (in.empty()) return;
    const ScoredMock* best = best_of(in, t.scorer);
    int total = card_of(*best, t.scorer)->total();
    int best_ever = std::max(card_of(*best_of(all, t.scorer), t.scorer)->total(), before.best_total.value_or(0));
    t.best = Trends::Best{total, best->session, best->date, best->problem, total >= best_ever};
}

/// Ready: the last kReadyMocks mocks of the whole history all at kReadyTotal or more.
void find_readiness(Trends& t, const std::vector<const ScoredMock*>& all, const TrendsBefore& before) {
    std::vector<int> totals = before.last_totals;
    for (const ScoredMock* m : all)
        totals.push_back(card_of(*m, t.scorer)->total());
    for (std::size_t i = totals.size() > kReadyMocks ? totals.size() - kReadyMocks : 0; i < totals.size(); ++i)
        t.last_totals.push_back(totals[i]);
    t.ready = t.last_totals.size() == kReadyMocks &&
              std::all_of(t.last_totals.begin(), t.last_totals.end(), [](int total) { return total >= kReadyTotal; });
}

void find_plateau(Trends& t) {
    // The longest run of listed weeks in which each week moved less than a point from the one before.
    std::size_t best_start = 0, best_len = 0, start = 0;
    for (std::size_t i = 0; i < t.weeks.size(); ++i) {
        bool flat = i > 0 && std::fabs(t.weeks[i].avg_total - t.weeks[i - 1].avg_total) < kPlateauPoints;
        if (!flat) start = i;
        std::size_t len = i - start + 1;
        if (len > best_len) {
            best_len = len;
            best_start = start;
        }
    }
    if (best_len >= static_cast<std::size_t>(kPlateauWeeks))
        for (std::size_t i = best_start; i < best_start + best_len; ++i)
            t.plateau.push_back(t.weeks[i].week);
}

void find_pacing(Trends& t, const std::vector<const ScoredMock*>& in) {
    std::vector<std::string> order;
    std::map<std::string, std::pair<Duration, Duration>> sums; // over, actual
    std::map<std::string, Duration> planned;                   // plans differ: average it too
    std::map<std::string, PhasePacing> rows;
    for (const ScoredMock* m : in)
        for (const auto& p : m->phases) {
            if (rows.find(p.id) == rows.end()) {
                order.push_back(p.id);
                rows[p.id].phase = p.id;
            }
            PhasePacing& row = rows[p.id];
            ++row.sessions;
            planned[p.id] += p.planned;
            sums[p.id].first += std::max(Duration{0}, p.actual - p.planned);
            sums[p.id].second += p.actual;
        }
    for (const auto& id : order) {
        PhasePacing row = rows[id];
        row.average_over = sums[id].first / row.sessions;
        row.average_actual = sums[id].second / row.sessions;
        row.planned = planned[id] / row.sessions;
        t.pacing.push_back(row);
    }
    for (std::size_t i = 0; i < t.pacing.size(); ++i)
        if (t.pacing[i].average_over >= kOverrunWorthSaying &&
            (!t.most_overrun || t.pacing[i].average_over > t.pacing[*t.most_overrun].average_over))
            t.most_overrun = i;
}

bool paired_and_scored(const ScoredMock& m) {
    return m.self && m.interviewer && m.self->complete() && m.interviewer->complete();
}

/// Self against interviewer per listed week and over the window, from the same mocks the rows
/// count (in the window, up to `until`).
void find_calibration(Trends& t, const std::vector<ScoredMock>& mocks, const TrendOptions& options) {
    std::vector<Calibration> all;
    std::map<IsoWeek, std::vector<Calibration>> by_week;
    for (const auto& m : mocks) {
        IsoWeek w = week_of(m.date, options.week_start);
        if (w < t.first_week || t.last_week < w || options.until < m.date || !paired_and_scored(m) ||
            (m.practice && !options.include_practice) || m.drill)
            continue;
        all.push_back(calibrate(*m.self, *m.interviewer));
        by_week[w].push_back(all.back());
    }
    t.paired_mocks = static_cast<int>(all.size());
    if (all.empty()) return;
    t.calibration = average_calibration(all);
    for (auto& row : t.weeks)
        if (auto it = by_week.find(row.week); it != by_week.end()) row.calibration = average_calibration(it->second);
}

/// Self against the scores the review's coverage suggests, over the window's reviewed solo
/// mocks: the same rule as against an interviewer.
void find_coverage_calibration(Trends& t, const std::vector<ScoredMock>& mocks, const TrendOptions& options) {
    std::vector<Calibration> all;
    std::map<IsoWeek, std::vector<Calibration>> by_week;
    for (const auto& m : mocks) {
        IsoWeek w = week_of(m.date, options.week_start);
        if (w < t.first_week || t.last_week < w || options.until < m.date || m.paired || !m.self ||
            !m.self->complete() || !m.suggested || m.suggested->scored() == 0 ||
            (m.practice && !options.include_practice))
            continue;
        all.push_back(compare_scores(*m.self, *m.suggested));
        by_week[w].push_back(all.back());
    }
    t.reviewed_mocks = static_cast<int>(all.size());
    if (all.empty()) return;
    t.coverage_calibration = average_calibration(all);
    for (auto& row : t.weeks)
        if (auto it = by_week.find(row.week); it != by_week.end())
            row.coverage_calibration = average_calibration(it->second);
}

/// Drills in the window with a scorecard of the scorer, left out of every figure.
void count_drills(Trends& t, const std::vector<ScoredMock>& mocks, const TrendOptions& options) {
    t.drill_mocks = static_cast<int>(std::count_if(mocks.begin(), mocks.end(), [&](const ScoredMock& m) {
        IsoWeek w = week_of(m.date, options.week_start);
        const auto& card = options.scorer == Scorer::self ? m.self : m.interviewer;
        return m.drill && card && card->scored() > 0 && !(options.until < m.date) &&
               !(w < t.first_week || t.last_week < w);
    }));
}

} // namespace

IsoWeek week_of(const Date& date, Weekday start) {
    if (start == Weekday::monday) return iso_week(date);
    return iso_week(civil_from_days(days_from_civil(date) + 1));
}

Date first_day(const IsoWeek& week, Weekday start) {
    Date monday = week_monday(week);
    return start == Weekday::monday ? monday : civil_from_days(days_from_civil(monday) - 1);
}

Date window_start(const TrendOptions& options) {
    Trends t;
    set_window(t, options);
    return first_day(t.first_week, options.week_start);
}

Trends compute_trends(const std::vector<ScoredMock>& mocks, const TrendOptions& options, const TrendsBefore& before) {
    Trends t;
    t.scorer = options.scorer;
    set_window(t, options);
    t.include_practice = options.include_practice;
    count_drills(t, mocks, options);
    auto all = scored(mocks, options.scorer);
    // Drills are scored on a few dimensions: never part of the trends of full mocks.
    all.erase(std::remove_if(all.begin(), all.end(), [](const ScoredMock* m) { return m->drill; }), all.end());
    all.erase(std::remove_if(all.begin(), all.end(), [&](const ScoredMock* m) { return options.until < m->date; }),
              all.end());
    t.practice_mocks = static_cast<int>(std::count_if(all.begin(), all.end(), [&](const ScoredMock* m) {
        IsoWeek w = week_of(m->date, options.week_start);
        return m->practice && !(w < t.first_week || t.last_week < w);
    }));
    if (!options.include_practice) // left out of every figure, readiness and best-ever included
        all.erase(std::remove_if(all.begin(), all.end(), [](const ScoredMock* m) { return m->practice; }), all.end());
    // One pass: each mock into its week (mocks are in date order, so each bucket is too).
    std::vector<const ScoredMock*> in;
    std::map<IsoWeek, std::vector<const ScoredMock*>> by_week;
    for (const ScoredMock* m : all) {
        IsoWeek w = week_of(m->date, options.week_start);
        if (w < t.first_week || t.last_week < w) continue;
        in.push_back(m);
        by_week[w].push_back(m);
    }
    t.mocks = static_cast<int>(in.size());
    for (const auto& [week, those] : by_week) {
        WeekRow row = week_row(week, options.week_start, those, options.scorer);
        if (!t.weeks.empty()) row.delta = row.avg_total - t.weeks.back().avg_total;
        t.weeks.push_back(row);
    }
    find_dimensions(t, in);
    find_best(t, in, all, before);
    find_readiness(t, all, before);
    find_plateau(t);
    find_pacing(t, in);
    find_calibration(t, mocks, options);
    find_coverage_calibration(t, mocks, options);
    return t;
}

} // namespace sdmock
