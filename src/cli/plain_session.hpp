#pragma once
/// The line-mode session: for scripts, screen readers and terminals without curses.
#include "core/clock.hpp"
#include "core/content.hpp"
#include "core/mock.hpp"
#include "store/history.hpp"

#include <iosfwd>

namespace sdmock::cli {

/// Prints each phase start, checklist and cue as a line; phases advance on their own when their
/// time is up; then reads one score per dimension from `in`. Returns when done or stopped.
void run_plain_mock(MockSession& mock, History& history, std::int64_t session, const Content& content,
                    const Clock& clock, std::istream& in, std::ostream& out, std::ostream& err);

} // namespace sdmock::cli
