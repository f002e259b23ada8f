#include "tui/input_loop.hpp"
#include "tui/keys.hpp"
#include "tui/screens.hpp"
#include "tui/scroll_box.hpp"

#include "core/text.hpp"

#include <algorithm>

namespace sdmock::tui {
namespace {

/// How often the view looks for the interviewer's changes when nothing wakes it.
constexpr Duration kPoll{250};
/// With a wake-up on every write to the history, a look now and then is only a safety net.
constexpr Duration kFallbackPoll{2000};

/// The live view. Returns true when the mock ended, false when the user stopped following.
bool follow_screen(Terminal& term, const Clock& clock, const Problem& problem, const Plan& plan, const Options& options,
                   const FollowHooks& hooks, const std::atomic<int>& stop, std::vector<Note>& notes) {
    FollowKeys keys;
    FollowState state;
    LoopScreen screen;
    screen.advance = [&](SteadyTime) {
        state = hooks.poll();
        notes = state.notes;
        return !state.ended;
    };
    screen.frame = [&](SteadyTime, int width, int height) {
        FollowView view{&problem,  &plan,          &state,      options.session_id,
                        keys.help, keys.full_text, keys.prompt, keys.flash};
        fit_box_scroll(keys.scroll, follow_overlay(view, width).size(), height);
        view.overlay_offset = keys.scroll.offset;
        return layout_follow(view, width, height);
    };
    screen.wake_fd = hooks.wake_fd;
    screen.until_change = [&](SteadyTime) -> std::optional<Duration> {
        if (hooks.wake_fd < 0) return kPoll;
        if (auto soon = settle_wait(state)) return soon;
        // Woken by the history's changes (the heartbeat too): redraw by itself only when the shown
        // clock has turned a second and no heartbeat came with it.
        return std::min(until_own_wake(state).value_or(kFallbackPoll), kFallbackPoll);
    };
    screen.on_key = [&](const Key& key, SteadyTime) {
        FollowAction action = update_follow(keys, key, state, plan);
        if (const auto* note = std::get_if<act::AddNote>(&action)) hooks.add_note(note->dimension, note->text);
        return !std::holds_alternative<act::Leave>(action);
    };
    return run_loop(term, clock, screen, stop) == LoopEnd::over;
}

} // namespace

Exit run_follow(const Problem& problem, const Plan& plan, const Content& content, const Clock& clock,
                const Options& options, const FollowHooks& hooks, const std::atomic<int>& stop) {
    Terminal term(options.color);
    std::vector<Note> notes;
    if (!follow_screen(term, clock, problem, plan, options, hooks, stop, notes)) return Exit::left_running;
    if (options.bell) term.bell();
    if (!scoring_screen(term, clock, problem, notes, content, Scorer::self, options.level, hooks.saved_scorecard(),
                        hooks.save_scorecard, stop))
        return Exit::unscored;
    summary_screen(term, clock, "Summary · " + problem.title, hooks.summary, stop, hooks.summary_changed);
    return Exit::scored;
}

bool run_notice(const std::string& title, const std::vector<std::string>& lines, const Clock& clock,
                const Options& options, const std::atomic<int>& stop) {
    Terminal term(options.color);
    LoopScreen screen;
    PagerKeys keys; // a notice longer than the screen scrolls like the summary
    int wrapped_for = -1;
    std::vector<std::string> shown;
    screen.frame = [&](SteadyTime, int width, int height) {
        if (width != wrapped_for) { // long lines wrap under their text instead of being cut
            shown.clear();
            for (const auto& line : lines) {
                std::size_t indent = line.find_first_not_of(' ');
                indent =
                    indent == std::string::npos
                        ? 0
                        : indent + (line.compare(indent, 2, "- ") == 0 || line.compare(indent, 2, "* ") == 0 ? 2 : 0);
                auto parts = wrap(line.substr(indent), std::max(10, width - 2 - static_cast<int>(indent)));
                for (std::size_t k = 0; k < parts.size(); ++k)
                    shown.push_back((k == 0 ? line.substr(0, indent) : std::string(indent, ' ')) + parts[k]);
            }
            wrapped_for = width;
        }
        keys.rows = static_cast<std::size_t>(std::max(1, height - 3));
        keys.last = shown.size() > keys.rows ? shown.size() - keys.rows : 0;
        keys.offset = std::min(keys.offset, keys.last);
        Frame f = layout_summary(shown, title, width, height, keys.offset);
        if (!f.lines.empty() && width >= kMinWidth && height >= kMinHeight)
            f.lines.back() =
                Line{}.add(" Enter", Style::key).add(" start the clock ").add(" Esc", Style::key).add(" cancel ");
        return f;
    };
    bool accepted = false;
    screen.on_key = [&](const Key& key, SteadyTime) {
        NoticeAction action = update_notice(key);
        accepted = action == NoticeAction::accept;
        if (action == NoticeAction::none) update_pager(keys, key);
        return action == NoticeAction::none;
    };
    run_loop(term, clock, screen, stop);
    return accepted;
}

} // namespace sdmock::tui
