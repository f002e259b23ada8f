#include "tui/terminal.hpp"

#include <poll.h>
#include <unistd.h>

#include <array>
#include <atomic>

#include <curses.h>

#include <chrono>
#include <climits>
#include <clocale>
#include <csignal>
#include <cwchar>
#include <iostream>

namespace sdmock::tui {
namespace {

enum Pair : short { kTitle = 1, kAccent, kWarn, kAlert, kSelected, kKey, kGood, kBad };

attr_t attributes(Style style, bool color) {
    switch (style) {
    case Style::normal:
        return A_NORMAL;
    case Style::dim:
        return A_DIM;
    case Style::bold:
        return A_BOLD;
    case Style::title:
        return color ? (COLOR_PAIR(kTitle) | A_BOLD) : A_BOLD;
    case Style::accent:
        return color ? COLOR_PAIR(kAccent) : A_NORMAL;
    case Style::warn:
        return color ? (COLOR_PAIR(kWarn) | A_BOLD) : A_BOLD;
    case Style::alert:
        return color ? (COLOR_PAIR(kAlert) | A_BOLD) : (A_BOLD | A_REVERSE);
    case Style::selected:
        return A_REVERSE;
    case Style::key:
        return color ? (COLOR_PAIR(kKey) | A_REVERSE) : A_REVERSE;
    case Style::good:
        return color ? COLOR_PAIR(kGood) : A_NORMAL;
    case Style::bad:
        return color ? COLOR_PAIR(kBad) : A_NORMAL;
    }
    return A_NORMAL;
}

std::string utf8(wint_t c) {
    char buf[MB_LEN_MAX + 1];
    std::mbstate_t state{};
    std::size_t n = std::wcrtomb(buf, static_cast<wchar_t>(c), &state);
    if (n == static_cast<std::size_t>(-1)) return {};
    return std::string(buf, n);
}

std::atomic<bool> g_suspend{false};

extern "C" void on_terminal_suspend(int) {
    g_suspend.store(true);
}

/// Ctrl-Z only sets the flag; no SA_RESTART, so a wait for a key returns and the loop sees it.
struct sigaction suspend_action() {
    struct sigaction action {};
    action.sa_handler = on_terminal_suspend;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0;
    return action;
}

} // namespace

Terminal::Terminal(bool color) : color_(color) {
    std::cout.flush(); // what was printed before belongs before the screen, not after it
    std::setlocale(LC_ALL, "");
    // Before initscr: curses then leaves SIGTSTP to us instead of stopping with the clock running.
    struct sigaction ours = suspend_action();
    sigaction(SIGTSTP, &ours, &previous_tstp_);
    g_suspend.store(false);
    initscr();
    cbreak();
    noecho();
    keypad(stdscr, TRUE);
    curs_set(0);
    set_escdelay(25);
    if (color_ && has_colors()) {
        start_color();
        use_default_colors();
        init_pair(kTitle, COLOR_CYAN, -1);
        init_pair(kAccent, COLOR_CYAN, -1);
        init_pair(kWarn, COLOR_YELLOW, -1);
        init_pair(kAlert, COLOR_RED, -1);
        init_pair(kSelected, COLOR_BLACK, COLOR_CYAN);
        init_pair(kKey, COLOR_CYAN, -1);
        init_pair(kGood, COLOR_GREEN, -1);
        init_pair(kBad, COLOR_RED, -1);
    } else {
        color_ = false;
    }
}

Terminal::~Terminal() {
    endwin();
    sigaction(SIGTSTP, &previous_tstp_, nullptr);
}

bool Terminal::suspend_asked() {
    return g_suspend.exchange(false);
}

void Terminal::suspend() {
    endwin();
    std::cout.flush();
    struct sigaction stop {};
    stop.sa_handler = SIG_DFL;
    sigemptyset(&stop.sa_mask);
    struct sigaction ours {};
    sigaction(SIGTSTP, &stop, &ours);
    std::raise(SIGTSTP); // stopped here until continued (SIGCONT)
    sigaction(SIGTSTP, &ours, nullptr);
    g_suspend.store(false);
    refresh(); // curses takes the screen back
    clearok(curscr, TRUE);
    last_ = Frame{}; // the next frame is drawn whole
}

int Terminal::width() const {
    return COLS;
}
int Terminal::height() const {
    return LINES;
}

void Terminal::draw(const Frame& frame) {
    if (frame == last_) return;
    erase();
    int row = 0;
    for (const auto& line : frame.lines) {
        if (row >= LINES) break;
        move(row, 0);
        for (const auto& span : line.spans) {
            attr_t a = attributes(span.style, color_);
            attron(a);
            addstr(span.text.c_str());
            attroff(a);
        }
        ++row;
    }
    refresh();
    last_ = frame;
}

Key Terminal::read(std::chrono::milliseconds wait) {
    return read(wait, -1);
}

Key Terminal::read(std::chrono::milliseconds wait, int wake_fd) {
    // A key curses has already taken in (the rest of a paste, an escape sequence) comes first.
    if (Key buffered = read_now(); buffered.kind != Key::Kind::none) {
        quick_errors_ = 0;
        return buffered;
    }
    if (wait <= std::chrono::milliseconds{0}) return {};
    // The kernel waits, on the monotonic clock. Curses' own timed wait measures the time with the
    // wall clock: stepped back (a time-sync correction), it would hold the screen until a key.
    std::array<pollfd, 2> fds{{{STDIN_FILENO, POLLIN, 0}, {wake_fd, POLLIN, 0}}};
    int ready = ::poll(fds.data(), wake_fd >= 0 ? 2 : 1, static_cast<int>(wait.count()));
    if (ready <= 0) return {}; // the wait ran out, or a signal (a resize is read on the next turn)
    if ((fds[0].revents & (POLLHUP | POLLERR | POLLNVAL)) != 0 && (fds[0].revents & POLLIN) == 0) {
        std::raise(SIGHUP); // the terminal is gone: end as on a hang-up, never spin on it
        return {};
    }
    if ((fds[0].revents & POLLIN) == 0) return {}; // the history changed
    Key key = read_now();
    // Readable again and again with nothing to read means the terminal is gone (its window
    // closed without a SIGHUP reaching us): behave as if it had hung up, instead of spinning.
    quick_errors_ = key.kind == Key::Kind::none ? quick_errors_ + 1 : 0;
    if (quick_errors_ == kLostAfter) std::raise(SIGHUP);
    return key;
}

Key Terminal::read_now() {
    timeout(0);
    wint_t c = 0;
    int r = get_wch(&c);
    if (r == ERR) return {};
    if (r == KEY_CODE_YES) {
        switch (c) {
        case KEY_RESIZE:
            last_ = Frame{};
            return {Key::Kind::resize, {}};
        case KEY_UP:
            return {Key::Kind::up, {}};
        case KEY_DOWN:
            return {Key::Kind::down, {}};
        case KEY_LEFT:
            return {Key::Kind::left, {}};
        case KEY_RIGHT:
            return {Key::Kind::right, {}};
        case KEY_PPAGE:
            return {Key::Kind::page_up, {}};
        case KEY_NPAGE:
            return {Key::Kind::page_down, {}};
        case KEY_HOME:
            return {Key::Kind::home, {}};
        case KEY_END:
            return {Key::Kind::end, {}};
        case KEY_ENTER:
            return {Key::Kind::enter, {}};
        case KEY_BACKSPACE:
            return {Key::Kind::backspace, {}};
        default:
            return {};
        }
    }
    switch (c) {
    case '\n':
    case '\r':
        return {Key::Kind::enter, {}};
    case 27:
        return {Key::Kind::escape, {}};
    case '\t':
        return {Key::Kind::tab, {}};
    case 127:
    case 8:
        return {Key::Kind::backspace, {}};
    default:
        break;
    }
    if (c < 32) return {};
    return {Key::Kind::text, utf8(c)};
}

void Terminal::bell() {
    beep();
}

} // namespace sdmock::tui
