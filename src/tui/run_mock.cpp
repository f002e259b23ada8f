#include "core/save_notice.hpp"
#include "core/scorecard.hpp"
#include "tui/estimate_entry.hpp"
#include "tui/input_loop.hpp"
#include "tui/keys.hpp"
#include "tui/layout.hpp"
#include "tui/menu.hpp"
#include "tui/screens.hpp"
#include "tui/scroll_box.hpp"
#include "tui/terminal.hpp"
#include "tui/tui.hpp"

#include <algorithm>

namespace sdmock::tui {
namespace {

/// Applies a session screen action to the mock; false when the user leaves.
bool apply(MockSession& mock, const SessionAction& action, SteadyTime now) {
    if (std::holds_alternative<act::Leave>(action)) return false;
    std::visit(Overloaded{[](const act::None&) {}, [](const act::Leave&) {},
                          [&](const act::TogglePause&) { mock.toggle_pause(now); },
                          [&](const act::NextPhase&) { mock.next_phase(now); },
                          [&](const act::EndMock&) { mock.end(now); },
                          [&](const act::AnswerCue& a) { mock.answer_cue(now, a.skipped); },
                          [&](const act::AddNote& a) { mock.add_note(now, a.dimension, a.text); }},
               action);
    return true;
}

/// `e` in the estimation phase opens the estimates entry; while it is open every key goes to it.
/// Returns whether the key was the entry's.
bool estimate_key(EstimateEntry& entry, SessionKeys& keys, const Key& key, const MockSession& mock, SteadyTime now,
                  const Clock& clock, const MockHooks& hooks) {
    const auto& refs = mock.problem().key.estimates;
    if (!entry.open) {
        bool free = keys.overlay == Overlay::none && !keys.prompt;
        bool estimation = mock.phase() != nullptr && mock.phase()->id == "estimation";
        if (!free || !key.is('e') || !estimation || refs.empty()) return false;
        keys.flash.clear();
        open_entry(entry, refs.size());
        return true;
    }
    if (update_entry(entry, key, refs.size()) != EntryAction::save) return true;
    Graded graded = grade_estimate(refs[entry.selected], entry.text);
    if (!graded.record) {
        entry_refused(entry, graded.error);
        return true;
    }
    graded.record->t = mock.timer().elapsed(now);
    graded.record->recorded_at = iso_local(clock.wall_now());
    hooks.save_estimate(*graded.record);
    entry_saved(entry, graded.record->name, clock_text(graded.record->t), refs.size());
    return true;
}

} // namespace

void pause_for_stop(MockSession& mock, std::string& flash, SteadyTime now) {
    if (mock.pause_if_running(now)) flash = "Paused while sdmock was stopped (Ctrl-Z); space resumes the clock.";
}

namespace {

/// The session screen. Returns false when the user left with the session still running.
bool session_screen(Terminal& term, MockSession& mock, const Content& content, const Clock& clock,
                    const Options& options, const MockHooks& hooks, const std::atomic<int>& stop) {
    SessionKeys keys;
    EstimateEntry entry; // `e` in the estimation phase (estimate_entry.hpp)
    SaveNotice saves;    // actions waiting for another program's lock on the history
    LoopScreen screen;
    screen.advance = [&](SteadyTime now) {
        if (mock.finished()) return false;
        if (mock.tick(now) && options.bell) term.bell();
        if (hooks.write_waiting) saves.update(hooks.write_waiting(), now);
        return true;
    };
    screen.frame = [&](SteadyTime now, int width, int height) {
        std::string lost = hooks.lost ? hooks.lost() : std::string();
        SessionView view{&mock,
                         &content,
                         options.session_id,
                         keys.overlay,
                         keys.prompt,
                         keys.flash,
                         0,
                         lost.empty() ? saves.line(now) : lost,
                         saves.waiting(),
                         !lost.empty()};
        view.recording = options.recording;
        fit_box_scroll(keys.scroll, session_overlay(view, now, width).size(), height);
        view.overlay_offset = keys.scroll.offset;
        Frame frame = layout_session(view, now, width, height);
        if (entry.open) add_estimate_entry(frame, entry, mock.problem().key, width, height);
        return frame;
    };
    screen.until_change = [&](SteadyTime now) { return mock.until_next_change(now); };
    screen.on_suspend = [&](SteadyTime now) { pause_for_stop(mock, keys.flash, now); };
    screen.on_key = [&](const Key& key, SteadyTime now) {
        if (hooks.save_estimate && estimate_key(entry, keys, key, mock, now, clock, hooks)) return true;
        return apply(mock, update_session(keys, key, mock, now), now);
    };
    run_loop(term, clock, screen, stop);
    return mock.finished();
}

} // namespace

bool scoring_screen(Terminal& term, const Clock& clock, const Problem& problem, const std::vector<Note>& evidence,
                    const Content& content, Scorer scorer, const std::string& level, Scorecard card,
                    const std::function<void(const Scorecard&)>& save, const std::atomic<int>& stop,
                    const std::vector<std::size_t>& dimensions) {
    ScoringKeys keys = scoring_keys(card, dimensions); // carry on where it stopped
    LoopScreen screen;
    screen.frame = [&](SteadyTime, int width, int height) {
        ScoringView view{&content,    &problem,   &evidence, &card, keys.selected,
                         keys.prompt, keys.flash, scorer,    level, dimensions};
        return layout_scoring(view, width, height);
    };
    bool saved = false;
    screen.on_key = [&](const Key& key, SteadyTime) {
        ScoringAction action = update_scoring(keys, key, card);
        if (const auto* score = std::get_if<act::Score>(&action)) card.set(score->dimension, score->score);
        if (const auto* given = std::get_if<act::Evidence>(&action)) card.evidence[given->dimension] = given->text;
        if (std::holds_alternative<act::Score>(action) || std::holds_alternative<act::Evidence>(action))
            save(card); // every change is kept at once: a crash loses no score
        saved = std::holds_alternative<act::SaveScores>(action);
        return !saved && !std::holds_alternative<act::Leave>(action);
    };
    run_loop(term, clock, screen, stop);
    return saved;
}

bool summary_screen(Terminal& term, const Clock& clock, const std::string& title,
                    const std::function<std::vector<std::string>(int)>& summary, const std::atomic<int>& stop,
                    const std::function<bool()>& changed, bool review) {
    LoopScreen screen;
    int built_for = -1; // the summary is read from the history once per width, not once per frame
    std::vector<std::string> lines;
    PagerKeys keys;
    if (changed)
        screen.advance = [&](SteadyTime) {
            if (changed()) built_for = -1;
            return true;
        };
    screen.frame = [&](SteadyTime, int width, int height) {
        if (width != built_for) {
            lines = summary(width - 2);
            built_for = width;
        }
        keys.rows = static_cast<std::size_t>(std::max(1, height - 3));
        keys.last = lines.size() > keys.rows ? lines.size() - keys.rows : 0;
        keys.offset = std::min(keys.offset, keys.last);
        return layout_summary(lines, title, width, height, keys.offset, review);
    };
    bool wants_review = false;
    screen.on_key = [&](const Key& key, SteadyTime) {
        SummaryAction action = update_summary(key);
        if (action == SummaryAction::leave) return false;
        if (action == SummaryAction::review && review) {
            wants_review = true;
            return false;
        }
        update_pager(keys, key);
        return true;
    };
    run_loop(term, clock, screen, stop);
    return wants_review;
}

char pager_screen(Terminal& term, const Clock& clock, const std::string& title,
                  const std::function<std::vector<std::string>(int)>& text, const std::string& keys_help,
                  const std::atomic<int>& stop, std::string_view leave_keys) {
    char left_with = 0;
    PagerKeys keys;
    int width = -1;
    std::vector<std::string> lines;
    LoopScreen screen;
    screen.frame = [&](SteadyTime, int w, int h) {
        if (width != w) { // render again only when the width changed
            width = w;
            lines = text(width - 2);
        }
        keys.rows = static_cast<std::size_t>(std::max(1, h - 3));
        keys.last = lines.size() > keys.rows ? lines.size() - keys.rows : 0;
        keys.offset = std::min(keys.offset, keys.last);
        return layout_pager(title, lines, keys.offset, keys_help, w, h);
    };
    screen.on_key = [&](const Key& key, SteadyTime) {
        for (char c : leave_keys)
            if (key.is(c)) left_with = c;
        return left_with == 0 && update_pager(keys, key) == PagerAction::none;
    };
    run_loop(term, clock, screen, stop);
    return left_with;
}

Exit run_mock(MockSession& mock, const Content& content, const Clock& clock, const Options& options,
              const MockHooks& hooks, const std::atomic<int>& stop) {
    Terminal term(options.color);
    bool ended = mock.role() == Role::interviewer ? interviewer_screen(term, mock, content, clock, options, hooks, stop)
                                                  : session_screen(term, mock, content, clock, options, hooks, stop);
    if (!ended) return Exit::left_running;
    Scorer scorer = scorer_of(mock.role());
    std::vector<Note> evidence = mock.evidence();
    if (hooks.recorded_evidence)
        for (auto& note : hooks.recorded_evidence())
            evidence.push_back(std::move(note));
    if (!scoring_screen(term, clock, mock.problem(), evidence, content, scorer, mock.level(), hooks.saved_scorecard(),
                        hooks.save_scorecard, stop, hooks.dimensions))
        return Exit::unscored;
    if (summary_screen(term, clock, "Summary · " + mock.problem().title, hooks.summary, stop, {},
                       static_cast<bool>(hooks.review)))
        hooks.review();
    return Exit::scored;
}

} // namespace sdmock::tui
