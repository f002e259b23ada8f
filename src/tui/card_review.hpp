#pragma once
/// The spaced-review screen (`sdmock drill cards`): one card at a time, the question, the
/// candidate's answer typed (or only thought), the model answer revealed, the grade saved at once.
/// The layout and the keys are pure; run_card_review is the ncurses loop around them.
#include "core/clock.hpp"
#include "tui/frame.hpp"
#include "tui/key.hpp"
#include "tui/tui.hpp"

#include <atomic>
#include <functional>
#include <string>
#include <vector>

namespace sdmock::tui {

struct ReviewCard {
    std::string id;
    std::string dimension; ///< its name
    std::string front;
    std::string back;
    std::string source;
    bool is_new = false;
};

struct CardReviewState {
    std::size_t index = 0;  ///< the card shown; == cards.size() when all are done
    bool revealed = false;  ///< the model answer is shown, a grade is awaited
    std::string answer;     ///< what the candidate typed
    std::string last_saved; ///< the line the last grade's save returned
    std::size_t graded = 0;
};

enum class CardAction { none, reveal, grade, leave };

struct CardKeyResult {
    CardAction action = CardAction::none;
    int grade = 0; ///< with CardAction::grade: 1-4
};

/// One key: before the reveal, text is the answer being typed (Backspace deletes), Enter reveals,
/// Esc leaves; after it, 1-4 grade the card, q or Esc leaves. When all are done any key leaves.
CardKeyResult update_card_review(CardReviewState& state, const Key& key, std::size_t cards);

/// The screen for `state`.
Frame layout_card_review(const std::vector<ReviewCard>& cards, const CardReviewState& state, int width, int height);

struct CardReviewHooks {
    /// Saves the grade (1-4) of card `index` at once; returns the line that says when it comes back.
    std::function<std::string(std::size_t index, int grade)> grade;
};

/// Runs the review until the cards are done and the user leaves, or they leave earlier.
void run_card_review(const std::vector<ReviewCard>& cards, const CardReviewHooks& hooks, const Clock& clock,
                     const Options& options, const std::atomic<int>& stop);

} // namespace sdmock::tui
