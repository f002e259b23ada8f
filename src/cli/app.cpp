#include "cli/app.hpp"

#include "cli/commands.hpp"
#include "core/error.hpp"

#include <CLI/CLI.hpp>

#include <csignal>
#include <iostream>

namespace sdmock::cli {
namespace {

constexpr const char* kFooter =
    "Content (prompts/, rubrics/) and history come from --home, else $SDMOCK_HOME, else the folder\n"
    "sdmock was built from. The history is <home>/history/sdmock.db unless --db or $SDMOCK_DB.\n"
    "Settings: $XDG_CONFIG_HOME/sdmock/config.toml (plan, bell, color, week_start).\n"
    "Exit codes: 0 success, 1 failure, 2 usage error.";

struct Parsed {
    GlobalOptions globals;
    ProblemsOptions problems;
    StartOptions start;
    ResumeOptions resume;
    FollowOptions follow;
    ScoreOptions score;
    ShowOptions show;
    HistoryOptions history;
    ReportOptions report;
    ExportOptions exporting;
    ImportOptions importing;
};

void add_globals(CLI::App& app, GlobalOptions& globals) {
    app.add_option("--home", globals.home, "Folder holding prompts/, rubrics/ and history/")->type_name("DIR");
    app.add_option("--db", globals.db, "History database file")->type_name("PATH");
}

} // namespace

int main(int argc, char** argv) {
    // A file-size limit reached while writing the history becomes an error SQLite reports
    // (the write is rolled back), not a signal that kills the process mid-transaction.
    std::signal(SIGXFSZ, SIG_IGN);
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

    auto* start = app.add_subcommand("start", "Run a timed mock: pick a problem and plan, then score it; prints the session id");
    start->add_option("--problem", parsed.start.problem, "Problem id (see `sdmock problems list`)")
                            ->type_name("ID");
    start->add_flag("--random", parsed.start.random, "A problem not practised lately (default)");
    start->add_flag("--weakest", parsed.start.weakest, "A problem that stresses your lowest dimensions");
    start->add_option("--plan", parsed.start.plan, "standard-45 (default), extended-60, mini-25")->type_name("ID");
    start->add_option("--speed", parsed.start.speed, "Run the clock N times faster (demos, tests)")
        ->check(CLI::Range(0.01, 10000.0).description(""))
        ->type_name("N")
        ->capture_default_str();
    start->add_option("--mode", parsed.start.mode, "solo, or interviewer (the candidate runs `sdmock follow`)")
        ->check(CLI::IsMember({"solo", "interviewer"}))
        ->type_name("MODE")
        ->capture_default_str();
    start->add_flag("--plain", parsed.start.plain, "Line mode without curses (the default without a TTY)");

    auto* follow = app.add_subcommand("follow", "The candidate's live view of a paired mock run by an interviewer");
    follow->add_option("session", parsed.follow.session, "Session id (default: the running paired session)");

    auto* resume = app.add_subcommand("resume", "Continue an interrupted session where it stopped");
    resume->add_option("session", parsed.resume.session, "Session id (default: the newest interrupted one)");
    resume->add_flag("--plain", parsed.resume.plain, "Line mode without curses");

    auto* score = app.add_subcommand("score", "Record or correct a session's scores without the TUI");
    score->add_option("session", parsed.score.session, "Session id")->required();
    score->add_option("scores", parsed.score.scores, "Scores as DIMENSION=N, N from 1 to 5 (e.g. caching=4)");
    score->add_option("--scorer", parsed.score.scorer, "Whose scorecard")
        ->check(CLI::IsMember({"self", "interviewer"}))
        ->capture_default_str();
    score->add_option("--note", parsed.score.notes, "Evidence for a dimension, as DIMENSION=TEXT (repeatable)");

    auto* show_session = app.add_subcommand("show", "One session: phases planned vs actual, cues, notes, scores");
    show_session->add_option("session", parsed.show.session, "Session id")->required();
    show_session->add_option("--format", parsed.show.format, "Output format")
        ->check(CLI::IsMember({"text", "json"}))
        ->capture_default_str();

    auto* history = app.add_subcommand("history", "One line per session, oldest first");
    history->add_option("--since", parsed.history.since, "Only sessions started on or after this date (YYYY-MM-DD)")
        ->type_name("DATE");
    history->add_option("--format", parsed.history.format, "Output format")
        ->check(CLI::IsMember({"text", "csv", "json"}))
        ->capture_default_str();

    auto* report = app.add_subcommand("report", "Weekly trends: averages, sparklines, weakest areas, what to do next");
    report->add_flag("--weekly", parsed.report.weekly, "One row per week (the default table)");
    report->add_option("--weeks", parsed.report.weeks, "Weeks in the window, ending this week")->capture_default_str();
    report->add_option("--scorer", parsed.report.scorer, "Whose scores")
        ->check(CLI::IsMember({"self", "interviewer"}))
        ->capture_default_str();
    report->add_option("--format", parsed.report.format, "Output format")
        ->check(CLI::IsMember({"text", "md", "csv", "json", "svg"}))
        ->capture_default_str();
    report->add_option("--out", parsed.report.out, "Write to this file instead of standard output")->type_name("FILE");
    report->add_option("--until", parsed.report.until, "Last day of the window (default: today)")->type_name("DATE");

    auto* exporting = app.add_subcommand("export", "Write the whole history: CSV (one row per scorecard) or JSON");
    exporting->add_option("--format", parsed.exporting.format, "Output format")
        ->check(CLI::IsMember({"csv", "json"}))
        ->capture_default_str();
    auto* importing = app.add_subcommand("import", "Add sessions from a history CSV; a file with any bad line is refused whole");
    importing->add_option("file", parsed.importing.file, "The CSV file (the header of `sdmock export`)")->required();

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        return app.exit(e);
    }

    try {
        Context context = make_context(parsed.globals);
        if (check->parsed()) return run_check(context);
        if (start->parsed()) return run_start(context, parsed.start);
        if (resume->parsed()) return run_resume(context, parsed.resume);
        if (follow->parsed()) return run_follow(context, parsed.follow);
        if (score->parsed()) return run_score(context, parsed.score);
        if (show_session->parsed()) return run_show(context, parsed.show);
        if (history->parsed()) return run_history(context, parsed.history);
        if (report->parsed()) return run_report(context, parsed.report);
        if (exporting->parsed()) return run_export(context, parsed.exporting);
        if (importing->parsed()) return run_import(context, parsed.importing);
        if (show->parsed()) return run_problems_show(context, parsed.problems);
        if (problems->parsed()) return run_problems_list(context, parsed.problems);
        return run_home(context, app.help());
    } catch (const Error& e) {
        std::cerr << "sdmock: " << e.what() << '\n';
        return e.exit_code();
    } catch (const std::exception& e) {
        std::cerr << "sdmock: unexpected error: " << e.what() << '\n';
        return kExitFailure;
    }
}

} // namespace sdmock::cli
