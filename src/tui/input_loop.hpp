#pragma once
// Internal: the one input loop every screen runs. It draws the frame, waits for a key until what
// is shown changes by itself (at most a second), hands the key to the screen, and stops when the
// screen says so or a signal set the stop flag.
#include "core/clock.hpp"
#include "tui/frame.hpp"
#include "tui/key.hpp"

#include <atomic>
#include <chrono>
#include <functional>
#include <optional>

namespace sdmock::tui {

class Terminal;

/// A screen as the loop runs it.
struct LoopScreen {
    /// Brings the screen to `now` before it is drawn (the engine ticks, a follower polls); false
    /// when the screen is over by itself. Optional.
    std::function<bool(SteadyTime now)> advance;
    std::function<Frame(SteadyTime now, int width, int height)> frame;
    /// Time until what is shown changes by itself; none, or anything over a second, waits a second.
    std::function<std::optional<Duration>(SteadyTime now)> until_change;
    /// Handles a key read at `now` (never none or a resize); false when the screen is done.
    std::function<bool(const Key& key, SteadyTime now)> on_key;
    /// Called before the process stops for Ctrl-Z (a session screen pauses its clock), with the
    /// time of the stop. Optional.
    std::function<void(SteadyTime now)> on_suspend;
    /// A descriptor that becomes readable when what is shown changed outside (the history was
    /// written): the wait for a key ends at once and the screen is advanced and drawn. -1: none.
    int wake_fd = -1;
};

/// How a loop ended: `advance` said the screen is over, `on_key` said it is done, or the stop flag.
enum class LoopEnd { over, done, stopped };

/// Runs `screen` on `term` until it ends.
LoopEnd run_loop(Terminal& term, const Clock& clock, const LoopScreen& screen, const std::atomic<int>& stop);

/// Combines lambdas into one visitor, for applying the action variants.
template <class... F> struct Overloaded : F... { using F::operator()...; };
template <class... F> Overloaded(F...) -> Overloaded<F...>;

} // namespace sdmock::tui
