#include "cli/commands.hpp"

#include "content/loader.hpp"
#include "core/error.hpp"

#include <filesystem>
#include <ostream>

namespace sdmock::cli {

int run_check(const Context& context) {
    std::error_code ec;
    if (!std::filesystem::is_directory(context.home / "prompts", ec))
        throw ContentError("no content folder at " + (context.home / "prompts").string() +
                           ": give the sdmock folder with --home or SDMOCK_HOME");
    LoadResult result = load_content(context.home);
    for (const auto& d : result.diagnostics.all())
        context.err << d.str() << '\n';
    const Content& c = result.content;
    int errors = result.diagnostics.error_count();
    int warnings = result.diagnostics.warning_count();
    std::string counts = std::to_string(c.problems.size()) + " problems, " + std::to_string(c.plans.size()) +
                         " plans, " + std::to_string(c.question_sets.size()) + " question sets, " +
                         std::to_string(c.cards.size()) + " cards, " + std::to_string(c.rubric.dimensions.size()) +
                         " rubric dimensions, " + std::to_string(c.guide.parts.size()) + " guide Parts, " +
                         std::to_string(c.study_plans.size()) + " study plans, " + std::to_string(c.checklists.size()) +
                         (c.checklists.size() == 1 ? " checklist" : " checklists");
    if (errors > 0) {
        context.err << "check: " << errors << (errors == 1 ? " error" : " errors");
        if (warnings > 0) context.err << ", " << warnings << (warnings == 1 ? " warning" : " warnings");
        context.err << " in " << result.files << " files\n";
        return kExitFailure;
    }
    context.out << "ok: " << result.files << " files valid (" << counts << ")";
    if (warnings > 0) context.out << "; " << warnings << (warnings == 1 ? " warning" : " warnings");
    context.out << '\n';
    return kExitOk;
}

} // namespace sdmock::cli
