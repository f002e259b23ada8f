#include "tui/card_review.hpp"

#include "core/text.hpp"
#include "tui/input_loop.hpp"
#include "tui/terminal.hpp"

#include <algorithm>

namespace sdmock::tui {
namespace {

void add_wrapped(Frame& f, const std::string& text, int width, Style style, const std::string& indent = "  ") {
    for (const auto& line : wrap(text, std::max(10, width - static_cast<int>(indent.size()) - 1)))
        f.lines.push_back(Line{}.add(indent + line, style));
}

/// The UTF-8 text without its last character.
void erase_last(std::string& text) {
    if (text.empty()) return;
    std::size_t at = text.size() - 1;
    while (at > 0 && (static_cast<unsigned char>(text[at]) & 0xC0U) == 0x80U)
        --at;
    text.erase(at);
}

} // namespace

CardKeyResult update_card_review(CardReviewState& state, const Key& key, std::size_t cards) {
    if (state.index >= cards) return {CardAction::leave, 0};
    if (!state.revealed) {
        switch (key.kind) {
        case Key::Kind::escape:
            return {CardAction::leave, 0};
        case Key::Kind::enter:
            state.revealed = true;
            return {CardAction::reveal, 0};
        case Key::Kind::backspace:
            erase_last(state.answer);
            return {};
        case Key::Kind::text:
            if (state.answer.size() < 2000 && static_cast<unsigned char>(key.text[0]) >= 0x20) state.answer += key.text;
            return {};
        default:
            return {};
        }
    }
    if (key.kind == Key::Kind::escape || key.is('q')) return {CardAction::leave, 0};
    for (char c = '1'; c <= '4'; ++c)
        if (key.is(c)) {
            int grade = c - '0';
            state.revealed = false;
            state.answer.clear();
            ++state.index;
            ++state.graded;
            return {CardAction::grade, grade};
        }
    return {};
}

Frame layout_card_review(const std::vector<ReviewCard>& cards, const CardReviewState& state, int width, int height) {
    if (width < kMinWidth || height < kMinHeight) return too_small_frame(width, height);
    Frame f{width, height, {}};
    std::string title = " Spaced review  " + std::to_string(std::min(state.index + 1, cards.size())) + "/" +
                        std::to_string(cards.size()) + " ";
    f.lines.push_back(Line{}.add(title, Style::title));
    f.lines.emplace_back();
    if (state.index >= cards.size()) {
        add_wrapped(f, "Done: " + std::to_string(state.graded) + " reviewed, every grade saved.", width, Style::bold);
        if (!state.last_saved.empty()) add_wrapped(f, state.last_saved, width, Style::dim);
        f.lines.resize(static_cast<std::size_t>(height - 1));
        f.lines.push_back(Line{}.add(" any key", Style::key).add(" leave "));
        return f;
    }
    const ReviewCard& card = cards[state.index];
    f.lines.push_back(
        Line{}
            .add("  " + card.dimension, Style::accent)
            .add(" · " + card.id + (card.is_new ? " · new" : "") + (card.source.empty() ? "" : " · " + card.source),
                 Style::dim));
    f.lines.emplace_back();
    add_wrapped(f, card.front, width, Style::bold);
    f.lines.emplace_back();
    f.lines.push_back(Line{}.add("  Your answer (type it, or think it):", Style::dim));
    add_wrapped(
        f, state.answer.empty() ? (state.revealed ? "(thought)" : "_") : state.answer + (state.revealed ? "" : "_"),
        width, Style::normal, "    ");
    if (state.revealed) {
        f.lines.emplace_back();
        f.lines.push_back(Line{}.add("  Model answer:", Style::dim));
        add_wrapped(f, card.back.empty() ? "(none in the bank)" : card.back, width, Style::normal, "    ");
    }
    if (!state.last_saved.empty()) {
        f.lines.emplace_back();
        add_wrapped(f, "Saved: " + state.last_saved, width, Style::dim);
    }
    auto rows = static_cast<std::size_t>(height - 1);
    if (f.lines.size() > rows) f.lines.resize(rows);
    while (f.lines.size() < rows)
        f.lines.emplace_back();
    Line keys;
    if (state.revealed)
        keys.add(" 1", Style::key)
            .add(" again ")
            .add(" 2", Style::key)
            .add(" hard ")
            .add(" 3", Style::key)
            .add(" good ")
            .add(" 4", Style::key)
            .add(" easy ")
            .add(" q", Style::key)
            .add(" leave ");
    else
        keys.add(" Enter", Style::key).add(" show the answer ").add(" Esc", Style::key).add(" leave ");
    f.lines.push_back(keys);
    return f;
}

void run_card_review(const std::vector<ReviewCard>& cards, const CardReviewHooks& hooks, const Clock& clock,
                     const Options& options, const std::atomic<int>& stop) {
    Terminal term(options.color);
    CardReviewState state;
    LoopScreen screen;
    screen.frame = [&](SteadyTime, int width, int height) { return layout_card_review(cards, state, width, height); };
    screen.on_key = [&](const Key& key, SteadyTime) {
        std::size_t index = state.index;
        CardKeyResult r = update_card_review(state, key, cards.size());
        if (r.action == CardAction::grade) state.last_saved = hooks.grade(index, r.grade);
        return r.action != CardAction::leave;
    };
    run_loop(term, clock, screen, stop);
}

} // namespace sdmock::tui
