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

/// Where the content and the history are, and why.
struct Locations {
    std::filesystem::path home; ///< holds prompts/ and rubrics/
    std::filesystem::path db;   ///< the history database
    /// Neither --home nor $SDMOCK_HOME was given and the program runs from an installed copy
    /// (<prefix>/bin/sdmock beside <prefix>/share/sdmock): the history is kept under
    /// $XDG_DATA_HOME/sdmock, not under the (read-only) content folder.
    bool installed = false;
};

/// The content folder of an installed copy, <prefix>/share/sdmock, when `program` (the running
/// executable) sits in <prefix>/bin and that folder holds prompts/; else empty.
[[nodiscard]] std::filesystem::path installed_home(const std::filesystem::path& program);
/// $XDG_DATA_HOME/sdmock, else ~/.local/share/sdmock (empty if neither can be known).
[[nodiscard]] std::filesystem::path data_home();
/// --home, else $SDMOCK_HOME, else the installed copy's share folder, else the source tree the
/// program was built from; --db, else $SDMOCK_DB, else <home>/history/sdmock.db, or for an
/// installed copy $XDG_DATA_HOME/sdmock/sdmock.db.
[[nodiscard]] Locations resolve_locations(const GlobalOptions& options);
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
