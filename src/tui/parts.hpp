#pragma once
// Internal: the pieces the session layouts are built from.
#include "core/content.hpp"
#include "core/follow.hpp"
#include "core/mock.hpp"
#include "tui/frame.hpp"

#include <string>
#include <utility>
#include <vector>

namespace sdmock::tui {

/// What the clock part of a screen shows, from a running mock or a followed one.
struct ClockView {
    std::size_t phase_index = 0;
    std::size_t phase_count = 0;
    const Phase* phase = nullptr; ///< nullptr once the mock ended
    Duration phase_elapsed{0};
    Duration phase_planned{0};
    Duration total_elapsed{0};
    Duration total_planned{0};
    bool paused = false;
    std::string note; ///< replaces the state line (e.g. the interviewer is away)

    [[nodiscard]] Duration remaining() const { return phase_planned - phase_elapsed; }
    [[nodiscard]] bool overtime() const { return phase != nullptr && remaining() < Duration{0}; }
    [[nodiscard]] bool last_minute() const;
};

ClockView clock_view(const MockSession& mock, SteadyTime now);
ClockView clock_view(const FollowState& state, const Plan& plan);

std::string repeat(std::string_view s, int n);
Line rule(const std::string& label, int width, Style style = Style::dim);
Line spread(const std::string& left, Style ls, const std::string& right, Style rs, int width);
Line key_bar(const std::vector<std::pair<std::string, std::string>>& keys, int width);
void pad_to(Frame& f, int rows);
void add_prompt_line(Frame& f, const struct Prompt& p, int width);

/// Title line and a rule.
void add_header(Frame& f, const std::string& title, const std::string& right, int width);
/// The problem statement in at most `rows` lines, cut at a word with " …".
void add_problem(Frame& f, const std::string& prompt, std::size_t rows, int width);
/// The phase rule, the progress bar with the total clock, and the big clock beside the phase
/// goal and checklist (`rows` tall, at least 6).
void add_clock(Frame& f, const ClockView& clock, int rows, int width);
/// How tall the big clock must be for the phase goal and the whole checklist beside it (at least 6).
int clock_rows_wanted(const ClockView& clock, int width);
/// The phase checklist as " □ item" lines `width` wide, for under the compact clock.
std::vector<std::string> checklist_lines(const Phase* phase, int width);
/// The clock in two lines (phase rule; time left, goal and total) for screens that need the room.
void add_compact_clock(Frame& f, const ClockView& clock, int width);
/// The problem statement and the clock above `below` rows that must fit before row `bottom`: the
/// problem whole when it can be, the big clock when the checklist fits beside it, else the compact
/// clock with as much of the checklist as fits under it.
void add_problem_and_clock(Frame& f, const std::string& prompt, const ClockView& clock, int below, int bottom,
                           int width);
/// The notes rule and the newest notes that fit before row `bottom`.
void add_notes(Frame& f, const std::vector<Note>& notes, int bottom, int width, const std::string& empty_hint);
/// A centred box over the frame.
void add_box(Frame& f, const std::vector<std::string>& box, int width, int height);
/// A box with the whole problem statement, the phase checklist and the question on screen,
/// wrapped to fit (for when the screen had to cut them short), from body line `offset` on.
/// `figures`: the numbers handed over for the estimation phase, shown after the question.
void add_full_text(Frame& f, const std::string& prompt, const Phase* phase, const std::string& question, int width,
                   int height, const std::vector<std::string>& figures = {}, std::size_t offset = 0);
/// The lines of `text` wrapped to `width`, at most `rows` of them, the last cut with " …".
std::vector<std::string> clipped(const std::string& text, std::size_t rows, int width);

std::string dimension_name(const Content& content, const std::string& id);

} // namespace sdmock::tui
