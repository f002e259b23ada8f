#include "cli/app.hpp"

#include "cli/commands.hpp"
#include "cli/completion.hpp"
#include "cli/output.hpp"
#include "core/error.hpp"

#include <CLI/CLI.hpp>

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <iostream>
#include <string_view>

namespace sdmock::cli {
namespace {

constexpr const char* kFooter = "Content (prompts/, rubrics/) and history: --home, else $SDMOCK_HOME, else the\n"
                                "folder sdmock was built from. History: --db, else $SDMOCK_DB, else\n"
                                "<home>/history/sdmock.db. --home and --db go before or after the command.\n"
                                "Settings: $XDG_CONFIG_HOME/sdmock/config.toml (plan, bell, color, week_start,\n"
                                "level, new_cards_per_day, record, voice).\n"
                                "Exit codes: 0 success, 1 failure, 2 usage error.";

/// --speed: a number from 0.01 to 10000, said in those words.
CLI::Validator speed_validator() {
    return CLI::Validator(
        [](const std::string& text) -> std::string {
            try {
                std::size_t used = 0;
                double v = std::stod(text, &used);
                if (used == text.size() && v >= 0.01 && v <= 10000) return {};
            } catch (const std::exception&) {
            }
            return "\"" + text + "\" should be a number from 0.01 to 10000";
        },
        "", "speed");
}

/// A path option given with an empty value names nothing: a usage error, not the default.
CLI::Validator non_empty(const std::string& what) {
    return CLI::Validator(
        [what](const std::string& text) -> std::string {
            return text.empty() ? "an empty value names no " + what : std::string();
        },
        "", "non-empty");
}

/// The error for `--home=` or `--db=` with nothing after the '=' (CLI11 would take the next
/// argument as the value instead), or null.
const char* empty_global(int argc, char** argv) {
    for (int i = 1; i < argc; ++i) {
        std::string_view arg = argv[i];
        if (arg == "--") break;
        if (arg == "--home=") return "--home: an empty value names no folder";
        if (arg == "--db=") return "--db: an empty value names no file";
    }
    return nullptr;
}

/// " start" for `sdmock start ...`: the deepest subcommand the parse reached.
std::string subcommand_path(const CLI::App& app) {
    std::string path;
    const CLI::App* at = &app;
    for (;;) {
        auto subs = at->get_subcommands();
        if (subs.empty()) return path;
        at = subs.front();
        path += " " + at->get_name();
    }
}

/// What to run once the command line is parsed.
using Runner = std::function<int(const Context&)>;
struct Command {
    CLI::App* app;
    Runner run;
};

CLI::Option* format_option(CLI::App* cmd, std::string& into, const std::vector<std::string>& formats) {
    return cmd->add_option("--format", into, "Output format")->check(CLI::IsMember(formats))->capture_default_str();
}

std::vector<Command> setup_problems(CLI::App& app) {
    static ProblemsOptions o;
    auto* problems = app.add_subcommand("problems", "The problem bank: list it, or show one problem in full");
    problems->require_subcommand(0, 1);
    auto* list = problems->add_subcommand("list", "One line per problem: id, title, focus (default)");
    format_option(list, o.format, {"text", "json"});
    auto* show = problems->add_subcommand("show", "The full problem card with its answer key");
    show->add_option("id", o.id, "Problem id (see `sdmock problems list`)")->required();
    format_option(show, o.format, {"text", "json"});
    return {{show, [](const Context& c) { return run_problems_show(c, o); }},
            {problems, [](const Context& c) { return run_problems_list(c, o); }}};
}

std::vector<Command> setup_cards(CLI::App& app) {
    static CardsOptions o;
    auto* cards = app.add_subcommand("cards", "The study cards the summary and the report point to");
    cards->require_subcommand(0, 1);
    auto* list = cards->add_subcommand("list", "Every card by the dimension it serves first (default)");
    format_option(list, o.format, {"text", "json"});
    auto* show = cards->add_subcommand("show", "One card in full");
    show->add_option("id", o.name, "Card id (see `sdmock cards list`) or its title")->required();
    format_option(show, o.format, {"text", "json"});
    auto* parts = cards->add_subcommand("parts", "The guide's Parts by number and title");
    format_option(parts, o.format, {"text", "json"});
    return {{show, [](const Context& c) { return run_cards_show(c, o); }},
            {parts, [](const Context& c) { return run_cards_parts(c, o); }},
            {cards, [](const Context& c) { return run_cards_list(c, o); }}};
}

Command setup_start(CLI::App& app) {
    static StartOptions o;
    auto* cmd = app.add_subcommand("start", "Run a timed mock and score it; prints the session id");
    cmd->add_option("--problem", o.problem, "Problem id (see `sdmock problems list`)")->type_name("ID");
    cmd->add_flag("--random", o.random, "A problem not practised lately (default)");
    cmd->add_flag("--weakest", o.weakest, "A problem that stresses your lowest dimensions");
    cmd->add_option("--plan", o.plan, "standard-45 (default), extended-60, mini-25")->type_name("ID");
    cmd->add_option("--speed", o.speed, "Run the clock N times faster (demos, tests)")
        ->check(speed_validator())
        ->type_name("N")
        ->capture_default_str();
    cmd->add_option("--mode", o.mode, "solo, or interviewer (the candidate then runs follow)")
        ->check(CLI::IsMember({"solo", "interviewer"}))
        ->type_name("MODE")
        ->capture_default_str();
    cmd->add_flag("--plain", o.plain, "Line mode without curses (the default without a TTY)");
    cmd->add_flag("--practice", o.practice, "A practice run: listed and marked, left out of reports");
    cmd->add_option("--level", o.level, "Level to be judged at (default: config, else senior)")
        ->check(CLI::IsMember({"mid", "senior", "staff"}))
        ->type_name("LEVEL");
    cmd->add_option("--phase", o.phase, "Drill one phase of the plan (e.g. deep-dive)")->type_name("PHASE");
    cmd->add_option("--focus", o.focus, "With --phase: steer its questions to a dimension")->type_name("DIM");
    cmd->add_flag("--record", o.record, "Record your audio from the input device (see play, show)");
    cmd->add_option("--audio-input", o.audio_input, "Record from a sound file instead, on the mock's clock")
        ->type_name("FILE");
    cmd->add_flag("--voice", o.voice, "Ask the questions aloud (solo)");
    cmd->add_flag("--no-record", o.no_record, "Do not record, whatever the config says");
    cmd->add_flag("--no-voice", o.no_voice, "Do not ask aloud, whatever the config says");
    return {cmd, [](const Context& c) { return run_start(c, o); }};
}

std::vector<Command> setup_session_commands(CLI::App& app) {
    static FollowOptions follow_o;
    static ResumeOptions resume_o;
    static ScoreOptions score_o;
    static ShowOptions show_o;
    static ReviewOptions review_o;
    static PlayOptions play_o;
    auto* follow = app.add_subcommand("follow", "The candidate's live view of a paired mock");
    follow->add_option("session", follow_o.session, "Session id (default: the running paired session)");
    auto* resume = app.add_subcommand("resume", "Continue an interrupted session where it stopped");
    resume->add_option("session", resume_o.session, "Session id (default: the newest interrupted one)");
    resume->add_flag("--plain", resume_o.plain, "Line mode without curses");
    resume->add_flag("--voice", resume_o.voice, "Ask the questions aloud from now on (solo)");
    auto* score = app.add_subcommand("score", "Record or correct scores without the TUI");
    score->add_option("session", score_o.session, "Session id")->required();
    score->add_option("scores", score_o.scores, "Scores as DIMENSION=N, N from 1 to 5 (e.g. caching=4)");
    score->add_option("--scorer", score_o.scorer, "Whose scorecard")
        ->check(CLI::IsMember({"self", "interviewer"}))
        ->capture_default_str();
    score->add_option("--note", score_o.notes, "Evidence for a dimension, as DIMENSION=TEXT (repeatable)");
    auto* show = app.add_subcommand("show", "One session: phases, cues, notes and scores");
    show->add_option("session", show_o.session, "Session id")->required();
    format_option(show, show_o.format, {"text", "json"});
    auto* review = app.add_subcommand("review", "Check a finished mock against the answer key");
    review->add_option("session", review_o.session, "Session id")->required();
    review->add_flag("--plain", review_o.plain, "Line mode: a y/n per key point from standard input");
    format_option(review, review_o.format, {"text", "json"});
    auto* play = app.add_subcommand("play", "Play a recorded mock from a phase or a time");
    play->add_option("session", play_o.session, "Session id")->required();
    play->add_option("--phase", play_o.phase, "From the start of this phase (e.g. deep-dive)")->type_name("ID");
    play->add_option("--from", play_o.from, "From this point of the recording")->type_name("MM:SS");
    play->add_option("--to", play_o.to, "Write that part to a sound file (.wav, .ogg …) instead")->type_name("FILE");
    return {{follow, [](const Context& c) { return run_follow(c, follow_o); }},
            {resume, [](const Context& c) { return run_resume(c, resume_o); }},
            {score, [](const Context& c) { return run_score(c, score_o); }},
            {show, [](const Context& c) { return run_show(c, show_o); }},
            {review, [](const Context& c) { return run_review(c, review_o); }},
            {play, [](const Context& c) { return run_play(c, play_o); }}};
}

std::vector<Command> setup_tidy_commands(CLI::App& app) {
    static AbandonOptions abandon_o;
    static DeleteOptions delete_o;
    auto* abandon = app.add_subcommand("abandon", "Close an unfinished session (kept, never counted)");
    abandon->add_option("session", abandon_o.session, "Session id")->required();
    auto* del = app.add_subcommand("delete", "Remove a session and everything of it (asks first)");
    del->add_option("session", delete_o.session, "Session id")->required();
    del->add_flag("--yes", delete_o.yes, "Do not ask (needed without a terminal)");
    return {{abandon, [](const Context& c) { return run_abandon(c, abandon_o); }},
            {del, [](const Context& c) { return run_delete(c, delete_o); }}};
}

std::vector<Command> setup_history_commands(CLI::App& app) {
    static HistoryOptions history_o;
    static ReportOptions report_o;
    static ExportOptions export_o;
    static ImportOptions import_o;
    auto* history = app.add_subcommand("history", "One line per session, oldest first");
    history->add_option("--since", history_o.since, "Only sessions started on or after this date (YYYY-MM-DD)")
        ->type_name("DATE");
    format_option(history, history_o.format, {"text", "csv", "json"});
    auto* report = app.add_subcommand("report", "Weekly trends, weakest areas and what to do next");
    report->add_flag("--weekly", report_o.weekly, "One row per week (the default table)");
    report->add_option("--weeks", report_o.weeks, "Weeks in the window, ending this week")->capture_default_str();
    report->add_option("--scorer", report_o.scorer, "Whose scores")
        ->check(CLI::IsMember({"self", "interviewer"}))
        ->capture_default_str();
    format_option(report, report_o.format, {"text", "md", "csv", "json", "svg"});
    report->add_option("--out", report_o.out, "Write to this file instead of standard output")->type_name("FILE");
    report->add_option("--until", report_o.until, "Last day of the window (default: today)")->type_name("DATE");
    report->add_flag("--include-practice", report_o.include_practice,
                     "Count practice runs: sped up, --practice or ended early");
    auto* exporting = app.add_subcommand("export", "Write the whole history as CSV or JSON");
    format_option(exporting, export_o.format, {"csv", "json"});
    auto* importing = app.add_subcommand("import", "Add sessions from a history CSV (all or nothing)");
    importing->add_option("file", import_o.file, "The CSV file (the header of `sdmock export`)")->required();
    return {{history, [](const Context& c) { return run_history(c, history_o); }},
            {report, [](const Context& c) { return run_report(c, report_o); }},
            {exporting, [](const Context& c) { return run_export(c, export_o); }},
            {importing, [](const Context& c) { return run_import(c, import_o); }}};
}

/// `drill`: the spaced review of the bank, the cards and the misses of your mocks.
std::vector<Command> setup_drill_cards(CLI::App& app, CLI::App* drill) {
    static DrillCardsOptions cards_o;
    static DrillGradeOptions grade_o;
    static DrillListOptions list_o;
    static DrillExportOptions export_o;
    auto* cards = drill->add_subcommand("cards", "Today's review: due items (weakest first), then new ones");
    cards->add_flag("--plain", cards_o.plain, "Line mode: the answer and the grade from standard input");
    auto* grade = drill->add_subcommand("grade", "Record one review: 1 again, 2 hard, 3 good, 4 easy");
    grade->add_option("item", grade_o.item, "Item id (see `sdmock drill list`)")->required();
    grade->add_option("grade", grade_o.grade, "1-4, or again, hard, good, easy")->required();
    grade->add_option("--at", grade_o.at, "When it was reviewed (default: now)")->type_name("DATETIME");
    auto* list = drill->add_subcommand("list", "Every review item with its schedule");
    list->add_flag("--due", list_o.due, "Only the items due now");
    format_option(list, list_o.format, {"text", "json"});
    list->add_option("--at", list_o.at, "Due as of this time (default: now)")->type_name("DATETIME");
    auto* exporting = drill->add_subcommand("export", "The items as a CSV Anki imports (front, back, tags)");
    exporting->add_option("--out", export_o.out, "Write to this file instead of standard output")->type_name("FILE");
    static TodayOptions today_o;
    auto* today = app.add_subcommand("today", "What to do today: reviews due, a mock to run, a drill");
    today->add_option("--at", today_o.at, "Plan for this moment (default: now)")->type_name("DATETIME");
    return {{cards, [](const Context& c) { return run_drill_cards(c, cards_o); }},
            {grade, [](const Context& c) { return run_drill_grade(c, grade_o); }},
            {list, [](const Context& c) { return run_drill_list(c, list_o); }},
            {exporting, [](const Context& c) { return run_drill_export(c, export_o); }},
            {today, [](const Context& c) { return run_today(c, today_o); }}};
}

std::vector<Command> setup_estimate_commands(CLI::App& app) {
    static EstimateOptions estimate_o;
    auto* estimate = app.add_subcommand("estimate", "Record estimates against the problem's reference figures");
    estimate->add_option("session", estimate_o.session, "Session id")->required();
    estimate->add_option("values", estimate_o.values, "Estimates as \"NAME=VALUE\" (e.g. \"write QPS=38/s\")");
    return {{estimate, [](const Context& c) { return run_estimate(c, estimate_o); }}};
}

/// `drill` is a group: each kind of drill is a subcommand of it.
std::vector<Command> setup_drill(CLI::App& app) {
    static DrillEstimateOptions estimate_o;
    auto* drill = app.add_subcommand("drill", "Estimation drills and the spaced review of your misses");
    drill->require_subcommand(1);
    auto* estimate = drill->add_subcommand("estimate", "Generated estimation exercises, timed and graded");
    estimate->add_option("--problem", estimate_o.problem, "Vary the givens around this problem's scale")
        ->type_name("ID");
    estimate->add_option("--seed", estimate_o.seed, "The same seed gives the same exercises (default: the clock)")
        ->check(CLI::NonNegativeNumber)
        ->type_name("N");
    estimate->add_option("--count", estimate_o.count, "How many exercises")
        ->check(CLI::Range(1, 1000))
        ->type_name("K")
        ->capture_default_str();
    estimate->add_flag("--plain", estimate_o.plain, "One answer per line from standard input (scripts)");
    format_option(estimate, estimate_o.format, {"text", "json"});
    std::vector<Command> all{{estimate, [](const Context& c) { return run_drill_estimate(c, estimate_o); }}};
    for (auto& command : setup_drill_cards(app, drill))
        all.push_back(std::move(command));
    return all;
}

/// Every command, most specific first (`problems show` before `problems`).
std::vector<Command> setup_commands(CLI::App& app) {
    std::vector<Command> all;
    auto* check = app.add_subcommand("check", "Validate every content file (errors as file:line:column)");
    all.push_back({check, [](const Context& c) { return run_check(c); }});
    for (auto& group :
         {setup_problems(app), setup_cards(app), std::vector<Command>{setup_start(app)}, setup_session_commands(app),
          setup_tidy_commands(app), setup_history_commands(app), setup_estimate_commands(app), setup_drill(app)})
        all.insert(all.end(), group.begin(), group.end());
    return all;
}

int run_parsed(const std::vector<Command>& commands, const GlobalOptions& globals, const std::string& help) {
    try {
        Context context = make_context(globals);
        for (const auto& command : commands)
            if (command.app->parsed()) return command.run(context);
        return run_home(context, help);
    } catch (const Error& e) {
        std::cerr << "sdmock: " << e.what() << '\n';
        return e.exit_code();
    } catch (const std::exception& e) {
        std::cerr << "sdmock: unexpected error: " << e.what() << '\n';
        return kExitFailure;
    }
}

/// The whole program; `main` only adds the last line of defence around it.
int run_program(int argc, char** argv) {
    // A file-size limit reached while writing the history becomes an error SQLite reports
    // (the write is rolled back), not a signal that kills the process mid-transaction.
    std::signal(SIGXFSZ, SIG_IGN);
    CLI::App app{"sdmock: timed mock system-design interviews, scored and tracked week by week.", "sdmock"};
    // --version is read after the parse, so that --home and --db given anywhere are known: it
    // names the content and the history this copy uses as well as the version.
    bool show_version = false;
    app.add_flag("--version", show_version, "Print the version of sdmock and of its content, and exit");
    app.footer(kFooter);
    app.require_subcommand(0, 1);
    app.get_formatter()->column_width(24);
    // --home and --db belong to the top level; every subcommand (made after this, so they
    // inherit it) hands an option it does not know up to its parent, so they work after it too.
    app.fallthrough();
    GlobalOptions globals;
    app.add_option("--home", globals.home, "Folder holding prompts/, rubrics/ and history/")
        ->type_name("DIR")
        ->check(non_empty("folder"));
    app.add_option("--db", globals.db, "History database file")->type_name("PATH")->check(non_empty("file"));
    auto commands = setup_commands(app);
    // `sdmock __complete WORDS...`: what the shells' completion scripts ask; never shown in --help.
    if (argc >= 2 && std::string_view(argv[1]) == kCompleteCommand) {
        return run_completion(app, std::vector<std::string>(argv + 2, argv + argc), globals, std::cout);
    }
    if (const char* empty = empty_global(argc, argv)) {
        std::cerr << "sdmock: " << empty << " (see `sdmock --help`)\n";
        return kExitUsage;
    }
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        if (e.get_exit_code() == 0) return app.exit(e); // --help, --version
        // Every other problem with the command line: one line, and the usage exit code.
        std::cerr << "sdmock: " << e.what() << " (see `sdmock" << subcommand_path(app) << " --help`)\n";
        return kExitUsage;
    }
    if (show_version) return run_parsed({{&app, run_version}}, globals, "");
    return run_parsed(commands, globals, app.help());
}

} // namespace

int main(int argc, char** argv) {
    // A reader that goes away (`sdmock history | head`) ends the output, not the process
    // mid-write: the write fails with EPIPE and the rest of the output is dropped quietly.
    std::signal(SIGPIPE, SIG_IGN);
    // The system's zone, named once: with TZ unset, the C library looks at /etc/localtime again at
    // every local-time conversion (a file system call per row of an import). The zone is the same.
    if (std::getenv("TZ") == nullptr) ::setenv("TZ", ":/etc/localtime", 0);
    try {
        StandardStreams streams;
        int code = run_program(argc, argv);
        return streams.finish(code);
    } catch (const std::exception& e) { // setting up the command line failed: nothing has run
        std::fprintf(stderr, "sdmock: unexpected error: %s\n", e.what());
    } catch (...) {
        std::fputs("sdmock: unexpected error\n", stderr);
    }
    return kExitFailure;
}

} // namespace sdmock::cli
