#include "core/review.hpp"

#include "core/text.hpp"

#include <algorithm>

namespace sdmock {

/// The model answer the content has for a question's text: the problem's reply to a clarifying
/// question, a question set's answer, a follow-up's strong-answer points, or a risk's mitigation.
std::string model_answer(const std::string& text, const Problem& problem, const Content& content) {
    for (const auto& set : content.question_sets)
        for (const auto& q : set.questions) {
            if (q.text != text) continue;
            if (const Reply* reply = q.id.empty() ? nullptr : problem.key.reply(q.id)) return reply->text;
            if (!q.answer.empty()) return q.answer;
        }
    for (const auto& f : problem.key.follow_ups)
        if (f.question == text) return join(f.points, "; ");
    for (const auto& risk : problem.key.risks)
        if (risk_question(risk) == text) return risk;
    return {};
}

std::vector<MissedQuestion> missed_questions(const SessionRecord& record, const Problem& problem,
                                             const Content& content) {
    std::vector<MissedQuestion> out;
    for (const auto& e : record.events) {
        bool skipped = e.kind == event::cue_skipped;
        // Unreached and never on screen (value 0); one shown and left open was asked.
        if (!skipped && (e.kind != event::cue_unreached || e.value != 0)) continue;
        if (std::any_of(out.begin(), out.end(), [&](const MissedQuestion& m) { return m.text == e.text; })) continue;
        out.push_back({e.phase, e.dimension, e.text, model_answer(e.text, problem, content), skipped});
    }
    return out;
}

namespace {

/// The rubric's mistakes, those whose dimension scored lowest first (rubric order otherwise).
std::vector<Mistake> ordered_mistakes(const Rubric& rubric, const std::optional<Scorecard>& self) {
    std::vector<Mistake> out = rubric.mistakes;
    auto score = [&](const Mistake& m) {
        auto index = dimension_index(m.dimension);
        if (!self || !index || !self->scores[*index]) return kMaxScore + 1;
        return *self->scores[*index];
    };
    std::stable_sort(out.begin(), out.end(), [&](const Mistake& a, const Mistake& b) { return score(a) < score(b); });
    return out;
}

} // namespace

Review build_review(const SessionRecord& record, const Problem& problem, const Plan& plan, const Content& content,
                    const Ticks& ticks) {
    Review review;
    auto points = key_points(problem, plan);
    std::string_view own_notes = record.info.mode == Mode::solo ? event::note : event::candidate_note;
    for (const auto& phase : plan.phases) {
        ReviewPhase rp{phase.id, phase.name, {}, {}};
        for (const auto& e : record.events)
            if (e.kind == own_notes && e.phase == phase.id) rp.notes.push_back({e.t, e.phase, e.dimension, e.text});
        for (const auto& p : points)
            if (p.phase == phase.id) rp.points.push_back(p);
        review.phases.push_back(std::move(rp));
    }
    review.missed = missed_questions(record, problem, content);
    review.coverage = coverage_by_dimension(points, ticks);
    review.mistakes = ordered_mistakes(content.rubric, record.self);
    if (const Level* level = content.rubric.level(record.info.level)) {
        review.level = level->id;
        review.level_name = level->name;
        for (const auto& d : content.rubric.dimensions)
            review.expectations.push_back({d.id, d.expectation(level->id)});
    }
    return review;
}

} // namespace sdmock
