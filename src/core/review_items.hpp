#pragma once
/// The items of spaced review: every question-and-answer pair of the bank, every study card, and
/// every question a mock missed (skipped, never reached, or marked "not answered" by the
/// interviewer), each with a stable id and its rubric dimension; and their FSRS-6 schedule, from
/// the reviews recorded in the history.
#include "core/content.hpp"
#include "core/fsrs.hpp"
#include "core/session.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sdmock {

enum class ItemKind { bank, card, miss };
[[nodiscard]] std::string_view to_string(ItemKind kind);

struct ReviewItem {
    std::string id; ///< `bank:<slug of the question>`, `card:<card id>`, `miss:<session>:<n>`
    ItemKind kind = ItemKind::bank;
    std::string dimension;    ///< a rubric dimension id
    std::string front;        ///< the question; a miss names its problem ("Ticketmaster: ...")
    std::string back;         ///< the model answer (a miss may have none)
    std::string source;       ///< the bank set's title, "Study card", or "Mock N, <date>"
    int part = 0;             ///< the guide's Part, when known
    std::int64_t session = 0; ///< a miss's mock
};

/// The bank's pairs, in file order. The id is a slug of the question's words (lower case, words
/// joined by '-', at most 8 words), stable when questions move between files; a second question
/// with the same slug gets `-2`, and so on.
[[nodiscard]] std::vector<ReviewItem> bank_items(const Content& content);
/// The study cards, in file order; a card's dimension is its first.
[[nodiscard]] std::vector<ReviewItem> card_items(const Content& content);
/// What `record` missed, in the order of its events; n counts from 1. The model answer is the one
/// the review shows (the problem's reply, the bank's answer, a follow-up's points).
[[nodiscard]] std::vector<ReviewItem> miss_items(const SessionRecord& record, const Problem& problem,
                                                 const Content& content);

/// One review of an item as the history keeps it.
struct RecordedReview {
    std::string item;
    std::string dimension;
    fsrs::ReviewLog log;
};

struct ScheduledItem {
    ReviewItem item;
    fsrs::ItemState state;
    [[nodiscard]] bool is_new() const { return state.reps == 0; }
};

/// Each item with the state its reviews (any order; replayed oldest first) leave it in.
[[nodiscard]] std::vector<ScheduledItem> schedule(const std::vector<ReviewItem>& items,
                                                  const std::vector<RecordedReview>& reviews,
                                                  const fsrs::Parameters& params = {});

/// Due at `now`: reviewed and its due time reached, or a miss not reviewed yet (a mock's misses are
/// due from the moment it is recorded). Bank pairs and cards never reviewed are new, not due.
[[nodiscard]] bool is_due(const ScheduledItem& item, WallTime now);

/// The order of a review session: the due items, weakest dimension first (`weakest`: dimension
/// ids, weakest first; others after, in rubric order), most overdue first within a dimension; then
/// up to `new_limit` new items, the weakest dimensions first, bank and card order within.
[[nodiscard]] std::vector<const ScheduledItem*> session_order(const std::vector<ScheduledItem>& items, WallTime now,
                                                              const std::vector<std::string>& weakest, int new_limit);

/// New items first reviewed on local day `day` (for the daily limit of new items).
[[nodiscard]] int new_items_started_on(const std::vector<RecordedReview>& reviews, long long day);

/// Recall over reviews, per dimension: a review graded hard, good or easy recalled the answer.
struct Retention {
    std::string dimension;
    int reviews = 0;
    int recalled = 0;
    [[nodiscard]] double share() const { return reviews == 0 ? 0 : static_cast<double>(recalled) / reviews; }
};
/// Per rubric dimension with reviews on local days [from, to], in rubric order.
[[nodiscard]] std::vector<Retention> retention_by_dimension(const std::vector<RecordedReview>& reviews, long long from,
                                                            long long to);

} // namespace sdmock
