#include "core/save_notice.hpp"
#include "tui/input_loop.hpp"
#include "tui/keys.hpp"
#include "tui/screens.hpp"
#include "tui/scroll_box.hpp"

namespace sdmock::tui {
namespace {

/// Applies an interviewer screen action to the mock; false when the user leaves.
bool apply(MockSession& mock, InterviewerKeys& keys, const InterviewerAction& action, SteadyTime now) {
    if (std::holds_alternative<act::Leave>(action)) return false;
    std::visit(Overloaded{[](const act::None&) {}, [](const act::Leave&) {},
                          [&](const act::PutLine& a) { mock.put_line(now, mock.script().at(a.index)); },
                          [&](const act::Mark& a) { mock.mark(now, mock.script().at(a.index), a.grade); },
                          [&](const act::Hint& a) { mock.give_hint(now, a.text); },
                          [&](const act::Curveball& a) {
                              // The curveball joins the end of the script, selected, ready to grade.
                              if (mock.throw_curveball(now, a.choice)) keys.selected = mock.script().size() - 1;
                          },
                          [&](const act::AddNote& a) { mock.add_note(now, a.dimension, a.text); },
                          [&](const act::TogglePause&) { mock.toggle_pause(now); },
                          [&](const act::NextPhase&) { mock.next_phase(now); },
                          [&](const act::EndMock&) { mock.end(now); }},
               action);
    sync_phase(keys, mock);
    return true;
}

} // namespace

bool interviewer_screen(Terminal& term, MockSession& mock, const Content& content, const Clock& clock,
                        const Options& options, const MockHooks& hooks, const std::atomic<int>& stop) {
    InterviewerKeys keys;
    SaveNotice saves; // actions waiting for another program's lock on the history
    LoopScreen screen;
    screen.advance = [&](SteadyTime now) {
        if (mock.finished()) return false;
        if (mock.tick(now) && options.bell) term.bell();
        if (hooks.write_waiting) saves.update(hooks.write_waiting(), now);
        return true;
    };
    screen.frame = [&](SteadyTime now, int width, int height) {
        sync_phase(keys, mock);
        std::string lost = hooks.lost ? hooks.lost() : std::string();
        InterviewerView view{.mock = &mock,
                             .content = &content,
                             .session_id = options.session_id,
                             .selected = keys.selected,
                             .key_scroll = keys.key_scroll,
                             .curveball = keys.curveball,
                             .overlay = keys.overlay,
                             .prompt = keys.prompt,
                             .flash = keys.flash,
                             .notice = lost.empty() ? saves.line(now) : lost,
                             .waiting = saves.waiting(),
                             .alarm = !lost.empty(),
                             .recording = options.recording};
        fit_box_scroll(keys.scroll, interviewer_overlay(view, width, height).size(), height);
        view.overlay_offset = keys.scroll.offset;
        return layout_interviewer(view, now, width, height);
    };
    screen.until_change = [&](SteadyTime now) { return mock.until_next_change(now); };
    screen.on_suspend = [&](SteadyTime now) { pause_for_stop(mock, keys.flash, now); };
    screen.on_key = [&](const Key& key, SteadyTime now) {
        return apply(mock, keys, update_interviewer(keys, key, mock, now), now);
    };
    run_loop(term, clock, screen, stop);
    return mock.finished();
}

} // namespace sdmock::tui
