#include "core/cue_scheduler.hpp"

#include "core/random.hpp"
#include "core/text.hpp"

#include <algorithm>
#include <map>

namespace sdmock {
namespace {

std::size_t fits(Duration phase, Duration interval) {
    return static_cast<std::size_t>(
        std::max<Duration::rep>(1, phase.count() / std::max<Duration::rep>(1, interval.count())));
}

/// `count` of `n` indices chosen by the seed, kept in ascending order.
std::vector<std::size_t> sample_in_order(std::size_t n, std::size_t count, SeededRandom& rng) {
    std::vector<std::size_t> all(n);
    for (std::size_t i = 0; i < n; ++i)
        all[i] = i;
    for (std::size_t i = 0; i + 1 < n; ++i)
        std::swap(all[i], all[i + rng.below(n - i)]);
    all.resize(std::min(n, count));
    std::sort(all.begin(), all.end());
    return all;
}

/// `count` questions of `set`: those marked `always` first, the rest chosen by the seed; in file order.
std::vector<std::size_t> choose_prompts(const QuestionSet& set, std::size_t count, SeededRandom& rng) {
    std::vector<std::size_t> always;
    std::vector<std::size_t> others;
    for (std::size_t i = 0; i < set.questions.size(); ++i)
        (set.questions[i].always ? always : others).push_back(i);
    always.resize(std::min(always.size(), count));
    for (auto pick : sample_in_order(others.size(), count - always.size(), rng))
        always.push_back(others[pick]);
    std::sort(always.begin(), always.end());
    return always;
}

void schedule_prompts(const QuestionSet& set, std::size_t phase, Duration length, const CuePacing& pacing,
                      SeededRandom& rng, std::vector<Cue>& out) {
    if (set.questions.empty()) return;
    auto chosen = choose_prompts(set, fits(length, pacing.prompt_interval), rng);
    Duration step = length / static_cast<Duration::rep>(chosen.size());
    for (std::size_t i = 0; i < chosen.size(); ++i) {
        const Question& q = set.questions[chosen[i]];
        out.push_back({phase, step * static_cast<Duration::rep>(i), CueKind::prompt, q.text, q.dimension, set.id, ""});
    }
}

/// A question the deep dive may ask, before it is given a time.
struct Candidate {
    std::string text;
    std::string dimension;
    std::string source;
    std::string area;
    bool follow_up = false;
    bool risk = false; ///< the problem's main risk, asked after the follow-ups
};

std::size_t focus_rank(const Problem& problem, const std::string& dimension) {
    auto it = std::find(problem.focus.begin(), problem.focus.end(), dimension);
    return static_cast<std::size_t>(it - problem.focus.begin()); // focus.size() when not in focus
}

/// The problem's own follow-ups (those on its focus first, in focus order), then for each focus
/// dimension in order the questions of the areas that probe it.
std::vector<Candidate> deep_dive_candidates(const QuestionSet& set, const Problem& problem,
                                            const std::string& phase_dimension) {
    std::vector<Candidate> follow_ups;
    for (const auto& f : problem.key.follow_ups)
        follow_ups.push_back({f.question, f.dimension, "problem/" + problem.id, "This problem", true});
    std::stable_sort(follow_ups.begin(), follow_ups.end(), [&](const Candidate& a, const Candidate& b) {
        return focus_rank(problem, a.dimension) < focus_rank(problem, b.dimension);
    });
    std::vector<Candidate> out = std::move(follow_ups);
    if (!problem.key.risks.empty())
        out.push_back({risk_question(problem.key.risks.front()), phase_dimension, "risk/" + problem.id, "Main risk",
                       false, true});
    for (const auto& dim : problem.focus)
        for (const auto& area : set.areas)
            if (std::find(area.dimensions.begin(), area.dimensions.end(), dim) != area.dimensions.end())
                for (const auto& q : area.questions)
                    out.push_back({q, dim, set.id + "/" + area.id, area.name, false});
    return out;
}

/// Picks `slots` candidates: the opening follow-ups, then one question for every focus dimension,
/// then the rest in order; no dimension more than its share, no question twice.
std::vector<Candidate> plan_deep_dive(const std::vector<Candidate>& candidates, const Problem& problem,
                                      std::size_t slots, const CuePacing& pacing) {
    std::size_t share =
        (slots + std::max<std::size_t>(1, problem.focus.size()) - 1) / std::max<std::size_t>(1, problem.focus.size());
    std::vector<bool> taken(candidates.size(), false);
    std::vector<std::string> texts;
    std::map<std::string, std::size_t> per_dimension;
    std::size_t count = 0;
    auto take = [&](std::size_t i) {
        const Candidate& c = candidates[i];
        if (taken[i] || count >= slots || per_dimension[c.dimension] >= share ||
            std::find(texts.begin(), texts.end(), c.text) != texts.end())
            return false;
        taken[i] = true;
        texts.push_back(c.text);
        ++per_dimension[c.dimension];
        ++count;
        return true;
    };
    auto opening = std::max<std::size_t>(pacing.min_follow_ups,
                                         static_cast<std::size_t>(static_cast<double>(slots) * pacing.follow_up_share));
    // The follow-ups fill the opening but one place, which the main risk takes.
    std::size_t quota = std::max(pacing.min_follow_ups, opening - 1);
    for (std::size_t i = 0, n = 0; i < candidates.size() && n < quota; ++i)
        if (candidates[i].follow_up && take(i)) ++n;
    for (std::size_t i = 0; i < candidates.size(); ++i)
        if (candidates[i].risk) take(i);
    for (const auto& dim : problem.focus)
        for (std::size_t i = 0; i < candidates.size() && per_dimension[dim] == 0; ++i)
            if (candidates[i].dimension == dim) take(i);
    for (std::size_t i = 0; i < candidates.size(); ++i)
        take(i);
    // Asked in order: the follow-ups first, the main risk, then the probes by focus.
    std::vector<Candidate> out;
    for (std::size_t i = 0; i < candidates.size(); ++i)
        if (taken[i] && (candidates[i].follow_up || candidates[i].risk)) out.push_back(candidates[i]);
    std::vector<Candidate> probes;
    for (std::size_t i = 0; i < candidates.size(); ++i)
        if (taken[i] && !candidates[i].follow_up && !candidates[i].risk) probes.push_back(candidates[i]);
    std::stable_sort(probes.begin(), probes.end(), [&](const Candidate& a, const Candidate& b) {
        return focus_rank(problem, a.dimension) < focus_rank(problem, b.dimension);
    });
    out.insert(out.end(), probes.begin(), probes.end());
    return out;
}

void schedule_probes(const QuestionSet& set, const Problem& problem, const Phase& phase, std::size_t index,
                     const CuePacing& pacing, std::vector<Cue>& out) {
    Duration length = phase.planned();
    auto chosen = plan_deep_dive(deep_dive_candidates(set, problem, phase.dimension), problem,
                                 fits(length, pacing.probe_interval), pacing);
    if (chosen.empty()) return;
    Duration step = length / static_cast<Duration::rep>(chosen.size());
    for (std::size_t i = 0; i < chosen.size(); ++i)
        out.push_back({index, step * static_cast<Duration::rep>(i), CueKind::probe, chosen[i].text, chosen[i].dimension,
                       chosen[i].source, chosen[i].area});
}

void schedule_curveball(const QuestionSet& set, const Problem& problem, std::size_t phase, Duration length,
                        const CuePacing& pacing, SeededRandom& rng, std::vector<Cue>& out) {
    std::vector<const Question*> fitting;
    for (const auto& q : set.questions)
        if (curveball_fits(q, problem)) fitting.push_back(&q);
    if (fitting.empty()) return;
    const Question& q = *fitting[rng.below(fitting.size())];
    double fraction = pacing.curveball_from + (pacing.curveball_to - pacing.curveball_from) * rng.unit();
    auto at = Duration(static_cast<Duration::rep>(static_cast<double>(length.count()) * fraction));
    out.push_back({phase, at, CueKind::curveball, q.text, q.dimension, set.id, ""});
}

} // namespace

const Reply* reply_to(const Cue& cue, const Problem& problem, const Content& content) {
    const QuestionSet* set = content.question_set(cue.source);
    if (set == nullptr || cue.kind != CueKind::prompt) return nullptr;
    for (const auto& q : set->questions)
        if (q.text == cue.text && !q.id.empty()) return problem.key.reply(q.id);
    return nullptr;
}

std::string risk_question(std::string_view risk) {
    return "A main risk here: " + headline(risk) + ". How does your design handle it?";
}

bool curveball_fits(const Question& curveball, const Problem& problem) {
    if (curveball.traits.empty()) return true;
    return std::any_of(curveball.traits.begin(), curveball.traits.end(), [&](const std::string& t) {
        return std::find(problem.key.traits.begin(), problem.key.traits.end(), t) != problem.key.traits.end();
    });
}

std::string_view to_string(CueKind kind) {
    switch (kind) {
    case CueKind::prompt:
        return "prompt";
    case CueKind::probe:
        return "probe";
    case CueKind::curveball:
        return "curveball";
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
            case SetKind::prompts:
                schedule_prompts(*set, p, phase.planned(), pacing, rng, phase_cues);
                break;
            case SetKind::deep_dive:
                schedule_probes(*set, problem, phase, p, pacing, phase_cues);
                break;
            case SetKind::curveballs:
                if (phase.id == kDeepDivePhase)
                    schedule_curveball(*set, problem, p, phase.planned(), pacing, rng, phase_cues);
                break;
            case SetKind::bank:
                break;
            }
        }
        std::stable_sort(phase_cues.begin(), phase_cues.end(), [](const Cue& a, const Cue& b) { return a.at < b.at; });
        for (auto& cue : phase_cues)
            if (std::none_of(out.begin(), out.end(), [&](const Cue& c) { return c.text == cue.text; }))
                out.push_back(std::move(cue)); // no question twice in a session
    }
    return out;
}

CueBoard::CueBoard(std::vector<Cue> schedule)
    : schedule_(std::move(schedule)), states_(schedule_.size(), CueState::pending) {}

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

void CueBoard::mark(std::size_t cue, CueState state) {
    states_.at(cue) = state;
}

std::optional<std::size_t> CueBoard::find(std::size_t phase, const std::string& text) const {
    for (std::size_t i = 0; i < schedule_.size(); ++i)
        if (schedule_[i].phase == phase && schedule_[i].text == text) return i;
    return std::nullopt;
}

} // namespace sdmock
