#include "cli/app.hpp"

#include "cli/commands.hpp"
#include "core/error.hpp"

#include <CLI/CLI.hpp>

#include <iostream>

namespace sdmock::cli {
namespace {

constexpr const char* kFooter =
    "Content (prompts/, rubrics/) and history come from --home, else $SDMOCK_HOME, else the folder\n"
    "sdmock was built from. The history is <home>/history/sdmock.db unless --db or $SDMOCK_DB.\n"
    "Exit codes: 0 success, 1 failure, 2 usage error.";

struct Parsed {
    GlobalOptions globals;
    ProblemsOptions problems;
};

void add_globals(CLI::App& app, GlobalOptions& globals) {
    app.add_option("--home", globals.home, "Folder holding prompts/, rubrics/ and history/")->type_name("DIR");
    app.add_option("--db", globals.db, "History database file")->type_name("PATH");
}

} // namespace

int main(int argc, char** argv) {
    CLI::App app{"sdmock: timed mock system-design interviews in the terminal, scored and tracked week by week.",
                 "sdmock"};
    app.set_version_flag("--version", std::string("sdmock ") + SDMOCK_VERSION);
    app.footer(kFooter);
    app.require_subcommand(0, 1);
    Parsed parsed;
    add_globals(app, parsed.globals);
    app.get_formatter()->column_width(24);

    auto* check = app.add_subcommand("check", "Validate every content file; print file:line:column for each problem");
    auto* problems = app.add_subcommand("problems", "The problem bank: list the problems or show one in full");
    problems->require_subcommand(0, 1);
    auto* list = problems->add_subcommand("list", "One line per problem: id, title, focus dimensions (default)");
    list->add_option("--format", parsed.problems.format, "Output format")
        ->check(CLI::IsMember({"text", "json"}))
        ->capture_default_str();
    auto* show = problems->add_subcommand("show", "The full problem card with its answer key");
    show->add_option("id", parsed.problems.id, "Problem id (see `sdmock problems list`)")->required();
    show->add_option("--format", parsed.problems.format, "Output format")
        ->check(CLI::IsMember({"text", "json"}))
        ->capture_default_str();

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        return app.exit(e);
    }

    try {
        Context context = make_context(parsed.globals);
        if (check->parsed()) return run_check(context);
        if (show->parsed()) return run_problems_show(context, parsed.problems);
        if (problems->parsed()) return run_problems_list(context, parsed.problems);
        std::cout << app.help();
        return kExitOk;
    } catch (const Error& e) {
        std::cerr << "sdmock: " << e.what() << '\n';
        return e.exit_code();
    } catch (const std::exception& e) {
        std::cerr << "sdmock: unexpected error: " << e.what() << '\n';
        return kExitFailure;
    }
}

} // namespace sdmock::cli
