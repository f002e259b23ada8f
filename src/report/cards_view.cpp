#include "report/cards_view.hpp"

#include "core/json.hpp"
#include "core/study.hpp"
#include "core/text.hpp"

#include <algorithm>

namespace sdmock {
namespace {

std::string spaces(int n) {
    return std::string(static_cast<std::size_t>(std::max(n, 0)), ' ');
}

/// `text` wrapped to `width - indent` columns, each line after the first indented by `indent`.
void add_hanging(std::string& out, const std::string& first, const std::string& text, int width, int indent) {
    auto lines = wrap(text, std::max(width - indent, 10));
    for (std::size_t i = 0; i < lines.size(); ++i)
        out += (i == 0 ? first : spaces(indent)) + lines[i] + "\n";
}

std::string dimension_name(const std::string& id, const Rubric& rubric) {
    const Dimension* d = rubric.dimension(id);
    return d != nullptr ? d->name : id;
}

} // namespace

std::string render_card_list(const Content& content, int width) {
    auto cards = cards_by_dimension(content);
    int id_width = 2;
    for (const Card* c : cards)
        id_width = std::max(id_width, display_width(c->id));
    std::string out;
    std::string group = "\n"; // no dimension id is a newline: the first card opens a group
    for (const Card* c : cards) {
        std::string first = c->dimensions.empty() ? std::string() : c->dimensions.front();
        if (first != group) {
            if (!out.empty()) out += "\n";
            out += (first.empty() ? std::string("Other") : dimension_name(first, content.rubric)) + "\n";
            group = first;
        }
        std::string text = c->title;
        if (c->dimensions.size() > 1)
            text +=
                " (also " + join(std::vector<std::string>(c->dimensions.begin() + 1, c->dimensions.end()), ", ") + ")";
        add_hanging(out, "  " + fit(c->id, id_width) + "  ", text, width, id_width + 4);
    }
    if (!cards.empty()) out += "\nOpen one: sdmock cards show ID\n";
    return out;
}

std::string render_card_list_json(const Content& content) {
    JsonWriter json;
    json.begin_array();
    for (const Card* c : cards_by_dimension(content))
        json.begin_object()
            .key("id")
            .value(c->id)
            .key("title")
            .value(c->title)
            .key("dimensions")
            .string_array(c->dimensions)
            .end_object();
    json.end_array();
    return json.str();
}

std::string render_card_text(const Card& card, const Content& content, int width) {
    std::string out;
    int gap = width - display_width(card.title) - display_width(card.id);
    out += card.title + spaces(std::max(gap, 2)) + card.id + "\n";
    out += std::string(static_cast<std::size_t>(std::max(width, 1)), '=') + "\n";
    for (const auto& line : wrap(card.text, width))
        out += line + "\n";
    out += "\n";
    std::vector<std::string> names;
    names.reserve(card.dimensions.size());
    for (const auto& d : card.dimensions)
        names.push_back(dimension_name(d, content.rubric));
    add_hanging(out, "For:       ", join(names, ", "), width, 11);
    if (card.dimensions.empty()) return out;
    // The other cards of its first dimension: those it is the first dimension of, then the rest.
    const std::string& main = card.dimensions.front();
    std::vector<std::string> first;
    std::vector<std::string> also;
    for (const Card* c : cards_by_dimension(content)) {
        if (c == &card || std::find(c->dimensions.begin(), c->dimensions.end(), main) == c->dimensions.end()) continue;
        (c->dimensions.front() == main ? first : also).push_back(c->id);
    }
    std::vector<std::string> related = first;
    related.insert(related.end(), also.begin(), also.end());
    if (!related.empty()) add_hanging(out, "See also:  ", join(related, ", "), width, 11);
    return out;
}

std::string render_card_json(const Card& card) {
    JsonWriter json;
    json.begin_object().key("id").value(card.id).key("title").value(card.title);
    json.key("dimensions").string_array(card.dimensions).key("text").value(card.text).end_object();
    return json.str();
}

std::string render_guide_parts(const Content& content, int width) {
    std::string out = content.guide.title.empty() ? std::string("The guide") : content.guide.title;
    out += "\n";
    std::vector<const GuidePart*> parts;
    parts.reserve(content.guide.parts.size());
    for (const auto& p : content.guide.parts)
        parts.push_back(&p);
    std::stable_sort(parts.begin(), parts.end(),
                     [](const GuidePart* a, const GuidePart* b) { return a->number < b->number; });
    for (const GuidePart* p : parts) {
        std::string number = std::to_string(p->number);
        add_hanging(out, spaces(4 - display_width(number)) + number + "  ", p->title, width, 6);
    }
    return out;
}

std::string render_guide_parts_json(const Content& content) {
    JsonWriter json;
    json.begin_object().key("title").value(content.guide.title).key("parts").begin_array();
    for (const auto& p : content.guide.parts)
        json.begin_object().key("number").value(p.number).key("title").value(p.title).end_object();
    json.end_array().end_object();
    return json.str();
}

} // namespace sdmock
