#include "cli/commands.hpp"

#include "core/error.hpp"
#include "report/session_view.hpp"
#include "store/history.hpp"

#include <ostream>

namespace sdmock::cli {

int run_show(const Context& context, const ShowOptions& options) {
    History history(context.db);
    auto record = history.load(options.session);
    if (!record) throw Error("no session " + std::to_string(options.session) + " in " + context.db.string());
    if (options.format == "json") {
        context.out << render_session_json(*record);
    } else {
        Content content = load_valid_content(context);
        context.out << render_session_text(*record, content);
    }
    return kExitOk;
}

} // namespace sdmock::cli
