#include "tui/parts.hpp"

#include "core/text.hpp"
#include "tui/layout.hpp"
#include "tui/scroll_box.hpp"

#include <algorithm>
#include <cmath>

namespace sdmock::tui {

bool ClockView::last_minute() const {
    return phase != nullptr && !overtime() && remaining() <= std::chrono::minutes(1);
}

ClockView clock_view(const MockSession& mock, SteadyTime now) {
    const PhaseTimer& t = mock.timer();
    ClockView c;
    c.phase_index = t.phase();
    c.phase_count = t.phase_count();
    c.phase = mock.phase();
    c.phase_elapsed = t.phase_elapsed(now);
    c.phase_planned = t.finished() ? Duration{0} : t.planned(t.phase());
    c.total_elapsed = t.elapsed(now);
    c.total_planned = t.planned_total();
    c.paused = t.paused();
    return c;
}

ClockView clock_view(const FollowState& s, const Plan& plan) {
    ClockView c;
    c.phase_index = s.phase;
    c.phase_count = plan.phases.size();
    c.phase = s.phase < plan.phases.size() && !s.ended ? &plan.phases[s.phase] : nullptr;
    c.phase_elapsed = s.timer.current;
    c.phase_planned = c.phase != nullptr ? c.phase->planned() : Duration{0};
    for (auto d : s.timer.completed)
        c.total_elapsed += d;
    if (c.phase != nullptr) c.total_elapsed += s.timer.current;
    c.total_planned = plan.planned();
    c.paused = s.paused;
    if (s.stale && !s.ended && !s.paused) c.note = "clock held: the interviewer is away";
    return c;
}

std::string repeat(std::string_view s, int n) {
    std::string out;
    for (int i = 0; i < n; ++i)
        out += s;
    return out;
}

Line rule(const std::string& label, int width, Style style) {
    Line line;
    if (label.empty()) return line.add(repeat("─", width), style);
    int room = std::max(1, width - 4); // a long label is cut, never the frame
    std::string head = "── " + (display_width(label) > room ? fit(label, room) : label) + " ";
    return line.add(head, Style::bold).add(repeat("─", std::max(0, width - display_width(head))), style);
}

Line spread(const std::string& left, Style ls, const std::string& right, Style rs, int width) {
    int gap = width - display_width(left) - display_width(right);
    Line line;
    if (gap < 1) return line.add(fit(left, std::max(0, width - display_width(right) - 1)), ls).add(" ").add(right, rs);
    return line.add(left, ls).add(std::string(static_cast<std::size_t>(gap), ' ')).add(right, rs);
}

namespace {

/// `?` (every key) and the way out stay on a key bar however narrow it is.
bool essential(const std::string& key) {
    return key == "?" || key == "q" || key == "Esc" || key == "Enter";
}

} // namespace

Line key_bar(const std::vector<std::pair<std::string, std::string>>& keys, int width) {
    auto cost = [](const std::pair<std::string, std::string>& k) {
        return display_width(k.first) + display_width(k.second) + 3;
    };
    int essentials = 0;
    for (const auto& k : keys)
        if (essential(k.first)) essentials += cost(k);
    Line line;
    int used = 0;
    for (const auto& k : keys) {
        if (k.first.empty()) continue; // a key that does nothing here
        int w = cost(k);
        bool keep = essential(k.first);
        if (!keep && used + w + essentials > width) continue; // leave room for the essential ones
        if (used + w > width) break;
        if (keep) essentials -= w;
        line.add(" " + k.first, Style::key).add(" " + k.second + " ");
        used += w;
    }
    return line;
}

void pad_to(Frame& f, int rows) {
    while (static_cast<int>(f.lines.size()) < rows)
        f.lines.emplace_back();
}

void add_prompt_line(Frame& f, const Prompt& p, int width) {
    f.lines.push_back(Line{}.add(typed_line(p.label, p.text, width), Style::accent));
    f.lines.push_back(Line{}.add(fit(p.help, width), Style::dim));
}

void add_header(Frame& f, const std::string& title, const std::string& right, int width) {
    f.lines.push_back(spread(" " + title, Style::title, right + " ", Style::dim, width));
    f.lines.push_back(rule("", width));
}

std::vector<std::string> clipped(const std::string& text, std::size_t rows, int width) {
    auto lines = wrap(text, width);
    if (lines.size() > rows) {
        lines.resize(rows);
        std::string& last = lines.back();
        while (display_width(last) > width - 2 && last.find(' ') != std::string::npos)
            last.erase(last.rfind(' '));
        last += " …";
    }
    return lines;
}

void add_problem(Frame& f, const std::string& prompt, std::size_t rows, int width) {
    for (const auto& l : clipped(prompt, rows, width - 2))
        f.lines.push_back(Line{}.add(" " + l));
}

void add_full_text(Frame& f, const std::string& prompt, const Phase* phase, const std::string& question, int width,
                   int height, const std::vector<std::string>& figures, std::size_t offset) {
    add_scroll_box(f, full_text_lines(prompt, phase, question, box_inner_width(width), figures), offset, width, height);
}

namespace {

/// The column the text beside the big clock starts at: fixed, so it stays put when a sign appears.
int clock_column(const std::vector<std::string>& digits) {
    return 2 + std::max(display_width(digits[0]), display_width(big_text("+00:00")[0])) + 2;
}

/// The phase goal and checklist beside the big clock, `width` columns.
std::vector<std::string> clock_side(const ClockView& c, int width) {
    std::vector<std::string> right;
    if (c.phase == nullptr) return right;
    for (const auto& l : wrap(c.phase->goal, width - 1))
        right.push_back(l);
    for (const auto& item : c.phase->checklist) {
        auto lines = wrap(item, width - 3);
        for (std::size_t i = 0; i < lines.size(); ++i)
            right.push_back((i == 0 ? "□ " : "  ") + lines[i]);
    }
    return right;
}

} // namespace

int clock_rows_wanted(const ClockView& c, int width) {
    return std::max(6, static_cast<int>(clock_side(c, width - clock_column(big_text("00:00"))).size()));
}

std::vector<std::string> checklist_lines(const Phase* phase, int width) {
    std::vector<std::string> out;
    if (phase == nullptr) return out;
    for (const auto& item : phase->checklist) {
        auto lines = wrap(item, width - 3);
        for (std::size_t i = 0; i < lines.size(); ++i)
            out.push_back((i == 0 ? " □ " : "   ") + lines[i]);
    }
    return out;
}

void add_clock(Frame& f, const ClockView& c, int rows, int width) {
    std::string label = c.phase != nullptr ? "Phase " + std::to_string(c.phase_index + 1) + " of " +
                                                 std::to_string(c.phase_count) + " · " + c.phase->name
                                           : "Mock ended";
    std::string total = "Total " + clock_text(c.total_elapsed) + " of " + clock_text(c.total_planned);
    f.lines.push_back(rule(label, width, Style::dim));
    if (c.phase != nullptr) {
        double fraction = std::clamp(static_cast<double>(c.phase_elapsed.count()) /
                                         static_cast<double>(std::max<Duration::rep>(1, c.phase_planned.count())),
                                     0.0, 1.0);
        int bar = width - 2 - display_width(total) - 2;
        auto filled = static_cast<int>(std::lround(fraction * bar));
        Style bar_style = c.overtime() ? Style::alert : (c.last_minute() ? Style::warn : Style::accent);
        f.lines.push_back(Line{}
                              .add(" ")
                              .add(repeat("█", filled), bar_style)
                              .add(repeat("░", bar - filled), Style::dim)
                              .add("  " + total + " "));
    } else {
        f.lines.push_back(Line{}.add(" " + total));
    }
    std::string clock =
        c.overtime() ? clock_text(-c.remaining(), true) : clock_text(std::max(c.remaining(), Duration{0}));
    auto digits = big_text(clock);
    int left = clock_column(digits);
    Style clock_style =
        c.paused ? Style::dim : (c.overtime() ? Style::alert : (c.last_minute() ? Style::warn : Style::bold));
    std::string state =
        !c.note.empty() ? c.note : (c.paused ? "PAUSED" : (c.overtime() ? "OVERTIME" : "left in this phase"));
    std::vector<std::string> right = clock_side(c, width - left);
    rows = std::max(rows, 6);
    right.resize(static_cast<std::size_t>(rows));
    for (int r = 0; r < rows; ++r) {
        Line line;
        std::string l = r < 5 ? "  " + digits[static_cast<std::size_t>(r)] : (r == 5 ? "  " + state : "");
        bool loud = r == 5 && (c.overtime() || c.paused || !c.note.empty());
        line.add(r == 5 && !c.note.empty() ? l : fit(l, left),
                 r < 5 ? clock_style : (loud ? Style::alert : Style::dim));
        if (r != 5 || c.note.empty())
            line.add(right[static_cast<std::size_t>(r)], r == 0 ? Style::bold : Style::normal);
        f.lines.push_back(line);
    }
}

void add_compact_clock(Frame& f, const ClockView& c, int width) {
    std::string label = c.phase != nullptr ? "Phase " + std::to_string(c.phase_index + 1) + " of " +
                                                 std::to_string(c.phase_count) + " · " + c.phase->name
                                           : "Mock ended";
    std::string total = "Total " + clock_text(c.total_elapsed) + " of " + clock_text(c.total_planned);
    std::string clock = c.overtime()
                            ? clock_text(-c.remaining(), true) + " OVERTIME"
                            : clock_text(std::max(c.remaining(), Duration{0})) + (c.paused ? " PAUSED" : " left");
    Style st = c.paused ? Style::dim : (c.overtime() ? Style::alert : (c.last_minute() ? Style::warn : Style::bold));
    f.lines.push_back(rule(label, width, Style::dim));
    std::string goal = !c.note.empty() ? "  " + c.note : (c.phase != nullptr ? "  " + c.phase->goal : "");
    f.lines.push_back(Line{}
                          .add(" " + clock, st)
                          .add(fit(goal, std::max(0, width - 1 - display_width(clock) - display_width(total) - 2)),
                               c.note.empty() ? Style::dim : Style::alert)
                          .add("  " + total));
}

void add_notes(Frame& f, const std::vector<Note>& notes, int bottom, int width, const std::string& empty_hint) {
    f.lines.push_back(rule("Notes (" + std::to_string(notes.size()) + ")", width));
    int room = std::max(0, bottom - static_cast<int>(f.lines.size()));
    std::size_t first =
        notes.size() > static_cast<std::size_t>(room) ? notes.size() - static_cast<std::size_t>(room) : 0;
    if (notes.empty() && room > 0) f.lines.push_back(Line{}.add(" " + empty_hint, Style::dim));
    for (std::size_t i = first; i < notes.size(); ++i) {
        std::string when = " " + clock_text(notes[i].t) + " ";
        std::string tag = "[" + notes[i].dimension + "] ";
        int room_for_text = std::max(1, width - display_width(when) - display_width(tag));
        f.lines.push_back(Line{}.add(when, Style::dim).add(tag, Style::accent).add(fit(notes[i].text, room_for_text)));
    }
    pad_to(f, bottom);
    f.lines.resize(static_cast<std::size_t>(bottom));
}

void add_box(Frame& f, const std::vector<std::string>& box, int width, int height) {
    int w = 0;
    for (const auto& b : box)
        w = std::max(w, display_width(b));
    w = std::min(w + 4, width - 2);
    int top = std::max(2, (height - static_cast<int>(box.size()) - 2) / 2);
    int pad = (width - w) / 2;
    pad_to(f, height);
    auto row = [&](int r, const std::string& text, Style st) {
        if (r >= height) return;
        f.lines[static_cast<std::size_t>(r)] =
            Line{}.add(std::string(static_cast<std::size_t>(pad), ' ')).add(fit(text, w), st);
    };
    row(top, "┌" + repeat("─", w - 2) + "┐", Style::accent);
    for (std::size_t i = 0; i < box.size(); ++i)
        row(top + 1 + static_cast<int>(i), "│ " + fit(box[i], w - 4) + " │", i == 0 ? Style::bold : Style::normal);
    row(top + 1 + static_cast<int>(box.size()), "└" + repeat("─", w - 2) + "┘", Style::accent);
}

std::string dimension_name(const Content& content, const std::string& id) {
    const Dimension* d = content.rubric.dimension(id);
    return d != nullptr ? d->name : id;
}

void add_problem_and_clock(Frame& f, const std::string& prompt, const ClockView& clock, int below, int bottom,
                           int width) {
    // The question and the prompt come first; the big clock only when the checklist fits beside it.
    int avail = bottom - static_cast<int>(f.lines.size());
    auto prompt_lines = static_cast<int>(wrap(prompt, width - 2).size());
    int problem_rows = std::min(prompt_lines, std::max(2, avail - below - 2));
    add_problem(f, prompt, static_cast<std::size_t>(problem_rows), width);
    int rest = avail - below - problem_rows;
    int wanted = clock_rows_wanted(clock, width);
    if (rest >= 2 + wanted) {
        add_clock(f, clock, wanted, width);
        return;
    }
    add_compact_clock(f, clock, width);
    auto items = checklist_lines(clock.phase, width);
    auto room = static_cast<std::size_t>(std::max(0, rest - 2));
    if (items.size() > room && room > 0) {
        items.resize(room);
        items.back() = fit(items.back(), width - 22) + " · p: the whole list";
    } else if (items.size() > room) {
        items.clear();
    }
    for (const auto& l : items)
        f.lines.push_back(Line{}.add(fit(l, width)));
}

} // namespace sdmock::tui
