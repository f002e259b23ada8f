#pragma once
// Internal: screens shared by the solo, interviewer and candidate runs. Each runs the shared
// input loop with its key handling from keys.hpp.
#include "core/clock.hpp"
#include "core/content.hpp"
#include "core/mock.hpp"
#include "tui/layout.hpp"
#include "tui/terminal.hpp"
#include "tui/tui.hpp"

#include <atomic>
#include <functional>

namespace sdmock::tui {

/// The scoring screen, starting from `card` (the scores saved so far); `evidence` is shown for the
/// selected dimension, each question worded for `scorer`. Every change is saved at once. Returns
/// true when the card is complete and the user saved it. `level`: the mock's (its expectation is
/// shown beside the anchors; empty shows none). `dimensions`: those scored (a drill's few, listed
/// alone); empty: all twelve.
bool scoring_screen(Terminal& term, const Clock& clock, const Problem& problem, const std::vector<Note>& evidence,
                    const Content& content, Scorer scorer, const std::string& level, Scorecard card,
                    const std::function<void(const Scorecard&)>& save, const std::atomic<int>& stop,
                    const std::vector<std::size_t>& dimensions = {});
/// The summary, scrolled with the pager's keys when it is longer than the screen. With `changed`,
/// the summary is read again whenever it says so (asked about once a second). With `review`, `r`
/// leaves asking for the review against the answer key (true).
bool summary_screen(Terminal& term, const Clock& clock, const std::string& title,
                    const std::function<std::vector<std::string>(int)>& summary, const std::atomic<int>& stop,
                    const std::function<bool()>& changed = {}, bool review = false);

/// The help line of a page of text.
inline constexpr const char* kPagerKeys = "↑/↓ scroll · space/PgDn page · Home/End · Esc back";

/// A page of text, wrapped again only when the width changes, scrolled with the pager's keys,
/// until the user leaves. Each of `leave_keys` leaves too: the call returns the one pressed, or 0
/// when the page was left otherwise (Esc, q, a signal).
char pager_screen(Terminal& term, const Clock& clock, const std::string& title,
                  const std::function<std::vector<std::string>(int)>& text, const std::string& keys_help,
                  const std::atomic<int>& stop, std::string_view leave_keys = {});

/// Before the process stops for Ctrl-Z: the session clock pauses (recorded as a pause) and, once
/// continued, the screen says why it is paused and how to resume.
void pause_for_stop(MockSession& mock, std::string& flash, SteadyTime now);

/// The interviewer's session screen. Returns false when the user left with the session running.
bool interviewer_screen(Terminal& term, MockSession& mock, const Content& content, const Clock& clock,
                        const Options& options, const MockHooks& hooks, const std::atomic<int>& stop);

} // namespace sdmock::tui
