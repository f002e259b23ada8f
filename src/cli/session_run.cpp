#include "cli/session_run.hpp"

#include "cli/context.hpp"
#include "core/error.hpp"
#include "report/session_view.hpp"

#include <unistd.h>

#include <ostream>

namespace sdmock::cli {
namespace {

std::int64_t this_process() {
    return static_cast<std::int64_t>(getpid());
}

/// `sdmock score N [--scorer interviewer] dim=S ...`: the scores known so far, N for the rest.
std::string score_command(std::int64_t session, Scorer scorer, const Scorecard& card) {
    std::string cmd = "sdmock score " + std::to_string(session);
    if (scorer == Scorer::interviewer) cmd += " --scorer interviewer";
    for (std::size_t i = 0; i < kDimensionCount; ++i)
        cmd += " " + std::string(kDimensionIds[i]) + "=" + (card.scores[i] ? std::to_string(*card.scores[i]) : "N");
    return cmd;
}

/// The scores of `saved`, with those of `typed` over them.
Scorecard merged(Scorecard saved, const Scorecard& typed) {
    for (std::size_t i = 0; i < kDimensionCount; ++i)
        if (typed.scores[i]) saved.scores[i] = typed.scores[i];
    return saved;
}

} // namespace

SessionRun::Claim::Claim(History& history, std::int64_t session) : history_(history), session_(session) {
    history_.claim(session_, this_process());
}

SessionRun::Claim::~Claim() {
    try {
        history_.release(session_, this_process());
    } catch (const std::exception&) {
        // The session can still be resumed: a dead owner's claim is ignored.
    }
}

SessionRun::SessionRun(History& history, const Content& content, std::int64_t id, const Clock& clock)
    : history_(history), content_(content), id_(id), claim_(history, id), sink_(history, id, clock) {}

SessionRun::~SessionRun() = default;

std::unique_ptr<SessionRun> SessionRun::start(History& history, const Content& content, const RunSetup& setup,
                                              const Clock& clock) {
    PracticeFacts practice{setup.speed, setup.practice, false, Duration{0}, setup.plan.planned()};
    NewSession fresh{
        setup.problem.id,           setup.plan.id, setup.mode, iso_local(clock.wall_now()), setup.seed, setup.speed,
        practice_reasons(practice), setup.level};
    std::unique_ptr<SessionRun> run(new SessionRun(history, content, history.create_session(fresh), clock));
    run->practice_ = practice;
    run->mock_ = std::make_unique<MockSession>(setup.problem, setup.plan, content, setup.seed, setup.speed,
                                               driver_of(setup.mode), run->sink());
    run->mock_->set_level(setup.level);
    run->mock_->start(clock.steady_now());
    return run;
}

std::unique_ptr<SessionRun> SessionRun::resume(History& history, const Content& content, std::int64_t id,
                                               const Clock& clock) {
    auto record = history.load(id);
    if (!record) throw Error("no session " + std::to_string(id) + " in " + history.path());
    const auto& card = record->info.mode == Mode::interviewer ? record->interviewer : record->self;
    bool unscored_end = record->info.status == Status::finished && !(card && card->complete());
    if (record->info.status != Status::running && !unscored_end)
        throw Error("session " + std::to_string(id) + " is " + std::string(to_string(record->info.status)) +
                    "; see it with `sdmock show " + std::to_string(id) + "`");
    const Problem& problem = find_problem(content, record->info.problem);
    const Plan& plan = find_plan(content, record->info.plan);
    std::unique_ptr<SessionRun> run(new SessionRun(history, content, id, clock));
    run->practice_ = {record->info.speed, record->info.practice.flagged, false, Duration{0}, plan.planned()};
    for (const auto& e : record->events) {
        if (e.kind != event::end) continue;
        run->practice_.finished = true;
        run->practice_.elapsed = e.t;
    }
    run->mock_ = std::make_unique<MockSession>(problem, plan, content, record->info.seed, record->info.speed,
                                               driver_of(record->info.mode), run->sink());
    run->mock_->set_level(record->info.level);
    run->mock_->restore(record->events, record->info.elapsed, clock.steady_now());
    // An end already on record whose status never followed (the process died in between).
    run->finish_due_ = run->mock_->finished() && record->info.status == Status::running;
    run->settle_status();
    return run;
}

Scorer SessionRun::scorer() const {
    return scorer_of(mock_->role());
}

void SessionRun::record(const Event& event) {
    sink_.record(event);
    if (event.kind == event::end) {
        finish_due_ = true;
        practice_.finished = true;
        practice_.elapsed = event.t;
    }
    settle_status();
}

void SessionRun::heartbeat(Duration elapsed) {
    sink_.heartbeat(elapsed);
    settle_status();
}

void SessionRun::settle_status() {
    if (!finish_due_ || sink_.unsaved() > 0) return;
    try {
        history_.finish(id_, practice_reasons(practice_));
        finish_due_ = false;
    } catch (const BusyError&) {
        // Tried again with the next action, and at the end.
    }
}

void SessionRun::save_scorecard(const Scorecard& card) {
    settle_status();
    history_.save_scorecard(id_, scorer(), card);
}

Scorecard SessionRun::saved_scorecard() const {
    auto record = history_.load(id_);
    if (!record) return {};
    const auto& card = scorer() == Scorer::self ? record->self : record->interviewer;
    return card.value_or(Scorecard{});
}

std::vector<std::string> SessionRun::summary(int width) const {
    auto record = history_.load(id_);
    return record ? summary_lines(*record, content_, width, scorer()) : std::vector<std::string>{};
}

int SessionRun::close(RunEnd how, std::ostream& out, std::ostream& err, int signal, const Scorecard& typed) {
    sink_.flush(false); // anything held back by another program's lock: one last, patient try
    settle_status();
    if (sink_.unsaved() > 0)
        throw StoreError(std::to_string(sink_.unsaved()) + " last action(s) of session " + std::to_string(id_) +
                         " could not be saved: another program holds the history locked; the rest is saved");
    if (how == RunEnd::left_running)
        err << "The session stays resumable: sdmock resume " << id_ << '\n';
    else if (how == RunEnd::unscored)
        err << "Not scored yet: " << score_command(id_, scorer(), merged(saved_scorecard(), typed))
            << " (or sdmock resume " << id_ << ")\n";
    out << "session " << id_ << '\n';
    return signal != 0 ? 128 + signal : kExitOk;
}

} // namespace sdmock::cli
