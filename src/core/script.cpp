#include "core/script.hpp"

#include "core/text.hpp"

#include <algorithm>
#include <array>

namespace sdmock {
namespace {

bool has_line(const std::vector<ScriptLine>& lines, const std::string& text) {
    return std::any_of(lines.begin(), lines.end(), [&](const ScriptLine& l) { return l.text == text; });
}

/// The text after a headline's separator, if any.
std::string explanation(std::string_view text) {
    std::string head = headline(text);
    std::string_view rest = text.substr(std::min(text.size(), head.size()));
    while (!rest.empty() && (rest.front() == '.' || rest.front() == ':' || rest.front() == ';' || rest.front() == ' '))
        rest.remove_prefix(1);
    std::string out(rest);
    if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 'a' + 'A');
    return out;
}

ScriptLine listen(std::string text, std::string dimension, std::string source, std::string put) {
    ScriptLine line;
    line.kind = ScriptKind::listen;
    line.text = std::move(text);
    line.dimension = std::move(dimension);
    line.source = std::move(source);
    line.put = std::move(put);
    return line;
}

ScriptLine ask(std::string text, std::string dimension, std::string source) {
    ScriptLine line;
    line.kind = ScriptKind::ask;
    line.put = text;
    line.text = std::move(text);
    line.dimension = std::move(dimension);
    line.source = std::move(source);
    return line;
}

void prompt_lines(const QuestionSet& set, const Problem& problem, std::vector<ScriptLine>& out) {
    for (const auto& q : set.questions) {
        const Reply* reply = q.id.empty() ? nullptr : problem.key.reply(q.id);
        if (reply != nullptr && !q.topic.empty()) {
            ScriptLine line = listen("Asks about " + q.topic, q.dimension, set.id,
                                     "Is there anything about " + q.topic + " you want to check with me?");
            line.topic = q.topic;
            line.reply = reply->text;
            line.why = q.answer;
            out.push_back(std::move(line));
            continue;
        }
        ScriptLine line = listen(q.text, q.dimension, set.id, q.text);
        if (!q.answer.empty()) line.points.push_back(q.answer);
        out.push_back(std::move(line));
    }
}

void estimation_lines(const Problem& problem, std::vector<ScriptLine>& out) {
    const AnswerKey& key = problem.key;
    if (!key.givens.empty()) {
        ScriptLine line =
            listen("Asks for the figures to work from", "estimation", "figures", "Which figures do you need from me?");
        line.topic = "the figures";
        line.reply = join(key.givens, "; ") + ".";
        line.why = "Estimates built on agreed figures can be checked; invented ones cannot.";
        out.push_back(std::move(line));
    }
    for (const auto& e : key.estimates) {
        ScriptLine line =
            listen("Works out the " + e.name, "estimation", "estimate", "Can you estimate the " + e.name + "?");
        line.points = {"Reference: " + format_figure(e.value) + " " + e.unit, e.how};
        out.push_back(std::move(line));
    }
}

void design_lines(const Problem& problem, std::vector<ScriptLine>& out) {
    const AnswerKey& key = problem.key;
    struct Part {
        const char* text;
        const char* dimension;
        const char* put;
        const std::vector<std::string>* points;
    };
    const std::array<Part, 3> parts{{
        {"Sketches the API", "api", "Could you start with the API: the main endpoints and what they return?", &key.api},
        {"Draws the main components and the read and write paths", "architecture",
         "Walk me through the main components and how a request flows through them.", &key.architecture},
        {"Proposes a data model", "data", "What does the data model look like?", &key.data_model},
    }};
    for (const auto& part : parts) {
        if (part.points->empty()) continue;
        ScriptLine line = listen(part.text, part.dimension, "design", part.put);
        line.points = *part.points;
        out.push_back(std::move(line));
    }
}

void follow_up_lines(const Problem& problem, std::vector<ScriptLine>& out) {
    for (const auto& f : problem.key.follow_ups) {
        if (has_line(out, f.question)) continue;
        ScriptLine line = ask(f.question, f.dimension, "follow-up");
        line.points = f.points;
        line.hints = f.hints;
        out.push_back(std::move(line));
    }
}

void deep_dive_lines(const Phase& phase, std::size_t index, const Problem& problem, const std::vector<Cue>& schedule,
                     std::vector<ScriptLine>& out) {
    follow_up_lines(problem, out);
    for (const auto& risk : problem.key.risks) {
        ScriptLine line =
            ask("A main risk here: " + headline(risk) + ". How does your design handle it?", phase.dimension, "risk");
        if (auto rest = explanation(risk); !rest.empty()) line.points.push_back(rest);
        out.push_back(std::move(line));
    }
    for (const auto& cue : schedule)
        if (cue.phase == index && cue.kind == CueKind::probe && !has_line(out, cue.text)) {
            ScriptLine line = ask(cue.text, cue.dimension, cue.source);
            out.push_back(std::move(line));
        }
}

void extension_lines(const Problem& problem, std::vector<ScriptLine>& out) {
    for (const auto& extension : problem.key.extensions) {
        ScriptLine line = ask("Suppose this comes next: " + headline(extension) + ". What changes in the design?",
                              "scaling", "extension");
        if (auto rest = explanation(extension); !rest.empty()) line.points.push_back(rest);
        out.push_back(std::move(line));
    }
}

bool has_deep_dive(const Plan& plan, const Content& content) {
    for (const auto& phase : plan.phases)
        for (const auto& id : phase.cues)
            if (const QuestionSet* set = content.question_set(id); set != nullptr && set->kind == SetKind::deep_dive)
                return true;
    return false;
}

} // namespace

