#pragma once
/// A finished mock read back against the answer key, phase by phase: the candidate's notes beside
/// the key's points to tick, the questions skipped or never reached with the model answers that
/// exist, coverage per dimension beside the self-scores, and the common mistakes to check.
#include "core/coverage.hpp"
#include "core/mock.hpp"
#include "core/session.hpp"

#include <string>
#include <vector>

namespace sdmock {

struct ReviewPhase {
    std::string id;
    std::string name;
    std::vector<Note> notes;      ///< the candidate's own, in full
    std::vector<KeyPoint> points; ///< the key's points for this phase
};

/// A question the candidate skipped, or never reached (the phase ended before it came on screen).
struct MissedQuestion {
    std::string phase;
    std::string dimension;
    std::string text;
    std::string answer;   ///< a model answer or the strong-answer points, when the content has them
    bool skipped = false; ///< skipped on screen; else it was never reached
};

/// What the mock's level must show in one dimension.
struct LevelExpectation {
    std::string dimension;
    std::string text;
};

struct Review {
    std::string level;                          ///< the level the mock was run at; empty when the history has none
    std::string level_name;                     ///< its name in the rubric ("Senior (L6+)")
    std::vector<LevelExpectation> expectations; ///< per rubric dimension, in rubric order; empty without a level
    std::vector<ReviewPhase> phases;
    std::vector<MissedQuestion> missed;
    std::vector<DimensionCoverage> coverage;
    std::vector<Mistake> mistakes; ///< the rubric's, those of the lowest self-scored dimensions first
};

/// The model answer the content has for a question's text: the problem's reply to a clarifying
/// question, a question set's answer, a follow-up's strong-answer points, or a risk's mitigation;
/// empty when it has none.
[[nodiscard]] std::string model_answer(const std::string& text, const Problem& problem, const Content& content);

/// The questions `record` skipped or never reached, once each, in the order of its events.
[[nodiscard]] std::vector<MissedQuestion> missed_questions(const SessionRecord& record, const Problem& problem,
                                                           const Content& content);

/// Builds the review of `record` (its plan and problem given). Notes are the candidate's: in a
/// paired mock those they wrote while following, in a solo one their own.
[[nodiscard]] Review build_review(const SessionRecord& record, const Problem& problem, const Plan& plan,
                                  const Content& content, const Ticks& ticks);

} // namespace sdmock
