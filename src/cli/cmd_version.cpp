#include "cli/commands.hpp"
#include "content/loader.hpp"
#include "core/error.hpp"

#include <ostream>

namespace fs = std::filesystem;

namespace sdmock::cli {

int run_version(const Context& context) {
    context.out << "sdmock " << SDMOCK_VERSION << '\n';
    std::error_code ec;
    if (!fs::is_directory(context.home / "prompts", ec)) {
        context.out << "content: none at " << context.home.string() << '\n';
    } else {
        LoadResult loaded = load_content(context.home);
        const Content& c = loaded.content;
        context.out << "content " << (c.guide.version.empty() ? std::string("(no version)") : c.guide.version) << ": "
                    << c.problems.size() << " problems, " << c.plans.size() << " plans, " << c.cards.size()
                    << " cards, in " << context.home.string();
        if (loaded.diagnostics.has_errors()) context.out << " (with errors: run `sdmock check`)";
        context.out << '\n';
    }
    context.out << "history: " << context.db.string() << '\n';
    return context.out.flush() ? kExitOk : kExitFailure;
}

} // namespace sdmock::cli
