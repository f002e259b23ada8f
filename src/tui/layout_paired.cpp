#include "core/text.hpp"
#include "tui/layout.hpp"
#include "tui/parts.hpp"
#include "tui/scroll_box.hpp"

#include <algorithm>

namespace sdmock::tui {
namespace {

void heading(std::vector<Line>& out, const std::string& title) {
    out.push_back(Line{}.add(" " + title, Style::accent));
}

void items(std::vector<Line>& out, const std::vector<std::string>& list, int width) {
    for (const auto& item : list) {
        auto lines = wrap(item, width - 5);
        for (std::size_t i = 0; i < lines.size(); ++i)
            out.push_back(Line{}.add((i == 0 ? "  - " : "    ") + lines[i]));
    }
}

std::string mark_label(const MockSession& mock, const ScriptLine& line) {
    auto grade = mock.grade_of(line.text);
    if (grade) return std::string(to_string(*grade));
    if (mock.put() && mock.put()->text == line.put) return "asked";
    return "";
}

void section(KeyLines& out, KeySection which, const std::vector<std::string>& list, int width) {
    out.starts.at(static_cast<std::size_t>(which)) = out.lines.size();
    heading(out.lines, std::string(title(which)));
    items(out.lines, list, width);
}

void sub_items(std::vector<Line>& out, const std::vector<std::string>& list, int width) {
    for (const auto& item : list) {
        auto lines = wrap(item, width - 9);
        for (std::size_t i = 0; i < lines.size(); ++i)
            out.push_back(Line{}.add((i == 0 ? "      · " : "        ") + lines[i], Style::dim));
    }
}

/// The heading of the script list: who acts on its lines.
std::string script_heading(const std::vector<ScriptLine>& script) {
    auto listens =
        std::count_if(script.begin(), script.end(), [](const ScriptLine& l) { return l.kind == ScriptKind::listen; });
    std::string count = " (" + std::to_string(script.size()) + ")";
    if (script.empty()) return "Script: nothing for this phase";
    if (listens == static_cast<std::ptrdiff_t>(script.size())) return "The candidate should" + count;
    if (listens == 0) return "Ask the candidate" + count;
    return "Script: the candidate should, then you ask" + count;
}

/// The words of a script row: the line and its dimension.
std::string script_row_text(const ScriptLine& line) {
    return line.text + "  [" + line.dimension + "]";
}

/// How many rows the selected line takes when it is shown whole, its words wrapped under themselves.
int selected_row_count(const std::vector<ScriptLine>& list, std::size_t selected, int width) {
    if (selected >= list.size()) return 1;
    return std::max(1, static_cast<int>(wrap(script_row_text(list[selected]), width - 10).size()));
}

/// Rows of a list of script lines (the phase's, or the curveball choices), `selected` kept in view:
/// the selected line whole, wrapped over as many rows as it needs (its last row marked when even
/// `rows` cannot hold it), every other line on one row.
void add_script_rows(Frame& f, const MockSession& mock, const std::vector<ScriptLine>& list, std::size_t selected,
                     int rows, int width) {
    std::vector<std::string> whole =
        selected < list.size() ? wrap(script_row_text(list[selected]), width - 10) : std::vector<std::string>{};
    int selected_rows = std::clamp(static_cast<int>(whole.size()), 1, std::max(1, rows));
    auto before = static_cast<std::size_t>(std::max(0, rows - selected_rows));
    std::size_t first = selected > before ? selected - before : 0;
    int used = 0;
    for (std::size_t i = first; used < rows; ++i) {
        if (i >= list.size()) {
            f.lines.emplace_back();
            ++used;
            continue;
        }
        bool sel = i == selected;
        std::string mark = mark_label(mock, list[i]);
        Style mark_style = mark == "well" ? Style::accent : (mark.empty() ? Style::dim : Style::warn);
        if (!sel) {
            f.lines.push_back(
                Line{}.add("   ").add(fit(mark, 7), mark_style).add(fit(script_row_text(list[i]), width - 10)));
            ++used;
            continue;
        }
        for (int r = 0; r < selected_rows && used < rows; ++r, ++used) {
            bool cut = r == selected_rows - 1 && static_cast<int>(whole.size()) > selected_rows;
            Line line;
            line.add(r == 0 ? " ▶ " : "   ", Style::selected);
            line.add(r == 0 ? fit(mark, 7) : std::string(7, ' '), mark_style);
            line.add(cut ? fit(whole[static_cast<std::size_t>(r)], width - 12) + " …"
                         : whole[static_cast<std::size_t>(r)],
                     Style::bold);
            f.lines.push_back(line);
        }
    }
}

/// The detail pane of the selected line: its title rule and `rows` lines, the last cut when more remain.
void add_detail(Frame& f, const ScriptLine* line, bool with_text, int rows, int width) {
    if (line == nullptr) {
        f.lines.push_back(rule("Nothing selected", width, Style::dim));
        for (int r = 0; r < rows; ++r)
            f.lines.emplace_back();
        return;
    }
    auto detail = script_detail(*line, width);
    if (with_text) { // a curveball previewed: the whole question first
        std::vector<Line> text;
        for (const auto& l : wrap(line->text, width - 2))
            text.push_back(Line{}.add(" " + l, Style::bold));
        detail.insert(detail.begin(), text.begin(), text.end());
    }
    bool more = static_cast<int>(detail.size()) > rows;
    f.lines.push_back(rule(script_detail_title(*line) + (more ? " · o shows all" : ""), width, Style::accent));
    for (int r = 0; r < rows; ++r)
        f.lines.push_back(r < static_cast<int>(detail.size()) ? detail[static_cast<std::size_t>(r)] : Line{});
    if (more && rows > 0) f.lines.back() = Line{}.add(fit(f.lines.back().text(), width - 2) + " …", Style::dim);
}

/// The answer key pane: its rule and `rows` lines from the current phase's section, scrolled by `scroll`.
void add_answer_key(Frame& f, const MockSession& mock, int scroll, int rows, int width) {
    auto key = answer_key_lines(mock.problem(), width);
    std::size_t start =
        mock.phase() != nullptr ? key.starts.at(static_cast<std::size_t>(key_section_for(*mock.phase()))) : 0;
    auto last = static_cast<std::ptrdiff_t>(key.lines.empty() ? 0 : key.lines.size() - 1);
    auto offset =
        static_cast<std::size_t>(std::clamp<std::ptrdiff_t>(static_cast<std::ptrdiff_t>(start) + scroll, 0, last));
    std::string at;
    for (std::size_t s = 0; s < kKeySectionCount; ++s)
        if (key.starts.at(s) <= offset) at = std::string(title(static_cast<KeySection>(s)));
    std::string scroll_hint;
    if (offset > 0) scroll_hint += " · [ back";
    if (offset + static_cast<std::size_t>(rows) < key.lines.size()) scroll_hint += " · ] more";
    f.lines.push_back(rule("Answer key · " + at + scroll_hint, width, Style::dim));
    for (int r = 0; r < rows; ++r) {
        std::size_t i = offset + static_cast<std::size_t>(r);
        f.lines.push_back(i < key.lines.size() ? key.lines[i] : Line{});
    }
}

Line interviewer_key_bar(const InterviewerView& view, const ScriptLine* line, int width) {
    if (view.overlay == Overlay::curveballs)
        return key_bar({{"↑/↓", "choose"}, {"Enter", "throw it"}, {"r", "let sdmock choose"}, {"Esc", "cancel"}},
                       width);
    bool nudge = line != nullptr && line->kind == ScriptKind::listen;
    return key_bar({{"Enter", nudge ? "nudge" : "ask"},
                    {"1 2 3", "grade"},
                    {"h", "hint"},
                    {"c", "curveball"},
                    {"o", "open"},
                    {"n", "next"},
                    {"space", "pause"},
                    {"?", "keys"}},
                   width);
}

const std::vector<std::string>& interviewer_help() {
    static const std::vector<std::string> help{
        "Interviewer keys",
        "",
        "↑/↓     choose a line of the script; its reply or strong-answer points show below",
        "Enter   put it to the candidate: the question, or a nudge for what they should raise",
        "1 2 3   grade the selected line: well, partly, not (asked or answered)",
        "h       give a hint; it holds the line's suggested hint (Tab the next one)",
        "c       choose a curveball that fits the problem, with a preview (r: sdmock picks)",
        "o       the selected line in full       [ ]   scroll the answer key",
        "a       a note for your scoring (the candidate never sees it)",
        "p       the problem as the candidate reads it, the checklist, the question",
        "space   pause or resume the clock",
        "n       next phase; on the last one, end       e   end the mock now",
        "q       leave; the session stays resumable",
        "",
        "Above the Asked line: what the mock's level must show in the line's dimension.",
        "The answer key opens at the current phase's section. Any key closes this list."};
    return help;
}

/// What the mock's level must show in the selected line's dimension (else the phase's), as
/// "Senior (L6+) shows [caching]: ..."; empty when the level or the dimension is unknown.
std::string level_expectation(const MockSession& mock, const Content& content, const ScriptLine* line) {
    const Level* level = content.rubric.level(mock.level());
    std::string dim = line != nullptr && !line->dimension.empty() ? line->dimension : "";
    if (dim.empty() && mock.phase() != nullptr) dim = mock.phase()->dimension;
    const Dimension* d = content.rubric.dimension(dim);
    if (level == nullptr || d == nullptr) return {};
    return level->name + " shows [" + d->id + "]: " + d->expectation(level->id);
}

/// The selected line in full, as a box, with what the level must show in its dimension when that
/// still fits in `height` rows (the line itself comes first).
std::vector<std::string> line_box(const ScriptLine& line, const std::string& expectation, int width, int height) {
    std::vector<std::string> box{script_detail_title(line), ""};
    for (const auto& l : wrap(line.text, width - 8))
        box.push_back(l);
    box.emplace_back();
    for (const auto& l : script_detail(line, width - 6))
        box.push_back(l.text());
    auto level = wrap(expectation, width - 8);
    // Two rows above the box, its two borders, the blank before the level and the closing two lines.
    if (!expectation.empty() && static_cast<int>(box.size() + level.size()) + 7 <= height) {
        box.emplace_back();
        box.insert(box.end(), level.begin(), level.end());
    }
    box.emplace_back();
    box.emplace_back("Any key closes this.");
    return box;
}

} // namespace

KeyLines answer_key_lines(const Problem& problem, int width) {
    const AnswerKey& key = problem.key;
    KeyLines out;
    section(out, KeySection::scope, {key.scope}, width);
    section(out, KeySection::functional, key.functional, width);
    section(out, KeySection::non_functional, key.non_functional, width);
    section(out, KeySection::figures, key.givens, width);
    section(out, KeySection::assumptions, key.assumptions, width);
    std::vector<std::string> estimates;
    for (const auto& e : key.estimates)
        estimates.push_back(e.name + ": " + format_figure(e.value) + " " + e.unit + "  (" + e.how + ")");
    section(out, KeySection::estimates, estimates, width);
    section(out, KeySection::api, key.api, width);
    section(out, KeySection::architecture, key.architecture, width);
    section(out, KeySection::data_model, key.data_model, width);
    section(out, KeySection::risks, key.risks, width);
    section(out, KeySection::follow_ups, {}, width);
    for (const auto& f : key.follow_ups) {
        items(out.lines, {f.question + "  [" + f.dimension + "]"}, width);
        sub_items(out.lines, f.points, width);
    }
    section(out, KeySection::extensions, key.extensions, width);
    return out;
}

std::string script_detail_title(const ScriptLine& line) {
    if (!line.reply.empty()) return "If asked about " + line.topic;
    if (line.kind == ScriptKind::ask) return "A strong answer mentions";
    return "A good answer covers";
}

std::vector<Line> script_detail(const ScriptLine& line, int width) {
    std::vector<Line> out;
    for (const auto& l : wrap(line.reply, width - 2))
        out.push_back(Line{}.add(" " + l, Style::bold));
    items(out, line.points, width);
    if (out.empty()) out.push_back(Line{}.add(" No points for this one: judge it against the answer key.", Style::dim));
    for (const auto& l : wrap(line.why.empty() ? "" : "Why it matters: " + line.why, width - 2))
        out.push_back(Line{}.add(" " + l, Style::dim));
    for (const auto& hint : line.hints)
        for (const auto& l : wrap("Hint to offer (h): " + hint, width - 2))
            out.push_back(Line{}.add(" " + l, Style::accent));
    return out;
}

std::vector<std::string> interviewer_overlay(const InterviewerView& view, int width, int height) {
    const MockSession& mock = *view.mock;
    if (view.overlay == Overlay::full_text)
        return full_text_lines(mock.problem().prompt, mock.phase(), mock.put() ? mock.put()->text : "",
                               box_inner_width(width));
    if (view.overlay == Overlay::help) { // each key's words wrapped under themselves
        std::vector<std::string> out;
        for (const auto& entry : interviewer_help()) {
            if (display_width(entry) <= box_inner_width(width)) { // as written, its columns kept
                out.push_back(entry);
                continue;
            }
            // "KEY     what it does": the words wrap under themselves, the key's column kept.
            std::size_t gap = entry.find("  ");
            std::size_t words = gap < 12 ? entry.find_first_not_of(' ', gap) : std::string::npos;
            std::string head = words != std::string::npos ? entry.substr(0, words) : "";
            auto lines = wrap(words != std::string::npos ? entry.substr(words) : entry, box_inner_width(width) - 8);
            for (std::size_t i = 0; i < lines.size(); ++i)
                out.push_back((i == 0 ? head : std::string(8, ' ')) + lines[i]);
        }
        return out;
    }
    if (view.overlay == Overlay::line) {
        auto list = mock.script();
        if (list.empty()) return {};
        const ScriptLine& line = list[std::min(view.selected, list.size() - 1)];
        return line_box(line, level_expectation(mock, *view.content, &line), width, height);
    }
    return {};
}

Frame layout_interviewer(const InterviewerView& view, SteadyTime now, int width, int height) {
    if (width < kMinWidth || height < kMinHeight) return too_small_frame(width, height);
    const MockSession& mock = *view.mock;
    Frame f{width, height, {}};
    add_header(f, mock.problem().title,
               (view.recording ? "● rec · session " : "session ") + std::to_string(view.session_id) + " · interviewer",
               width);
    // The script and the key matter more to an interviewer than big digits: below 34 rows, a compact clock.
    if (height >= 34)
        add_clock(f, clock_view(mock, now), 6, width);
    else
        add_compact_clock(f, clock_view(mock, now), width);

    bool picking = view.overlay == Overlay::curveballs;
    auto list = picking ? mock.curveball_choices() : mock.script();
    std::size_t selected = std::min(picking ? view.curveball : view.selected, list.empty() ? 0 : list.size() - 1);
    const ScriptLine* line = selected < list.size() ? &list[selected] : nullptr;

    int footer = (view.prompt ? 2 : 1) + (view.notice.empty() ? 0 : 1);
    int free_rows = height - static_cast<int>(f.lines.size()) - footer - 4; // three rules and the asked line
    // The selected line shows whole: the list grows to hold it, down to three rows for its detail
    // and two for the key.
    int whole_rows = selected_row_count(list, selected, width);
    int list_rows = std::clamp(static_cast<int>(list.size()) - 1 + whole_rows, 1, std::max(3, free_rows * 2 / 5));
    int detail_rows = std::max(3, free_rows / 3);
    std::string expectation = level_expectation(mock, *view.content, line);
    int level_rows = expectation.empty() ? 0 : 1;
    if (whole_rows > list_rows) list_rows = std::max(list_rows, std::min(whole_rows, free_rows - 3 - level_rows - 2));
    detail_rows = std::max(3, std::min(detail_rows, free_rows - list_rows - level_rows - 2));
    int key_rows = std::max(2, free_rows - list_rows - detail_rows - level_rows);

    f.lines.push_back(
        rule(picking ? "Curveballs that fit this problem (" + std::to_string(list.size()) + ")" : script_heading(list),
             width, picking ? Style::warn : Style::dim));
    add_script_rows(f, mock, list, selected, list_rows, width);
    add_detail(f, line, picking, detail_rows, width);
    add_answer_key(f, mock, view.key_scroll, key_rows, width);
    if (level_rows > 0) f.lines.push_back(Line{}.add(fit(" " + expectation, width), Style::accent));
    std::string asked =
        mock.put() ? "Asked: " + mock.put()->text : "Nothing asked yet: Enter puts the selected line to the candidate.";
    f.lines.push_back(Line{}.add(fit(" " + asked, width),
                                 mock.put() && mock.put()->kind == CueKind::curveball ? Style::warn : Style::dim));

    if (!view.notice.empty())
        f.lines.push_back(
            Line{}.add(fit(" " + view.notice, width), view.waiting > 0 || view.alarm ? Style::alert : Style::good));
    if (view.prompt)
        add_prompt_line(f, *view.prompt, width);
    else if (!view.flash.empty())
        f.lines.push_back(Line{}.add(fit(" " + view.flash, width), Style::warn));
    else
        f.lines.push_back(interviewer_key_bar(view, line, width));
    f.lines.resize(static_cast<std::size_t>(height));
    if (auto box = interviewer_overlay(view, width, height); !box.empty())
        add_scroll_box(f, box, view.overlay_offset, width, height);
    else if (view.overlay == Overlay::confirm_quit)
        add_box(f, quit_box(view.session_id, view.waiting), width, height);
    return f;
}

std::vector<std::string> follow_overlay(const FollowView& view, int width) {
    const FollowState& s = *view.state;
    const Plan& plan = *view.plan;
    if (view.full_text)
        return full_text_lines(view.problem->prompt, s.phase < plan.phases.size() ? &plan.phases[s.phase] : nullptr,
                               s.question ? s.question->text : "", box_inner_width(width));
    if (view.help)
        return {"Candidate keys",
                "",
                "a       a note for yourself, tagged to a rubric dimension",
                "p       the whole problem, checklist and question",
                "q       stop following (the mock goes on)",
                "",
                "The interviewer runs the clock and puts the questions.",
                "When the mock ends you score yourself here.",
                "",
                "Any key closes this list."};
    return {};
}

Frame layout_follow(const FollowView& view, int width, int height) {
    if (width < kMinWidth || height < kMinHeight) return too_small_frame(width, height);
    const FollowState& s = *view.state;
    Frame f{width, height, {}};
    add_header(f, view.problem->title, "session " + std::to_string(view.session_id) + " · candidate", width);
    int footer = view.prompt ? 2 : 1;
    auto question = s.question ? wrap(s.question->text, width - 2) : std::vector<std::string>{};
    int question_rows = std::max(2, static_cast<int>(question.size()));
    add_problem_and_clock(f, view.problem->prompt, clock_view(s, *view.plan), 1 + question_rows + 1 + 2,
                          height - footer, width);

    bool curveball = s.question && s.question->kind == event::curveball;
    f.lines.push_back(
        rule(curveball ? "Curveball" : "Question from the interviewer", width, curveball ? Style::warn : Style::dim));
    if (s.question) {
        for (const auto& l : question)
            f.lines.push_back(Line{}.add(" " + l, Style::bold));
        if (question.size() < 2) f.lines.emplace_back();
    } else {
        f.lines.push_back(Line{}.add(s.started ? " No question right now: keep designing and thinking aloud."
                                               : " Waiting for the interviewer to start.",
                                     Style::dim));
        f.lines.emplace_back();
    }
    f.lines.push_back(s.hint ? Line{}.add(fit(" Hint: " + s.hint->text, width), Style::accent) : Line{});
    add_notes(f, s.notes, height - footer, width, "a: add a note for yourself, tagged to a rubric dimension");
    if (view.prompt)
        add_prompt_line(f, *view.prompt, width);
    else if (!view.flash.empty())
        f.lines.push_back(Line{}.add(fit(" " + view.flash, width), Style::warn));
    else
        f.lines.push_back(key_bar({{"a", "note"}, {"p", "problem"}, {"?", "keys"}, {"q", "stop following"}}, width));
    if (auto box = follow_overlay(view, width); !box.empty())
        add_scroll_box(f, box, view.overlay_offset, width, height);
    return f;
}

} // namespace sdmock::tui
