// The study cards and the guide's Parts as the shipped content has them: every pointer opens,
// every Part number has a title, and what `sdmock cards` prints fits its width.
#include "core/findings.hpp"
#include "core/study.hpp"
#include "core/text.hpp"
#include "report/cards_view.hpp"
#include "report/problem_card.hpp"
#include "support/shipped_content.hpp"

#include <catch2/catch.hpp>

#include <set>
#include <sstream>

using namespace sdmock;
using sdmock::test::shipped_content;

namespace {

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);)
        out.push_back(line);
    return out;
}

int widest(const std::string& text) {
    int w = 0;
    for (const auto& line : lines_of(text))
        w = std::max(w, display_width(line));
    return w;
}

std::string without_spaces(const std::string& text) {
    std::string out;
    for (char ch : text)
        if (ch != ' ' && ch != '\n') out += ch;
    return out;
}

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

} // namespace

TEST_CASE("cards: every card a rubric dimension names opens, and shows its title and whole text") {
    const Content& content = shipped_content();
    std::size_t named = 0;
    for (const auto& d : content.rubric.dimensions) {
        REQUIRE_FALSE(d.cards.empty());
        for (const auto& id : d.cards) {
            INFO("dimension " << d.id << ", card " << id);
            const Card* card = find_card(content, id);
            REQUIRE(card != nullptr);
            for (int width : {80, 60, 120}) {
                std::string text = render_card_text(*card, content, width);
                REQUIRE(widest(text) <= width);
                REQUIRE(lines_of(text).front().rfind(card->title, 0) == 0);
                REQUIRE(contains(lines_of(text).front(), card->id));
                // The whole of the card's text is printed: the same characters once the line breaks
                // and spaces are taken out.
                REQUIRE(contains(without_spaces(text), without_spaces(card->text)));
            }
            ++named;
        }
    }
    REQUIRE(named >= kDimensionCount);
}

TEST_CASE("cards: a card opens by its title as the summary used to print it") {
    const Content& content = shipped_content();
    for (const auto& card : content.cards) {
        INFO(card.id);
        REQUIRE(find_card(content, card.title) == &card);
        std::string upper = card.title;
        for (auto& ch : upper)
            ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
        REQUIRE(find_card(content, upper) == &card);
    }
}

TEST_CASE("cards: every Part number used anywhere in the content has a title") {
    const Content& content = shipped_content();
    std::set<int> used;
    for (const auto& p : content.problems)
        used.insert(p.parts.begin(), p.parts.end());
    for (const auto& d : content.rubric.dimensions)
        used.insert(d.parts.begin(), d.parts.end());
    for (const auto& set : content.question_sets)
        for (const auto& q : set.questions)
            if (q.part != 0) used.insert(q.part);
    REQUIRE(used.size() > 20);
    for (int n : used) {
        INFO("Part " << n);
        REQUIRE(content.part(n) != nullptr);
        REQUIRE(part_name(n, content) == "Part " + std::to_string(n) + " (" + content.part(n)->title + ")");
    }
}

TEST_CASE("cards: the study hints and the problem cards name each Part with its title") {
    const Content& content = shipped_content();
    for (const auto& d : content.rubric.dimensions) {
        INFO(d.id);
        std::string hint = study_hint(d, content);
        for (int n : d.parts)
            REQUIRE(contains(hint, part_name(n, content)));
        for (const auto& id : d.cards)
            REQUIRE(contains(hint, id));
    }
    for (const auto& p : content.problems) {
        INFO(p.id);
        // The card wraps its text: compare with the line breaks taken out.
        std::string text = join(lines_of(render_problem_text(p, content, {.width = 80, .answer_key = false})), " ");
        for (int n : p.parts)
            REQUIRE(contains(text, content.part(n)->title));
    }
}

TEST_CASE("cards: the list names every card once, grouped under its first dimension, within 80 columns") {
    const Content& content = shipped_content();
    std::string list = render_card_list(content);
    REQUIRE(widest(list) <= 80);
    for (const auto& card : content.cards) {
        INFO(card.id);
        std::size_t rows = 0;
        for (const auto& line : lines_of(list))
            if (line.rfind("  " + card.id + " ", 0) == 0) ++rows;
        REQUIRE(rows == 1);
    }
    std::size_t at = 0;
    for (const auto& dim : content.rubric.dimensions) {
        auto heading = list.find("\n" + dim.name + "\n");
        if (at == 0 && list.rfind(dim.name + "\n", 0) == 0) heading = 0;
        if (heading == std::string::npos) continue; // no card serves it first
        REQUIRE(heading >= at);
        at = heading;
    }
    REQUIRE(contains(list, "sdmock cards show ID"));
}

TEST_CASE("cards: the JSON list and card hold the fields of the text") {
    const Content& content = shipped_content();
    std::string list = render_card_list_json(content);
    for (const auto& card : content.cards)
        REQUIRE(contains(list, "\"id\": \"" + card.id + "\""));
    const Card& first = content.cards.front();
    std::string one = render_card_json(first);
    for (const char* key : {"\"id\"", "\"title\"", "\"dimensions\"", "\"text\""})
        REQUIRE(contains(one, key));
}

TEST_CASE("cards: the Parts list has every Part in number order within the width") {
    const Content& content = shipped_content();
    std::string parts = render_guide_parts(content, 60);
    REQUIRE(widest(parts) <= 60);
    auto lines = lines_of(parts);
    REQUIRE(lines.front() == content.guide.title);
    REQUIRE(contains(parts, "   6  Caching\n"));
    std::size_t at = 0;
    for (const auto& p : content.guide.parts) {
        auto found = parts.find(std::to_string(p.number) + "  " + p.title.substr(0, 10));
        REQUIRE(found != std::string::npos);
        REQUIRE(found > at);
        at = found;
    }
}
