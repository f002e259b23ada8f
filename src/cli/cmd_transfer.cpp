#include "cli/commands.hpp"

#include "core/error.hpp"
#include "core/history_csv.hpp"
#include "report/session_view.hpp"
#include "store/history.hpp"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <ostream>
#include <sstream>

namespace sdmock::cli {

int run_export(const Context& context, const ExportOptions& options) {
    History history(context.db);
    if (options.format == "json") {
        auto records = history.list();
        context.out << "[";
        for (std::size_t i = 0; i < records.size(); ++i) {
            std::string doc = render_session_json(records[i]);
            doc.pop_back(); // the trailing newline
            context.out << (i ? ",\n" : "\n") << doc;
        }
        context.out << (records.empty() ? "]\n" : "\n]\n");
    } else {
        context.out << write_history_csv(history.history_rows());
    }
    return kExitOk;
}

int run_import(const Context& context, const ImportOptions& options) {
    std::ifstream in(options.file, std::ios::binary);
    if (!in) throw Error("cannot read " + options.file + ": " + std::strerror(errno));
    std::ostringstream text;
    text << in.rdbuf();
    Content content = load_valid_content(context);
    ImportParse parsed = parse_history_csv(text.str(), content.problem_ids(), content.plan_ids());
    if (!parsed.errors.empty()) {
        constexpr std::size_t kShown = 20; // enough to see the pattern; the count says the rest
        for (std::size_t i = 0; i < parsed.errors.size() && i < kShown; ++i)
            context.err << options.file << ":" << parsed.errors[i] << '\n';
        if (parsed.errors.size() > kShown)
            context.err << options.file << ": ... and " << parsed.errors.size() - kShown << " more bad lines\n";
        throw Error(options.file + " was not imported: " + std::to_string(parsed.errors.size()) + " bad line" +
                    (parsed.errors.size() == 1 ? "" : "s") + " (listed above); the history is unchanged");
    }
    History history(context.db);
    auto counts = history.import_sessions(parsed.sessions);
    context.out << "imported " << counts.imported << " session" << (counts.imported == 1 ? "" : "s");
    if (counts.skipped > 0) context.out << "; " << counts.skipped << " already in the history, left as they were";
    context.out << '\n';
    return kExitOk;
}

} // namespace sdmock::cli
