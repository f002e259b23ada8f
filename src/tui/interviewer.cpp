#include "tui/input_loop.hpp"
#include "tui/keys.hpp"
#include "tui/screens.hpp"

namespace sdmock::tui {
namespace {

/// Applies an interviewer screen action to the mock; false when the user leaves.
bool apply(MockSession& mock, const InterviewerAction& action, SteadyTime now) {
    if (std::holds_alternative<act::Leave>(action)) return false;
    std::visit(Overloaded{[](const act::None&) {}, [](const act::Leave&) {},
                          [&](const act::PutQuestion& a) { mock.put_question(now, mock.question_list().at(a.index)); },
                          [&](const act::Mark& a) { mock.mark_question(now, a.grade); },
                          [&](const act::Hint& a) { mock.give_hint(now, a.text); },
                          [&](const act::Curveball&) { mock.throw_curveball(now); },
                          [&](const act::AddNote& a) { mock.add_note(now, a.dimension, a.text); },
                          [&](const act::TogglePause&) { mock.toggle_pause(now); },
                          [&](const act::NextPhase&) { mock.next_phase(now); },
                          [&](const act::EndMock&) { mock.end(now); }},
               action);
    return true;
}

} // namespace

bool interviewer_screen(Terminal& term, MockSession& mock, const Content& content, const Clock& clock,
                        const Options& options, const std::atomic<int>& stop) {
    InterviewerKeys keys;
    LoopScreen screen;
    screen.advance = [&](SteadyTime now) {
        if (mock.finished()) return false;
        if (mock.tick(now) && options.bell) term.bell();
        return true;
    };
    screen.frame = [&](SteadyTime now, int width, int height) {
        InterviewerView view{.mock = &mock,
                             .content = &content,
                             .session_id = options.session_id,
                             .selected = keys.selected,
                             .key_offset = keys.key_offset,
                             .overlay = keys.overlay,
                             .prompt = keys.prompt,
                             .flash = keys.flash};
        return layout_interviewer(view, now, width, height);
    };
    screen.until_change = [&](SteadyTime now) { return mock.until_next_change(now); };
    screen.on_key = [&](const Key& key, SteadyTime now) {
        return apply(mock, update_interviewer(keys, key, mock, now), now);
    };
    run_loop(term, clock, screen, stop);
    return mock.finished();
}

} // namespace sdmock::tui
