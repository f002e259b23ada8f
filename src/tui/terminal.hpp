#pragma once
// Internal: the ncurses adapter. One object owns initscr/endwin; frames are copied to the
// screen only when they changed.
#include "tui/frame.hpp"
#include "tui/key.hpp"

#include <chrono>
#include <csignal>
#include <optional>

namespace sdmock::tui {

/// While a Terminal lives, Ctrl-Z (SIGTSTP) only sets a flag (suspend_asked); the loop lets the
/// screen pause its clock, then suspend() gives the terminal back, stops the process as Ctrl-Z
/// would, and redraws everything once the process is continued (SIGCONT).
class Terminal {
public:
    explicit Terminal(bool color);
    ~Terminal();
    Terminal(const Terminal&) = delete;
    Terminal& operator=(const Terminal&) = delete;

    [[nodiscard]] int width() const;
    [[nodiscard]] int height() const;
    /// Draws the frame if it differs from the last one drawn (or always after a resize).
    void draw(const Frame& frame);
    /// Waits up to `wait` for a key (none: timeout or signal).
    Key read(std::chrono::milliseconds wait);
    /// The same, and also returns none at once when `wake_fd` becomes readable (the history
    /// changed); a negative `wake_fd` waits for keys only. The caller drains `wake_fd`.
    Key read(std::chrono::milliseconds wait, int wake_fd);
    void bell();
    /// Whether Ctrl-Z (SIGTSTP) came since the last call.
    [[nodiscard]] static bool suspend_asked();
    /// Gives the terminal back, stops the process until it is continued, then takes the screen
    /// again and draws the next frame whole.
    void suspend();

private:
    /// The key curses has, or none, without waiting.
    Key read_now();
    static constexpr int kLostAfter = 20; ///< readable-but-empty reads in a row that mean the terminal is gone
    Frame last_;
    bool color_;
    int quick_errors_ = 0;
    struct sigaction previous_tstp_ {}; ///< what SIGTSTP did before, put back at the end
};

} // namespace sdmock::tui
