#include "content/parsers.hpp"

namespace sdmock::detail {
namespace {

void parse_questions(TableReader& r, QuestionSet& set, Need need) {
    int index = 0;
    for (const toml::table* t : r.tables("questions", need)) {
        TableReader q(*t, r.file(), r.diagnostics(), "questions[" + std::to_string(index++) + "]");
        Question question;
        question.id = q.string("id", Need::optional);
        question.topic = q.string("topic", question.id.empty() ? Need::optional : Need::required);
        question.text = q.string("text");
        question.dimension = q.dimension("dimension");
        question.answer = q.string("answer", set.kind == SetKind::bank ? Need::required : Need::optional);
        question.part = static_cast<int>(q.integer("part", Need::optional).value_or(0));
        question.always = q.boolean("always", Need::optional).value_or(false);
        if (set.kind == SetKind::curveballs) {
            question.traits = q.strings("traits", Need::optional);
            for (const auto& word : question.traits)
                if (!is_trait(word))
                    r.diagnostics().error(q.where("traits"), "'" + q.name("traits") + "' names \"" + word +
                                                                 "\", which is not a trait (see prompts/FORMAT.md)");
            question.hints = q.strings("hints", Need::optional);
        }
        q.finish();
        set.questions.push_back(std::move(question));
    }
}

void parse_areas(TableReader& r, QuestionSet& set) {
    int index = 0;
    for (const toml::table* t : r.tables("areas")) {
        TableReader a(*t, r.file(), r.diagnostics(), "areas[" + std::to_string(index++) + "]");
        Area area;
        area.id = a.id();
        area.name = a.string("name");
        area.dimensions = a.dimensions("dimensions");
        area.questions = a.strings("questions");
        a.finish();
        set.areas.push_back(std::move(area));
    }
}

} // namespace

QuestionSet parse_question_set(const toml::table& root, const std::string& file, Diagnostics& diagnostics) {
    TableReader r(root, file, diagnostics);
    QuestionSet set;
    set.where = r.where("id");
    set.id = r.id();
    set.title = r.string("title");
    std::string kind = r.string("kind");
    if (auto k = set_kind_from(kind)) {
        set.kind = *k;
    } else if (!kind.empty()) {
        diagnostics.error(r.where("kind"),
                          "'kind' = \"" + kind + "\" is not one of prompts, deep-dive, curveballs, bank");
    }
    if (set.kind == SetKind::deep_dive) {
        parse_areas(r, set);
        parse_questions(r, set, Need::optional);
    } else {
        parse_questions(r, set, Need::required);
    }
    r.finish();
    return set;
}

std::vector<Card> parse_cards(const toml::table& root, const std::string& file, Diagnostics& diagnostics) {
    TableReader r(root, file, diagnostics);
    std::vector<Card> cards;
    int index = 0;
    for (const toml::table* t : r.tables("cards")) {
        TableReader c(*t, file, diagnostics, "cards[" + std::to_string(index++) + "]");
        Card card;
        card.where = c.where("id");
        card.id = c.id();
        card.title = c.string("title");
        card.text = c.string("text");
        card.dimensions = c.dimensions("dimensions");
        c.finish();
        cards.push_back(std::move(card));
    }
    r.finish();
    return cards;
}

} // namespace sdmock::detail
