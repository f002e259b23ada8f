#pragma once
/// The line-mode session: for scripts, screen readers and terminals without curses.
#include "cli/session_run.hpp"
#include "core/clock.hpp"

#include <atomic>
#include <functional>
#include <iosfwd>

namespace sdmock::cli {

/// Waits this long of steady time (the real driver sleeps; tests advance a FakeClock).
using Wait = std::function<void(Duration)>;

/// Ctrl-Z while the clock runs. Without these, a stop is not seen (the tests' clock never stops).
struct Suspend {
    std::function<void(bool on)> watch; ///< on while the clock runs: Ctrl-Z only asks to stop
    std::function<bool()> asked;        ///< Ctrl-Z came (and is taken)
    std::function<void()> stop;         ///< stops the process until it is continued
};

struct PlainIo {
    std::istream& in;
    std::ostream& out;
    std::ostream& err;
    bool echo = false; ///< write each score line read after its prompt (input is not a terminal)
    Suspend suspend{}; ///< Ctrl-Z pauses the clock, stops, and resumes it once continued
};

/// Prints each phase start, checklist and cue as a line; phases advance on their own when their
/// time is up; then reads one score per dimension from `io.in`, saving the card once all twelve
/// are read. Returns when done, when input ends, or when `stop` is set. `typed` receives the
/// scores read when input ended first.
RunEnd run_plain_mock(SessionRun& run, const Clock& clock, const Wait& wait, const std::atomic<int>& stop,
                      const PlainIo& io, Scorecard& typed);

} // namespace sdmock::cli
