#include "cli/signals.hpp"

#include <csignal>

namespace sdmock::cli {
namespace {

std::atomic<int> g_stop{0};

extern "C" void on_stop(int sig) {
    g_stop.store(sig);
}

std::atomic<bool> g_suspend{false};

extern "C" void on_line_suspend(int) {
    g_suspend.store(true);
}

void set_tstp(void (*handler)(int)) {
    struct sigaction action {};
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0;
    sigaction(SIGTSTP, &action, nullptr);
}

} // namespace

std::atomic<int>& stop_signal() {
    return g_stop;
}

void install_stop_handlers() {
    struct sigaction action {};
    action.sa_handler = on_stop;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0; // no SA_RESTART: a blocking read or wait returns so the loop sees the flag
    for (int sig : {SIGINT, SIGTERM, SIGHUP, SIGQUIT})
        sigaction(sig, &action, nullptr);
}

} // namespace sdmock::cli

namespace sdmock::cli {

void catch_suspend(bool on) {
    g_suspend.store(false);
    set_tstp(on ? on_line_suspend : SIG_DFL);
}

bool suspend_asked() {
    return g_suspend.exchange(false);
}

void stop_until_continued() {
    set_tstp(SIG_DFL);
    std::raise(SIGTSTP); // stopped here until continued
    catch_suspend(true);
}

} // namespace sdmock::cli
