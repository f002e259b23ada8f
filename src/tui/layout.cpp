#include "tui/layout.hpp"

#include "core/scorecard.hpp"
#include "core/text.hpp"

#include <algorithm>
#include <array>

namespace sdmock::tui {
namespace {

std::string repeat(std::string_view s, int n) {
    std::string out;
    for (int i = 0; i < n; ++i) out += s;
    return out;
}

Line rule(const std::string& label, int width, Style style = Style::dim) {
    Line line;
    if (label.empty()) return line.add(repeat("─", width), style);
    std::string head = "── " + label + " ";
    return line.add(head, Style::bold).add(repeat("─", std::max(0, width - display_width(head))), style);
}

/// Left text and right text on one line of `width` columns.
Line spread(const std::string& left, Style ls, const std::string& right, Style rs, int width) {
    int gap = width - display_width(left) - display_width(right);
    Line line;
    if (gap < 1) return line.add(fit(left, std::max(0, width - display_width(right) - 1)), ls).add(" ").add(right, rs);
    return line.add(left, ls).add(std::string(static_cast<std::size_t>(gap), ' ')).add(right, rs);
}

void pad_to(Frame& f, int rows) {
    while (static_cast<int>(f.lines.size()) < rows) f.lines.emplace_back();
}

Line key_bar(const std::vector<std::pair<std::string, std::string>>& keys, int width) {
    Line line;
    int used = 0;
    for (const auto& [key, what] : keys) {
        int w = display_width(key) + display_width(what) + 3;
        if (used + w > width) break;
        line.add(" " + key, Style::key).add(" " + what + " ");
        used += w;
    }
    return line;
}

std::string dimension_name(const Content& content, const std::string& id) {
    const Dimension* d = content.rubric.dimension(id);
    return d != nullptr ? d->name : id;
}

void prompt_lines(Frame& f, const Prompt& p, int width) {
    f.lines.push_back(Line{}.add(fit(p.label + ": " + p.text + "▏", width), Style::accent));
    f.lines.push_back(Line{}.add(fit(p.help, width), Style::dim));
}

constexpr std::array<std::array<const char*, 5>, 13> kGlyphs = {{
    {"████", "█  █", "█  █", "█  █", "████"},  // 0
    {"  █ ", " ██ ", "  █ ", "  █ ", " ███"},  // 1
    {"████", "   █", "████", "█   ", "████"},  // 2
    {"████", "   █", " ███", "   █", "████"},  // 3
    {"█  █", "█  █", "████", "   █", "   █"},  // 4
    {"████", "█   ", "████", "   █", "████"},  // 5
    {"████", "█   ", "████", "█  █", "████"},  // 6
    {"████", "   █", "  █ ", " █  ", " █  "},  // 7
    {"████", "█  █", "████", "█  █", "████"},  // 8
    {"████", "█  █", "████", "   █", "████"},  // 9
    {"  ", "██", "  ", "██", "  "},             // :
    {"    ", "    ", "████", "    ", "    "},   // -
    {"    ", " █  ", "███ ", " █  ", "    "},   // +
}};

} // namespace

std::vector<std::string> big_text(const std::string& text) {
    std::vector<std::string> rows(5);
    for (char c : text) {
        int g = -1;
        if (c >= '0' && c <= '9') g = c - '0';
        else if (c == ':') g = 10;
        else if (c == '-') g = 11;
        else if (c == '+') g = 12;
        if (g < 0) continue;
        for (std::size_t r = 0; r < 5; ++r) rows[r] += std::string(kGlyphs[static_cast<std::size_t>(g)][r]) + " ";
    }
    return rows;
}

Frame too_small_frame(int width, int height) {
    Frame f{width, height, {}};
    std::string a = "The terminal is " + std::to_string(width) + "x" + std::to_string(height) + ".";
    std::string b = "sdmock needs at least " + std::to_string(kMinWidth) + "x" + std::to_string(kMinHeight) + ":";
    std::string c = "enlarge the window. The clock keeps running.";
    pad_to(f, std::max(0, height / 2 - 2));
    for (const auto& s : {a, b, c}) f.lines.push_back(Line{}.add(fit(s, width)));
    pad_to(f, height);
    f.lines.resize(static_cast<std::size_t>(std::max(0, height)));
    return f;
}

Frame layout_session(const SessionView& view, SteadyTime now, int width, int height) {
    if (width < kMinWidth || height < kMinHeight) return too_small_frame(width, height);
    const MockSession& mock = *view.mock;
    const PhaseTimer& timer = mock.timer();
    const Content& content = *view.content;
    Frame f{width, height, {}};

    f.lines.push_back(spread(" " + mock.problem().title, Style::title,
                             "session " + std::to_string(view.session_id) + " · " + mock.plan().name + " ", Style::dim,
                             width));
    f.lines.push_back(rule("", width));
    auto prompt = wrap(mock.problem().prompt, width - 2);
    std::size_t prompt_rows = height >= 26 ? 4 : (height >= 24 ? 3 : 2);
    if (prompt.size() > prompt_rows) {
        prompt.resize(prompt_rows);
        std::string& last = prompt.back();
        while (display_width(last) > width - 4 && last.find(' ') != std::string::npos) last.erase(last.rfind(' '));
        last += " …";
    }
    for (const auto& l : prompt) f.lines.push_back(Line{}.add(" " + l));

    const Phase* phase = mock.phase();
    Duration remaining = timer.phase_remaining(now);
    bool overtime = timer.overtime(now);
    bool last_minute = !overtime && remaining <= std::chrono::minutes(1);
    std::string phase_label = phase != nullptr ? "Phase " + std::to_string(timer.phase() + 1) + " of " +
                                                     std::to_string(timer.phase_count()) + " · " + phase->name
                                               : "Mock ended";
    std::string total = "Total " + clock_text(timer.elapsed(now)) + " of " + clock_text(timer.planned_total());
    f.lines.push_back(rule(phase_label, width, Style::dim));
    if (phase != nullptr) {
        double fraction = std::clamp(static_cast<double>(timer.phase_elapsed(now).count()) /
                                         static_cast<double>(std::max<Duration::rep>(1, timer.planned(timer.phase()).count())),
                                     0.0, 1.0);
        int bar = width - 2 - display_width(total) - 2;
        int filled = static_cast<int>(fraction * bar + 0.5);
        Style bar_style = overtime ? Style::alert : (last_minute ? Style::warn : Style::accent);
        f.lines.push_back(Line{}
                              .add(" ")
                              .add(repeat("█", filled), bar_style)
                              .add(repeat("░", bar - filled), Style::dim)
                              .add("  " + total + " "));
    } else {
        f.lines.push_back(Line{}.add(" " + total));
    }

    // Big clock on the left, goal and checklist on the right.
    std::string clock = overtime ? clock_text(-remaining, true) : clock_text(remaining);
    auto digits = big_text(clock);
    // A fixed column, so the text beside the clock stays put when a sign appears.
    int left = 2 + std::max(display_width(digits[0]), display_width(big_text("+00:00")[0])) + 2;
    Style clock_style = timer.paused() ? Style::dim : (overtime ? Style::alert : (last_minute ? Style::warn : Style::bold));
    std::string state = timer.paused() ? "PAUSED" : (overtime ? "OVERTIME" : "left in this phase");
    std::vector<std::string> right;
    if (phase != nullptr) {
        for (const auto& l : wrap(phase->goal, width - left - 1)) right.push_back(l);
        for (const auto& item : phase->checklist) {
            auto lines = wrap(item, width - left - 3);
            for (std::size_t i = 0; i < lines.size(); ++i) right.push_back((i == 0 ? "□ " : "  ") + lines[i]);
        }
    }
    int right_rows = std::max(6, std::min(9, height - 17));
    right.resize(static_cast<std::size_t>(right_rows));
    for (int r = 0; r < right_rows; ++r) {
        Line line;
        std::string l = r < 5 ? "  " + digits[static_cast<std::size_t>(r)] : (r == 5 ? "  " + state : "");
        Style st = r < 5 ? clock_style : (r == 5 && (overtime || timer.paused()) ? Style::alert : Style::dim);
        line.add(fit(l, left), st);
        line.add(right[static_cast<std::size_t>(r)], r == 0 ? Style::bold : Style::normal);
        f.lines.push_back(line);
    }

    // The cue on screen.
    const Cue* cue = mock.current_cue(now);
    std::string cue_label = "Question";
    if (cue != nullptr && cue->kind == CueKind::curveball) cue_label = "Curveball";
    else if (cue != nullptr && cue->kind == CueKind::probe) cue_label = "Deep dive · " + cue->area;
    f.lines.push_back(rule(cue_label, width, cue != nullptr && cue->kind == CueKind::curveball ? Style::warn : Style::dim));
    if (cue != nullptr) {
        auto lines = wrap(cue->text, width - 2);
        lines.resize(2);
        for (const auto& l : lines) f.lines.push_back(Line{}.add(" " + l, Style::bold));
        std::size_t waiting = mock.cues_waiting(now);
        std::string more = waiting > 1 ? " · " + std::to_string(waiting - 1) + " more waiting" : "";
        f.lines.push_back(Line{}.add(" [" + dimension_name(content, cue->dimension) + "]  x answered · s skip" + more,
                                     Style::dim));
    } else {
        auto next = mock.next_cue_in(now);
        std::string text = next ? "No question waiting; the next one comes in " +
                                      clock_text(Duration(next->count() + 999)) + "."
                                : "No more questions in this phase.";
        f.lines.push_back(Line{}.add(" " + text, Style::dim));
        f.lines.emplace_back();
        f.lines.emplace_back();
    }

    // Notes, newest last, as many as fit.
    const auto& notes = mock.notes();
    f.lines.push_back(rule("Notes (" + std::to_string(notes.size()) + ")", width));
    int footer = view.prompt ? 2 : 1;
    int room = height - static_cast<int>(f.lines.size()) - footer;
    std::size_t first = notes.size() > static_cast<std::size_t>(std::max(room, 0))
                            ? notes.size() - static_cast<std::size_t>(std::max(room, 0))
                            : 0;
    if (notes.empty() && room > 0) f.lines.push_back(Line{}.add(" a: add a note, tagged to a rubric dimension", Style::dim));
    for (std::size_t i = first; i < notes.size(); ++i)
        f.lines.push_back(Line{}
                              .add(" " + clock_text(notes[i].t) + " ", Style::dim)
                              .add("[" + notes[i].dimension + "] ", Style::accent)
                              .add(fit(notes[i].text, std::max(1, width - 10 - display_width(notes[i].dimension)))));
    pad_to(f, height - footer);
    f.lines.resize(static_cast<std::size_t>(height - footer));

    if (view.prompt) {
        prompt_lines(f, *view.prompt, width);
    } else if (!view.flash.empty()) {
        f.lines.push_back(Line{}.add(fit(" " + view.flash, width), Style::warn));
    } else {
        f.lines.push_back(key_bar({{"space", timer.paused() ? "resume" : "pause"},
                                   {"n", timer.phase() + 1 >= timer.phase_count() ? "end mock" : "next phase"},
                                   {"a", "note"},
                                   {"x", "answered"},
                                   {"s", "skip"},
                                   {"?", "keys"},
                                   {"q", "quit"}},
                                  width));
    }

    if (view.overlay != Overlay::none) {
        std::vector<std::string> box;
        if (view.overlay == Overlay::help)
            box = {"Keys",
                   "",
                   "space   pause or resume every clock",
                   "n       next phase (on the last phase: end the mock and score it)",
                   "a       add a note; Tab changes its dimension, Enter saves",
                   "x       mark the question on screen answered",
                   "s       skip the question on screen",
                   "q       leave; the session stays resumable (sdmock resume)",
                   "",
                   "Any key closes this list."};
        else
            box = {"Leave the mock?", "", "Everything so far is saved; continue later with", "  sdmock resume " +
                                                                                                   std::to_string(view.session_id),
                   "", "y leave · any other key stays"};
        int w = 0;
        for (const auto& b : box) w = std::max(w, display_width(b));
        w = std::min(w + 4, width - 2);
        int top = std::max(2, (height - static_cast<int>(box.size()) - 2) / 2);
        int pad = (width - w) / 2;
        auto row = [&](int r, const std::string& text, Style st) {
            f.lines[static_cast<std::size_t>(r)] =
                Line{}.add(std::string(static_cast<std::size_t>(pad), ' ')).add(fit(text, w), st);
        };
        row(top, "┌" + repeat("─", w - 2) + "┐", Style::accent);
        for (std::size_t i = 0; i < box.size(); ++i)
            row(top + 1 + static_cast<int>(i), "│ " + fit(box[i], w - 4) + " │", i == 0 ? Style::bold : Style::normal);
        row(top + 1 + static_cast<int>(box.size()), "└" + repeat("─", w - 2) + "┘", Style::accent);
    }
    return f;
}

Frame layout_scoring(const ScoringView& view, int width, int height) {
    if (width < kMinWidth || height < kMinHeight) return too_small_frame(width, height);
    const Content& content = *view.content;
    const Scorecard& card = *view.card;
    Frame f{width, height, {}};
    std::string status = std::to_string(card.scored()) + " of 12 scored · total " + std::to_string(card.total()) + "/60 ";
    f.lines.push_back(spread(" Score the mock · " + view.problem->title, Style::title, status, Style::dim, width));
    f.lines.push_back(rule("", width));
    const int left = 34;
    const Dimension& selected = content.rubric.dimensions[view.selected];
    std::vector<Line> right;
    auto add_right = [&](const std::string& text, Style st, int indent = 0) {
        for (const auto& l : wrap(text, width - left - 3 - indent))
            right.push_back(Line{}.add(std::string(static_cast<std::size_t>(indent), ' ') + l, st));
    };
    add_right(selected.name, Style::bold);
    add_right(selected.asks, Style::dim);
    right.emplace_back();
    add_right("1  " + selected.score_1, Style::normal);
    add_right("3  " + selected.score_3, Style::normal);
    add_right("5  " + selected.score_5, Style::normal);
    right.emplace_back();
    std::vector<const Note*> tagged;
    for (const auto& n : *view.notes)
        if (n.dimension == selected.id) tagged.push_back(&n);
    add_right(tagged.empty() ? "No notes tagged to this dimension." : "Your notes (evidence):", Style::accent);
    for (const Note* n : tagged) add_right(clock_text(n->t) + "  " + n->text, Style::normal, 1);
    if (!card.evidence[view.selected].empty()) add_right("Evidence: " + card.evidence[view.selected], Style::normal);

    int rows = height - 3 - (view.prompt ? 1 : 0);
    for (int r = 0; r < rows; ++r) {
        Line line;
        auto i = static_cast<std::size_t>(r);
        if (i < content.rubric.dimensions.size() && i < kDimensionCount) {
            bool sel = i == view.selected;
            std::string score = card.scores[i] ? std::to_string(*card.scores[i]) : "·";
            line.add(fit((sel ? " ▶ " : "   ") + content.rubric.dimensions[i].name, left - 4),
                     sel ? Style::selected : Style::normal);
            line.add(fit(score, 3), card.scores[i] ? Style::bold : Style::dim);
            line.add(" │ ", Style::dim);
        } else {
            line.add(std::string(static_cast<std::size_t>(left - 1), ' ')).add(" │ ", Style::dim);
        }
        if (i < right.size())
            for (const auto& s : right[i].spans) line.add(s.text, s.style);
        f.lines.push_back(line);
    }
    if (view.prompt) {
        prompt_lines(f, *view.prompt, width);
    } else {
        f.lines.push_back(view.flash.empty() ? Line{}.add("") : Line{}.add(fit(" " + view.flash, width), Style::warn));
        f.lines.push_back(key_bar({{"↑/↓", "move"}, {"1-5", "score"}, {"e", "evidence"}, {"s", "save"}, {"?", "keys"}}, width));
    }
    f.lines.resize(static_cast<std::size_t>(height));
    return f;
}

Frame layout_summary(const std::vector<std::string>& lines, const std::string& title, int width, int height) {
    if (width < kMinWidth || height < kMinHeight) return too_small_frame(width, height);
    Frame f{width, height, {}};
    f.lines.push_back(Line{}.add(" " + title, Style::title));
    f.lines.push_back(rule("", width));
    for (std::size_t i = 0; i < lines.size(); ++i)
        f.lines.push_back(Line{}.add(fit(" " + lines[i], width), i == 0 ? Style::bold : Style::normal));
    pad_to(f, height - 1);
    f.lines.resize(static_cast<std::size_t>(height - 1));
    f.lines.push_back(key_bar({{"q", "leave"}, {"Enter", "leave"}}, width));
    return f;
}

} // namespace sdmock::tui
