#include "core/mock.hpp"

#include "core/error.hpp"
#include "core/random.hpp"

#include <algorithm>

namespace sdmock {

std::vector<Duration> planned_durations(const Plan& plan) {
    std::vector<Duration> out;
    for (const auto& phase : plan.phases)
        out.push_back(phase.planned());
    return out;
}

MockSession::MockSession(const Problem& problem, const Plan& plan, const Content& content, std::uint64_t seed,
                         double speed, Role role, EventSink& sink)
    : problem_(problem), plan_(plan), content_(content), sink_(sink), timer_(planned_durations(plan), speed),
      board_(schedule_cues(plan, problem, content, seed)), role_(role) {
    for (const auto& phase : plan.phases)
        for (const auto& set_id : phase.cues)
            if (const QuestionSet* set = content.question_set(set_id);
                set != nullptr && set->kind == SetKind::curveballs)
                for (const auto& q : set->questions)
                    if (curveball_fits(q, problem)) curveballs_.push_back(curveball_line(q, set->id));
    SeededRandom rng(seed ^ 0xC0FFEEULL);
    for (std::size_t i = 0; i + 1 < curveballs_.size(); ++i)
        std::swap(curveballs_[i], curveballs_[i + rng.below(curveballs_.size() - i)]);
}

bool MockSession::early_in_phase(SteadyTime now) const {
    const Phase* p = phase();
    return p != nullptr && timer_.phase_elapsed(now) * 2 < p->planned();
}

const Phase* MockSession::phase() const {
    return timer_.finished() ? nullptr : &plan_.phases[timer_.phase()];
}

void MockSession::require_may_record(std::string_view kind) const {
    if (!may_record(role_, kind))
        throw Error("a " + std::string(to_string(role_)) + " session may not record a " + std::string(kind) +
                    " event; nothing was recorded");
}

void MockSession::emit(SteadyTime now, std::string_view kind, std::string dimension, std::string text,
                       std::int64_t value) {
    require_may_record(kind);
    Event e{timer_.elapsed(now),  std::string(kind), phase() ? phase()->id : std::string("end"),
            std::move(dimension), std::move(text),   value};
    sink_.record(e);
}

void MockSession::start_phase_event(SteadyTime now) {
    put_.reset();
    if (const Phase* p = phase()) emit(now, event::phase_start, p->dimension, p->name, p->planned().count());
}

void MockSession::start(SteadyTime now) {
    require_may_record(event::phase_start);
    timer_.start(now);
    start_phase_event(now);
    tick(now);
}

void MockSession::restore(const std::vector<Event>& events, Duration elapsed, SteadyTime now) {
    require_may_record(event::reopen);
    TimerSnapshot snap = snapshot_from(events, elapsed, plan_.phases.size());
    timer_.restore(snap, now);
    std::size_t phase_index = 0;
    for (const auto& e : events) {
        if (e.kind == event::phase_start) {
            put_.reset();
            for (std::size_t i = 0; i < plan_.phases.size(); ++i)
                if (plan_.phases[i].id == e.phase) phase_index = i;
        } else if (e.kind == event::note) {
            notes_.push_back({e.t, e.phase, e.dimension, e.text});
        } else if (role_ == Role::interviewer) {
            replay_desk(e, phase_index);
        } else if (e.kind == event::cue_shown || e.kind == event::cue_answered || e.kind == event::cue_skipped) {
            auto cue = board_.find(phase_index, e.text);
            if (!cue) continue;
            if (e.kind == event::cue_shown)
                shown_.insert(*cue);
            else
                board_.mark(*cue, e.kind == event::cue_answered ? CueState::answered : CueState::skipped);
        }
    }
    if (timer_.overtime(now)) rung_for_ = timer_.phase();
    last_second_ = -1;
    if (!finished()) emit(now, event::reopen);
    tick(now);
}

void MockSession::toggle_pause(SteadyTime now) {
    if (finished()) return;
    require_may_record(timer_.paused() ? event::resume : event::pause);
    if (timer_.paused()) {
        timer_.resume(now);
        emit(now, event::resume);
    } else {
        timer_.pause(now);
        emit(now, event::pause);
    }
}

bool MockSession::pause_if_running(SteadyTime now) {
    if (finished() || !timer_.started() || timer_.paused()) return false;
    toggle_pause(now);
    return true;
}

void MockSession::next_phase(SteadyTime now) {
    if (finished()) return;
    if (timer_.phase() + 1 >= timer_.phase_count()) {
        end(now);
        return;
    }
    require_may_record(event::phase_start);
    record_unreached(now);
    timer_.next(now);
    start_phase_event(now);
    tick(now);
}

void MockSession::record_unreached(SteadyTime now) {
    if (!may_record(role_, event::cue_unreached)) return; // in a paired mock the interviewer chooses what to ask
    const auto& schedule = board_.schedule();
    for (std::size_t i = 0; i < schedule.size(); ++i)
        if (schedule[i].phase == timer_.phase() && board_.state(i) == CueState::pending)
            emit(now, event::cue_unreached, schedule[i].dimension, schedule[i].text, shown_.count(i) != 0 ? 1 : 0);
}

void MockSession::end(SteadyTime now) {
    if (finished()) return;
    require_may_record(event::end);
    Duration at = timer_.elapsed(now);
    std::string phase_id = phase()->id; // the phase it ended in
    record_unreached(now);
    timer_.finish(now);
    sink_.record({at, std::string(event::end), phase_id, "", "", 0});
}

bool MockSession::answer_cue(SteadyTime now, bool skipped) {
    if (finished()) return false;
    auto current = board_.current(timer_.phase(), timer_.phase_elapsed(now));
    if (!current) return false;
    require_may_record(skipped ? event::cue_skipped : event::cue_answered);
    const Cue& cue = board_.cue(*current);
    board_.mark(*current, skipped ? CueState::skipped : CueState::answered);
    emit(now, skipped ? event::cue_skipped : event::cue_answered, cue.dimension, cue.text,
         static_cast<std::int64_t>(*current));
    tick(now);
    return true;
}

void MockSession::add_note(SteadyTime now, const std::string& dimension, const std::string& text) {
    if (text.empty()) return;
    require_may_record(event::note);
    Duration t = timer_.elapsed(now);
    notes_.push_back({t, phase() ? phase()->id : plan_.phases.back().id, dimension, text});
    emit(now, event::note, dimension, text);
}

bool MockSession::tick(SteadyTime now) {
    if (finished() || !timer_.started()) return false;
    if (!may_record(role_, event::cue_shown)) {
        // In a paired mock the interviewer decides what is asked: nothing comes on screen by itself.
    } else if (auto cue = board_.current(timer_.phase(), timer_.phase_elapsed(now));
               cue && shown_.insert(*cue).second) {
        const Cue& c = board_.cue(*cue);
        emit(now, event::cue_shown, c.dimension, c.text, static_cast<std::int64_t>(*cue));
    }
    auto second = static_cast<std::int64_t>(timer_.elapsed(now).count() / 1000);
    if (second != last_second_ && !timer_.paused()) {
        last_second_ = second;
        sink_.heartbeat(timer_.elapsed(now));
    }
    if (timer_.overtime(now) && rung_for_ != timer_.phase()) {
        rung_for_ = timer_.phase();
        return true;
    }
    return false;
}

std::vector<std::size_t> MockSession::show_all_due(SteadyTime now) {
    std::vector<std::size_t> out;
    if (finished() || !timer_.started()) return out;
    require_may_record(event::cue_shown);
    for (auto index : board_.waiting(timer_.phase(), timer_.phase_elapsed(now))) {
        if (!listed_.insert(index).second) continue;
        if (shown_.insert(index).second) {
            const Cue& c = board_.cue(index);
            emit(now, event::cue_shown, c.dimension, c.text, static_cast<std::int64_t>(index));
        }
        out.push_back(index);
    }
    return out;
}

const Cue* MockSession::current_cue(SteadyTime now) const {
    if (finished()) return nullptr;
    auto cue = board_.current(timer_.phase(), timer_.phase_elapsed(now));
    return cue ? &board_.cue(*cue) : nullptr;
}

const Reply* MockSession::reply_to(const Cue& cue) const {
    return sdmock::reply_to(cue, problem_, content_);
}

const Reply* MockSession::reply_on_screen(SteadyTime now) const {
    const Cue* cue = current_cue(now);
    return cue != nullptr ? reply_to(*cue) : nullptr;
}

std::vector<std::string> MockSession::figures_to_work_from() const {
    const Phase* p = phase();
    return p != nullptr && p->id == kEstimationPhase ? problem_.key.givens : std::vector<std::string>{};
}

std::size_t MockSession::cues_waiting(SteadyTime now) const {
    if (finished()) return 0;
    return board_.waiting(timer_.phase(), timer_.phase_elapsed(now)).size();
}

std::optional<Duration> MockSession::next_cue_in(SteadyTime now) const {
    if (finished()) return std::nullopt;
    Duration t = timer_.phase_elapsed(now);
    auto due = board_.next_due(timer_.phase(), t);
    if (!due) return std::nullopt;
    return *due - t;
}

std::optional<Duration> MockSession::until_next_change(SteadyTime now) const {
    return timer_.until_next_tick(now);
}

} // namespace sdmock

