#include "cli/signals.hpp"

#include <csignal>

namespace sdmock::cli {
namespace {

std::atomic<int> g_stop{0};

extern "C" void on_stop(int sig) {
    g_stop.store(sig);
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
