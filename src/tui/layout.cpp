#include "tui/layout.hpp"

#include "tui/parts.hpp"
#include "tui/scroll_box.hpp"

#include "core/save_notice.hpp"
#include "core/scorecard.hpp"
#include "core/text.hpp"

#include <algorithm>
#include <array>

namespace sdmock::tui {
namespace {

constexpr std::array<std::array<const char*, 5>, 13> kGlyphs = {{
    {"████", "█  █", "█  █", "█  █", "████"}, // 0
    {"  █ ", " ██ ", "  █ ", "  █ ", " ███"}, // 1
    {"████", "   █", "████", "█   ", "████"}, // 2
    {"████", "   █", " ███", "   █", "████"}, // 3
    {"█  █", "█  █", "████", "   █", "   █"}, // 4
    {"████", "█   ", "████", "   █", "████"}, // 5
    {"████", "█   ", "████", "█  █", "████"}, // 6
    {"████", "   █", "  █ ", " █  ", " █  "}, // 7
    {"████", "█  █", "████", "█  █", "████"}, // 8
    {"████", "█  █", "████", "   █", "████"}, // 9
    {"  ", "██", "  ", "██", "  "},           // :
    {"    ", "    ", "████", "    ", "    "}, // -
    {"    ", " █  ", "███ ", " █  ", "    "}, // +
}};

} // namespace

std::vector<std::string> big_text(const std::string& text) {
    std::vector<std::string> rows(5);
    for (char c : text) {
        int g = -1;
        if (c >= '0' && c <= '9')
            g = c - '0';
        else if (c == ':')
            g = 10;
        else if (c == '-')
            g = 11;
        else if (c == '+')
            g = 12;
        if (g < 0) continue;
        for (std::size_t r = 0; r < 5; ++r)
            rows[r] += std::string(kGlyphs[static_cast<std::size_t>(g)][r]) + " ";
    }
    return rows;
}

Frame too_small_frame(int width, int height) {
    Frame f{width, height, {}};
    std::string message = "The terminal is " + std::to_string(width) + "x" + std::to_string(height) +
                          "; sdmock needs " + std::to_string(kMinWidth) + "x" + std::to_string(kMinHeight) +
                          ". Enlarge the window: the clock keeps running.";
    auto lines = wrap(message, std::max(8, width - 2));
    pad_to(f, std::max(0, (height - static_cast<int>(lines.size())) / 2));
    for (const auto& l : lines)
        f.lines.push_back(Line{}.add(fit(" " + l, width)));
    pad_to(f, height);
    f.lines.resize(static_cast<std::size_t>(std::max(0, height)));
    return f;
}

namespace {

/// The rows the cue part takes: its rule, the whole question (or when the next comes), the keys line.
int cue_rows(const MockSession& mock, SteadyTime now, int width) {
    const Cue* cue = mock.current_cue(now);
    return cue == nullptr ? 2 : 2 + static_cast<int>(wrap(cue->text, width - 2).size());
}

/// The cue on screen, whole, or when the next one comes.
void add_cue(Frame& f, const MockSession& mock, const Content& content, SteadyTime now, int width) {
    const Cue* cue = mock.current_cue(now);
    std::string label = "Question";
    if (cue != nullptr && cue->kind == CueKind::curveball)
        label = "Curveball";
    else if (cue != nullptr && cue->kind == CueKind::probe)
        label = "Deep dive · " + cue->area;
    f.lines.push_back(rule(label, width, cue != nullptr && cue->kind == CueKind::curveball ? Style::warn : Style::dim));
    if (cue == nullptr) {
        auto next = mock.next_cue_in(now);
        std::string text =
            next ? "No question waiting; the next one comes in " + clock_text(Duration(next->count() + 999)) + "."
                 : "No more questions in this phase.";
        f.lines.push_back(Line{}.add(fit(" " + text, width), Style::dim));
        return;
    }
    for (const auto& l : wrap(cue->text, width - 2))
        f.lines.push_back(Line{}.add(" " + l, Style::bold));
    std::size_t waiting = mock.cues_waiting(now);
    std::string more = waiting > 1 ? " · " + std::to_string(waiting - 1) + " more waiting" : "";
    std::string reveal = mock.reply_on_screen(now) != nullptr   ? " · r the answer"
                         : !mock.figures_to_work_from().empty() ? " · p the figures"
                                                                : "";
    f.lines.push_back(Line{}.add(
        fit(" [" + dimension_name(content, cue->dimension) + "]  x answered · s skip" + reveal + more, width),
        Style::dim));
}

/// The interviewer's answer to the question on screen, wrapped to the box.
std::vector<std::string> reply_box(const Reply& reply, int width) {
    std::vector<std::string> out{"The interviewer answers", ""};
    for (auto& line : wrap(reply.text, box_inner_width(width)))
        out.push_back(line);
    out.emplace_back();
    out.emplace_back("Any key closes this.");
    return out;
}

/// The keys of the session screen, each wrapped to the box with its description indented.
std::vector<std::string> session_help(int width) {
    static const std::vector<std::pair<const char*, const char*>> keys{
        {"space", "pause or resume every clock"},
        {"n", "next phase (asks first before half of it has run; on the last: end and score)"},
        {"a", "add a note; Tab changes its dimension, Enter saves, Esc cancels"},
        {"e", "your estimates, beside the reference names (estimation phase)"},
        {"x", "mark the question on screen answered"},
        {"s", "skip the question on screen"},
        {"r", "the interviewer's answer to the clarifying question on screen"},
        {"p", "the whole problem, checklist and question"},
        {"?", "this list"},
        {"q", "leave; the session stays resumable (sdmock resume)"}};
    int inner = box_inner_width(width);
    std::vector<std::string> out{"Keys", ""};
    for (const auto& [key, what] : keys) {
        auto lines = wrap(what, inner - 8);
        for (std::size_t i = 0; i < lines.size(); ++i)
            out.push_back((i == 0 ? fit(key, 8) : std::string(8, ' ')) + lines[i]);
    }
    out.emplace_back();
    out.emplace_back("Any key closes this list.");
    return out;
}

} // namespace

std::vector<std::string> session_overlay(const SessionView& view, SteadyTime now, int width) {
    const MockSession& mock = *view.mock;
    if (view.overlay == Overlay::full_text) {
        const Cue* cue = mock.current_cue(now);
        return full_text_lines(mock.problem().prompt, mock.phase(), cue != nullptr ? cue->text : "",
                               box_inner_width(width), mock.figures_to_work_from());
    }
    if (view.overlay == Overlay::help) return session_help(width);
    if (const Reply* reply = mock.reply_on_screen(now); view.overlay == Overlay::reply && reply != nullptr)
        return reply_box(*reply, width);
    return {};
}

namespace {

/// The bottom line(s): a prompt being typed, a message, or the keys; then any overlay.
void add_session_footer(Frame& f, const SessionView& view, SteadyTime now, int width, int height) {
    const PhaseTimer& timer = view.mock->timer();
    if (view.prompt) {
        add_prompt_line(f, *view.prompt, width);
    } else if (!view.flash.empty()) {
        f.lines.push_back(Line{}.add(fit(" " + view.flash, width), Style::warn));
    } else {
        f.lines.push_back(
            key_bar({{"space", timer.paused() ? "resume" : "pause"},
                     {"n", timer.phase() + 1 >= timer.phase_count() ? "end mock" : "next"},
                     {"a", "note"},
                     {"x", "answered"},
                     {"s", "skip"},
                     {"p", "problem"},
                     {"?", "keys"},
                     {"q", "quit"},
                     {view.mock->phase() != nullptr && view.mock->phase()->id == "estimation" ? "e" : "", "estimates"}},
                    width));
    }
    if (auto box = session_overlay(view, now, width); !box.empty())
        add_scroll_box(f, box, view.overlay_offset, width, height);
    else if (view.overlay == Overlay::confirm_quit)
        add_box(f, quit_box(view.session_id, view.waiting), width, height);
    else if (view.overlay == Overlay::confirm_end)
        add_box(f,
                {"End the mock?", "", "This was the last phase: the clocks stop and scoring starts.", "",
                 "y ends it · any other key goes on"},
                width, height);
    else if (view.overlay == Overlay::confirm_next)
        add_box(f,
                {"Move on already?", "", "Less than half of this phase has run; its time stays on the record.", "",
                 "y moves on · any other key stays"},
                width, height);
}

/// The scoring screen's right pane: the selected dimension, its question, what the mock's level
/// must show there, the anchors, then the evidence and the notes. The anchors and the evidence
/// always show: when all would not fit in `rows`, the question goes first, then the blank lines,
/// then the level's expectation, and the oldest notes give way to a line counting them.
std::vector<Line> scoring_pane(const ScoringView& view, int width, int rows, bool* newest_shown = nullptr) {
    const Dimension& selected = view.content->rubric.dimensions[view.selected];
    auto lines = [&](const std::string& text, Style st, int indent = 0) {
        std::vector<Line> out;
        for (const auto& l : wrap(text, width - indent))
            out.push_back(Line{}.add(std::string(static_cast<std::size_t>(indent), ' ') + l, st));
        return out;
    };
    bool for_interviewer = view.scorer == Scorer::interviewer && !selected.interviewer_asks.empty();
    auto asks = lines(for_interviewer ? selected.interviewer_asks : selected.asks, Style::dim);
    std::vector<Line> level;
    if (const Level* l = view.content->rubric.level(view.level))
        level = lines("At " + l->name + ": " + selected.expectation(l->id), Style::accent);
    std::vector<Line> anchors;
    for (const auto& [digit, text] : {std::pair{"1  ", &selected.score_1}, std::pair{"3  ", &selected.score_3},
                                      std::pair{"5  ", &selected.score_5}}) {
        auto more = lines(digit + *text, Style::normal);
        anchors.insert(anchors.end(), more.begin(), more.end());
    }
    std::vector<const Note*> tagged;
    for (const auto& n : *view.notes)
        if (n.dimension == selected.id) tagged.push_back(&n);
    std::vector<Line> evidence;
    if (!view.card->evidence[view.selected].empty())
        evidence = lines("Evidence: " + view.card->evidence[view.selected], Style::normal);
    auto heading =
        lines(tagged.empty() ? "No notes tagged to this dimension." : "Your notes (evidence):", Style::accent);
    std::vector<std::vector<Line>> notes;
    std::size_t notes_rows = 0;
    for (const Note* n : tagged) {
        notes.push_back(lines(clock_text(n->t) + "  " + n->text, Style::normal, 1));
        notes_rows += notes.back().size();
    }
    auto room = static_cast<std::size_t>(std::max(rows, 0));
    std::size_t must = 1 + anchors.size() + evidence.size() + heading.size();
    bool with_asks = must + 2 + notes_rows + asks.size() + level.size() <= room;
    bool with_level = must + level.size() <= room;
    bool blanks = must + 2 + (with_level ? level.size() : 0) + std::min<std::size_t>(notes_rows, 2) <= room;
    std::size_t used = must + (blanks ? 2 : 0) + (with_asks ? asks.size() : 0) + (with_level ? level.size() : 0);
    std::vector<Line> right;
    auto add = [&](const std::vector<Line>& more) { right.insert(right.end(), more.begin(), more.end()); };
    add(lines(selected.name, Style::bold));
    if (with_asks) add(asks);
    if (with_level) add(level);
    if (blanks) right.emplace_back();
    add(anchors);
    if (blanks) right.emplace_back();
    add(evidence);
    std::size_t left_rows = room > used ? room - used : 0;
    if (!notes.empty() && notes.back().size() > left_rows) { // not even the newest note fits
        add(lines(std::to_string(notes.size()) + " notes tagged (more rows show them).", Style::accent));
        if (newest_shown != nullptr) *newest_shown = false;
        return right;
    }
    add(heading);
    // The newest notes that fit; the earlier ones counted on a line of their own.
    std::size_t first = 0;
    std::size_t left = room > used ? room - used : 0;
    if (notes_rows > left) {
        std::size_t fits = 0;
        first = notes.size();
        while (first > 0) { // a line counting the earlier ones is kept free while any are left out
            std::size_t need = fits + notes[first - 1].size() + (first > 1 ? 1 : 0);
            if (need > left) break;
            fits += notes[--first].size();
        }
        if (first == notes.size() && notes.back().size() <= left) first = notes.size() - 1; // the newest at least
        if (first > 0 && fits + 1 <= left && first < notes.size())
            add(lines("(" + std::to_string(first) + " earlier not shown)", Style::dim, 1));
    }
    for (std::size_t i = first; i < notes.size(); ++i)
        add(notes[i]);
    if (newest_shown != nullptr) *newest_shown = right.size() <= room;
    return right;
}

} // namespace

Frame layout_session(const SessionView& view, SteadyTime now, int width, int height) {
    if (width < kMinWidth || height < kMinHeight) return too_small_frame(width, height);
    const MockSession& mock = *view.mock;
    Frame f{width, height, {}};
    add_header(f, mock.problem().title,
               (view.recording ? "● rec · session " : "session ") + std::to_string(view.session_id) + " · " +
                   mock.plan().name,
               width);
    int bottom = height - (view.prompt ? 2 : 1) - (view.notice.empty() ? 0 : 1);
    add_problem_and_clock(f, mock.problem().prompt, clock_view(mock, now), cue_rows(mock, now, width) + 2, bottom,
                          width);
    add_cue(f, mock, *view.content, now, width);
    add_notes(f, mock.notes(), bottom, width, "a: add a note, tagged to a rubric dimension");
    if (!view.notice.empty())
        f.lines.push_back(
            Line{}.add(fit(" " + view.notice, width), view.waiting > 0 || view.alarm ? Style::alert : Style::good));
    add_session_footer(f, view, now, width, height);
    return f;
}

std::vector<std::string> quit_box(std::int64_t session_id, std::size_t waiting) {
    std::vector<std::string> box{"Leave the mock?", ""};
    if (waiting == 0) {
        box.emplace_back("Everything so far is saved; continue later with");
    } else {
        box.push_back(waiting_text(waiting) + ";");
        box.emplace_back("leaving tries once more to save them; continue with");
    }
    box.push_back("  sdmock resume " + std::to_string(session_id));
    box.emplace_back("");
    box.emplace_back("y leave · any other key stays");
    return box;
}

Frame layout_scoring(const ScoringView& view, int width, int height) {
    if (width < kMinWidth || height < kMinHeight) return too_small_frame(width, height);
    const Content& content = *view.content;
    const Scorecard& card = *view.card;
    Frame f{width, height, {}};
    // A drill's few dimensions, listed alone; empty (all of them): the rows in rubric order as always.
    std::vector<std::size_t> listed =
        view.dimensions.size() == kDimensionCount ? std::vector<std::size_t>{} : view.dimensions;
    std::string status = std::to_string(card.scored()) + " of " +
                         std::to_string(listed.empty() ? kDimensionCount : listed.size()) + " scored · total " +
                         std::to_string(card.total()) + "/" +
                         std::to_string(listed.empty() ? kMaxTotal : kMaxScore * static_cast<int>(listed.size())) + " ";
    f.lines.push_back(spread(" Score the mock · " + view.problem->title, Style::title, status, Style::dim, width));
    f.lines.push_back(rule("", width));
    int rows = height - 4; // the title and its rule above; two lines of prompt, or message and keys, below
    // The list narrows (names cut short, then only the scores) until the selected dimension's
    // anchors and evidence fit beside it.
    // The widest list that lets the newest note show too is taken, else the widest that fits the anchors.
    int left = -1;
    std::vector<Line> right;
    for (int candidate : {34, 24, 10, 0}) {
        bool newest = true;
        auto pane = scoring_pane(view, width - std::max(candidate, 1) - 3, rows, &newest);
        bool fits = pane.size() <= static_cast<std::size_t>(rows);
        if (fits && left < 0) {
            left = candidate;
            right = pane;
        }
        if (fits && newest) {
            left = candidate;
            right = std::move(pane);
            break;
        }
        if (candidate == 0 && left < 0) {
            left = 0;
            right = std::move(pane);
        }
    }
    if (left == 0) { // no room for the list: the selected dimension says its score and place
        std::size_t place = 1 + static_cast<std::size_t>(std::max(0L, static_cast<long>(view.selected)));
        if (!listed.empty()) {
            auto at = std::find(listed.begin(), listed.end(), view.selected);
            place = static_cast<std::size_t>(at - listed.begin()) + 1;
        }
        std::string score = card.scores[view.selected] ? std::to_string(*card.scores[view.selected]) : "·";
        right.front().add("  (" + std::to_string(place) + " of " +
                              std::to_string(listed.empty() ? kDimensionCount : listed.size()) + ", score " + score +
                              ")",
                          Style::dim);
        for (int r = 0; r < rows; ++r) {
            Line line;
            line.add(" │ ", Style::dim);
            if (auto row = static_cast<std::size_t>(r); row < right.size())
                for (const auto& sp : right[row].spans)
                    line.add(sp.text, sp.style);
            f.lines.push_back(line);
        }
    }
    for (int r = 0; left > 0 && r < rows; ++r) {
        Line line;
        auto i = static_cast<std::size_t>(r);
        if (!listed.empty()) i = i < listed.size() ? listed[i] : kDimensionCount;
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
        if (auto row = static_cast<std::size_t>(r); row < right.size())
            for (const auto& s : right[row].spans)
                line.add(s.text, s.style);
        f.lines.push_back(line);
    }
    if (view.prompt) {
        add_prompt_line(f, *view.prompt, width);
    } else {
        f.lines.push_back(view.flash.empty() ? Line{}.add("") : Line{}.add(fit(" " + view.flash, width), Style::warn));
        f.lines.push_back(key_bar(
            {{"↑/↓", "move"}, {"1-5", "score"}, {"e", "evidence"}, {"s", "save"}, {"?", "keys"}, {"q", "leave"}},
            width));
    }
    f.lines.resize(static_cast<std::size_t>(height));
    return f;
}

Frame layout_summary(const std::vector<std::string>& lines, const std::string& title, int width, int height,
                     std::size_t offset, bool review) {
    if (width < kMinWidth || height < kMinHeight) return too_small_frame(width, height);
    Frame f{width, height, {}};
    f.lines.push_back(Line{}.add(" " + title, Style::title));
    f.lines.push_back(rule("", width));
    for (std::size_t i = offset; i < lines.size(); ++i)
        f.lines.push_back(Line{}.add(fit(" " + lines[i], width), i == 0 ? Style::bold : Style::normal));
    bool more = f.lines.size() > static_cast<std::size_t>(height - 1);
    pad_to(f, height - 1);
    f.lines.resize(static_cast<std::size_t>(height - 1));
    std::vector<std::pair<std::string, std::string>> keys{{"Enter", "done"}};
    if (more || offset > 0) keys.emplace_back("↑/↓", more ? "more below" : "scroll");
    if (review) keys.emplace_back("r", "review it against the answer key");
    f.lines.push_back(key_bar(keys, width));
    return f;
}

} // namespace sdmock::tui
