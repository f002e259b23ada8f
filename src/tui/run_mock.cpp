#include "core/scorecard.hpp"
#include "tui/layout.hpp"
#include "tui/terminal.hpp"
#include "tui/screens.hpp"
#include "tui/tui.hpp"

#include <algorithm>

namespace sdmock::tui {

using std::chrono::milliseconds;

namespace {

void pop_utf8(std::string& text) {
    while (!text.empty()) {
        auto c = static_cast<unsigned char>(text.back());
        text.pop_back();
        if ((c & 0xC0U) != 0x80U) break;
    }
}

} // namespace

bool edit(Prompt& prompt, const Key& key) {
    if (key.kind == Key::Kind::text) prompt.text += key.text;
    else if (key.kind == Key::Kind::backspace) pop_utf8(prompt.text);
    return key.kind == Key::Kind::enter;
}

std::string next_dimension(const std::string& current) {
    auto index = dimension_index(current).value_or(kDimensionCount - 1);
    return std::string(kDimensionIds[(index + 1) % kDimensionCount]);
}

namespace {

const char* kNoteHelp = "Tab: change the dimension · Enter: save · Esc: cancel";

/// The session screen. Returns false when the user left with the session still running.
bool session_screen(Terminal& term, MockSession& mock, const Content& content, const Clock& clock,
                    const Options& options, const std::atomic<int>& stop) {
    SessionView view{&mock, &content, options.session_id, Overlay::none, std::nullopt, {}};
    std::string note_dim;
    while (!mock.finished()) {
        if (stop.load() != 0) return false;
        SteadyTime now = clock.steady_now();
        if (mock.tick(now) && options.bell) term.bell();
        if (view.prompt) view.prompt->label = "Note [" + note_dim + "]";
        term.draw(layout_session(view, now, term.width(), term.height()));
        milliseconds wait = std::min(mock.until_next_change(now).value_or(milliseconds(1000)), milliseconds(1000));
        Key key = term.read(wait);
        if (key.kind == Key::Kind::none || key.kind == Key::Kind::resize) continue;
        now = clock.steady_now();
        view.flash.clear();
        if (view.overlay == Overlay::confirm_quit || view.overlay == Overlay::confirm_end) {
            bool yes = key.is('y') || key.is('Y') || (view.overlay == Overlay::confirm_end && key.is('n'));
            Overlay was = view.overlay;
            view.overlay = Overlay::none;
            if (yes && was == Overlay::confirm_quit) return false;
            if (yes) mock.end(now);
            continue;
        }
        if (view.overlay == Overlay::help || view.overlay == Overlay::full_text) {
            view.overlay = Overlay::none;
            continue;
        }
        if (view.prompt) {
            if (key.kind == Key::Kind::escape) view.prompt.reset();
            else if (key.kind == Key::Kind::tab) note_dim = next_dimension(note_dim);
            else if (edit(*view.prompt, key)) {
                mock.add_note(now, note_dim, view.prompt->text);
                view.prompt.reset();
            }
            continue;
        }
        if (key.is(' ')) mock.toggle_pause(now);
        else if (key.is('n') && mock.timer().phase() + 1 >= mock.timer().phase_count()) view.overlay = Overlay::confirm_end;
        else if (key.is('n')) mock.next_phase(now);
        else if (key.is('x') || key.is('s')) {
            if (!mock.answer_cue(now, key.is('s'))) view.flash = "No question on screen.";
        } else if (key.is('a')) {
            note_dim = mock.phase() != nullptr && !mock.phase()->dimension.empty() ? mock.phase()->dimension
                                                                                   : std::string(kDimensionIds[0]);
            view.prompt = Prompt{"", "", kNoteHelp};
        } else if (key.is('?')) view.overlay = Overlay::help;
        else if (key.is('p')) view.overlay = Overlay::full_text;
        else if (key.is('q')) view.overlay = Overlay::confirm_quit;
    }
    return true;
}

/// The scoring screen. Returns true when a complete scorecard was saved.
} // namespace

bool scoring_screen(Terminal& term, const Problem& problem, const std::vector<Note>& evidence, const Content& content,
                    Scorecard card, const std::function<void(const Scorecard&)>& save, const std::atomic<int>& stop) {
    ScoringView view{&content, &problem, &evidence, &card, 0, std::nullopt, {}, false};
    while (view.selected + 1 < kDimensionCount && card.scores[view.selected]) ++view.selected;  // carry on where it stopped
    bool leaving = false;
    for (;;) {
        if (stop.load() != 0) return false;
        term.draw(layout_scoring(view, term.width(), term.height()));
        Key key = term.read(milliseconds(1000));
        if (key.kind == Key::Kind::none || key.kind == Key::Kind::resize) continue;
        bool was_leaving = leaving;
        leaving = false;
        view.flash.clear();
        if (view.prompt) {
            if (key.kind == Key::Kind::escape) view.prompt.reset();
            else if (edit(*view.prompt, key)) {
                card.evidence[view.selected] = view.prompt->text;
                save(card);  // every change is kept at once: a crash loses no score
                view.prompt.reset();
            }
            continue;
        }
        if (key.kind == Key::Kind::up || key.is('k')) view.selected = view.selected == 0 ? 0 : view.selected - 1;
        else if (key.kind == Key::Kind::down || key.is('j'))
            view.selected = std::min(view.selected + 1, kDimensionCount - 1);
        else if (key.kind == Key::Kind::text && key.text.size() == 1 && key.text[0] >= '1' && key.text[0] <= '5') {
            card.set(view.selected, key.text[0] - '0');
            save(card);
            view.selected = std::min(view.selected + 1, kDimensionCount - 1);
        } else if (key.is('e')) {
            view.prompt = Prompt{"Evidence [" + std::string(kDimensionIds[view.selected]) + "]", card.evidence[view.selected],
                                 "Enter: save · Esc: cancel"};
        } else if (key.is('s')) {
            if (!card.complete()) {
                view.flash = "Score all twelve dimensions first (" + std::to_string(kDimensionCount - card.scored()) +
                             " left).";
                continue;
            }
            return true;
        } else if (key.is('q')) {
            if (was_leaving) return false;
            leaving = true;
            view.flash = "Leave now? The scores so far are kept; press q again to leave, any other key to stay.";
        } else if (key.is('?')) {
            view.flash = "k/j move too; 1-5 scores and moves down; s saves once all twelve are scored.";
        }
    }
}

void summary_screen(Terminal& term, const std::string& title,
                    const std::function<std::vector<std::string>(int)>& summary, const std::atomic<int>& stop) {
    for (;;) {
        if (stop.load() != 0) return;
        term.draw(layout_summary(summary(term.width() - 2), title, term.width(), term.height()));
        Key key = term.read(milliseconds(1000));
        if (key.kind == Key::Kind::enter || key.is('q') || key.kind == Key::Kind::escape) return;
    }
}

Exit run_mock(MockSession& mock, const Content& content, const Clock& clock, const Options& options,
              const MockHooks& hooks, const std::atomic<int>& stop) {
    Terminal term(options.color);
    bool ended = mock.role() == Role::interviewer ? interviewer_screen(term, mock, content, clock, options, stop)
                                                 : session_screen(term, mock, content, clock, options, stop);
    if (!ended) return Exit::left_running;
    if (!scoring_screen(term, mock.problem(), mock.evidence(), content, hooks.saved_scorecard(), hooks.save_scorecard,
                        stop))
        return Exit::unscored;
    summary_screen(term, "Summary · " + mock.problem().title, hooks.summary, stop);
    return Exit::scored;
}

} // namespace sdmock::tui
