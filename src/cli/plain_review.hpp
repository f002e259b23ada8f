#pragma once
/// The review of a finished mock in line mode: phase by phase the notes and the key points, one
/// y/n answer per point read from the input and saved at once, then the coverage beside the
/// self-scores, the missed questions and the common mistakes.
#include "core/review.hpp"
#include "store/history.hpp"

#include <iosfwd>

namespace sdmock::cli {

/// What a review needs besides the record: its problem, plan and key points.
struct ReviewInput {
    const Problem* problem = nullptr;
    const Plan* plan = nullptr;
    std::vector<KeyPoint> points;
};

/// Throws Error when the session's problem or plan is not in the content any more.
[[nodiscard]] ReviewInput review_input(const SessionRecord& record, const Content& content);

/// Asks for every point in turn; returns the exit code (1 when the input ends first: the
/// answers given are kept). `echo` writes each answer read after its prompt (input not a terminal).
int run_plain_review(History& history, const SessionRecord& record, const Content& content, const ReviewInput& input,
                     std::istream& in, std::ostream& out, std::ostream& err, bool echo);

} // namespace sdmock::cli
