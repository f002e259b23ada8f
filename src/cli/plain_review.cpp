#include "cli/plain_review.hpp"

#include "core/error.hpp"
#include "core/text.hpp"
#include "report/review_view.hpp"

#include <istream>
#include <ostream>

namespace sdmock::cli {
namespace {

constexpr int kWidth = 80;

void print_wrapped(std::ostream& out, const std::string& text, int indent) {
    for (const auto& line : wrap(text, kWidth - indent))
        out << std::string(static_cast<std::size_t>(indent), ' ') << line << '\n';
}

/// Reads y or n; nullopt when the input ends.
std::optional<bool> read_answer(std::istream& in, std::ostream& out, std::ostream& err, bool echo) {
    for (;;) {
        out << "  covered? [y/n]: " << std::flush;
        std::string line;
        if (!std::getline(in, line)) return std::nullopt;
        if (echo) out << line << '\n';
        std::string word = line.substr(0, line.find_first_of(" \t\r"));
        if (word == "y" || word == "Y" || word == "yes") return true;
        if (word == "n" || word == "N" || word == "no") return false;
        err << "sdmock: answer y (covered) or n (not covered), got \"" << line << "\"\n";
    }
}

void print_notes(const ReviewPhase& phase, std::ostream& out) {
    out << "Your notes:\n";
    if (phase.notes.empty()) out << "  (none)\n";
    for (const auto& n : phase.notes)
        print_wrapped(out, clock_text(n.t) + " [" + n.dimension + "] " + n.text, 2);
}

} // namespace

ReviewInput review_input(const SessionRecord& record, const Content& content) {
    ReviewInput input;
    input.problem = content.problem(record.info.problem);
    input.plan = content.plan(record.info.plan);
    if (input.problem == nullptr || input.plan == nullptr)
        throw Error("session " + std::to_string(record.info.id) + " is of problem '" + record.info.problem +
                    "' and plan '" + record.info.plan + "', and the content has no such " +
                    (input.problem == nullptr ? "problem" : "plan") + " to review it against");
    input.points = key_points(*input.problem, *input.plan);
    return input;
}

int run_plain_review(History& history, const SessionRecord& record, const Content& content, const ReviewInput& input,
                     std::istream& in, std::ostream& out, std::ostream& err, bool echo) {
    Review review = build_review(record, *input.problem, *input.plan, content, history.coverage(record.info.id));
    out << "Review of session " << record.info.id << ": " << input.problem->title << " · " << input.plan->name << '\n'
        << "For each point of the answer key, answer y if you covered it, n if not.\n";
    std::size_t answered = 0;
    for (std::size_t p = 0; p < review.phases.size(); ++p) {
        const ReviewPhase& phase = review.phases[p];
        out << "\n== Phase " << p + 1 << "/" << review.phases.size() << ": " << phase.name << " ==\n";
        print_notes(phase, out);
        out << "The answer key (" << phase.points.size() << " points):\n";
        for (const auto& point : phase.points) {
            print_wrapped(out, "[" + point.dimension + "] " + point.text, 2);
            auto answer = read_answer(in, out, err, echo);
            if (!answer) {
                out << '\n';
                err << "sdmock: input ended after " << answered << " of " << input.points.size()
                    << " points; those answers are saved: sdmock review " << record.info.id << " to go on\n";
                return kExitFailure;
            }
            history.set_coverage(record.info.id, point.id, *answer);
            ++answered;
        }
    }
    review = build_review(record, *input.problem, *input.plan, content, history.coverage(record.info.id));
    out << '\n';
    for (const auto& line : review_tail_lines(review, record, content.rubric, kWidth))
        out << line << '\n';
    for (const auto& line : review_study_lines(review, content, kWidth))
        out << line << '\n';
    return kExitOk;
}

} // namespace sdmock::cli