namespace sdmock {

std::vector<ScriptLine> MockSession::script() const {
    if (finished()) return {};
    std::vector<ScriptLine> out = interviewer_script(plan_, timer_.phase(), problem_, content_, board_.schedule());
    for (std::size_t i = 0; i < thrown_; ++i)
        if (thrown_in_[i] == timer_.phase()) out.push_back(curveballs_[i]);
    return out;
}

void MockSession::put_question(SteadyTime now, const Cue& cue) {
    if (finished()) return;
    require_may_record(cue.kind == CueKind::curveball ? event::curveball : event::cue_put);
    put_ = cue;
    emit(now, cue.kind == CueKind::curveball ? event::curveball : event::cue_put, cue.dimension, cue.text);
}

void MockSession::put_line(SteadyTime now, const ScriptLine& line) {
    put_question(now, line.cue(timer_.phase()));
}

void MockSession::mark(SteadyTime now, const ScriptLine& line, Grade grade) {
    if (finished()) return;
    require_may_record(event::cue_marked);
    set_mark(line.text, grade);
    marks_log_.push_back({timer_.elapsed(now), phase()->id, line.dimension,
                          "marked " + std::string(to_string(grade)) + ": " + line.text});
    emit(now, event::cue_marked, line.dimension, line.text, static_cast<std::int64_t>(grade));
}

void MockSession::set_mark(const std::string& question, Grade grade) {
    auto it = std::find_if(marks_.begin(), marks_.end(), [&](const auto& m) { return m.first == question; });
    if (it != marks_.end())
        it->second = grade;
    else
        marks_.emplace_back(question, grade);
}

void MockSession::give_hint(SteadyTime now, const std::string& text) {
    if (text.empty() || finished()) return;
    require_may_record(event::hint);
    emit(now, event::hint, put_ ? put_->dimension : std::string(), text);
}

std::vector<ScriptLine> MockSession::curveball_choices() const {
    return {curveballs_.begin() + static_cast<std::ptrdiff_t>(thrown_), curveballs_.end()};
}

bool MockSession::throw_curveball(SteadyTime now, std::size_t choice) {
    if (thrown_ + choice >= curveballs_.size() || finished()) return false;
    require_may_record(event::curveball);
    auto first = curveballs_.begin() + static_cast<std::ptrdiff_t>(thrown_);
    std::rotate(first, first + static_cast<std::ptrdiff_t>(choice), first + static_cast<std::ptrdiff_t>(choice) + 1);
    thrown_in_.push_back(timer_.phase());
    put_question(now, curveballs_[thrown_++].cue(timer_.phase()));
    return true;
}

std::vector<Note> MockSession::evidence() const {
    std::vector<Note> out = notes_;
    out.insert(out.end(), marks_log_.begin(), marks_log_.end());
    std::stable_sort(out.begin(), out.end(), [](const Note& a, const Note& b) { return a.t < b.t; });
    return out;
}

std::optional<Grade> MockSession::grade_of(const std::string& question) const {
    for (const auto& [text, grade] : marks_)
        if (text == question) return grade;
    return std::nullopt;
}

void MockSession::replay_desk(const Event& e, std::size_t phase) {
    if (e.kind == event::cue_put || e.kind == event::curveball) {
        CueKind kind = e.kind == event::curveball ? CueKind::curveball : CueKind::probe;
        put_ = Cue{phase, Duration{0}, kind, e.text, e.dimension, "", ""};
        if (kind == CueKind::curveball) {
            auto first = curveballs_.begin() + static_cast<std::ptrdiff_t>(thrown_);
            auto it = std::find_if(first, curveballs_.end(), [&](const ScriptLine& c) { return c.text == e.text; });
            if (it != curveballs_.end()) {
                std::rotate(first, it, it + 1);
                thrown_in_.push_back(phase);
                ++thrown_;
            }
        }
    } else if (e.kind == event::cue_marked) {
        auto grade = static_cast<Grade>(std::clamp<std::int64_t>(e.value, 0, 2));
        set_mark(e.text, grade);
        marks_log_.push_back({e.t, e.phase, e.dimension, "marked " + std::string(to_string(grade)) + ": " + e.text});
    }
}

} // namespace sdmock
