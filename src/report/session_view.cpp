#include "report/session_view.hpp"

#include <algorithm>
#include <set>

#include "core/json.hpp"
#include "core/practice_run.hpp"
#include "core/recording.hpp"
#include "core/roles.hpp"
#include "core/scorecard.hpp"
#include "core/study.hpp"
#include "core/text.hpp"
#include "report/estimate_view.hpp"
#include "report/review_view.hpp"

namespace sdmock {
namespace {

void add_wrapped(std::vector<std::string>& out, const std::string& text, int width, int indent) {
    for (const auto& line : wrap(text, width - indent))
        out.push_back(std::string(static_cast<std::size_t>(indent), ' ') + line);
}

void scorecard_json(JsonWriter& json, const Scorecard& card) {
    json.begin_object();
    for (std::size_t i = 0; i < kDimensionCount; ++i) {
        json.key(kDimensionIds[i]);
        if (card.scores[i])
            json.value(*card.scores[i]);
        else
            json.null();
    }
    json.key("total").value(card.total());
    json.key("complete").value(card.complete());
    json.key("evidence").begin_object();
    for (std::size_t i = 0; i < kDimensionCount; ++i)
        if (!card.evidence[i].empty()) json.key(kDimensionIds[i]).value(card.evidence[i]);
    json.end_object();
    json.end_object();
}

std::string signed_gap(int gap) {
    return std::string(gap > 0 ? "+" : "").append(std::to_string(gap));
}

/// What to do about a bias, after its verdict.
std::string bias_advice(Bias bias) {
    if (bias == Bias::over) return " Score yourself more harshly across the card.";
    if (bias == Bias::under) return " You did better than you think: give yourself the credit.";
    return "";
}

/// The candidate's summary of a paired mock: the interviewer's scores beside their own and the
/// gap once the interviewer's scorecard is complete, else that it is still to come.
void beside_interviewer(std::vector<std::string>& out, const SessionRecord& record, const Rubric& rubric, int width) {
    const Scorecard& self = *record.self;
    out.emplace_back();
    if (!record.interviewer || !record.interviewer->complete()) {
        add_wrapped(out,
                    "The interviewer has not scored yet: their scores and the gap show here once they are in "
                    "(and in sdmock show " +
                        std::to_string(record.info.id) + ").",
                    width, 0);
        return;
    }
    const Scorecard& other = *record.interviewer;
    Calibration c = calibrate(self, other);
    out.push_back("Interviewer " + std::to_string(other.total()) + "/" + std::to_string(rubric.max_total()) +
                  " · yours " + std::to_string(self.total()) + " · gap " + signed_gap(c.total_gap));
    add_wrapped(out, calibration_verdict(c, "the interviewer") + bias_advice(c.bias), width, 2);
    // Two columns of six when they fit, else one of twelve.
    constexpr int kName = 25;
    constexpr int kCell = kName + 12; // name, then "you", " int", " gap" right-aligned
    const std::size_t rows = width >= 2 + 2 * kCell + 2 ? (kDimensionCount + 1) / 2 : kDimensionCount;
    auto right = [](const std::string& text, std::size_t w) {
        return std::string(w > text.size() ? w - text.size() : 0, ' ') + text;
    };
    auto cell = [&](std::size_t i) {
        if (i >= kDimensionCount || i >= rubric.dimensions.size()) return std::string();
        std::string s = self.scores[i] ? std::to_string(*self.scores[i]) : "-";
        std::string o = other.scores[i] ? std::to_string(*other.scores[i]) : "-";
        return fit(rubric.dimensions[i].name, kName) + right(s, 4) + right(o, 4) +
               right(c.gap[i] ? signed_gap(*c.gap[i]) : "", 4);
    };
    std::string head = fit("Dimension", kName) + " you int gap";
    out.push_back("  " + head + (rows < kDimensionCount ? "  " + head : ""));
    for (std::size_t r = 0; r < rows; ++r)
        out.push_back("  " + cell(r) + (rows < kDimensionCount ? "  " + cell(r + rows) : ""));
}

} // namespace

std::vector<std::string> scorecard_lines(const Scorecard& card, const Rubric& rubric, int width) {
    std::vector<std::string> out;
    for (std::size_t i = 0; i < kDimensionCount && i < rubric.dimensions.size(); ++i) {
        std::string score = card.scores[i] ? std::to_string(*card.scores[i]) : "-";
        std::string line = "  " + fit(rubric.dimensions[i].name, 26) + " " + score;
        if (card.evidence[i].empty()) {
            out.push_back(line);
            continue;
        }
        // The evidence in full, wrapped in its own column.
        const int column = display_width(line) + 3;
        auto lines = wrap(card.evidence[i], std::max(20, width - column));
        for (std::size_t k = 0; k < lines.size(); ++k)
            out.push_back((k == 0 ? line + "   " : std::string(static_cast<std::size_t>(column), ' ')) + lines[k]);
    }
    return out;
}

std::vector<std::string> calibration_lines(const Scorecard& self, const Scorecard& interviewer, const Rubric& rubric,
                                           int width) {
    Calibration c = calibrate(self, interviewer);
    std::vector<std::string> out;
    auto cell = [](const std::optional<int>& v) { return v ? std::to_string(*v) : std::string("-"); };
    out.push_back("Calibration: self vs interviewer");
    out.push_back("  " + fit("Dimension", 28) + fit("self", 6) + fit("interviewer", 13) + "gap");
    for (std::size_t i = 0; i < kDimensionCount && i < rubric.dimensions.size(); ++i) {
        std::string gap = c.gap[i] ? signed_gap(*c.gap[i]) : "";
        std::string flag = c.callout[i] == Callout::over    ? "  over-rated"
                           : c.callout[i] == Callout::under ? "  under-rated"
                                                            : "";
        out.push_back("  " + fit(rubric.dimensions[i].name, 28) + fit(cell(self.scores[i]), 6) +
                      fit(cell(interviewer.scores[i]), 13) + gap + flag);
    }
    out.push_back("  " + fit("Total", 28) + fit(std::to_string(self.total()), 6) +
                  fit(std::to_string(interviewer.total()), 13) + signed_gap(c.total_gap));
    add_wrapped(out, calibration_verdict(c, "the interviewer") + bias_advice(c.bias), width, 2);
    auto names = [&](const std::vector<std::size_t>& dims) {
        std::vector<std::string> n;
        for (auto i : dims)
            n.push_back(rubric.dimensions[i].name + " (" + signed_gap(*c.gap[i]) + ")");
        return join(n, ", ");
    };
    const std::string by = std::to_string(kCalloutGap) + " or more";
    if (!c.over.empty())
        add_wrapped(out,
                    "You rate yourself " + by + " above the interviewer on " + names(c.over) +
                        ": score these more harshly, and ask what a " + std::to_string(kMaxScore) +
                        " would have needed.",
                    width, 2);
    if (!c.under.empty())
        add_wrapped(out,
                    "You rate yourself " + by + " below the interviewer on " + names(c.under) +
                        ": you did better here than you think.",
                    width, 2);
    return out;
}

std::vector<std::string> summary_lines(const SessionRecord& record, const Content& content, int width, Scorer scorer) {
    std::vector<std::string> out;
    const Rubric& rubric = content.rubric;
    const auto& card = scorer == Scorer::self ? record.self : record.interviewer;
    if (card) {
        int total = card->total();
        std::string head = "Total " + std::to_string(total) + "/" + std::to_string(rubric.max_total());
        if (record.info.drill) // scored on the drill's dimensions only: out of what they can give
            head = "Drill total " + std::to_string(total) + "/" + std::to_string(card->scored() * kMaxScore) + " on " +
                   std::to_string(card->scored()) + " dimension" + (card->scored() == 1 ? "" : "s") + " (" +
                   drill_text(*record.info.drill) + "; bands are for full mocks)";
        else if (!card->complete())
            head += " (" + std::to_string(card->scored()) + " of " + std::to_string(kDimensionCount) +
                    " dimensions scored)";
        if (const Band* band = rubric.band_for(total); band && card->complete()) head += " · " + band->name;
        add_wrapped(out, head, width, 0);
        if (const Band* band = rubric.band_for(total); band && card->complete())
            add_wrapped(out, band->advice, width, 2);
        if (scorer == Scorer::self && record.info.mode == Mode::interviewer && card->complete())
            beside_interviewer(out, record, rubric, width);
    } else {
        out.push_back("Not scored yet: sdmock score " + std::to_string(record.info.id) +
                      (scorer == Scorer::interviewer ? " --scorer interviewer" : "") + " requirements=N ...");
    }
    out.emplace_back();
    // A recorded mock has each phase's talk and silent share beside its time.
    std::vector<PhaseTalk> talk;
    if (record.recording) talk = session_talk(*record.recording, record.events, record.info.elapsed);
    auto talk_of = [&](const std::string& id) -> const PhaseTalk* {
        for (const auto& t : talk)
            if (t.id == id) return &t;
        return nullptr;
    };
    out.push_back(fit("Phase", 20) + fit("planned", 10) + fit("actual", 10) +
                  (record.recording ? fit("over", 8) + fit("talk", 8) + "silent" : "over"));
    for (const auto& p : phase_times(record.events, record.info.elapsed)) {
        std::string name = p.id;
        if (const Plan* plan = content.plan(record.info.plan))
            for (const auto& ph : plan->phases)
                if (ph.id == p.id) name = ph.name;
        Duration over = p.actual ? *p.actual - p.planned : Duration{0};
        std::string line = fit(name, 20) + fit(clock_text(p.planned), 10) +
                           fit(p.actual ? clock_text(*p.actual) : "-", 10) +
                           (over >= Duration{1000} ? clock_text(over, true) : "");
        if (const PhaseTalk* t = talk_of(p.id); t && (t->talk + t->silence).count() > 0)
            line = fit(line, 48) + fit(clock_text(t->talk), 8) + std::to_string(std::lround(t->silent_share() * 100)) +
                   "%";
        out.push_back(line);
    }
    if (record.recording) {
        std::vector<std::string> long_ones;
        for (const auto& t : talk)
            for (const auto& s : t.long_silences)
                long_ones.push_back(clock_text(s.at) + " (" + std::to_string(silence_seconds(s.length)) + "s)");
        if (long_ones.empty()) {
            add_wrapped(out, "No silence of 15 s or more in the recording.", width, 0);
        } else {
            add_wrapped(out, "Silences of 15 s or more: " + join(long_ones, ", "), width, 0);
            add_wrapped(out,
                        "hear one: sdmock play " + std::to_string(record.info.id) + " --from " +
                            long_ones.front().substr(0, long_ones.front().find(' ')),
                        width, 2);
        }
    }
    if (auto estimates = estimate_lines(record.estimates, width); !estimates.empty()) {
        out.emplace_back();
        out.insert(out.end(), estimates.begin(), estimates.end());
    }
    if (card && card->scored() > 0) {
        out.emplace_back();
        // The way to open a card goes in the heading: the summary screen has no row to spare.
        add_wrapped(out, "Lowest dimensions and what to study (open a card: sdmock cards show ID):", width, 0);
        std::set<int> titled; // a Part's title is given once: the screen has no row to spare
        for (auto i : lowest_dimensions(*card, kLowestCount)) {
            const Dimension& d = rubric.dimensions[i];
            auto lines =
                wrap(d.name + " (" + std::to_string(*card->scores[i]) + "): " + study_pointers(d, content, &titled),
                     width - 4);
            for (std::size_t k = 0; k < lines.size(); ++k)
                out.push_back((k == 0 ? "  " : "    ") + lines[k]);
        }
    }
    if (record.info.drill) {
        out.emplace_back();
        add_wrapped(out, "A drill: listed, but kept out of the trend reports of full mocks.", width, 0);
    }
    if (record.info.practice.any()) {
        out.emplace_back();
        add_wrapped(out,
                    "A practice run (" + practice_text(record.info.practice, record.info.speed) +
                        "): listed, but left out of the trend reports; `sdmock report --include-practice` counts it.",
                    width, 0);
    }
    return out;
}

std::vector<std::string> talk_lines(const SessionRecord& record, int width) {
    std::vector<std::string> out;
    if (!record.recording) return out;
    auto talk = session_talk(*record.recording, record.events, record.info.elapsed);
    add_wrapped(out, "In all: " + talk_summary(talk), width, 2);
    for (const auto& t : talk) {
        std::optional<Duration> longest;
        if (t.longest) longest = t.longest->length;
        std::string line = talk_line(t.talk, t.silence, t.long_silences.size(), longest);
        if (display_width(line) + 18 <= width)
            out.push_back("  " + fit(t.id, 16) + line); // the figures in a column of their own
        else
            add_wrapped(out, t.id + ": " + line, width, 2);
        for (const auto& s : t.long_silences)
            out.push_back("    silent from " + clock_text(s.at) + " for " + std::to_string(silence_seconds(s.length)) +
                          " s");
    }
    return out;
}

std::vector<std::string> recording_lines(const SessionRecord& record, int width) {
    std::vector<std::string> out;
    if (!record.recording) return out;
    const Recording& r = *record.recording;
    std::string id = std::to_string(record.info.id);
    add_wrapped(out,
                "Recording · " + r.file + " · " + clock_text(r.length) +
                    (r.input.empty() ? "" : " · taken from " + r.input),
                width, 0);
    for (auto& line : talk_lines(record, width))
        out.push_back(std::move(line));
    add_wrapped(out, "Play it from a mark: sdmock play " + id + " --from MM:SS, or --phase ID.", width, 2);
    // A mark is found by its time and the start of its text: one line each.
    const int room = std::max(20, width - 2 - static_cast<int>(clock_text(record.info.elapsed).size()) - 2 - 15);
    std::vector<Event> marks;
    for (const auto& m : recording_marks(record.events)) {
        auto lines = wrap(m.text, room - 2);
        std::string text = lines.empty() ? std::string() : lines.front() + (lines.size() > 1 ? " …" : "");
        marks.push_back(Event{m.at, m.kind, m.phase, "", text, 0});
    }
    out.emplace_back("Marks in the recording");
    for (auto& line : event_lines(marks, width))
        out.push_back(line);
    return out;
}

std::string render_session_text(const SessionRecord& record, const Content& content, int width) {
    const SessionInfo& info = record.info;
    std::string title = info.problem;
    if (const Problem* p = content.problem(info.problem)) title = p->title;
    std::vector<std::string> out;
    out.push_back("Session " + std::to_string(info.id) + " · " + title);
    out.push_back(info.started_at.substr(0, 16) + " · " + info.plan + " · " + std::string(to_string(info.mode)) +
                  " · " + std::string(shown_status(info)) + " · " + clock_text(info.elapsed) +
                  (info.level.empty() ? "" : " · level " + info.level) + (info.practice.any() ? " · practice" : "") +
                  (info.drill ? " · drill: " + drill_text(*info.drill) : ""));
    if (interrupted(info)) {
        // Two lines, so neither command is broken across them.
        out.emplace_back("Interrupted: the process that ran it is gone.");
        add_wrapped(out,
                    "Continue it with `sdmock resume " + std::to_string(info.id) +
                        "`, or close it with `sdmock abandon " + std::to_string(info.id) + "`.",
                    width, 0);
    }
    out.emplace_back();
    // A paired mock is summarised by the interviewer's scores once they exist.
    Scorer primary = info.mode == Mode::interviewer && record.interviewer ? Scorer::interviewer : Scorer::self;
    for (auto& line : summary_lines(record, content, width, primary))
        out.push_back(line);
    auto add_card = [&](const char* name, const std::optional<Scorecard>& card) {
        if (!card) return;
        out.emplace_back();
        out.push_back(std::string(name) + " scores");
        for (auto& line : scorecard_lines(*card, content.rubric, width))
            out.push_back(line);
    };
    if (record.self && record.interviewer) {
        out.emplace_back();
        for (auto& line : calibration_lines(*record.self, *record.interviewer, content.rubric, width))
            out.push_back(line);
    } else {
        add_card("Self", record.self);
        add_card("Interviewer", record.interviewer);
    }
    if (record.recording) {
        out.emplace_back();
        for (auto& line : recording_lines(record, width))
            out.push_back(line);
    }
    out.emplace_back();
    out.push_back("Events");
    for (auto& line : event_lines(record.events, width))
        out.push_back(line);
    std::string s;
    for (const auto& l : out)
        s += l + "\n";
    return s;
}

std::string render_session_json(const SessionRecord& record, const CoverageInput* coverage) {
    const SessionInfo& info = record.info;
    JsonWriter json;
    json.begin_object();
    json.key("id").value(static_cast<std::int64_t>(info.id));
    json.key("problem").value(info.problem).key("plan").value(info.plan);
    json.key("mode").value(to_string(info.mode)).key("status").value(to_string(info.status));
    json.key("interrupted").value(interrupted(info));
    json.key("started_at").value(info.started_at);
    json.key("elapsed_s").value(static_cast<double>(info.elapsed.count()) / 1000.0);
    json.key("speed").value(info.speed);
    json.key("practice").value(info.practice.any());
    json.key("practice_reasons").string_array(practice_reason_ids(info.practice));
    if (info.level.empty())
        json.key("level").null();
    else
        json.key("level").value(info.level);
    json.key("drill");
    if (info.drill)
        json.begin_object().key("phase").value(info.drill->phase).key("focus").value(info.drill->focus).end_object();
    else
        json.null();
    json.key("phases").begin_array();
    for (const auto& p : phase_times(record.events, info.elapsed)) {
        json.begin_object().key("id").value(p.id);
        json.key("planned_s").value(static_cast<double>(p.planned.count()) / 1000.0);
        json.key("actual_s").value(p.actual ? static_cast<double>(p.actual->count()) / 1000.0 : 0.0);
        json.end_object();
    }
    json.end_array();
    json.key("events").begin_array();
    for (const auto& e : record.events) {
        json.begin_object().key("t_s").value(static_cast<double>(e.t.count()) / 1000.0).key("kind").value(e.kind);
        json.key("phase").value(e.phase);
        if (!e.dimension.empty()) json.key("dimension").value(e.dimension);
        if (!e.text.empty()) json.key("text").value(e.text);
        if (e.kind == event::cue_marked)
            json.key("grade").value(to_string(static_cast<Grade>(std::clamp<std::int64_t>(e.value, 0, 2))));
        json.end_object();
    }
    json.end_array();
    if (record.self && record.interviewer) {
        Calibration c = calibrate(*record.self, *record.interviewer);
        json.key("calibration").begin_object();
        json.key("gap").begin_object();
        for (std::size_t i = 0; i < kDimensionCount; ++i)
            if (c.gap[i]) json.key(kDimensionIds[i]).value(*c.gap[i]);
        json.end_object();
        json.key("total_gap").value(c.total_gap);
        auto ids = [](const std::vector<std::size_t>& dims) {
            std::vector<std::string> out;
            for (auto i : dims)
                out.emplace_back(kDimensionIds[i]);
            return out;
        };
        json.key("over").string_array(ids(c.over)).key("under").string_array(ids(c.under));
        json.key("compared").value(c.compared).key("mean_gap").value(c.mean_gap);
        json.key("bias").value(to_string(c.bias)).key("steady").value(c.steady);
        json.key("dimensions_over").value(c.dimensions_over).key("dimensions_under").value(c.dimensions_under);
        json.key("verdict").value(calibration_verdict(c, "the interviewer"));
        json.end_object();
    }
    json.key("estimates");
    estimates_json(json, record.estimates);
    json.key("audio");
    if (record.recording)
        write_audio_json(json, record.recording->file, session_talk(*record.recording, record.events, info.elapsed));
    else
        json.null();
    if (coverage != nullptr) {
        json.key("coverage");
        coverage_json(json, coverage->points, coverage->ticks, record.self);
    }
    json.key("scores").begin_object();
    if (record.self) {
        json.key("self");
        scorecard_json(json, *record.self);
    }
    if (record.interviewer) {
        json.key("interviewer");
        scorecard_json(json, *record.interviewer);
    }
    json.end_object();
    json.end_object();
    return json.str();
}

} // namespace sdmock
