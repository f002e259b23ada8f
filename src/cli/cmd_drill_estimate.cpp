#include "cli/commands.hpp"

#include "cli/system_clock.hpp"
#include "core/error.hpp"
#include "core/estimate.hpp"
#include "core/estimate_drill.hpp"
#include "core/session.hpp"
#include "core/text.hpp"
#include "report/estimate_view.hpp"
#include "store/history.hpp"

#include <unistd.h>

#include <cmath>
#include <iostream>
#include <ostream>

namespace sdmock::cli {
namespace {

/// 25,000,000: a given as the question states it.
std::string separated(double value) {
    std::string digits = format_number(value);
    if (digits.find_first_not_of("0123456789") != std::string::npos) return digits;
    std::string out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
        out += digits[i];
    }
    return out;
}

std::string givens_text(const EstimateExercise& e) {
    std::vector<std::string> parts;
    for (const auto& [name, value] : e.givens)
        parts.push_back(name + " " + separated(value));
    return join(parts, " · ");
}

struct Tally {
    int asked = 0;
    int answered = 0;
    int on_target = 0;
    int right_order = 0;
    int off = 0;
    int rejected = 0;
    int skipped = 0;
};

/// Asks one exercise; returns false when standard input ended before an answer.
bool ask(const Context& context, const EstimateExercise& e, std::size_t index, std::size_t total, bool interactive,
         History& history, const Clock& clock, Tally& tally) {
    std::ostream& out = context.out;
    out << "\n[" << index + 1 << "/" << total << "] " << kind_label(e.kind) << " · " << e.problem << '\n';
    for (const auto& l : wrap(e.question, 78))
        out << "  " << l << '\n';
    for (const auto& l : wrap("Givens: " + givens_text(e), 78))
        out << "  " << l << '\n';
    SteadyTime start = clock.steady_now();
    std::string line;
    std::optional<Quantity> answer;
    for (;;) {
        out << "  Your answer (" << kind_phrase(e.unit) << "): " << std::flush;
        if (!std::getline(std::cin, line)) {
            out << '\n';
            return false;
        }
        if (!interactive) out << line << '\n'; // echo what was read, so a transcript reads whole
        if (line.find_first_not_of(" \t\r") == std::string::npos) break;
        if (!line.empty() && line.back() == '\r') line.pop_back();
        ParsedQuantity q = parse_quantity(line, e.unit, "the " + kind_label(e.kind) + " estimate");
        if (q.quantity) {
            answer = q.quantity;
            break;
        }
        out << std::flush; // the error lands after the prompt it answers
        context.err << "sdmock: " << q.error << '\n';
        if (!interactive) {
            ++tally.rejected;
            break;
        }
    }
    double seconds = std::chrono::duration<double>(clock.steady_now() - start).count();
    ++tally.asked;
    out << "  Answer: " << format_quantity(e.answer, e.unit) << "  (" << e.working << ")\n";
    if (!answer) {
        if (line.find_first_not_of(" \t\r") == std::string::npos) ++tally.skipped;
        out << "  Not graded.\n";
        return true;
    }
    EstimateRecord r;
    r.kind = e.kind;
    r.name = e.question;
    r.given = line;
    r.value = answer->value;
    r.reference = e.answer;
    r.unit = e.unit;
    r.how = e.working;
    r.seconds = seconds;
    r.recorded_at = iso_local(clock.wall_now());
    history.add_estimate(r); // at once: an interrupted drill keeps what was answered
    ++tally.answered;
    Verdict v = r.verdict();
    (v == Verdict::on_target ? tally.on_target : v == Verdict::right_order ? tally.right_order : tally.off)++;
    out << "  Yours: " << format_quantity(r.value, r.unit) << " · " << ratio_text(r.ratio()) << " · " << to_string(v)
        << " · " << std::lround(seconds) << " s\n";
    return true;
}

} // namespace

int run_drill_estimate(const Context& context, const DrillEstimateOptions& options) {
    Content content = load_valid_content(context);
    std::vector<ProblemScale> scales;
    if (!options.problem.empty()) {
        scales.push_back(scale_of(find_problem(content, options.problem)));
    } else {
        for (const auto& p : content.problems)
            scales.push_back(scale_of(p));
    }
    if (scales.empty()) throw Error("no problems to take a scale from");
    SystemClock clock;
    auto seed =
        options.seed >= 0
            ? static_cast<std::uint64_t>(options.seed)
            : static_cast<std::uint64_t>(
                  std::chrono::duration_cast<std::chrono::milliseconds>(clock.wall_now().time_since_epoch()).count() %
                  1'000'000);
    auto exercises = estimate_exercises(scales, seed, options.count);
    if (options.format == "json") {
        context.out << exercises_json(exercises);
        return kExitOk;
    }
    bool interactive = !options.plain && isatty(STDIN_FILENO) != 0;
    History history(context.db);
    context.out << "Estimation drill · seed " << seed << " · " << exercises.size() << " exercise"
                << (exercises.size() == 1 ? "" : "s") << " · answer with a unit (empty: see it)\n";
    Tally tally;
    bool ended = false;
    for (std::size_t i = 0; i < exercises.size() && !ended; ++i)
        ended = !ask(context, exercises[i], i, exercises.size(), interactive, history, clock, tally);
    context.out << '\n'
                << tally.answered << " graded of " << exercises.size() << ": " << tally.on_target << " on target, "
                << tally.right_order << " right order, " << tally.off << " off";
    if (tally.skipped > 0) context.out << ", " << tally.skipped << " skipped";
    if (tally.rejected > 0) context.out << ", " << tally.rejected << " not read";
    context.out << "; saved to the history.\nAgain: sdmock drill estimate --seed " << seed
                << (options.problem.empty() ? "" : " --problem " + options.problem) << " --count " << options.count
                << '\n';
    if (ended)
        context.err << "sdmock: standard input ended after " << tally.asked << " of " << exercises.size()
                    << " exercises; the answers given are saved\n";
    return tally.rejected > 0 || ended ? kExitFailure : kExitOk;
}

} // namespace sdmock::cli
