#include "core/scorecard.hpp"
#include "tui/screens.hpp"

#include <algorithm>

namespace sdmock::tui {
namespace {

using std::chrono::milliseconds;

enum class Typing { none, note, hint, end };

/// One key on the interviewer's screen, outside any prompt or overlay.
void command(const Key& key, MockSession& mock, InterviewerView& view, Typing& typing, std::string& note_dim,
             SteadyTime now) {
    auto list = mock.question_list();
    if (key.kind == Key::Kind::up || key.is('k')) view.selected = view.selected == 0 ? 0 : view.selected - 1;
    else if (key.kind == Key::Kind::down || key.is('j'))
        view.selected = std::min(view.selected + 1, list.empty() ? 0 : list.size() - 1);
    else if (key.kind == Key::Kind::enter) {
        if (view.selected < list.size()) mock.put_question(now, list[view.selected]);
    } else if (key.is('1') || key.is('2') || key.is('3')) {
        Grade grade = key.is('1') ? Grade::well : (key.is('2') ? Grade::partly : Grade::not_answered);
        if (!mock.mark_question(now, grade)) view.flash = "Ask a question first (Enter), then mark it.";
    } else if (key.is('h')) {
        typing = Typing::hint;
        view.prompt = Prompt{"Hint", "", "Enter: give it · Esc: cancel"};
    } else if (key.is('c')) {
        if (!mock.throw_curveball(now)) view.flash = "No curveballs left.";
    } else if (key.is('a')) {
        typing = Typing::note;
        note_dim = mock.put() ? mock.put()->dimension
                              : (mock.phase() != nullptr ? mock.phase()->dimension : std::string(kDimensionIds[0]));
        view.prompt = Prompt{"Note [" + note_dim + "]", "", "Tab: change the dimension · Enter: save · Esc: cancel"};
    } else if (key.is(' ')) mock.toggle_pause(now);
    else if (key.is('n') && mock.timer().phase() + 1 < mock.timer().phase_count()) {
        mock.next_phase(now);
        view.selected = 0;
    } else if (key.is('e') || key.is('n')) {  // on the last phase, n ends the mock: ask first
        typing = Typing::end;
        view.flash = "End the mock now and go to scoring? y ends it, any other key goes on.";
    } else if (key.is(']')) view.key_offset += 5;
    else if (key.is('[')) view.key_offset = view.key_offset > 5 ? view.key_offset - 5 : 0;
    else if (key.is('?')) view.overlay = Overlay::help;
    else if (key.is('p')) view.overlay = Overlay::full_text;
    else if (key.is('q')) view.overlay = Overlay::confirm_quit;
}

} // namespace

bool interviewer_screen(Terminal& term, MockSession& mock, const Content& content, const Clock& clock,
                        const Options& options, const std::atomic<int>& stop) {
    InterviewerView view{&mock, &content, options.session_id, 0, 0, Overlay::none, std::nullopt, {}};
    Typing typing = Typing::none;
    std::string note_dim;
    while (!mock.finished()) {
        if (stop.load() != 0) return false;
        SteadyTime now = clock.steady_now();
        if (mock.tick(now) && options.bell) term.bell();
        if (typing == Typing::note && view.prompt) view.prompt->label = "Note [" + note_dim + "]";
        term.draw(layout_interviewer(view, now, term.width(), term.height()));
        milliseconds wait = std::min(mock.until_next_change(now).value_or(milliseconds(1000)), milliseconds(1000));
        Key key = term.read(wait);
        if (key.kind == Key::Kind::none || key.kind == Key::Kind::resize) continue;
        now = clock.steady_now();
        if (view.overlay != Overlay::none) {
            bool leave = view.overlay == Overlay::confirm_quit && (key.is('y') || key.is('Y'));
            view.overlay = Overlay::none;
            if (leave) return false;
            continue;
        }
        if (typing == Typing::end) {
            typing = Typing::none;
            view.flash.clear();
            if (key.is('y') || key.is('Y')) mock.end(now);
            continue;
        }
        view.flash.clear();
        if (view.prompt) {
            if (key.kind == Key::Kind::escape) view.prompt.reset();
            else if (typing == Typing::note && key.kind == Key::Kind::tab) note_dim = next_dimension(note_dim);
            else if (edit(*view.prompt, key)) {
                if (typing == Typing::note) mock.add_note(now, note_dim, view.prompt->text);
                else mock.give_hint(now, view.prompt->text);
                view.prompt.reset();
            }
            if (!view.prompt) typing = Typing::none;
            continue;
        }
        command(key, mock, view, typing, note_dim, now);
    }
    return true;
}

} // namespace sdmock::tui
