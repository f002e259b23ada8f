#include "tui/screens.hpp"

namespace sdmock::tui {
namespace {

using std::chrono::milliseconds;

/// How often the view looks for the interviewer's changes.
constexpr milliseconds kPoll{250};

/// The live view. Returns true when the mock ended, false when the user stopped following.
bool follow_screen(Terminal& term, const Problem& problem, const Plan& plan, const Options& options,
                   const FollowHooks& hooks, const std::atomic<int>& stop, std::vector<Note>& notes) {
    FollowView view{&problem, &plan, nullptr, options.session_id, false, false, std::nullopt, {}};
    std::string note_dim;
    bool leaving = false;
    for (;;) {
        if (stop.load() != 0) return false;
        FollowState state = hooks.poll();
        notes = state.notes;
        if (state.ended) return true;
        view.state = &state;
        if (view.prompt) view.prompt->label = "Note [" + note_dim + "]";
        term.draw(layout_follow(view, term.width(), term.height()));
        Key key = term.read(kPoll);
        if (key.kind == Key::Kind::none || key.kind == Key::Kind::resize) continue;
        if (view.help || view.full_text) {
            view.help = view.full_text = false;
            continue;
        }
        bool was_leaving = leaving;
        leaving = false;
        view.flash.clear();
        if (view.prompt) {
            if (key.kind == Key::Kind::escape) view.prompt.reset();
            else if (key.kind == Key::Kind::tab) note_dim = next_dimension(note_dim);
            else if (edit(*view.prompt, key)) {
                hooks.add_note(note_dim, view.prompt->text);
                view.prompt.reset();
            }
            continue;
        }
        if (key.is('a')) {
            note_dim = state.phase < plan.phases.size() ? plan.phases[state.phase].dimension : std::string(kDimensionIds[0]);
            view.prompt = Prompt{"", "", "Tab: change the dimension · Enter: save · Esc: cancel"};
        } else if (key.is('?')) {
            view.help = true;
        } else if (key.is('p')) {
            view.full_text = true;
        } else if (key.is('q')) {
            if (was_leaving) return false;
            leaving = true;
            view.flash = "Stop following? The mock goes on; press q again to stop, any other key to stay.";
        }
    }
}

} // namespace

Exit run_follow(const Problem& problem, const Plan& plan, const Content& content, const Options& options,
                const FollowHooks& hooks, const std::atomic<int>& stop) {
    Terminal term(options.color);
    std::vector<Note> notes;
    if (!follow_screen(term, problem, plan, options, hooks, stop, notes)) return Exit::left_running;
    if (options.bell) term.bell();
    if (!scoring_screen(term, problem, notes, content, hooks.saved_scorecard(), hooks.save_scorecard, stop))
        return Exit::unscored;
    summary_screen(term, "Summary · " + problem.title, hooks.summary, stop);
    return Exit::scored;
}

} // namespace sdmock::tui

namespace sdmock::tui {

bool run_notice(const std::string& title, const std::vector<std::string>& lines, const Options& options,
                const std::atomic<int>& stop) {
    Terminal term(options.color);
    for (;;) {
        if (stop.load() != 0) return false;
        Frame f = layout_summary(lines, title, term.width(), term.height());
        if (!f.lines.empty() && term.width() >= kMinWidth && term.height() >= kMinHeight)
            f.lines.back() = Line{}.add(" Enter", Style::key).add(" start the clock ").add(" Esc", Style::key).add(" cancel ");
        term.draw(f);
        Key key = term.read(std::chrono::milliseconds(1000));
        if (key.kind == Key::Kind::enter) return true;
        if (key.kind == Key::Kind::escape || key.is('q')) return false;
    }
}

} // namespace sdmock::tui
