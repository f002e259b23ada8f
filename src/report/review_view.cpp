#include "report/review_view.hpp"

#include "report/estimate_view.hpp"
#include "report/session_view.hpp"

#include "core/calibration.hpp"
#include "core/findings.hpp"
#include "core/recording.hpp"
#include "core/text.hpp"

namespace sdmock {
namespace {

void add_wrapped(std::vector<std::string>& out, const std::string& text, int width, int indent,
                 const std::string& first = {}) {
    auto lines = wrap(text, width - indent - static_cast<int>(first.size()));
    for (std::size_t i = 0; i < lines.size(); ++i)
        out.push_back(std::string(static_cast<std::size_t>(indent), ' ') +
                      (i == 0 ? first : std::string(first.size(), ' ')) + lines[i]);
}

std::string name_of(const Rubric& rubric, const std::string& id) {
    const Dimension* d = rubric.dimension(id);
    return d != nullptr ? d->name : id;
}

} // namespace

void coverage_json(JsonWriter& json, const std::vector<KeyPoint>& points, const Ticks& ticks,
                   const std::optional<Scorecard>& self) {
    json.begin_object().key("points").begin_array();
    for (const auto& p : points) {
        json.begin_object().key("id").value(p.id).key("phase").value(p.phase);
        json.key("dimension").value(p.dimension).key("text").value(p.text).key("covered");
        auto tick = ticks.find(p.id);
        if (tick == ticks.end())
            json.null();
        else
            json.value(tick->second);
        json.end_object();
    }
    json.end_array().key("by_dimension").begin_object();
    for (const auto& c : coverage_by_dimension(points, ticks)) {
        json.key(c.dimension).begin_object();
        json.key("covered").value(c.covered).key("reviewed").value(c.reviewed).key("total").value(c.total);
        json.key("suggested");
        if (c.suggested)
            json.value(*c.suggested);
        else
            json.null();
        json.end_object();
    }
    json.end_object();
    // The self-scores against what the coverage suggests, by the calibration rule.
    Scorecard suggested = suggested_card(coverage_by_dimension(points, ticks));
    json.key("calibration");
    if (self && suggested.scored() > 0) {
        Calibration c = compare_scores(*self, suggested);
        json.begin_object().key("compared").value(c.compared).key("total_gap").value(c.total_gap);
        json.key("mean_gap").value(c.mean_gap).key("bias").value(to_string(c.bias)).key("steady").value(c.steady);
        json.key("verdict").value(calibration_verdict(c, "what your coverage suggests")).end_object();
    } else {
        json.null();
    }
    json.end_object();
}

std::vector<std::string> coverage_lines(const std::vector<DimensionCoverage>& coverage,
                                        const std::optional<Scorecard>& self, const Rubric& rubric, int width) {
    std::vector<std::string> out;
    auto row = [&](const std::string& name, const std::string& gave, const std::string& covered,
                   const std::string& suggests, const std::string& flag) {
        std::string line = "  " + fit(name, 25) + fit(gave, 10) + fit(covered, 10) + fit(suggests, 10) + flag;
        while (!line.empty() && line.back() == ' ')
            line.pop_back();
        out.push_back(display_width(line) > width ? fit(line, width) : line);
    };
    row("Dimension", "you gave", "covered", "suggests", "");
    for (const auto& c : coverage) {
        auto index = dimension_index(c.dimension);
        // Plain values, not optionals: an optimised build warns on an optional it cannot follow.
        bool has_gave = self && index && self->scores[*index].has_value();
        int gave = has_gave ? self->scores[*index].value_or(0) : 0;
        int suggested = c.suggested.value_or(0);
        std::string suggests =
            c.suggested ? std::to_string(suggested) : std::to_string(c.total - c.reviewed) + " to tick";
        std::string flag;
        if (has_gave && c.suggested && gave - suggested >= 2) flag = "over-rated?";
        if (has_gave && c.suggested && suggested - gave >= 2) flag = "under-rated?";
        row(name_of(rubric, c.dimension), has_gave ? std::to_string(gave) : "-",
            std::to_string(c.covered) + " of " + std::to_string(c.total), suggests, flag);
    }
    return out;
}

std::vector<std::string> missed_lines(const std::vector<MissedQuestion>& missed, int width) {
    std::vector<std::string> out;
    for (const auto& m : missed) {
        add_wrapped(out, m.text, width, 2, std::string(m.skipped ? "skipped: " : "not reached: "));
        if (!m.answer.empty()) add_wrapped(out, m.answer, width, 6, "Model answer: ");
    }
    return out;
}

std::vector<std::string> mistake_lines(const std::vector<Mistake>& mistakes, int width) {
    std::vector<std::string> out;
    for (const auto& m : mistakes) {
        out.push_back("  - " + m.name + " [" + m.dimension + "]");
        add_wrapped(out, m.text, width, 4);
    }
    return out;
}

std::vector<std::string> review_tail_lines(const Review& review, const SessionRecord& record, const Rubric& rubric,
                                           int width) {
    std::vector<std::string> out;
    out.emplace_back("Coverage beside your self-scores");
    for (auto& line : coverage_lines(review.coverage, record.self, rubric, width))
        out.push_back(std::move(line));
    Scorecard suggested = suggested_card(review.coverage);
    if (record.self && suggested.scored() > 0) {
        out.emplace_back();
        add_wrapped(out, calibration_verdict(compare_scores(*record.self, suggested), "what your coverage suggests"),
                    width, 2);
    }
    if (auto estimates = estimate_lines(record.estimates, width); !estimates.empty()) {
        out.emplace_back();
        out.insert(out.end(), estimates.begin(), estimates.end());
    }
    if (record.recording) {
        out.emplace_back();
        out.emplace_back("How you spoke (the recording; sdmock play " + std::to_string(record.info.id) +
                         " --from MM:SS)");
        for (auto& line : talk_lines(record, width))
            out.push_back(std::move(line));
    }
    if (!review.expectations.empty()) {
        out.emplace_back();
        out.emplace_back("What " + review.level_name + " must show");
        for (const auto& e : review.expectations) {
            out.push_back("  " + name_of(rubric, e.dimension));
            add_wrapped(out, e.text, width, 4);
        }
    }
    if (!review.missed.empty()) {
        out.emplace_back();
        out.emplace_back("Questions skipped or not reached");
        for (auto& line : missed_lines(review.missed, width))
            out.push_back(std::move(line));
    }
    // The red flags first, then the other mistakes, each list in the review's order.
    std::vector<Mistake> flags;
    std::vector<Mistake> others;
    for (const auto& m : review.mistakes)
        (m.red_flag ? flags : others).push_back(m);
    if (!flags.empty()) {
        out.emplace_back();
        out.emplace_back("Red flags an interviewer notices at once (Part 29)");
        for (auto& line : mistake_lines(flags, width))
            out.push_back(std::move(line));
    }
    if (!others.empty()) {
        out.emplace_back();
        out.emplace_back("Check yourself against the common mistakes (Part 29)");
        for (auto& line : mistake_lines(others, width))
            out.push_back(std::move(line));
    }
    return out;
}

std::vector<std::string> review_study_lines(const Review& review, const Content& content, int width) {
    std::vector<std::string> out;
    for (const auto& c : review.coverage) {
        const Dimension* d = content.rubric.dimension(c.dimension);
        if (d == nullptr || c.reviewed == 0 || c.covered * 2 >= c.reviewed) continue;
        add_wrapped(out, d->name + ": " + study_hint(*d, content), width, 2);
    }
    if (!out.empty()) {
        out.insert(out.begin(), "Study what you missed (open a card: sdmock cards show ID)");
        out.insert(out.begin(), "");
    }
    return out;
}

std::string render_review_json(const Review& review, const SessionRecord& record, const std::vector<KeyPoint>& points,
                               const Ticks& ticks) {
    JsonWriter json;
    json.begin_object().key("id").value(static_cast<std::int64_t>(record.info.id));
    json.key("problem").value(record.info.problem).key("plan").value(record.info.plan);
    if (review.level.empty())
        json.key("level").null();
    else
        json.key("level").value(review.level);
    json.key("expects").begin_object();
    for (const auto& e : review.expectations)
        json.key(e.dimension).value(e.text);
    json.end_object();
    json.key("coverage");
    coverage_json(json, points, ticks, record.self);
    json.key("estimates");
    estimates_json(json, record.estimates);
    json.key("audio");
    if (record.recording)
        write_audio_json(json, record.recording->file,
                         session_talk(*record.recording, record.events, record.info.elapsed));
    else
        json.null();
    json.key("phases").begin_array();
    for (const auto& phase : review.phases) {
        json.begin_object().key("id").value(phase.id).key("notes").begin_array();
        for (const auto& n : phase.notes)
            json.begin_object()
                .key("t_s")
                .value(static_cast<double>(n.t.count()) / 1000.0)
                .key("dimension")
                .value(n.dimension)
                .key("text")
                .value(n.text)
                .end_object();
        json.end_array().end_object();
    }
    json.end_array().key("missed").begin_array();
    for (const auto& m : review.missed)
        json.begin_object()
            .key("phase")
            .value(m.phase)
            .key("dimension")
            .value(m.dimension)
            .key("text")
            .value(m.text)
            .key("skipped")
            .value(m.skipped)
            .key("answer")
            .value(m.answer)
            .end_object();
    json.end_array().key("mistakes").begin_array();
    for (const auto& m : review.mistakes)
        json.begin_object()
            .key("id")
            .value(m.id)
            .key("name")
            .value(m.name)
            .key("dimension")
            .value(m.dimension)
            .key("red_flag")
            .value(m.red_flag)
            .end_object();
    json.end_array().end_object();
    return json.str();
}

} // namespace sdmock
