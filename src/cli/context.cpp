#include "cli/context.hpp"

#include "content/config.hpp"
#include "content/loader.hpp"
#include "core/error.hpp"
#include "core/text.hpp"

#include <sys/stat.h>

#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <iostream>

namespace fs = std::filesystem;

namespace sdmock::cli {
namespace {

std::string env(const char* name) {
    const char* value = std::getenv(name);
    return value != nullptr ? value : "";
}

[[noreturn]] void unknown_id(std::string_view what, const std::string& id, const std::vector<std::string>& ids,
                             std::string_view list_command) {
    std::string message = "no " + std::string(what) + " \"" + id + "\"";
    auto near = closest(id, ids, 3);
    if (!near.empty())
        message += "; did you mean " + join(near, ", ") + "?";
    else
        message += " (" + std::string(list_command) + " lists them)";
    throw UsageError(message);
}

} // namespace

fs::path installed_home(const fs::path& program) {
    if (program.empty() || program.parent_path().filename() != "bin") return {};
    fs::path share = program.parent_path().parent_path() / "share" / "sdmock";
    std::error_code ec;
    return fs::is_directory(share / "prompts", ec) ? share : fs::path();
}

fs::path data_home() {
    if (auto value = env("XDG_DATA_HOME"); !value.empty() && fs::path(value).is_absolute())
        return fs::path(value) / "sdmock";
    if (auto value = env("HOME"); !value.empty()) return fs::path(value) / ".local" / "share" / "sdmock";
    return {};
}

Locations resolve_locations(const GlobalOptions& options) {
    Locations at;
    if (!options.home.empty())
        at.home = options.home;
    else if (auto value = env("SDMOCK_HOME"); !value.empty())
        at.home = value;
    else {
        std::error_code ec;
        at.home = installed_home(fs::read_symlink("/proc/self/exe", ec));
        at.installed = !at.home.empty();
        if (!at.installed) at.home = SDMOCK_SOURCE_HOME;
    }
    if (!options.db.empty())
        at.db = options.db;
    else if (auto value = env("SDMOCK_DB"); !value.empty())
        at.db = value;
    else if (at.installed) {
        fs::path data = data_home();
        if (data.empty()) throw UsageError("no folder for the history: set XDG_DATA_HOME or HOME, or give --db");
        at.db = data / "sdmock.db";
    } else
        at.db = at.home / "history" / "sdmock.db";
    return at;
}

Context make_context(const GlobalOptions& options) {
    Locations at = resolve_locations(options);
    std::vector<std::string> warnings;
    Config config = load_config(config_path(), &warnings);
    for (const auto& w : warnings)
        std::cerr << "sdmock: " << w << '\n';
    fs::path db = at.db;
    struct stat st {};
    if (::stat(db.c_str(), &st) == 0 && S_ISREG(st.st_mode) && (st.st_mode & 077U) != 0) {
        char mode[8];
        std::snprintf(mode, sizeof mode, "%04o", static_cast<unsigned>(st.st_mode & 07777U));
        std::cerr << "sdmock: warning: the history " << db.string() << " can be read by others (mode " << mode
                  << "); `chmod 600` it to keep it private\n";
    }
    return {at.home, db, std::cout, std::cerr, config};
}

Content load_valid_content(const Context& context) {
    std::error_code ec;
    if (!fs::is_directory(context.home / "prompts", ec))
        throw ContentError("no content folder at " + (context.home / "prompts").string() +
                           ": give the sdmock folder with --home or SDMOCK_HOME");
    LoadResult result = load_content(context.home);
    if (result.diagnostics.has_errors()) {
        const Diagnostic* first = nullptr;
        for (const auto& d : result.diagnostics.all())
            if (d.severity == Diagnostic::Severity::error && first == nullptr) first = &d;
        int n = result.diagnostics.error_count();
        throw ContentError("the content has " + std::to_string(n) + (n == 1 ? " error" : " errors") +
                           " (`sdmock check` lists them), the first: " + first->str());
    }
    return std::move(result.content);
}

Date local_today() {
    std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    return {local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
}

const Problem& find_problem(const Content& content, const std::string& id) {
    if (const Problem* p = content.problem(id)) return *p;
    unknown_id("problem", id, content.problem_ids(), "`sdmock problems list`");
}

const Plan& find_plan(const Content& content, const std::string& id) {
    if (const Plan* p = content.plan(id)) return *p;
    unknown_id("plan", id, content.plan_ids(), "prompts/plans/");
}

} // namespace sdmock::cli
