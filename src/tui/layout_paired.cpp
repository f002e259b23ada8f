#include "core/text.hpp"
#include "tui/layout.hpp"
#include "tui/parts.hpp"

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

std::string mark_label(const MockSession& mock, const Cue& cue) {
    auto grade = mock.grade_of(cue.text);
    if (grade) return std::string(to_string(*grade));
    if (mock.put() && mock.put()->text == cue.text) return "asked";
    return "";
}

} // namespace

std::vector<Line> answer_key_lines(const Problem& problem, int width) {
    const AnswerKey& key = problem.key;
    std::vector<Line> out;
    heading(out, "Scope");
    items(out, {key.scope}, width);
    heading(out, "Reference estimates");
    for (const auto& e : key.estimates)
        items(out, {e.name + ": " + format_number(e.value) + " " + e.unit + "  (" + e.how + ")"}, width);
    heading(out, "Architecture");
    items(out, key.architecture, width);
    heading(out, "Data model");
    items(out, key.data_model, width);
    heading(out, "Primary risks");
    items(out, key.risks, width);
    heading(out, "Follow-ups to ask");
    for (const auto& f : key.follow_ups)
        items(out, {f.question + "  [" + f.dimension + "]"}, width);
    return out;
}

Frame layout_interviewer(const InterviewerView& view, SteadyTime now, int width, int height) {
    if (width < kMinWidth || height < kMinHeight) return too_small_frame(width, height);
    const MockSession& mock = *view.mock;
    Frame f{width, height, {}};
    add_header(f, mock.problem().title, "session " + std::to_string(view.session_id) + " · interviewer", width);
    // The answer key matters more to an interviewer than big digits: below 30 rows, a compact clock.
    if (height >= 30)
        add_clock(f, clock_view(mock, now), 6, width);
    else
        add_compact_clock(f, clock_view(mock, now), width);

    int footer = view.prompt ? 2 : 1;
    int free_rows = height - static_cast<int>(f.lines.size()) - footer - 3; // two rules and the asked line
    auto list = mock.question_list();
    // The list takes what it needs up to half the room; the answer key gets the rest.
    int list_rows = std::clamp(static_cast<int>(list.size()), 1, std::max(3, free_rows / 2));
    int key_rows = std::max(3, free_rows - list_rows);

    auto key = answer_key_lines(mock.problem(), width);
    std::size_t offset = std::min(view.key_offset, key.size() > 0 ? key.size() - 1 : 0);
    std::string scroll;
    if (offset > 0) scroll += " · [ back";
    if (offset + static_cast<std::size_t>(key_rows) < key.size()) scroll += " · ] more";
    f.lines.push_back(rule("Answer key" + scroll, width, Style::dim));
    for (int r = 0; r < key_rows; ++r) {
        std::size_t i = offset + static_cast<std::size_t>(r);
        f.lines.push_back(i < key.size() ? key[i] : Line{});
    }

    f.lines.push_back(rule("Questions for this phase (" + std::to_string(list.size()) + ")", width, Style::dim));
    std::size_t selected = std::min(view.selected, list.empty() ? 0 : list.size() - 1);
    std::size_t first =
        selected >= static_cast<std::size_t>(list_rows) ? selected - static_cast<std::size_t>(list_rows) + 1 : 0;
    for (int r = 0; r < list_rows; ++r) {
        std::size_t i = first + static_cast<std::size_t>(r);
        if (i >= list.size()) {
            f.lines.emplace_back();
            continue;
        }
        bool sel = i == selected;
        std::string mark = mark_label(mock, list[i]);
        Line line;
        line.add(sel ? " ▶ " : "   ", sel ? Style::selected : Style::normal);
        line.add(fit(mark, 7), mark == "well" ? Style::accent : (mark.empty() ? Style::dim : Style::warn));
        line.add(fit(list[i].text + "  [" + list[i].dimension + "]", width - 10), sel ? Style::bold : Style::normal);
        f.lines.push_back(line);
    }
    std::string asked =
        mock.put() ? "Asked: " + mock.put()->text : "Nothing asked yet: Enter puts the selected question.";
    f.lines.push_back(Line{}.add(fit(" " + asked, width),
                                 mock.put() && mock.put()->kind == CueKind::curveball ? Style::warn : Style::dim));

    if (view.prompt)
        add_prompt_line(f, *view.prompt, width);
    else if (!view.flash.empty())
        f.lines.push_back(Line{}.add(fit(" " + view.flash, width), Style::warn));
    else
        f.lines.push_back(key_bar({{"Enter", "ask"},
                                   {"1 2 3", "grade"},
                                   {"h", "hint"},
                                   {"c", "curveball"},
                                   {"space", "pause"},
                                   {"n", "next"},
                                   {"?", "keys"}},
                                  width));
    f.lines.resize(static_cast<std::size_t>(height));
    if (view.overlay == Overlay::full_text)
        add_full_text(f, mock.problem().prompt, mock.phase(), mock.put() ? mock.put()->text : "", width, height);
    else if (view.overlay == Overlay::help)
        add_box(f,
                {"Interviewer keys", "", "p       the problem as the candidate reads it, the checklist, the question",
                 "↑/↓     choose a question; Enter puts it to the candidate",
                 "1 2 3   grade the question asked: answered well, partly, not",
                 "h       give a hint (recorded with its time)", "c       throw a curveball",
                 "a       a note for your scoring (the candidate never sees it)", "[ ]     scroll the answer key",
                 "space   pause or resume the clock", "n       next phase; on the last one, end",
                 "e       end the mock now", "q       leave; the session stays resumable", "",
                 "Any key closes this list."},
                width, height);
    else if (view.overlay == Overlay::confirm_quit)
        add_box(f, quit_box(view.session_id), width, height);
    return f;
}

