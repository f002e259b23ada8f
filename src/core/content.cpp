#include "core/content.hpp"

#include <algorithm>

namespace sdmock {
namespace {

template <typename T> const T* find_by_id(const std::vector<T>& items, std::string_view id) {
    auto it = std::find_if(items.begin(), items.end(), [&](const T& item) { return item.id == id; });
    return it == items.end() ? nullptr : &*it;
}

template <typename T> std::vector<std::string> ids_of(const std::vector<T>& items) {
    std::vector<std::string> out;
    out.reserve(items.size());
    for (const auto& item : items)
        out.push_back(item.id);
    return out;
}

} // namespace

std::chrono::milliseconds Plan::planned() const {
    std::chrono::milliseconds total{0};
    for (const auto& phase : phases)
        total += phase.planned();
    return total;
}

const Band* Rubric::band_for(int total) const {
    auto it = std::find_if(bands.begin(), bands.end(), [&](const Band& b) { return total >= b.min && total <= b.max; });
    return it == bands.end() ? nullptr : &*it;
}

const Dimension* Rubric::dimension(std::string_view wanted) const {
    return find_by_id(dimensions, wanted);
}

bool is_level(std::string_view id) {
    return std::find(kLevelIds.begin(), kLevelIds.end(), id) != kLevelIds.end();
}

const std::string& Dimension::expectation(std::string_view level) const {
    static const std::string none;
    auto it = std::find(kLevelIds.begin(), kLevelIds.end(), level);
    return it == kLevelIds.end() ? none : expects[static_cast<std::size_t>(it - kLevelIds.begin())];
}

const Level* Rubric::level(std::string_view wanted) const {
    return find_by_id(levels, wanted);
}

bool is_trait(std::string_view word) {
    return std::find(kTraits.begin(), kTraits.end(), word) != kTraits.end();
}

const Reply* AnswerKey::reply(std::string_view id) const {
    auto it = std::find_if(replies.begin(), replies.end(), [&](const Reply& r) { return r.question == id; });
    return it == replies.end() ? nullptr : &*it;
}

const Problem* Content::problem(std::string_view wanted) const {
    return find_by_id(problems, wanted);
}
const Plan* Content::plan(std::string_view wanted) const {
    return find_by_id(plans, wanted);
}
const QuestionSet* Content::question_set(std::string_view wanted) const {
    return find_by_id(question_sets, wanted);
}
const Card* Content::card(std::string_view wanted) const {
    return find_by_id(cards, wanted);
}
const StudyPlan* Content::study_plan(std::string_view wanted) const {
    return find_by_id(study_plans, wanted);
}
const Checklist* Content::checklist(std::string_view wanted) const {
    return find_by_id(checklists, wanted);
}
const StudyWeek* StudyPlan::week(int n) const {
    auto it = std::find_if(weeks.begin(), weeks.end(), [&](const StudyWeek& w) { return w.first <= n && n <= w.last; });
    return it == weeks.end() ? nullptr : &*it;
}
const GuidePart* Content::part(int number) const {
    auto it =
        std::find_if(guide.parts.begin(), guide.parts.end(), [&](const GuidePart& p) { return p.number == number; });
    return it == guide.parts.end() ? nullptr : &*it;
}
std::vector<std::string> Content::card_ids() const {
    return ids_of(cards);
}
std::vector<std::string> Content::problem_ids() const {
    return ids_of(problems);
}
std::vector<std::string> Content::plan_ids() const {
    return ids_of(plans);
}

std::string_view to_string(SetKind kind) {
    switch (kind) {
    case SetKind::prompts:
        return "prompts";
    case SetKind::deep_dive:
        return "deep-dive";
    case SetKind::curveballs:
        return "curveballs";
    case SetKind::bank:
        return "bank";
    }
    return "prompts";
}

std::optional<SetKind> set_kind_from(std::string_view text) {
    for (auto kind : {SetKind::prompts, SetKind::deep_dive, SetKind::curveballs, SetKind::bank})
        if (to_string(kind) == text) return kind;
    return std::nullopt;
}

bool valid_content_version(std::string_view text) {
    int numbers = 0;
    std::size_t digits = 0;
    for (char c : text) {
        if (c >= '0' && c <= '9') {
            ++digits;
        } else if (c == '.' && digits > 0) {
            ++numbers;
            digits = 0;
        } else {
            return false;
        }
    }
    if (digits == 0) return false;
    ++numbers;
    return numbers >= 2 && numbers <= 4;
}

} // namespace sdmock
