#include "core/study.hpp"

#include "core/text.hpp"

#include <algorithm>
#include <cctype>

namespace sdmock {
namespace {

bool same_letters(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
           });
}

/// Where a card's first dimension stands in the rubric; cards with none go last.
std::size_t rubric_rank(const Card& card) {
    if (card.dimensions.empty()) return kDimensionIds.size();
    auto it = std::find(kDimensionIds.begin(), kDimensionIds.end(), card.dimensions.front());
    return static_cast<std::size_t>(it - kDimensionIds.begin());
}

} // namespace

std::string part_name(int number, const Content& content) {
    std::string out = "Part " + std::to_string(number);
    if (const GuidePart* p = content.part(number); p != nullptr && !p->title.empty()) out += " (" + p->title + ")";
    return out;
}

std::string parts_text(const std::vector<int>& parts, const Content& content, std::set<int>* titled) {
    std::vector<std::string> names;
    names.reserve(parts.size());
    for (int p : parts) {
        bool again = titled != nullptr && !titled->insert(p).second;
        names.push_back(again ? "Part " + std::to_string(p) : part_name(p, content));
    }
    return join(names, ", ");
}

std::string study_pointers(const Dimension& dimension, const Content& content, std::set<int>* titled) {
    std::string out = parts_text(dimension.parts, content, titled);
    if (std::string cards = cards_text(dimension.cards, content); !cards.empty()) out += "; cards: " + cards;
    return out;
}

std::string cards_text(const std::vector<std::string>& ids, const Content& content) {
    std::vector<std::string> names;
    for (const auto& id : ids)
        if (content.card(id) != nullptr) names.push_back(id);
    return join(names, ", ");
}

std::string open_card_hint(std::string_view example) {
    return "Open a card: sdmock cards show " + std::string(example) + " (or any card id above)";
}

const Card* find_card(const Content& content, std::string_view id_or_title) {
    if (const Card* c = content.card(id_or_title)) return c;
    auto it = std::find_if(content.cards.begin(), content.cards.end(),
                           [&](const Card& c) { return same_letters(c.title, id_or_title); });
    return it == content.cards.end() ? nullptr : &*it;
}

std::vector<const Card*> cards_by_dimension(const Content& content) {
    std::vector<const Card*> out;
    out.reserve(content.cards.size());
    for (const auto& c : content.cards)
        out.push_back(&c);
    std::stable_sort(out.begin(), out.end(), [](const Card* a, const Card* b) {
        auto ra = rubric_rank(*a);
        auto rb = rubric_rank(*b);
        return ra != rb ? ra < rb : a->id < b->id;
    });
    return out;
}

} // namespace sdmock