Cue ScriptLine::cue(std::size_t phase) const {
    return Cue{phase,  Duration{0}, source == "curveballs" ? CueKind::curveball : CueKind::probe, put, dimension,
               source, ""};
}

ScriptLine curveball_line(const Question& curveball, const std::string& set_id) {
    ScriptLine line = ask(curveball.text, curveball.dimension, set_id);
    if (!curveball.answer.empty()) line.points.push_back(curveball.answer);
    line.hints = curveball.hints;
    return line;
}

std::vector<ScriptLine> interviewer_script(const Plan& plan, std::size_t phase, const Problem& problem,
                                           const Content& content, const std::vector<Cue>& schedule) {
    std::vector<ScriptLine> out;
    if (phase >= plan.phases.size()) return out;
    const Phase& p = plan.phases[phase];
    if (p.id == kEstimationPhase || p.dimension == "estimation") estimation_lines(problem, out);
    if (p.dimension == "architecture") design_lines(problem, out);
    for (const auto& id : p.cues) {
        const QuestionSet* set = content.question_set(id);
        if (set == nullptr) continue;
        if (set->kind == SetKind::prompts) prompt_lines(*set, problem, out);
        if (set->kind == SetKind::deep_dive) deep_dive_lines(p, phase, problem, schedule, out);
    }
    if (p.id == kWrapUpPhase) extension_lines(problem, out);
    if (phase + 1 == plan.phases.size() && !has_deep_dive(plan, content)) follow_up_lines(problem, out);
    return out;
}

std::string_view title(KeySection section) {
    static constexpr std::array<std::string_view, kKeySectionCount> titles{"Scope",
                                                                           "Functional requirements",
                                                                           "Non-functional requirements",
                                                                           "Figures to hand over",
                                                                           "Assumptions",
                                                                           "Reference estimates",
                                                                           "API",
                                                                           "Architecture",
                                                                           "Data model",
                                                                           "Primary risks",
                                                                           "Follow-ups to ask",
                                                                           "Extensions"};
    return titles.at(static_cast<std::size_t>(section));
}

KeySection key_section_for(const Phase& phase) {
    if (phase.id == "requirements") return KeySection::scope;
    if (phase.id == kEstimationPhase) return KeySection::figures;
    if (phase.id == "high-level") return KeySection::api;
    if (phase.id == kDeepDivePhase) return KeySection::risks;
    if (phase.id == kWrapUpPhase) return KeySection::extensions;
    const std::string& d = phase.dimension;
    if (d == "requirements") return KeySection::scope;
    if (d == "estimation") return KeySection::figures;
    if (d == "api" || d == "architecture") return KeySection::api;
    if (d == "data") return KeySection::data_model;
    if (d == "communication") return KeySection::extensions;
    return KeySection::risks;
}

} // namespace sdmock
