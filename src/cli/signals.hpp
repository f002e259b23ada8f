#pragma once
/// Signals only set a flag; loops read it and leave cleanly (the terminal is given back, the
/// session stays resumable).
#include <atomic>

namespace sdmock::cli {

/// The last signal received (SIGINT, SIGTERM, SIGHUP, SIGQUIT), or 0.
std::atomic<int>& stop_signal();
void install_stop_handlers();

} // namespace sdmock::cli
