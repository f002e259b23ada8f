#include "core/cue_scheduler.hpp"

#include "core/random.hpp"

#include <algorithm>

namespace sdmock {
namespace {

std::size_t fits(Duration phase, Duration interval) {
    return static_cast<std::size_t>(std::max<Duration::rep>(1, phase.count() / std::max<Duration::rep>(1, interval.count())));
}

/// `count` of `n` indices chosen by the seed, kept in ascending order.
std::vector<std::size_t> sample_in_order(std::size_t n, std::size_t count, SeededRandom& rng) {
    std::vector<std::size_t> all(n);
    for (std::size_t i = 0; i < n; ++i) all[i] = i;
    for (std::size_t i = 0; i + 1 < n; ++i) std::swap(all[i], all[i + rng.below(n - i)]);
    all.resize(std::min(n, count));
    std::sort(all.begin(), all.end());
    return all;
}

/// Areas whose dimensions meet the focus, ranked by the earliest focus dimension they probe.
std::vector<const Area*> matching_areas(const QuestionSet& set, const Problem& problem) {
    std::vector<std::pair<std::size_t, const Area*>> ranked;
    for (const auto& area : set.areas) {
        std::size_t best = problem.focus.size();
        for (const auto& dim : area.dimensions) {
            auto it = std::find(problem.focus.begin(), problem.focus.end(), dim);
            if (it != problem.focus.end()) best = std::min(best, static_cast<std::size_t>(it - problem.focus.begin()));
        }
        if (best < problem.focus.size()) ranked.emplace_back(best, &area);
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<const Area*> out;
    for (const auto& r : ranked) out.push_back(r.second);
    return out;
}

void schedule_prompts(const QuestionSet& set, std::size_t phase, Duration length, const CuePacing& pacing,
                      SeededRandom& rng, std::vector<Cue>& out) {
    if (set.questions.empty()) return;
    auto chosen = sample_in_order(set.questions.size(), fits(length, pacing.prompt_interval), rng);
    Duration step = length / static_cast<Duration::rep>(chosen.size());
    for (std::size_t i = 0; i < chosen.size(); ++i) {
        const Question& q = set.questions[chosen[i]];
        out.push_back({phase, step * static_cast<Duration::rep>(i), CueKind::prompt, q.text, q.dimension, set.id, ""});
    }
}

void schedule_probes(const QuestionSet& set, const Problem& problem, std::size_t phase, Duration length,
                     const CuePacing& pacing, std::vector<Cue>& out) {
    auto areas = matching_areas(set, problem);
    areas.resize(std::min(areas.size(), fits(length, pacing.area_length)));
    if (areas.empty()) return;
    std::size_t per_area = std::max<std::size_t>(1, fits(length, pacing.probe_interval) / areas.size());
    std::vector<Cue> probes;
    for (const Area* area : areas) {
        std::size_t n = std::min(per_area, area->questions.size());
        for (std::size_t i = 0; i < n; ++i) {
            std::string dim = area->dimensions.front();
            for (const auto& d : area->dimensions)
                if (std::find(problem.focus.begin(), problem.focus.end(), d) != problem.focus.end()) {
                    dim = d;
                    break;
                }
            probes.push_back({phase, Duration{0}, CueKind::probe, area->questions[i], dim, set.id + "/" + area->id,
                              area->name});
        }
    }
    Duration step = length / static_cast<Duration::rep>(probes.size());
    for (std::size_t i = 0; i < probes.size(); ++i) {
        probes[i].at = step * static_cast<Duration::rep>(i);
        out.push_back(std::move(probes[i]));
    }
}

void schedule_curveball(const QuestionSet& set, std::size_t phase, Duration length, const CuePacing& pacing,
                        SeededRandom& rng, std::vector<Cue>& out) {
    if (set.questions.empty()) return;
    const Question& q = set.questions[rng.below(set.questions.size())];
    double fraction = pacing.curveball_from + (pacing.curveball_to - pacing.curveball_from) * rng.unit();
    auto at = Duration(static_cast<Duration::rep>(static_cast<double>(length.count()) * fraction));
    out.push_back({phase, at, CueKind::curveball, q.text, q.dimension, set.id, ""});
}

} // namespace

std::string_view to_string(CueKind kind) {
    switch (kind) {
    case CueKind::prompt: return "prompt";
    case CueKind::probe: return "probe";
    case CueKind::curveball: return "curveball";
    }
    return "prompt";
}

std::vector<Cue> schedule_cues(const Plan& plan, const Problem& problem, const Content& content, std::uint64_t seed,
                               const CuePacing& pacing) {
    SeededRandom rng(seed);
    std::vector<Cue> out;
    for (std::size_t p = 0; p < plan.phases.size(); ++p) {
        const Phase& phase = plan.phases[p];
        std::vector<Cue> phase_cues;
        for (const auto& set_id : phase.cues) {
            const QuestionSet* set = content.question_set(set_id);
            if (set == nullptr) continue;
            switch (set->kind) {
            case SetKind::prompts: schedule_prompts(*set, p, phase.planned(), pacing, rng, phase_cues); break;
            case SetKind::deep_dive: schedule_probes(*set, problem, p, phase.planned(), pacing, phase_cues); break;
            case SetKind::curveballs: schedule_curveball(*set, p, phase.planned(), pacing, rng, phase_cues); break;
            case SetKind::bank: break;
            }
        }
        std::stable_sort(phase_cues.begin(), phase_cues.end(), [](const Cue& a, const Cue& b) { return a.at < b.at; });
        for (auto& cue : phase_cues) out.push_back(std::move(cue));
    }
    return out;
}

CueBoard::CueBoard(std::vector<Cue> schedule) : schedule_(std::move(schedule)), states_(schedule_.size(), CueState::pending) {}

std::vector<std::size_t> CueBoard::waiting(std::size_t phase, Duration phase_time) const {
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < schedule_.size(); ++i)
        if (schedule_[i].phase == phase && schedule_[i].at <= phase_time && states_[i] == CueState::pending)
            out.push_back(i);
    return out;
}

std::optional<std::size_t> CueBoard::current(std::size_t phase, Duration phase_time) const {
    auto w = waiting(phase, phase_time);
    if (w.empty()) return std::nullopt;
    // A curveball takes the floor as soon as it lands.
    for (auto i : w)
        if (schedule_[i].kind == CueKind::curveball) return i;
    return w.front();
}

std::optional<Duration> CueBoard::next_due(std::size_t phase, Duration phase_time) const {
    for (const auto& cue : schedule_)
        if (cue.phase == phase && cue.at > phase_time) return cue.at;
    return std::nullopt;
}

void CueBoard::mark(std::size_t cue, CueState state) { states_.at(cue) = state; }

std::optional<std::size_t> CueBoard::find(std::size_t phase, const std::string& text) const {
    for (std::size_t i = 0; i < schedule_.size(); ++i)
        if (schedule_[i].phase == phase && schedule_[i].text == text) return i;
    return std::nullopt;
}

} // namespace sdmock
