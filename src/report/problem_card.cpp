#include "report/problem_card.hpp"

#include "core/json.hpp"
#include "core/study.hpp"
#include "core/text.hpp"

#include <algorithm>

namespace sdmock {
namespace {

class Lines {
public:
    explicit Lines(int width) : width_(width) {}

    void text(std::string_view text, int indent = 0) {
        for (const auto& line : wrap(text, width_ - indent))
            add(std::string(static_cast<std::size_t>(indent), ' ') + line);
    }
    void bullets(const std::vector<std::string>& items, int indent = 2) {
        for (const auto& item : items) {
            auto lines = wrap(item, width_ - indent - 2);
            for (std::size_t i = 0; i < lines.size(); ++i)
                add(std::string(static_cast<std::size_t>(indent), ' ') + (i == 0 ? "- " : "  ") + lines[i]);
        }
    }
    void heading(std::string_view title) {
        blank();
        add(std::string(title));
    }
    void rule(std::string_view title) {
        blank();
        std::string line = "── " + std::string(title) + " ";
        int rest = width_ - display_width(line);
        for (int i = 0; i < rest; ++i)
            line += "─";
        add(line);
    }
    void blank() {
        if (!out_.empty() && out_.back() != "") add("");
    }
    void add(std::string line) { out_.push_back(std::move(line)); }
    [[nodiscard]] std::string str() const {
        std::string s;
        for (const auto& line : out_)
            s += line + "\n";
        return s;
    }

private:
    int width_;
    std::vector<std::string> out_;
};

std::string dimension_names(const std::vector<std::string>& ids, const Rubric& rubric) {
    std::vector<std::string> names;
    for (const auto& id : ids) {
        const Dimension* d = rubric.dimension(id);
        names.push_back(d != nullptr ? d->name : id);
    }
    return join(names, ", ");
}

void estimates(Lines& lines, const std::vector<Estimate>& items) {
    std::size_t name_width = 0;
    for (const auto& e : items)
        name_width = std::max(name_width, static_cast<std::size_t>(display_width(e.name)));
    for (const auto& e : items) {
        std::string figure = format_figure(e.value) + " " + e.unit;
        lines.add("  " + fit(e.name, static_cast<int>(name_width)) + "  " + figure);
        lines.text(e.how, 6);
    }
}

} // namespace

std::string_view difficulty_name(int difficulty) {
    switch (difficulty) {
    case 1:
        return "warm-up";
    case 3:
        return "advanced";
    default:
        return "core";
    }
}

std::string render_problem_list(const std::vector<Problem>& problems) {
    std::size_t id_width = 2;
    std::size_t title_width = 5;
    for (const auto& p : problems) {
        id_width = std::max(id_width, p.id.size());
        title_width = std::max(title_width, static_cast<std::size_t>(display_width(p.title)));
    }
    title_width = std::min<std::size_t>(title_width, 34);
    std::string out =
        fit("ID", static_cast<int>(id_width)) + "  " + fit("TITLE", static_cast<int>(title_width)) + "  FOCUS\n";
    for (const auto& p : problems)
        out += fit(p.id, static_cast<int>(id_width)) + "  " + fit(p.title, static_cast<int>(title_width)) + "  " +
               join(p.focus, " ") + "\n";
    return out;
}

std::string render_problem_list_json(const std::vector<Problem>& problems) {
    JsonWriter json;
    json.begin_array();
    for (const auto& p : problems) {
        json.begin_object().key("id").value(p.id).key("title").value(p.title);
        json.key("difficulty").value(p.difficulty).key("focus").string_array(p.focus).end_object();
    }
    json.end_array();
    return json.str();
}

std::string render_problem_text(const Problem& problem, const Content& content, CardStyle style) {
    const Rubric& rubric = content.rubric;
    Lines lines(style.width);
    std::string tag = problem.id + " · " + std::string(difficulty_name(problem.difficulty));
    int gap = style.width - display_width(problem.title) - display_width(tag);
    lines.add(problem.title + std::string(static_cast<std::size_t>(std::max(gap, 2)), ' ') + tag);
    lines.add(std::string(static_cast<std::size_t>(style.width), '='));
    lines.text(problem.prompt);
    lines.blank();
    lines.text("Focus:  " + dimension_names(problem.focus, rubric));
    lines.text("Study:  " + parts_text(problem.parts, content) + " of the guide");
    if (!style.answer_key) return lines.str();

    const AnswerKey& key = problem.key;
    lines.rule("Answer key");
    lines.heading("Scope");
    lines.text(key.scope, 2);
    lines.heading("Functional requirements");
    lines.bullets(key.functional);
    lines.heading("Non-functional requirements");
    lines.bullets(key.non_functional);
    lines.heading("Reference estimates");
    estimates(lines, key.estimates);
    lines.heading("Assumptions");
    lines.bullets(key.assumptions);
    lines.heading("API");
    lines.bullets(key.api);
    lines.heading("Architecture");
    lines.bullets(key.architecture);
    lines.heading("Data model");
    lines.bullets(key.data_model);
    lines.heading("Primary risks");
    lines.bullets(key.risks);
    lines.heading("Extensions");
    lines.bullets(key.extensions);
    lines.heading("Follow-ups to ask");
    for (const auto& f : key.follow_ups)
        lines.bullets({f.question + "  [" + f.dimension + "]"});
    return lines.str();
}

std::string render_problem_json(const Problem& problem) {
    const AnswerKey& key = problem.key;
    JsonWriter json;
    json.begin_object();
    json.key("id").value(problem.id).key("title").value(problem.title);
    json.key("difficulty").value(problem.difficulty);
    json.key("prompt").value(problem.prompt);
    json.key("scope").value(key.scope);
    json.key("focus").string_array(problem.focus);
    json.key("parts").int_array(problem.parts);
    // Everything a candidate must not see before the mock, kept apart.
    json.key("answer_key").begin_object();
    json.key("scope").value(key.scope);
    json.key("functional").string_array(key.functional);
    json.key("non_functional").string_array(key.non_functional);
    json.key("assumptions").string_array(key.assumptions);
    json.key("estimates").begin_array();
    for (const auto& e : key.estimates)
        json.begin_object()
            .key("name")
            .value(e.name)
            .key("value")
            .value(e.value)
            .key("unit")
            .value(e.unit)
            .key("how")
            .value(e.how)
            .end_object();
    json.end_array();
    json.key("api").string_array(key.api);
    json.key("architecture").string_array(key.architecture);
    json.key("data_model").string_array(key.data_model);
    json.key("risks").string_array(key.risks);
    json.key("extensions").string_array(key.extensions);
    json.key("follow_ups").begin_array();
    for (const auto& f : key.follow_ups)
        json.begin_object().key("question").value(f.question).key("dimension").value(f.dimension).end_object();
    json.end_array();
    json.end_object();
    json.end_object();
    return json.str();
}

} // namespace sdmock
