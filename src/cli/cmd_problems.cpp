#include "cli/commands.hpp"

#include "core/error.hpp"
#include "report/problem_card.hpp"

#include <ostream>

namespace sdmock::cli {

int run_problems_list(const Context& context, const ProblemsOptions& options) {
    Content content = load_valid_content(context);
    if (options.format == "json")
        context.out << render_problem_list_json(content.problems);
    else
        context.out << render_problem_list(content.problems);
    return kExitOk;
}

int run_problems_show(const Context& context, const ProblemsOptions& options) {
    Content content = load_valid_content(context);
    const Problem& problem = find_problem(content, options.id);
    if (options.format == "json")
        context.out << render_problem_json(problem);
    else
        context.out << render_problem_text(problem, content, {.width = 80, .answer_key = true});
    return kExitOk;
}

} // namespace sdmock::cli
