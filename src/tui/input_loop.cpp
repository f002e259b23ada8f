#include "tui/input_loop.hpp"

#include "tui/terminal.hpp"

#include <algorithm>

namespace sdmock::tui {

LoopEnd run_loop(Terminal& term, const Clock& clock, const LoopScreen& screen, const std::atomic<int>& stop) {
    constexpr Duration kMaxWait{1000};
    for (;;) {
        if (stop.load() != 0) return LoopEnd::stopped;
        if (Terminal::suspend_asked()) {
            if (screen.on_suspend) screen.on_suspend(clock.steady_now());
            term.suspend();
        }
        SteadyTime now = clock.steady_now();
        if (screen.advance && !screen.advance(now)) return LoopEnd::over;
        term.draw(screen.frame(now, term.width(), term.height()));
        Duration wait =
            screen.until_change ? std::min(screen.until_change(now).value_or(kMaxWait), kMaxWait) : kMaxWait;
        Key key = term.read(std::max(wait, Duration{0}), screen.wake_fd);
        if (key.kind == Key::Kind::none || key.kind == Key::Kind::resize) continue;
        if (!screen.on_key(key, clock.steady_now())) return LoopEnd::done;
    }
}

} // namespace sdmock::tui
