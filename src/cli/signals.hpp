#pragma once
/// Signals only set a flag; loops read it and leave cleanly (the terminal is given back, the
/// session stays resumable).
#include <atomic>

namespace sdmock::cli {

/// The last signal received (SIGINT, SIGTERM, SIGHUP, SIGQUIT), or 0.
std::atomic<int>& stop_signal();
void install_stop_handlers();

/// Ctrl-Z (SIGTSTP) while the line mode's clock runs: `on` makes it only set a flag, so the clock
/// is paused before the process stops; off gives it back its usual effect.
void catch_suspend(bool on);
/// Whether Ctrl-Z came since the last call.
bool suspend_asked();
/// Stops the process as Ctrl-Z does, until it is continued (SIGCONT); then catches Ctrl-Z again.
void stop_until_continued();

} // namespace sdmock::cli
