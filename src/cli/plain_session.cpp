#include "cli/plain_session.hpp"

#include "core/save_notice.hpp"
#include "core/text.hpp"

#include <algorithm>
#include <istream>
#include <ostream>
#include <sstream>

namespace sdmock::cli {
namespace {

void print_phase(const MockSession& mock, SteadyTime now, std::ostream& out) {
    const Phase* phase = mock.phase();
    if (phase == nullptr) return;
    const auto& timer = mock.timer();
    out << "\n[" << clock_text(timer.elapsed(now)) << "] Phase " << timer.phase() + 1 << "/" << timer.phase_count()
        << ": " << phase->name << " (" << format_number(phase->minutes) << " min)\n";
    for (const auto& line : wrap(phase->goal, 74))
        out << "  " << line << '\n';
    for (const auto& item : phase->checklist)
        out << "  - " << item << '\n';
    auto figures = mock.figures_to_work_from();
    if (!figures.empty()) out << "  Figures to work from:\n";
    for (const auto& figure : figures)
        out << "  * " << figure << '\n';
    out.flush();
}

/// Prints the cues that fell due, each stamped with the session time it was due at.
void print_cues(MockSession& mock, SteadyTime now, std::ostream& out) {
    Duration phase_start = mock.timer().elapsed(now) - mock.timer().phase_elapsed(now);
    for (auto index : mock.show_all_due(now)) {
        const Cue& cue = mock.cues().cue(index);
        std::string label =
            cue.kind == CueKind::curveball ? "Curveball" : (cue.kind == CueKind::probe ? "Deep dive" : "Ask");
        out << "[" << clock_text(phase_start + cue.at) << "] " << label << " (" << cue.dimension << "):\n";
        for (const auto& line : wrap(cue.text, 72))
            out << "    " << line << '\n';
        if (const Reply* reply = mock.reply_to(cue))
            for (const auto& line : wrap("Interviewer: " + reply->text, 72))
                out << "    " << line << '\n';
    }
    out.flush();
}

/// Steady time to sleep: to the next cue or the phase end, at most a second (heartbeat).
Duration next_wake(const MockSession& mock, SteadyTime now) {
    double speed = mock.timer().speed();
    Duration session_wait = std::max(mock.timer().phase_remaining(now), Duration{0});
    if (auto cue = mock.next_cue_in(now)) session_wait = std::min(session_wait, *cue);
    auto steady = Duration(static_cast<Duration::rep>(static_cast<double>(session_wait.count()) / speed) + 1);
    return std::clamp(steady, Duration{1}, Duration{1000});
}

/// Reads the scores of `dimensions` (rubric order) into `card`; false when input ends first or `stop` is set (`card`
/// holds what was read). With `io.echo` each line read is written after its prompt, so a piped transcript reads like a
/// dialogue.
bool read_scores(const Rubric& rubric, const std::vector<std::size_t>& dimensions, Scorecard& card,
                 const std::atomic<int>& stop, const PlainIo& io, const std::vector<Note>& offered) {
    io.out << "\nScore yourself: one line per dimension, a number 1-5 and an optional note.\n";
    for (std::size_t i : dimensions) {
        if (i >= rubric.dimensions.size()) continue;
        const Dimension& d = rubric.dimensions[i];
        for (const auto& note : offered)
            if (note.dimension == d.id) io.out << "  " << note.text << '\n';
        for (;;) {
            io.out << d.name << " [1-5]: " << std::flush;
            std::string line;
            if (!std::getline(io.in, line) || stop.load() != 0) {
                io.out << '\n';
                return false;
            }
            if (io.echo) io.out << line << '\n';
            std::istringstream fields(line);
            std::string number;
            fields >> number;
            if (number.size() == 1 && number[0] >= '1' && number[0] <= '5') {
                card.set(i, number[0] - '0');
                std::string note;
                std::getline(fields >> std::ws, note);
                card.evidence[i] = note;
                break;
            }
            io.err << "sdmock: score for " << d.id << " must be a whole number from 1 to 5, got \"" << line << "\"\n";
        }
    }
    return true;
}

/// A drill's heading and what the phases before it would have produced.
void print_drill(const SessionRun& run, std::ostream& out) {
    if (!run.drill()) return;
    std::vector<std::string> dims;
    for (std::size_t i : run.dimensions())
        dims.emplace_back(kDimensionIds[i]);
    for (const auto& line :
         wrap("Drill: " + drill_text(*run.drill()) + ", this phase only; scored on " + join(dims, ", ") + ".", 76))
        out << line << '\n';
    for (const auto& line : run.context_lines()) {
        // "  - item" and "  * item" wrap under their text.
        std::size_t indent = line.rfind("  ", 0) == 0 ? 4 : 2;
        auto lines = wrap(line.substr(indent == 4 ? 4 : 0), static_cast<int>(76 - indent));
        for (std::size_t k = 0; k < lines.size(); ++k)
            out << (k == 0 && indent == 4 ? line.substr(0, 4) : std::string(k == 0 ? 0 : indent, ' ')) << lines[k]
                << '\n';
    }
}

/// Prints a line when the count of actions waiting for another program's lock changed, and
/// once they are all written.
void report_saves(SessionRun& run, SaveNotice& saves, SteadyTime now, std::ostream& out) {
    if (auto line = saves.update(run.write_waiting(), now)) {
        out << "[" << clock_text(run.mock().timer().elapsed(now)) << "] " << *line << '\n';
        out.flush();
    }
}

/// Ctrl-Z counts as a pause: the clock pauses (recorded), the process stops, and once continued
/// the clock resumes (recorded), since the line mode has no key to resume it with.
void stop_paused(MockSession& mock, const Clock& clock, const Suspend& suspend, std::ostream& out) {
    if (!suspend.asked || !suspend.asked()) return;
    SteadyTime now = clock.steady_now();
    bool paused = mock.pause_if_running(now);
    if (paused) out << "[" << clock_text(mock.timer().elapsed(now)) << "] Paused: sdmock is stopped (Ctrl-Z).\n";
    out.flush();
    if (suspend.stop) suspend.stop();
    now = clock.steady_now();
    if (!paused) return;
    mock.toggle_pause(now);
    out << "[" << clock_text(mock.timer().elapsed(now)) << "] Resumed: the time stopped does not count.\n";
    out.flush();
}

/// Runs the clock to the end of the last phase; false when stopped first.
bool run_phases(SessionRun& run, const Clock& clock, const Wait& wait, const std::atomic<int>& stop,
                const PlainIo& io) {
    std::ostream& out = io.out;
    MockSession& mock = run.mock();
    const Problem& problem = mock.problem();
    out << "Session " << run.id() << ": " << problem.title << " · " << mock.plan().name << "\n";
    for (const auto& line : wrap(problem.prompt, 76))
        out << line << '\n';
    print_drill(run, out);
    std::size_t shown_phase = static_cast<std::size_t>(-1);
    SaveNotice saves; // actions waiting for another program's lock on the history
    bool told_lost = false;
    while (!mock.finished() && stop.load() == 0) {
        SteadyTime now = clock.steady_now();
        if (mock.timer().phase() != shown_phase) {
            shown_phase = mock.timer().phase();
            print_phase(mock, now, out);
        }
        mock.tick(now);
        print_cues(mock, now, out);
        report_saves(run, saves, clock.steady_now(), out);
        if (!told_lost && !run.lost().empty()) {
            out << "[" << clock_text(mock.timer().elapsed(now)) << "] " << run.lost() << '\n';
            told_lost = true;
        }
        stop_paused(mock, clock, io.suspend, out);
        if (mock.timer().overtime(now) || mock.timer().phase_remaining(now) == Duration{0}) {
            mock.next_phase(now);
            continue;
        }
        wait(next_wake(mock, now));
    }
    return mock.finished();
}

} // namespace

RunEnd run_plain_mock(SessionRun& run, const Clock& clock, const Wait& wait, const std::atomic<int>& stop,
                      const PlainIo& io, Scorecard& typed) {
    MockSession& mock = run.mock();
    if (io.suspend.watch) io.suspend.watch(true);
    bool ended = run_phases(run, clock, wait, stop, io);
    if (io.suspend.watch) io.suspend.watch(false); // scores are read with Ctrl-Z as in any program
    if (!ended) return RunEnd::left_running;
    io.out << "\n[" << clock_text(mock.timer().elapsed(clock.steady_now())) << "] Time is up.\n";
    if (!read_scores(run.content().rubric, run.dimensions(), typed, stop, io, run.recorded_evidence())) {
        io.err << "sdmock: input ended after " << typed.scored() << " of " << run.dimensions().size()
               << " scores; the session is saved unscored.\n";
        return RunEnd::unscored;
    }
    run.save_scorecard(typed);
    io.out << '\n';
    for (const auto& line : run.summary(80))
        io.out << line << '\n';
    return RunEnd::scored;
}

} // namespace sdmock::cli
