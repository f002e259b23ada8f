#include "cli/session_run.hpp"

#include "cli/context.hpp"
#include "core/error.hpp"
#include "core/file_place.hpp"
#include "core/recording.hpp"
#include "report/session_view.hpp"

#include <unistd.h>

#include <algorithm>
#include <ostream>

namespace sdmock::cli {
namespace {

std::int64_t this_process() {
    return static_cast<std::int64_t>(getpid());
}

/// `sdmock score N [--scorer interviewer] dim=S ...`: the scores known so far, N for the rest.
std::string score_command(std::int64_t session, Scorer scorer, const Scorecard& card,
                          const std::vector<std::size_t>& dimensions) {
    std::string cmd = "sdmock score " + std::to_string(session);
    if (scorer == Scorer::interviewer) cmd += " --scorer interviewer";
    for (std::size_t i : dimensions)
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

std::vector<std::size_t> scored_dimensions(const Problem& problem, const Plan& plan, const std::optional<Drill>& drill,
                                           const Content& content, std::uint64_t seed) {
    std::vector<std::size_t> all;
    if (!drill) {
        for (std::size_t i = 0; i < kDimensionCount; ++i)
            all.push_back(i);
        return all;
    }
    Plan one = drill_plan(plan, drill->phase);
    Problem seen = drill_problem(problem, drill->focus);
    return drill_dimensions(one.phases.front(), drill->focus, schedule_cues(one, seen, content, seed));
}

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
    : history_(&history), content_(content), clock_(clock), id_(id), claim_(history, id), sink_(history, id, clock) {}

SessionRun::~SessionRun() {
    if (!kept_) return;
    try {
        kept_->release(id_, this_process()); // the recovery file may be brought back once this run is over
    } catch (const std::exception&) {
        // A dead owner's claim is ignored.
    }
}

std::unique_ptr<SessionRun> SessionRun::start(History& history, const Content& content, const RunSetup& setup,
                                              const Clock& clock) {
    if (setup.drill) check_drill(*setup.drill, setup.plan);
    Duration planned = setup.drill ? drill_plan(setup.plan, setup.drill->phase).planned() : setup.plan.planned();
    PracticeFacts practice{setup.speed, setup.practice, false, Duration{0}, planned};
    NewSession fresh{
        setup.problem.id,           setup.plan.id, setup.mode, iso_local(clock.wall_now()), setup.seed, setup.speed,
        practice_reasons(practice), setup.level,   setup.drill};
    std::unique_ptr<SessionRun> run(new SessionRun(history, content, history.create_session(fresh), clock));
    run->practice_ = practice;
    run->build(setup.problem, setup.plan, setup.drill, setup.seed, setup.speed, setup.mode);
    run->mock_->set_level(setup.level);
    if (setup.audio.any()) run->open_audio(setup.audio, Duration{0});
    run->mock_->start(clock.steady_now());
    return run;
}

std::unique_ptr<SessionRun> SessionRun::resume(History& history, const Content& content, std::int64_t id,
                                               const Clock& clock, bool voice) {
    auto record = history.load(id);
    if (!record) throw Error("no session " + std::to_string(id) + " in " + history.path());
    const auto& card = record->info.mode == Mode::interviewer ? record->interviewer : record->self;
    const Problem& problem = find_problem(content, record->info.problem);
    const Plan& plan = find_plan(content, record->info.plan);
    auto dimensions = scored_dimensions(problem, plan, record->info.drill, content, record->info.seed);
    bool unscored_end = record->info.status == Status::finished && !(card && complete_on(*card, dimensions));
    if (record->info.status != Status::running && !unscored_end)
        throw Error("session " + std::to_string(id) + " is " + std::string(to_string(record->info.status)) +
                    "; see it with `sdmock show " + std::to_string(id) + "`");
    std::unique_ptr<SessionRun> run(new SessionRun(history, content, id, clock));
    run->build(problem, plan, record->info.drill, record->info.seed, record->info.speed, record->info.mode);
    run->practice_ = {record->info.speed, record->info.practice.flagged, false, Duration{0}, run->plan_.planned()};
    for (const auto& e : record->events) {
        if (e.kind != event::end) continue;
        run->practice_.finished = true;
        run->practice_.elapsed = e.t;
    }
    run->mock_->set_level(record->info.level);
    AudioSetup audio;
    if (record->recording && record->info.status == Status::running) {
        audio.record = true;
        audio.input = record->recording->input;
    }
    bool spoke = std::any_of(record->events.begin(), record->events.end(),
                             [](const Event& e) { return e.kind == event::voice; });
    audio.voice = record->info.mode == Mode::solo && (voice || spoke) && record->info.status == Status::running;
    if (audio.any()) {
        // The recording goes on from the time the session reached; the file is padded up to it.
        TimerSnapshot snap = snapshot_from(record->events, record->info.elapsed, run->plan_.phases.size());
        Duration reached = snap.current;
        for (Duration d : snap.completed)
            reached += d;
        run->open_audio(audio, reached);
    }
    run->mock_->restore(record->events, record->info.elapsed, clock.steady_now());
    // An end already on record whose status never followed (the process died in between).
    run->finish_due_ = run->mock_->finished() && record->info.status == Status::running;
    run->settle_status();
    return run;
}

void SessionRun::build(const Problem& problem, const Plan& plan, const std::optional<Drill>& drill, std::uint64_t seed,
                       double speed, Mode mode) {
    full_plan_ = &plan;
    drill_ = drill;
    plan_ = drill ? drill_plan(plan, drill->phase) : plan;
    problem_ = drill ? drill_problem(problem, drill->focus) : problem;
    mock_ = std::make_unique<MockSession>(problem_, plan_, content_, seed, speed, driver_of(mode), sink());
    dimensions_ = scored_dimensions(problem, plan, drill, content_, seed);
}

std::vector<std::string> SessionRun::context_lines() const {
    if (!drill_ || full_plan_ == nullptr) return {};
    return drill_context(*full_plan_, drill_->phase, problem_);
}

Scorer SessionRun::scorer() const {
    return scorer_of(mock_->role());
}

void SessionRun::write(const Event& event) {
    try {
        sink_.record(event);
    } catch (const LostError& e) {
        keep_elsewhere(e);
    }
}

void SessionRun::open_audio(const AudioSetup& setup, Duration start) {
    audio_ = std::make_unique<SessionAudio>(*history_, id_, setup, start, clock_);
}

void SessionRun::follow_audio(const Event* event) {
    if (!audio_ || !mock_) return;
    SteadyTime now = clock_.steady_now();
    if (event != nullptr && event->kind == event::cue_shown) audio_->say(event->text);
    audio_->follow(mock_->timer(), now, *history_);
    for (const auto& spoken : audio_->take_spoken()) {
        // Where the question fell on the session's timeline, and for how long of it.
        Duration at = std::min(mock_->timer().elapsed(spoken.began), mock_->timer().elapsed(now));
        auto length =
            Duration(static_cast<long long>(static_cast<double>(spoken.length.count()) * mock_->timer().speed()));
        const Phase* phase = mock_->phase();
        write(Event{at, std::string(event::voice), phase ? phase->id : std::string("end"), "", spoken.text,
                    std::max<long long>(1, length.count())});
    }
}

std::vector<std::string> SessionRun::take_audio_notes() {
    std::vector<std::string> all = audio_ ? audio_->notes() : std::vector<std::string>{};
    std::vector<std::string> fresh(all.begin() + static_cast<std::ptrdiff_t>(std::min(audio_told_, all.size())),
                                   all.end());
    audio_told_ = all.size();
    return fresh;
}

std::vector<Note> SessionRun::recorded_evidence() const {
    auto record = history_->load(id_);
    if (!record || !record->recording) return {};
    auto talk = session_talk(*record->recording, record->events, record->info.elapsed);
    return {{record->info.elapsed, "", "communication", "From the recording: " + talk_summary(talk)}};
}

void SessionRun::record(const Event& event) {
    write(event);
    follow_audio(&event);
    if (event.kind == event::end) {
        finish_due_ = true;
        practice_.finished = true;
        practice_.elapsed = event.t;
    }
    settle_status();
}

void SessionRun::heartbeat(Duration elapsed) {
    try {
        sink_.heartbeat(elapsed);
    } catch (const LostError& e) {
        keep_elsewhere(e);
    }
    follow_audio(nullptr);
    settle_status();
}

void SessionRun::settle_status() {
    if (!finish_due_ || sink_.unsaved() > 0) return;
    try {
        history_->finish(id_, practice_reasons(practice_));
        finish_due_ = false;
    } catch (const BusyError&) {
        // Tried again with the next action, and at the end.
    } catch (const LostError& e) {
        keep_elsewhere(e);
        settle_status();
    }
}

void SessionRun::keep_elsewhere(const LostError& lost) {
    if (kept_) throw StoreError(std::string(lost.what()) + " (the recovery file " + kept_->path() + ")");
    std::string gone = history_->path();
    std::string path = recovery_path(gone, id_, clock_.wall_now());
    kept_ = history_->keep_session_in(id_, path);
    history_ = kept_.get();
    sink_.retarget(*kept_);
    lost_ = lost_text(lost.replaced() ? Place::replaced : Place::gone, gone, path);
    sink_.flush(true);
}

std::size_t SessionRun::write_waiting() {
    if (sink_.unsaved() == 0) return 0;
    SteadyTime now = clock_.steady_now();
    if (tried_at_ && now - *tried_at_ < std::chrono::seconds(1)) return sink_.unsaved();
    tried_at_ = now;
    try {
        sink_.flush(true);
    } catch (const LostError& e) {
        keep_elsewhere(e);
    }
    settle_status();
    return sink_.unsaved();
}

void SessionRun::save_scorecard(const Scorecard& card) {
    settle_status();
    try {
        history_->save_scorecard(id_, scorer(), card);
    } catch (const LostError& e) {
        keep_elsewhere(e);
        history_->save_scorecard(id_, scorer(), card);
    }
}

void SessionRun::save_estimate(EstimateRecord record) {
    record.session = id_;
    try {
        history_->add_estimate(record);
    } catch (const LostError& e) {
        keep_elsewhere(e);
        history_->add_estimate(record);
    }
}

Scorecard SessionRun::saved_scorecard() const {
    auto record = history_->load(id_);
    if (!record) return {};
    const auto& card = scorer() == Scorer::self ? record->self : record->interviewer;
    return card.value_or(Scorecard{});
}

std::vector<std::string> SessionRun::summary(int width) const {
    auto record = history_->load(id_);
    return record ? summary_lines(*record, content_, width, scorer()) : std::vector<std::string>{};
}

int SessionRun::close(RunEnd how, std::ostream& out, std::ostream& err, int signal, const Scorecard& typed) {
    try {
        sink_.flush(false); // anything held back by another program's lock: one last, patient try
    } catch (const LostError& e) {
        keep_elsewhere(e);
    }
    if (audio_) {
        try {
            audio_->finish(*history_);
        } catch (const LostError& e) {
            keep_elsewhere(e);
            audio_->finish(*history_);
        }
        for (const auto& note : take_audio_notes())
            err << "sdmock: " << note << '\n';
    }
    settle_status();
    if (sink_.unsaved() > 0)
        throw StoreError(std::to_string(sink_.unsaved()) + " last action(s) of session " + std::to_string(id_) +
                         " could not be saved: another program holds the history locked; the rest is saved");
    if (!lost_.empty())
        err << lost_ << '\n';
    else if (how == RunEnd::left_running)
        err << "The session stays resumable: sdmock resume " << id_ << '\n';
    else if (how == RunEnd::unscored)
        err << "Not scored yet: " << score_command(id_, scorer(), merged(saved_scorecard(), typed), dimensions_)
            << " (or sdmock resume " << id_ << ")\n";
    out << "session " << id_ << '\n';
    return signal != 0 ? 128 + signal : kExitOk;
}

} // namespace sdmock::cli
