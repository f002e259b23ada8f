#include "core/text.hpp"
#include "tui/layout.hpp"
#include "tui/parts.hpp"

#include <algorithm>

namespace sdmock::tui {
namespace {

/// The notes of a phase wrapped to `width`, one block per note.
std::vector<std::string> note_rows(const ReviewPhase& phase, int width) {
    std::vector<std::string> out;
    if (phase.notes.empty()) out.emplace_back("No notes in this phase.");
    for (const auto& n : phase.notes) {
        auto lines = wrap(clock_text(n.t) + " [" + n.dimension + "] " + n.text, width);
        out.insert(out.end(), lines.begin(), lines.end());
    }
    return out;
}

std::string tick_mark(const Ticks& ticks, const std::string& id) {
    auto it = ticks.find(id);
    if (it == ticks.end()) return "[ ]";
    return it->second ? "[✓]" : "[✗]";
}

/// "Caching: you gave 4 · covered 1 of 4 · suggests 2" for the selected point's dimension.
std::string coverage_text(const ReviewView& view, const std::string& dimension) {
    for (const auto& c : view.review->coverage) {
        if (c.dimension != dimension) continue;
        const Dimension* d = view.rubric->dimension(dimension);
        std::string out = (d != nullptr ? d->name : dimension) + ": ";
        auto index = dimension_index(dimension);
        if (view.self != nullptr && index && view.self->scores[*index])
            out += "you gave " + std::to_string(*view.self->scores[*index]) + " · ";
        out += "covered " + std::to_string(c.covered) + " of " + std::to_string(c.total);
        out += c.suggested ? " · suggests " + std::to_string(*c.suggested)
                           : " · " + std::to_string(c.total - c.reviewed) + " to tick";
        return out;
    }
    return {};
}

void add_columns(Frame& f, const ReviewView& view, const ReviewPhase& phase, int rows, int width) {
    int left = (width - 3) / 2;
    int right = width - left - 3;
    auto notes = note_rows(phase, left - 1);
    const Ticks& ticks = *view.ticks;
    auto ticked = std::count_if(phase.points.begin(), phase.points.end(),
                                [&](const KeyPoint& p) { return ticks.count(p.id) != 0; });
    f.lines.push_back(Line{}
                          .add(fit(" Your notes (" + std::to_string(phase.notes.size()) + ")", left), Style::accent)
                          .add(" │ ", Style::dim)
                          .add(fit("The answer key · " + std::to_string(ticked) + " of " +
                                       std::to_string(phase.points.size()) + " ticked",
                                   right),
                               Style::accent));
    std::size_t selected = std::min(view.selected, phase.points.empty() ? 0 : phase.points.size() - 1);
    std::size_t first = selected >= static_cast<std::size_t>(rows) ? selected - static_cast<std::size_t>(rows) + 1 : 0;
    for (int r = 0; r < rows; ++r) {
        Line line;
        auto n = static_cast<std::size_t>(r);
        bool more = r == rows - 1 && notes.size() > static_cast<std::size_t>(rows);
        line.add(fit(more ? " … m shows everything" : (n < notes.size() ? " " + notes[n] : ""), left),
                 more ? Style::dim : Style::normal);
        line.add(" │ ", Style::dim);
        std::size_t i = first + n;
        if (i < phase.points.size()) {
            bool sel = i == selected;
            std::string mark = tick_mark(ticks, phase.points[i].id);
            line.add(sel ? "▶" : " ", sel ? Style::selected : Style::normal);
            line.add(mark + " ", mark == "[✓]" ? Style::accent : (mark == "[✗]" ? Style::warn : Style::dim));
            line.add(fit(phase.points[i].text, right - 5), sel ? Style::bold : Style::normal);
        }
        f.lines.push_back(line);
    }
}

} // namespace

Frame layout_review(const ReviewView& view, int width, int height) {
    if (width < kMinWidth || height < kMinHeight) return too_small_frame(width, height);
    const Review& review = *view.review;
    Frame f{width, height, {}};
    add_header(f, view.title, "session " + std::to_string(view.session_id) + " · review", width);
    if (review.phases.empty()) {
        f.lines.push_back(Line{}.add(" This plan has no phase to review.", Style::dim));
        f.lines.resize(static_cast<std::size_t>(height));
        f.lines.back() = key_bar({{"q", "leave"}}, width);
        return f;
    }
    std::size_t p = std::min(view.phase, review.phases.size() - 1);
    const ReviewPhase& phase = review.phases[p];
    f.lines.push_back(rule("Phase " + std::to_string(p + 1) + " of " + std::to_string(review.phases.size()) + " · " +
                               phase.name + " · ←/→ phase",
                           width, Style::dim));
    int detail_rows = 3;
    int rows = height - static_cast<int>(f.lines.size()) - 1 - (detail_rows + 1) - 2;
    add_columns(f, view, phase, rows, width);
    const KeyPoint* point =
        phase.points.empty() ? nullptr : &phase.points[std::min(view.selected, phase.points.size() - 1)];
    f.lines.push_back(rule(point != nullptr
                               ? "Point " + std::to_string(std::min(view.selected, phase.points.size() - 1) + 1) +
                                     " of " + std::to_string(phase.points.size()) + " · [" + point->dimension + "]"
                               : "No key points in this phase",
                           width, Style::dim));
    auto text = point != nullptr ? clipped(point->text, static_cast<std::size_t>(detail_rows), width - 2)
                                 : std::vector<std::string>{};
    text.resize(static_cast<std::size_t>(detail_rows));
    for (const auto& l : text)
        f.lines.push_back(Line{}.add(" " + l, Style::bold));
    f.lines.push_back(
        Line{}.add(fit(" " + (point != nullptr ? coverage_text(view, point->dimension) : ""), width), Style::accent));
    f.lines.push_back(key_bar({{"y", "covered"},
                               {"n", "not"},
                               {"space", "toggle"},
                               {"↑/↓", "point"},
                               {"←/→", "phase"},
                               {"m", "more"},
                               {"q", "leave"}},
                              width));
    f.lines.resize(static_cast<std::size_t>(height));
    return f;
}

} // namespace sdmock::tui
