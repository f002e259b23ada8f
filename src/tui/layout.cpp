#include "tui/layout.hpp"

#include "tui/parts.hpp"

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

/// The cue on screen (three rows), or when the next one comes.
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
        f.lines.push_back(Line{}.add(" " + text, Style::dim));
        f.lines.emplace_back();
        f.lines.emplace_back();
        return;
    }
    auto lines = clipped(cue->text, 2, width - 2);
    lines.resize(2);
    for (const auto& l : lines)
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
    for (auto& line : wrap(reply.text, std::max(20, std::min(70, width - 10))))
        out.push_back(line);
    out.emplace_back();
    out.emplace_back("Any key closes this.");
    return out;
}

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
    if (view.overlay == Overlay::full_text) {
        const Cue* cue = view.mock->current_cue(now);
        add_full_text(f, view.mock->problem().prompt, view.mock->phase(), cue != nullptr ? cue->text : "", width,
                      height, view.mock->figures_to_work_from());
    } else if (view.overlay == Overlay::help)
        add_box(f,
                {"Keys", "", "space   pause or resume every clock",
                 "n       next phase (asks first before half of it has run; on the last: end and score)",
                 "a       add a note; Tab changes its dimension, Enter saves",
                 "e       your estimates, beside the reference names (estimation phase)",
                 "x       mark the question on screen answered", "s       skip the question on screen",
                 "r       the interviewer's answer to the clarifying question on screen",
                 "p       the whole problem, checklist and question",
                 "q       leave; the session stays resumable (sdmock resume)", "", "Any key closes this list."},
                width, height);
    else if (view.overlay == Overlay::confirm_quit)
        add_box(f, quit_box(view.session_id), width, height);
    else if (view.overlay == Overlay::confirm_end)
        add_box(f,
                {"End the mock?", "", "This was the last phase: the clocks stop and scoring starts.", "",
                 "y ends it · any other key goes on"},
                width, height);
    else if (const Reply* reply = view.mock->reply_on_screen(now); view.overlay == Overlay::reply && reply != nullptr)
        add_box(f, reply_box(*reply, width), width, height);
    else if (view.overlay == Overlay::confirm_next)
        add_box(f,
                {"Move on already?", "", "Less than half of this phase has run; its time stays on the record.", "",
                 "y moves on · any other key stays"},
                width, height);
}

/// The scoring screen's right pane: the selected dimension, its question, what the mock's level
/// must show there, the anchors, then the notes and evidence. When it would not fit in `rows`, the
/// question goes first: the anchors and the level's expectation are what a score is set against.
std::vector<Line> scoring_pane(const ScoringView& view, int width, int rows) {
    const Dimension& selected = view.content->rubric.dimensions[view.selected];
    auto lines = [&](const std::string& text, Style st, int indent = 0) {
        std::vector<Line> out;
        for (const auto& l : wrap(text, width - indent))
            out.push_back(Line{}.add(std::string(static_cast<std::size_t>(indent), ' ') + l, st));
        return out;
    };
    std::vector<Line> right;
    auto add = [&](const std::vector<Line>& more) { right.insert(right.end(), more.begin(), more.end()); };
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
    add(lines(selected.name, Style::bold));
    std::size_t needed = right.size() + asks.size() + level.size() + 1 + anchors.size();
    if (needed <= static_cast<std::size_t>(std::max(rows, 0)) || level.empty()) add(asks);
    if (!level.empty()) add(level);
    right.emplace_back();
    add(anchors);
    right.emplace_back();
    std::vector<const Note*> tagged;
    for (const auto& n : *view.notes)
        if (n.dimension == selected.id) tagged.push_back(&n);
    add(lines(tagged.empty() ? "No notes tagged to this dimension." : "Your notes (evidence):", Style::accent));
    for (const Note* n : tagged)
        add(lines(clock_text(n->t) + "  " + n->text, Style::normal, 1));
    if (!view.card->evidence[view.selected].empty())
        add(lines("Evidence: " + view.card->evidence[view.selected], Style::normal));
    return right;
}

} // namespace

Frame layout_session(const SessionView& view, SteadyTime now, int width, int height) {
    if (width < kMinWidth || height < kMinHeight) return too_small_frame(width, height);
    const MockSession& mock = *view.mock;
    Frame f{width, height, {}};
    add_header(f, mock.problem().title, "session " + std::to_string(view.session_id) + " · " + mock.plan().name, width);
    add_problem(f, mock.problem().prompt, height >= 26 ? 4 : (height >= 24 ? 3 : 2), width);
    add_clock(f, clock_view(mock, now), std::max(6, std::min(9, height - 17)), width);
    add_cue(f, mock, *view.content, now, width);
    add_notes(f, mock.notes(), height - (view.prompt ? 2 : 1), width, "a: add a note, tagged to a rubric dimension");
    add_session_footer(f, view, now, width, height);
    return f;
}

std::vector<std::string> quit_box(std::int64_t session_id) {
    return {"Leave the mock?",
            "",
            "Everything so far is saved; continue later with",
            "  sdmock resume " + std::to_string(session_id),
            "",
            "y leave · any other key stays"};
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
    const int left = 34;
    int rows = height - 4; // the title and its rule above; two lines of prompt, or message and keys, below
    std::vector<Line> right = scoring_pane(view, width - left - 3, rows);
    for (int r = 0; r < rows; ++r) {
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
        f.lines.push_back(
            key_bar({{"↑/↓", "move"}, {"1-5", "score"}, {"e", "evidence"}, {"s", "save"}, {"q", "leave"}}, width));
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
