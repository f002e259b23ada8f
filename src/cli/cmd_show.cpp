#include "cli/commands.hpp"

#include "core/error.hpp"
#include "report/session_view.hpp"
#include "store/history.hpp"

#include <filesystem>
#include <ostream>

namespace sdmock::cli {

int run_show(const Context& context, const ShowOptions& options) {
    History history(context.db);
    auto record = history.load(options.session);
    if (!record) throw Error("no session " + std::to_string(options.session) + " in " + context.db.string());
    if (record->recording) // where it is on this machine, not only beside which history
        record->recording->file = history.recording_path(record->recording->file);
    if (options.format == "json") {
        // The coverage needs the answer key: left out when the content cannot be read.
        std::optional<CoverageInput> coverage;
        try {
            Content content = load_valid_content(context);
            const Problem* problem = content.problem(record->info.problem);
            const Plan* plan = content.plan(record->info.plan);
            if (problem != nullptr && plan != nullptr)
                coverage = CoverageInput{key_points(*problem, *plan), history.coverage(options.session)};
        } catch (const ContentError&) {
        }
        context.out << render_session_json(*record, coverage ? &*coverage : nullptr);
    } else {
        Content content = load_valid_content(context);
        context.out << render_session_text(*record, content);
    }
    return kExitOk;
}

} // namespace sdmock::cli
