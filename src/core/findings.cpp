#include "core/findings.hpp"

#include "core/roles.hpp"
#include "core/session.hpp"
#include "core/study.hpp"
#include "core/text.hpp"

#include <cctype>
#include <cmath>

namespace sdmock {
namespace {

const std::string& dim_name(const Content& c, std::size_t i) {
    return c.rubric.dimensions[i].name;
}

std::string phase_name(const Content& c, const std::string& id) {
    for (const auto& plan : c.plans)
        for (const auto& ph : plan.phases)
            if (ph.id == id) return ph.name;
    return id;
}

/// What to study and which problems to practise for one weak dimension.
std::string weak_dimension(const Dimension& d, const Content& c, const std::vector<Practice>& practice) {
    std::vector<std::string> problems;
    for (const Problem* p : least_recent_for(c.problems, d.id, practice, kSuggestedProblems))
        problems.push_back(p->id);
    return d.name + ": study " + study_hint(d, c) + "; practise " +
           (problems.empty() ? "it in every mock (the 25-minute drill, --plan mini-25, is quickest)"
                             : join(problems, ", ")) +
           ".";
}

Finding weakest(const Trends& t, const Content& c, const std::vector<Practice>& practice) {
    Finding f{FindingKind::weakest, "", {}, t.lowest};
    std::vector<std::string> names;
    for (auto i : t.lowest)
        names.push_back(dim_name(c, i) + " " + fixed_decimals(*t.dimension_avg[i], 1));
    f.headline = "Weakest: " + join(names, ", ") + ". Work on these first:";
    for (auto i : t.lowest)
        f.details.push_back(weak_dimension(c.rubric.dimensions[i], c, practice));
    for (auto i : t.lowest)
        if (const auto& cards = c.rubric.dimensions[i].cards; !cards.empty()) {
            f.details.push_back(open_card_hint(cards.front()));
            break;
        }
    f.details.emplace_back("Or let sdmock choose: sdmock start --weakest");
    return f;
}

Finding best(const Trends::Best& b) {
    return {FindingKind::best,
            "Best: " + std::to_string(b.total) + "/" + std::to_string(kMaxTotal) + " on " + to_string(b.date) + " (" +
                b.problem + ")" + (b.all_time ? ", your best ever." : "."),
            {},
            {}};
}

Finding readiness(const Trends& t) {
    static_assert(kReadyMocks == 3, "the readiness sentences say three");
    std::vector<std::string> last;
    for (int total : t.last_totals)
        last.push_back(std::to_string(total));
    const std::string mark = std::to_string(kReadyTotal) + " or more";
    std::string text;
    if (t.ready)
        text = "Readiness: your last three mocks scored " + join(last, ", ") + ", all " + mark +
               ": ready for most senior loops. Keep a mock a week to stay there.";
    else if (t.last_totals.size() == kReadyMocks)
        text = "Readiness: your last three mocks scored " + join(last, ", ") + "; " + mark +
               " three times in a row is the mark.";
    else
        text = "Readiness: fewer than three scored mocks so far; " + mark + " three times in a row is the mark.";
    return {FindingKind::readiness, text, {}, {}};
}

Finding plateau(const Trends& t) {
    return {FindingKind::plateau,
            "Plateau: " + to_string(t.plateau.front()) + " to " + to_string(t.plateau.back()) +
                " moved by less than a point a week. Change the format: a harder problem (difficulty 3, e.g. "
                "google-docs, zoom, payment-wallet) or the 25-minute drill (--plan mini-25).",
            {},
            {}};
}

Finding pacing(const Trends& t, const Content& c) {
    if (!t.most_overrun)
        return {FindingKind::pacing, "Pacing: no phase ran over on average. Keep it that way.", {}, {}};
    std::vector<std::string> over;
    for (const auto& p : t.pacing)
        if (p.average_over >= kOverrunWorthSaying)
            over.push_back(phase_name(c, p.phase) + " by " + clock_text(p.average_over) + " (planned " +
                           clock_text(p.planned) + ")");
    return {FindingKind::pacing,
            "Pacing: phases run over on average: " + join(over, "; ") + ". " +
                phase_name(c, t.pacing[*t.most_overrun].phase) +
                " overruns most: when its clock turns to overtime, wrap up and move on.",
            {},
            {}};
}

/// The dimension where self and interviewer differ most on average (the first of equals).
std::size_t widest_gap(const AverageCalibration& a) {
    std::size_t most = 0;
    for (std::size_t i = 0; i < kDimensionCount; ++i)
        if (a.gap[i] && (!a.gap[most] || std::fabs(*a.gap[i]) > std::fabs(*a.gap[most]))) most = i;
    return most;
}

/// Whether every dimension compared has the same average gap (then none is the widest).
bool uniform_gaps(const AverageCalibration& a) {
    std::optional<double> first;
    for (const auto& gap : a.gap) {
        if (!gap) continue;
        if (first && std::fabs(*gap - *first) > 1e-9) return false;
        first = gap;
    }
    return true;
}

/// The window's verdict, the widest gap and what to do; under it each week's verdict when more
/// than one week had paired mocks.
Finding calibration(const Trends& t, const Content& c) {
    const AverageCalibration& a = *t.calibration;
    std::size_t most = widest_gap(a);
    std::string verdict = average_verdict(a, "the interviewer");
    verdict[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(verdict[0]))); // "Calibration: over 2 ..."
    std::string text = "Calibration: " + verdict;
    if (!uniform_gaps(a))
        text += " The widest gap is " + dim_name(c, most) + " (" + signed_decimals(a.gap[most].value_or(0), 1) + ").";
    if (a.bias == Bias::over) text += " Score yourself more harshly.";
    if (a.bias == Bias::under) text += " You do better than you think: give yourself the credit.";
    Finding f{FindingKind::calibration, text, {}, {most}};
    std::vector<const WeekRow*> paired;
    for (const auto& w : t.weeks)
        if (w.calibration) paired.push_back(&w);
    if (paired.size() > 1)
        for (const WeekRow* w : paired)
            f.details.push_back(to_string(w->week) + ": " + signed_decimals(w->calibration->total_gap, 1) +
                                " in total over " + std::to_string(w->calibration->sessions) + " paired mock" +
                                (w->calibration->sessions == 1 ? "" : "s") + ", " +
                                bias_phrase(w->calibration->bias, w->calibration->steady) + ".");
    return f;
}

/// Self-scores against what the reviews' coverage of the answer key suggests, as calibration does
/// against an interviewer.
Finding coverage_calibration(const Trends& t) {
    const AverageCalibration& a = *t.coverage_calibration;
    std::string verdict = average_verdict(a, "what your answer-key coverage suggests", "reviewed solo mock");
    verdict[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(verdict[0])));
    std::string text = "Self-scores against coverage: " + verdict;
    if (a.bias == Bias::over) text += " Score against what you said, not what you meant to say.";
    if (a.bias == Bias::under) text += " You cover more than you credit yourself for.";
    Finding f{FindingKind::coverage_calibration, text, {}, {}};
    std::vector<const WeekRow*> reviewed;
    for (const auto& w : t.weeks)
        if (w.coverage_calibration) reviewed.push_back(&w);
    if (reviewed.size() > 1)
        for (const WeekRow* w : reviewed)
            f.details.push_back(to_string(w->week) + ": " + signed_decimals(w->coverage_calibration->total_gap, 1) +
                                " in total over " + std::to_string(w->coverage_calibration->sessions) +
                                " reviewed mock" + (w->coverage_calibration->sessions == 1 ? "" : "s") + ", " +
                                bias_phrase(w->coverage_calibration->bias, w->coverage_calibration->steady) + ".");
    return f;
}

} // namespace

std::string study_hint(const Dimension& dimension, const Content& content) {
    return study_pointers(dimension, content);
}

std::vector<Finding> trend_findings(const Trends& t, const Content& c, const std::vector<Practice>& practice) {
    if (t.mocks == 0)
        return {{FindingKind::no_mocks,
                 "No scored mocks in these weeks. Start one with `sdmock start` (or `sdmock` for the menu).",
                 {},
                 {}}};
    std::vector<Finding> out;
    if (!t.lowest.empty()) out.push_back(weakest(t, c, practice));
    if (t.best) out.push_back(best(*t.best));
    out.push_back(readiness(t));
    if (!t.plateau.empty()) out.push_back(plateau(t));
    if (!t.pacing.empty()) out.push_back(pacing(t, c));
    if (t.calibration) out.push_back(calibration(t, c));
    if (t.coverage_calibration) out.push_back(coverage_calibration(t));
    return out;
}

} // namespace sdmock
