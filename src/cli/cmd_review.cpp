#include "cli/commands.hpp"

#include "cli/plain_review.hpp"
#include "cli/signals.hpp"
#include "cli/system_clock.hpp"
#include "core/error.hpp"
#include "report/review_view.hpp"
#include "store/history.hpp"
#include "tui/tui.hpp"

#include <unistd.h>

#include <iostream>

namespace sdmock::cli {

int run_review(const Context& context, const ReviewOptions& options) {
    History history(context.db);
    auto record = history.load(options.session);
    if (!record) throw Error("no session " + std::to_string(options.session) + " in " + context.db.string());
    if (record->info.status == Status::running)
        throw Error("session " + std::to_string(options.session) +
                    " is still running; finish it first (sdmock resume " + std::to_string(options.session) + ")");
    Content content = load_valid_content(context);
    ReviewInput input = review_input(*record, content);
    if (options.format == "json") {
        Ticks ticks = history.coverage(options.session);
        context.out << render_review_json(build_review(*record, *input.problem, *input.plan, content, ticks), *record,
                                          input.points, ticks);
        return kExitOk;
    }
    bool plain = options.plain || isatty(STDIN_FILENO) == 0 || isatty(STDOUT_FILENO) == 0;
    if (plain)
        return run_plain_review(history, *record, content, input, std::cin, context.out, context.err,
                                isatty(STDIN_FILENO) == 0);
    tui::ReviewHooks hooks{
        [&] { return history.coverage(options.session); },
        [&](const std::string& point, bool covered) { history.set_coverage(options.session, point, covered); },
        [&](int width) {
            Review review =
                build_review(*record, *input.problem, *input.plan, content, history.coverage(options.session));
            auto lines = review_tail_lines(review, *record, content.rubric, width);
            auto study = review_study_lines(review, content, width);
            lines.insert(lines.end(), study.begin(), study.end());
            return lines;
        }};
    install_stop_handlers();
    SystemClock clock;
    tui::run_review(*record, content, *input.problem, *input.plan, tui_options(context, options.session), hooks, clock,
                    stop_signal());
    return kExitOk;
}

} // namespace sdmock::cli
