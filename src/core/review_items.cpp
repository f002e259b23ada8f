#include "core/review_items.hpp"

#include "core/review.hpp"
#include "core/roles.hpp"
#include "core/scorecard.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

namespace sdmock {
namespace {

constexpr std::size_t kSlugWords = 8;

/// "B-tree or LSM-tree?" -> "b-tree-or-lsm-tree".
std::string slug(std::string_view text) {
    std::string out;
    std::size_t words = 0;
    bool in_word = false;
    for (char c : text) {
        auto u = static_cast<unsigned char>(c);
        if (std::isalnum(u) != 0) {
            if (!in_word) {
                if (words == kSlugWords) break;
                if (!out.empty()) out += '-';
                ++words;
                in_word = true;
            }
            out += static_cast<char>(std::tolower(u));
        } else {
            in_word = false;
        }
    }
    return out.empty() ? "question" : out;
}

/// Rubric order of a dimension id (unknown ones last).
std::size_t rubric_rank(std::string_view dimension) {
    return dimension_index(dimension).value_or(kDimensionCount);
}

/// The final interviewer's mark of each question put in a paired mock, by text.
std::map<std::string, std::int64_t> final_marks(const SessionRecord& record) {
    std::map<std::string, std::int64_t> marks;
    for (const auto& e : record.events)
        if (e.kind == event::cue_marked) marks[e.text] = e.value;
    return marks;
}

} // namespace

std::string_view to_string(ItemKind kind) {
    switch (kind) {
    case ItemKind::bank:
        return "bank";
    case ItemKind::card:
        return "card";
    case ItemKind::miss:
        return "miss";
    }
    return "bank";
}

std::vector<ReviewItem> bank_items(const Content& content) {
    std::vector<ReviewItem> out;
    std::set<std::string> taken;
    for (const auto& set : content.question_sets) {
        if (set.kind != SetKind::bank) continue;
        for (const auto& q : set.questions) {
            if (q.answer.empty()) continue;
            std::string base = "bank:" + slug(q.text);
            std::string id = base;
            for (int n = 2; taken.count(id) != 0; ++n)
                id = base + "-" + std::to_string(n);
            taken.insert(id);
            out.push_back({id, ItemKind::bank, q.dimension, q.text, q.answer, set.title, q.part, 0});
        }
    }
    return out;
}

std::vector<ReviewItem> card_items(const Content& content) {
    std::vector<ReviewItem> out;
    for (const auto& card : content.cards)
        out.push_back({"card:" + card.id, ItemKind::card, card.dimensions.empty() ? "" : card.dimensions.front(),
                       card.title, card.text, "Study card", 0, 0});
    return out;
}

std::vector<ReviewItem> miss_items(const SessionRecord& record, const Problem& problem, const Content& content) {
    auto missed = missed_questions(record, problem, content);
    std::vector<std::pair<std::string, std::string>> questions; // (text, dimension)
    for (const auto& m : missed)
        questions.emplace_back(m.text, m.dimension);
    auto marks = final_marks(record);
    for (const auto& e : record.events) {
        if (e.kind != event::cue_marked || marks[e.text] != static_cast<std::int64_t>(Grade::not_answered)) continue;
        if (std::any_of(questions.begin(), questions.end(), [&](const auto& q) { return q.first == e.text; })) continue;
        questions.emplace_back(e.text, e.dimension);
    }
    std::vector<ReviewItem> out;
    std::string source = "Mock " + std::to_string(record.info.id) + ", " + record.info.started_at.substr(0, 10);
    int n = 0;
    for (const auto& [text, dimension] : questions) {
        ++n;
        out.push_back({"miss:" + std::to_string(record.info.id) + ":" + std::to_string(n), ItemKind::miss, dimension,
                       problem.title + ": " + text, model_answer(text, problem, content), source, 0, record.info.id});
    }
    return out;
}

std::vector<ScheduledItem> schedule(const std::vector<ReviewItem>& items, const std::vector<RecordedReview>& reviews,
                                    const fsrs::Parameters& params) {
    std::map<std::string, std::vector<fsrs::ReviewLog>> logs;
    for (const auto& r : reviews)
        logs[r.item].push_back(r.log);
    std::vector<ScheduledItem> out;
    out.reserve(items.size());
    for (const auto& item : items) {
        auto& mine = logs[item.id];
        std::stable_sort(mine.begin(), mine.end(),
                         [](const fsrs::ReviewLog& a, const fsrs::ReviewLog& b) { return a.at < b.at; });
        out.push_back({item, fsrs::replay(params, mine)});
    }
    return out;
}

bool is_due(const ScheduledItem& item, WallTime now) {
    if (item.is_new()) return item.item.kind == ItemKind::miss;
    return item.state.due <= now;
}

std::vector<const ScheduledItem*> session_order(const std::vector<ScheduledItem>& items, WallTime now,
                                                const std::vector<std::string>& weakest, int new_limit) {
    auto rank = [&](const ScheduledItem* s) {
        auto it = std::find(weakest.begin(), weakest.end(), s->item.dimension);
        if (it != weakest.end()) return static_cast<std::size_t>(it - weakest.begin());
        return weakest.size() + rubric_rank(s->item.dimension);
    };
    std::vector<const ScheduledItem*> due;
    std::vector<const ScheduledItem*> fresh;
    for (const auto& s : items) {
        if (is_due(s, now))
            due.push_back(&s);
        else if (s.is_new())
            fresh.push_back(&s);
    }
    std::stable_sort(due.begin(), due.end(), [&](const ScheduledItem* a, const ScheduledItem* b) {
        if (rank(a) != rank(b)) return rank(a) < rank(b);
        // Misses never reviewed have no due time: they come first in their dimension.
        return a->is_new() != b->is_new() ? a->is_new() : a->state.due < b->state.due;
    });
    std::stable_sort(fresh.begin(), fresh.end(),
                     [&](const ScheduledItem* a, const ScheduledItem* b) { return rank(a) < rank(b); });
    if (static_cast<int>(fresh.size()) > std::max(new_limit, 0))
        fresh.resize(static_cast<std::size_t>(std::max(new_limit, 0)));
    due.insert(due.end(), fresh.begin(), fresh.end());
    return due;
}

int new_items_started_on(const std::vector<RecordedReview>& reviews, long long day) {
    std::map<std::string, long long> first; // item -> the day of its first review
    for (const auto& r : reviews) {
        auto it = first.find(r.item);
        if (it == first.end() || r.log.day < it->second) first[r.item] = r.log.day;
    }
    return static_cast<int>(std::count_if(
        first.begin(), first.end(), [&](const auto& f) { return f.second == day && f.first.rfind("miss:", 0) != 0; }));
}

std::vector<Retention> retention_by_dimension(const std::vector<RecordedReview>& reviews, long long from,
                                              long long to) {
    std::vector<Retention> out;
    for (auto d : kDimensionIds) {
        Retention r{std::string(d), 0, 0};
        for (const auto& rev : reviews) {
            if (rev.dimension != d || rev.log.day < from || rev.log.day > to) continue;
            ++r.reviews;
            if (rev.log.grade != fsrs::Grade::again) ++r.recalled;
        }
        if (r.reviews > 0) out.push_back(r);
    }
    return out;
}

} // namespace sdmock
