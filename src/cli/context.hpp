#pragma once
/// What every command gets: where the content and the history are, and where to print.
#include "core/config.hpp"
#include "core/content.hpp"
#include "core/dates.hpp"

#include <filesystem>
#include <iosfwd>
#include <string>

namespace sdmock::cli {

/// Options given before or after any command.
struct GlobalOptions {
    std::string home; ///< --home
    std::string db;   ///< --db
};

struct Context {
    std::filesystem::path home;
    std::filesystem::path db;
    std::ostream& out;
    std::ostream& err;
    Config config;
};

/// --home, else $SDMOCK_HOME, else the source tree the program was built from.
[[nodiscard]] std::filesystem::path resolve_home(const std::string& flag);
/// --db, else $SDMOCK_DB, else <home>/history/sdmock.db.
[[nodiscard]] std::filesystem::path resolve_db(const std::filesystem::path& home, const std::string& flag);
[[nodiscard]] Context make_context(const GlobalOptions& options);

/// The content under the home folder; throws ContentError (pointing at `sdmock check`) if any
/// file is invalid.
[[nodiscard]] Content load_valid_content(const Context& context);

/// Today in the local zone: the default end of a trends window.
[[nodiscard]] Date local_today();

/// The problem with this id, or a UsageError listing the closest ids.
[[nodiscard]] const Problem& find_problem(const Content& content, const std::string& id);
[[nodiscard]] const Plan& find_plan(const Content& content, const std::string& id);

} // namespace sdmock::cli

namespace sdmock::tui {
struct Options;
}

namespace sdmock::cli {
/// Screen options from the config and the environment (NO_COLOR).
[[nodiscard]] tui::Options tui_options(const Context& context, std::int64_t session);
} // namespace sdmock::cli
