#include "cli/commands.hpp"

#include "cli/history_watch.hpp"
#include "cli/signals.hpp"
#include "cli/system_clock.hpp"
#include "core/error.hpp"
#include "core/follow.hpp"
#include "report/session_view.hpp"
#include "store/history.hpp"
#include "tui/tui.hpp"

#include <unistd.h>

#include <ostream>

namespace sdmock::cli {
namespace {

std::int64_t choose_session(const History& history) {
    std::vector<SessionInfo> paired;
    for (const auto& s : history.running())
        if (s.mode == Mode::interviewer) paired.push_back(s);
    if (paired.empty())
        throw Error("no paired session is running; the interviewer starts one with `sdmock start --mode interviewer`");
    if (paired.size() > 1) {
        std::string list;
        for (const auto& s : paired)
            list += "\n  " + std::to_string(s.id) + "  " + s.problem + "  started " + s.started_at.substr(0, 16);
        throw Error("several paired sessions are running; follow one with `sdmock follow N`:" + list);
    }
    return paired.front().id;
}

/// Reads the shared history only when another process committed something.
class Follower {
public:
    Follower(History& history, std::int64_t id, const Plan& plan, const std::filesystem::path& db)
        : history_(history), id_(id), plan_(plan), watch_(db) {}

    /// Readable when the history was written (-1: inotify is not available; the view polls).
    [[nodiscard]] int wake_fd() const { return watch_.fd(); }

    FollowState poll() {
        bool woken = watch_.drain();
        std::int64_t version = history_.data_version();
        if (!record_ || version != version_) {
            version_ = version;
            refresh();
            unseen_wakes_ = 0;
        } else if (woken || unseen_wakes_ > 0) {
            ++unseen_wakes_; // a write is under way: settle_wait has the view look again soon
        }
        bool paused = snapshot_from(record_->events, record_->info.elapsed, plan_.phases.size()).paused;
        bool stale = false;
        Duration elapsed = live_elapsed(record_->info.elapsed, record_->info.heartbeat_at, clock_.wall_now(),
                                        record_->info.speed, paused, stale);
        FollowState state = follow_state(record_->events, plan_, elapsed);
        state.stale = stale;
        state.speed = record_->info.speed;
        state.unseen_wakes = unseen_wakes_;
        if (unseen_wakes_ > kSettleLooks) unseen_wakes_ = 0;
        last_ = state;
        return state;
    }

    void add_note(const std::string& dimension, const std::string& text) {
        if (text.empty()) return;
        std::string phase = last_.phase < plan_.phases.size() ? plan_.phases[last_.phase].id : plan_.phases.back().id;
        history_.record(id_, {last_.elapsed, std::string(event::candidate_note), phase, dimension, text, 0});
        record_.reset(); // our own write does not change data_version: read again
    }

private:
    /// The interviewer's heartbeat commits every second and changes only the session's row:
    /// read that row, and the events only when a new one was added.
    void refresh() {
        auto glance = history_.glance(id_); // one prepared statement: the row and the newest event
        if (record_ && glance && glance->last_event == last_event_) {
            record_->info = std::move(glance->info);
            return;
        }
        record_ = history_.load(id_);
        if (!record_) throw StoreError("session " + std::to_string(id_) + " disappeared from the history");
        last_event_ = glance ? glance->last_event : 0;
    }

    History& history_;
    std::int64_t id_;
    const Plan& plan_;
    SystemClock clock_;
    std::optional<SessionRecord> record_;
    int unseen_wakes_ = 0;
    std::int64_t version_ = -1;
    FollowState last_;
    HistoryWatch watch_;
    std::int64_t last_event_ = -1;
};

} // namespace

int run_follow(const Context& context, const FollowOptions& options) {
    Content content = load_valid_content(context);
    History history(context.db);
    std::int64_t id = options.session != 0 ? options.session : choose_session(history);
    if (isatty(STDIN_FILENO) == 0 || isatty(STDOUT_FILENO) == 0)
        throw UsageError("follow needs a terminal (stdin and stdout a TTY)");
    auto record = history.load(id);
    if (!record) throw Error("no session " + std::to_string(id) + " in " + context.db.string());
    if (record->info.mode != Mode::interviewer)
        throw Error("session " + std::to_string(id) +
                    " is a solo mock; follow works with paired sessions "
                    "(started with `sdmock start --mode interviewer`)");
    if (record->self && record->self->complete())
        throw Error("session " + std::to_string(id) + " is over and you have scored it; see `sdmock show " +
                    std::to_string(id) + "`");
    const Problem& problem = find_problem(content, record->info.problem);
    const Plan& plan = find_plan(content, record->info.plan);
    Follower follower(history, id, plan, context.db);
    // The summary waits for the interviewer's scores: read again when the history changed while
    // they were still to come.
    std::int64_t summary_version = -1;
    bool awaiting_interviewer = true;
    tui::FollowHooks hooks{
        [&] { return follower.poll(); },
        [&](const std::string& dim, const std::string& text) { follower.add_note(dim, text); },
        [&](const Scorecard& card) { history.save_scorecard(id, Scorer::self, card); },
        [&] { return history.load(id)->self.value_or(Scorecard{}); },
        [&](int width) {
            summary_version = history.data_version();
            auto r = history.load(id);
            awaiting_interviewer = r && !(r->interviewer && r->interviewer->complete());
            return r ? summary_lines(*r, content, width, Scorer::self) : std::vector<std::string>{};
        },
        [&] { return awaiting_interviewer && history.data_version() != summary_version; },
        follower.wake_fd(),
    };
    install_stop_handlers();
    SystemClock clock;
    tui::Options tui = tui_options(context, id);
    tui.level = record->info.level;
    tui::Exit exit = tui::run_follow(problem, plan, content, clock, tui, hooks, stop_signal());
    if (exit == tui::Exit::left_running)
        context.err << "Stopped following; the mock goes on. Follow again with: sdmock follow " << id << '\n';
    else if (exit == tui::Exit::unscored)
        context.err << "Not scored yet: sdmock score " << id << " requirements=N ... (or sdmock follow " << id << ")\n";
    context.out << "session " << id << '\n';
    return stop_signal().load() != 0 ? 128 + stop_signal().load() : kExitOk;
}

} // namespace sdmock::cli