Frame layout_follow(const FollowView& view, int width, int height) {
    if (width < kMinWidth || height < kMinHeight) return too_small_frame(width, height);
    const FollowState& s = *view.state;
    Frame f{width, height, {}};
    add_header(f, view.problem->title, "session " + std::to_string(view.session_id) + " · candidate", width);
    add_problem(f, view.problem->prompt, height >= 26 ? 4 : 3, width);
    add_clock(f, clock_view(s, *view.plan), std::max(6, std::min(9, height - 17)), width);

    bool curveball = s.question && s.question->kind == event::curveball;
    f.lines.push_back(
        rule(curveball ? "Curveball" : "Question from the interviewer", width, curveball ? Style::warn : Style::dim));
    if (s.question) {
        auto lines = clipped(s.question->text, 2, width - 2);
        lines.resize(2);
        for (const auto& l : lines)
            f.lines.push_back(Line{}.add(" " + l, Style::bold));
    } else {
        f.lines.push_back(Line{}.add(s.started ? " No question right now: keep designing and thinking aloud."
                                               : " Waiting for the interviewer to start.",
                                     Style::dim));
        f.lines.emplace_back();
    }
    f.lines.push_back(s.hint ? Line{}.add(fit(" Hint: " + s.hint->text, width), Style::accent) : Line{});
    int footer = view.prompt ? 2 : 1;
    add_notes(f, s.notes, height - footer, width, "a: add a note for yourself, tagged to a rubric dimension");
    if (view.prompt)
        add_prompt_line(f, *view.prompt, width);
    else if (!view.flash.empty())
        f.lines.push_back(Line{}.add(fit(" " + view.flash, width), Style::warn));
    else
        f.lines.push_back(key_bar({{"a", "note"}, {"p", "problem"}, {"?", "keys"}, {"q", "stop following"}}, width));
    if (view.full_text) {
        const Plan& plan = *view.plan;
        add_full_text(f, view.problem->prompt, s.phase < plan.phases.size() ? &plan.phases[s.phase] : nullptr,
                      s.question ? s.question->text : "", width, height);
    } else if (view.help)
        add_box(f,
                {"Candidate keys", "", "a       a note for yourself, tagged to a rubric dimension",
                 "p       the whole problem, checklist and question", "q       stop following (the mock goes on)", "",
                 "The interviewer runs the clock and puts the questions.",
                 "When the mock ends you score yourself here.", "", "Any key closes this list."},
                width, height);
    return f;
}

} // namespace sdmock::tui
