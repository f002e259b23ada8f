#include "cli/commands.hpp"

#include "cli/plain_session.hpp"
#include "cli/session_run.hpp"
#include "cli/signals.hpp"
#include "cli/system_clock.hpp"
#include "cli/weakest.hpp"
#include "content/config.hpp"
#include "core/drill.hpp"
#include "core/error.hpp"
#include "core/picker.hpp"
#include "core/save_notice.hpp"
#include "core/text.hpp"
#include "tui/tui.hpp"

#include <unistd.h>

#include <cstdlib>
#include <iostream>
#include <random>
#include <thread>

namespace sdmock::cli {
namespace {

std::uint64_t fresh_seed() {
    std::random_device rd;
    return (static_cast<std::uint64_t>(rd()) << 32U) ^ rd();
}

bool use_plain(bool asked) {
    return asked || isatty(STDIN_FILENO) == 0 || isatty(STDOUT_FILENO) == 0;
}

} // namespace

tui::Options tui_options(const Context& context, std::int64_t id) {
    tui::Options o;
    o.session_id = id;
    o.bell = context.config.bell;
    const char* no_color = std::getenv("NO_COLOR");
    o.color = context.config.color && (no_color == nullptr || *no_color == '\0');
    return o;
}

namespace {

RunEnd run_end_of(tui::Exit exit) {
    switch (exit) {
    case tui::Exit::scored:
        return RunEnd::scored;
    case tui::Exit::unscored:
        return RunEnd::unscored;
    case tui::Exit::left_running:
        break;
    }
    return RunEnd::left_running;
}

/// Runs the session's screens; a store error after the screen is given back says what is saved.
RunEnd drive_tui(const Context& context, SessionRun& run, const Clock& clock) {
    bool review = false;
    tui::MockHooks hooks{
        [&](const Scorecard& card) { run.save_scorecard(card); },
        [&] { return run.saved_scorecard(); },
        [&](int width) { return run.summary(width); },
        {},
        run.dimensions(),
    };
    if (run.mock().role() == Role::solo) hooks.review = [&] { review = true; };
    hooks.save_estimate = [&](const EstimateRecord& r) { run.save_estimate(r); };
    hooks.write_waiting = [&] { return run.write_waiting(); };
    hooks.lost = [&] { return run.lost(); };
    if (run.recording()) hooks.recorded_evidence = [&] { return run.recorded_evidence(); };
    try {
        tui::Options options = tui_options(context, run.id());
        options.recording = run.recording();
        RunEnd end = run_end_of(tui::run_mock(run.mock(), run.content(), clock, options, hooks, stop_signal()));
        if (review && end == RunEnd::scored) {
            try {
                run_review(context, {run.id(), false, "text"});
            } catch (const Error& e) { // the mock is saved and scored: the review can wait
                context.err << "sdmock: " << e.what() << "; review it later with sdmock review " << run.id() << '\n';
            }
        }
        return end;
    } catch (const StoreError& e) {
        throw StoreError(session_write_failed(e.what(), run.id()));
    }
}

/// Drives a session in the TUI or in line mode, then closes it: `session N` and the exit code.
int drive(const Context& context, SessionRun& run, const SystemClock& clock, bool plain) {
    install_stop_handlers();
    if (!plain) {
        RunEnd how = drive_tui(context, run, clock);
        return run.close(how, context.out, context.err, stop_signal().load());
    }
    Scorecard typed;
    PlainIo io{std::cin,
               context.out,
               context.err,
               isatty(STDIN_FILENO) == 0,
               {catch_suspend, suspend_asked, stop_until_continued}};
    for (const auto& note : run.take_audio_notes())
        context.err << "sdmock: " << note << '\n';
    auto sleep = [](Duration d) { std::this_thread::sleep_for(d); };
    RunEnd how = RunEnd::left_running;
    try {
        how = run_plain_mock(run, clock, sleep, stop_signal(), io, typed);
    } catch (const StoreError& e) {
        throw StoreError(session_write_failed(e.what(), run.id()));
    }
    return run.close(how, context.out, context.err, stop_signal().load(), typed);
}

/// Shows why a problem was chosen before the clock starts; false when the user cancels.
bool announce(const Context& context, const std::vector<std::string>& lines, bool plain) {
    if (plain) {
        for (const auto& line : lines)
            context.out << line << '\n';
        return true;
    }
    SystemClock clock;
    return tui::run_notice("Practice where it counts", lines, clock, tui_options(context, 0), stop_signal());
}

Mode parse_mode(const std::string& text) {
    auto mode = mode_from(text);
    if (!mode) throw UsageError("--mode must be solo or interviewer");
    return *mode;
}

/// The problem asked for, a random one, or the one that drills the weakest dimensions (shown
/// first, with the reason); nullptr when the user cancels.
const Problem* choose_problem(const Context& context, const StartOptions& options, const Content& content,
                              const History& history, std::uint64_t seed, bool plain) {
    if (!options.problem.empty()) return &find_problem(content, options.problem);
    std::vector<Practice> practised;
    for (const auto& row : history.history_rows())
        practised.push_back({row.problem, row.date});
    for (const auto& s : history.running())
        practised.push_back({s.problem, s.started_at});
    if (!options.weakest) return &pick_random(content.problems, practised, seed);
    auto [pick, reason] = choose_weakest(context, content, history, practised, seed);
    return announce(context, reason, plain) ? pick : nullptr;
}

/// The plan asked for, else the config's default (which must exist).
const Plan& choose_plan(const Context& context, const StartOptions& options, const Content& content) {
    if (options.plan.empty() && content.plan(context.config.plan) == nullptr)
        throw Error("the default plan \"" + context.config.plan + "\" set in " + config_path().string() +
                    " does not exist; the plans are: " + join(content.plan_ids(), ", "));
    return find_plan(content, options.plan.empty() ? context.config.plan : options.plan);
}

/// The drill asked for (checked against the plan), or none for a full mock.
std::optional<Drill> choose_drill(const StartOptions& options, const Plan& plan) {
    if (options.phase.empty()) return std::nullopt;
    Drill drill{options.phase, options.focus};
    check_drill(drill, plan);
    return drill;
}

/// Before a drill's clock starts in the TUI: what it runs and what the phases before it produced.
bool announce_drill(const Context& context, const Drill& drill, const Plan& plan, const Problem& problem) {
    std::vector<std::string> lines{problem.title + ": only the " + drill.phase + " phase" +
                                   (drill.focus.empty() ? "" : ", questions on " + drill.focus + " first") + "."};
    auto earlier = drill_context(plan, drill.phase, drill_problem(problem, drill.focus));
    if (!earlier.empty()) lines.emplace_back("As if the phases before it were done:");
    lines.insert(lines.end(), earlier.begin(), earlier.end());
    SystemClock clock;
    return tui::run_notice("Drill: " + drill_text(drill), lines, clock, tui_options(context, 0), stop_signal());
}

/// The audio a new mock gets: the flags, else the config. What the config asks for and cannot
/// work here (a device at another speed, a voice in a paired mock) is dropped with a note; what
/// the flags ask for is checked and refused.
AudioSetup choose_audio(const Context& context, const StartOptions& options, Mode mode) {
    if (options.no_record && (options.record || !options.audio_input.empty()))
        throw UsageError("--no-record cannot go with --record or --audio-input");
    if (options.no_voice && options.voice) throw UsageError("--no-voice cannot go with --voice");
    AudioSetup asked{options.record || !options.audio_input.empty(), options.audio_input, options.voice};
    check_audio_setup(asked, options.speed, mode);
    AudioSetup setup = asked;
    if (!options.no_record && !setup.record && context.config.record) {
        if (options.speed == 1.0)
            setup.record = true;
        else
            context.err << "sdmock: not recorded: the input device runs at real time, and this mock at --speed "
                        << options.speed << '\n';
    }
    if (!options.no_voice && !setup.voice && context.config.voice && mode == Mode::solo) setup.voice = true;
    return setup;
}

} // namespace

int run_start(const Context& context, const StartOptions& options) {
    if ((options.problem.empty() ? 0 : 1) + (options.random ? 1 : 0) + (options.weakest ? 1 : 0) > 1)
        throw UsageError("give at most one of --problem, --random and --weakest");
    if (!options.focus.empty() && options.phase.empty())
        throw UsageError("--focus steers a drill: give it with --phase (e.g. --phase deep-dive --focus caching)");
    install_stop_handlers();
    Mode mode = parse_mode(options.mode);
    if (!options.phase.empty() && mode == Mode::interviewer)
        throw UsageError("a drill (--phase) runs solo; drop --mode interviewer, or run a full paired mock");
    AudioSetup audio = choose_audio(context, options, mode);
    bool plain = use_plain(options.plain);
    if (mode == Mode::interviewer && plain)
        throw UsageError("interviewer mode needs a terminal for its screen (no --plain, stdin and stdout a TTY)");
    Content content = load_valid_content(context);
    const Plan& plan = choose_plan(context, options, content);
    auto drill = choose_drill(options, plan);
    History history(context.db);
    std::uint64_t seed = fresh_seed();
    const Problem* problem = choose_problem(context, options, content, history, seed, plain);
    if (problem == nullptr) {
        context.err << "cancelled; nothing was started\n";
        return kExitOk;
    }
    if (drill && !plain && !announce_drill(context, *drill, plan, *problem)) {
        context.err << "cancelled; nothing was started\n";
        return kExitOk;
    }
    SystemClock clock;
    auto run = SessionRun::start(history, content,
                                 {*problem, plan, mode, options.speed, seed, options.practice,
                                  options.level.empty() ? context.config.level : options.level, drill, audio},
                                 clock);
    return drive(context, *run, clock, plain);
}

int run_resume(const Context& context, const ResumeOptions& options) {
    Content content = load_valid_content(context);
    History history(context.db);
    // Sessions kept aside when the history was deleted or replaced under them come back first.
    for (const auto& back : history.take_recovered())
        context.err << "sdmock: session " << back.was << ", kept in " << back.file
                    << " when the history went away, is back in it as session " << back.now << '\n';
    std::int64_t id = options.session;
    if (id == 0) {
        auto running = history.running();
        if (running.empty()) throw Error("no interrupted session to resume; start one with `sdmock start`");
        id = running.front().id;
    }
    bool plain = use_plain(options.plain);
    auto info = history.info(id);
    if (plain && info && info->mode == Mode::interviewer)
        throw UsageError("interviewer mode needs a terminal for its screen");
    if (options.voice && info && info->mode == Mode::interviewer)
        throw UsageError("--voice is for a solo mock; in a paired mock the interviewer asks the questions");
    SystemClock clock;
    auto run = SessionRun::resume(history, content, id, clock, options.voice);
    return drive(context, *run, clock, plain);
}

} // namespace sdmock::cli
