#include "cli/commands.hpp"

#include "cli/plain_session.hpp"
#include "cli/signals.hpp"
#include "cli/weakest.hpp"
#include "content/config.hpp"
#include "core/error.hpp"
#include "core/picker.hpp"
#include "core/roles.hpp"
#include "core/text.hpp"
#include "core/trends.hpp"
#include "report/session_view.hpp"
#include "store/history_sink.hpp"
#include "tui/tui.hpp"

#include <unistd.h>

#include <cmath>
#include <cstdlib>
#include <iostream>
#include <random>

namespace sdmock::cli {
namespace {

std::uint64_t fresh_seed() {
    std::random_device rd;
    return (static_cast<std::uint64_t>(rd()) << 32U) ^ rd();
}

bool use_plain(bool asked) { return asked || isatty(STDIN_FILENO) == 0 || isatty(STDOUT_FILENO) == 0; }

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

/// While alive, this process owns the session: a second driver is refused.
class Ownership {
public:
    Ownership(History& history, std::int64_t session) : history_(history), session_(session) {
        history_.claim(session_, static_cast<std::int64_t>(getpid()));
    }
    ~Ownership() {
        try {
            history_.release(session_, static_cast<std::int64_t>(getpid()));
        } catch (const std::exception&) {
            // The session can still be resumed: a dead owner's claim is ignored.
        }
    }
    Ownership(const Ownership&) = delete;
    Ownership& operator=(const Ownership&) = delete;

private:
    History& history_;
    std::int64_t session_;
};

Scorer scorer_of(const MockSession& mock) { return mock.role() == Role::interviewer ? Scorer::interviewer : Scorer::self; }

/// Runs a prepared mock in the TUI or in line mode; prints `session N` at the end.
int drive(const Context& context, MockSession& mock, History& history, HistorySink& sink, std::int64_t id,
          const Content& content, bool plain) {
    SystemClock clock;
    install_stop_handlers();
    if (plain) {
        run_plain_mock(mock, history, id, content, clock, std::cin, context.out, context.err);
    } else {
        Scorer scorer = scorer_of(mock);
        tui::MockHooks hooks{
            [&](const Scorecard& card) { history.save_scorecard(id, scorer, card); },
            [&] {
                auto record = history.load(id);
                auto& card = scorer == Scorer::self ? record->self : record->interviewer;
                return card.value_or(Scorecard{});
            },
            [&](int width) {
                auto record = history.load(id);
                return record ? summary_lines(*record, content, width, scorer) : std::vector<std::string>{};
            },
        };
        if (mock.finished()) history.set_status(id, Status::finished);
        tui::Exit exit = tui::Exit::left_running;
        try {
            exit = tui::run_mock(mock, content, clock, tui_options(context, id), hooks, stop_signal());
        } catch (const StoreError& e) {  // the screen is given back by now
            throw StoreError(std::string(e.what()) + "; everything before it is saved: sdmock resume " +
                             std::to_string(id));
        }
        if (mock.finished()) history.set_status(id, Status::finished);
        if (exit == tui::Exit::left_running)
            context.err << "The session stays resumable: sdmock resume " << id << '\n';
        else if (exit == tui::Exit::unscored)
            context.err << "Not scored yet: sdmock score " << id << (scorer == Scorer::interviewer ? " --scorer interviewer" : "")
                        << " requirements=N ... (or sdmock resume " << id << ")\n";
    }
    sink.flush(false);  // anything held back by another program's lock: one last, patient try
    if (sink.unsaved() > 0)
        throw StoreError(std::to_string(sink.unsaved()) + " last action(s) of session " + std::to_string(id) +
                         " could not be saved: another program holds the history locked; the rest is saved");
    context.out << "session " << id << '\n';
    return stop_signal().load() != 0 ? 128 + stop_signal().load() : kExitOk;
}

/// Shows why a problem was chosen before the clock starts; false when the user cancels.
bool announce(const Context& context, const std::vector<std::string>& lines, bool plain) {
    if (plain) {
        for (const auto& line : lines) context.out << line << '\n';
        return true;
    }
    return tui::run_notice("Practice where it counts", lines, tui_options(context, 0), stop_signal());
}

Mode parse_mode(const std::string& text) {
    auto mode = mode_from(text);
    if (!mode) throw UsageError("--mode must be solo or interviewer");
    return *mode;
}

} // namespace

int run_start(const Context& context, const StartOptions& options) {
    if ((options.problem.empty() ? 0 : 1) + (options.random ? 1 : 0) + (options.weakest ? 1 : 0) > 1)
        throw UsageError("give at most one of --problem, --random and --weakest");
    install_stop_handlers();
    Mode mode = parse_mode(options.mode);
    bool plain = use_plain(options.plain);
    if (mode == Mode::interviewer && plain)
        throw UsageError("interviewer mode needs a terminal for its screen (no --plain, stdin and stdout a TTY)");
    Content content = load_valid_content(context);
    if (options.plan.empty() && content.plan(context.config.plan) == nullptr)
        throw Error("the default plan \"" + context.config.plan + "\" set in " + config_path().string() +
                    " does not exist; the plans are: " + join(content.plan_ids(), ", "));
    const Plan& plan = find_plan(content, options.plan.empty() ? context.config.plan : options.plan);
    History history(context.db);
    std::uint64_t seed = fresh_seed();
    const Problem* problem = nullptr;
    if (!options.problem.empty()) {
        problem = &find_problem(content, options.problem);
    } else {
        std::vector<Practice> practised;
        for (const auto& row : history.history_rows()) practised.push_back({row.problem, row.date});
        for (const auto& s : history.running()) practised.push_back({s.problem, s.started_at});
        if (options.weakest) {
            auto [pick, reason] = choose_weakest(context, content, history, practised, seed);
            problem = pick;
            if (!announce(context, reason, plain)) {
                context.err << "cancelled; nothing was started\n";
                return kExitOk;
            }
        } else {
            problem = &pick_random(content.problems, practised, seed);
        }
    }
    SystemClock clock;
    NewSession fresh{problem->id, plan.id, mode, iso_local(clock.wall_now()), seed, options.speed};
    std::int64_t id = history.create_session(fresh);
    Ownership owner(history, id);
    HistorySink sink(history, id, clock);
    MockSession mock(*problem, plan, content, seed, options.speed, mode == Mode::interviewer ? Role::interviewer : Role::solo,
                     sink);
    mock.start(clock.steady_now());
    return drive(context, mock, history, sink, id, content, plain);
}

int run_resume(const Context& context, const ResumeOptions& options) {
    Content content = load_valid_content(context);
    History history(context.db);
    std::int64_t id = options.session;
    if (id == 0) {
        auto running = history.running();
        if (running.empty()) throw Error("no interrupted session to resume; start one with `sdmock start`");
        id = running.front().id;
    }
    auto record = history.load(id);
    if (!record) throw Error("no session " + std::to_string(id) + " in " + context.db.string());
    bool interviewer = record->info.mode == Mode::interviewer;
    const auto& card = interviewer ? record->interviewer : record->self;
    bool unscored_end = record->info.status == Status::finished && !(card && card->complete());
    if (record->info.status != Status::running && !unscored_end)
        throw Error("session " + std::to_string(id) + " is " + std::string(to_string(record->info.status)) +
                    "; see it with `sdmock show " + std::to_string(id) + "`");
    bool plain = use_plain(options.plain);
    if (interviewer && plain) throw UsageError("interviewer mode needs a terminal for its screen");
    const Problem& problem = find_problem(content, record->info.problem);
    const Plan& plan = find_plan(content, record->info.plan);
    Ownership owner(history, id);
    SystemClock clock;
    HistorySink sink(history, id, clock);
    MockSession mock(problem, plan, content, record->info.seed, record->info.speed,
                     interviewer ? Role::interviewer : Role::solo, sink);
    mock.restore(record->events, record->info.elapsed, clock.steady_now());
    return drive(context, mock, history, sink, id, content, plain);
}

} // namespace sdmock::cli
