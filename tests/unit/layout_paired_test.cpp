#include "core/clock.hpp"
#include "core/follow.hpp"
#include "core/mock.hpp"
#include "core/text.hpp"
#include "support/frames.hpp"
#include "support/paired_screens.hpp"
#include "support/recording_sink.hpp"
#include "support/shipped_content.hpp"
#include "tui/layout.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace sdmock;
using namespace sdmock::tui;
using namespace std::chrono_literals;
using sdmock::test::flat;
using sdmock::test::line_with;
using sdmock::test::opening;
using sdmock::test::require_fits;
using sdmock::test::shows;
using sdmock::test::span_with;
using Desk = sdmock::test::PairedDesk;
using Candidate = sdmock::test::CandidateView;
using sdmock::test::secrets;

namespace {

/// The line after the rule that starts with `label`.
std::string line_after(const Frame& f, const std::string& label) {
    for (std::size_t i = 0; i + 1 < f.lines.size(); ++i)
        if (f.lines[i].text().rfind("── " + label, 0) == 0) return f.lines[i + 1].text();
    FAIL("no rule " << label << "\n" << f.text());
    return {};
}

const std::pair<int, int> kSizes[] = {{80, 24}, {kMinWidth, kMinHeight}, {100, 30}, {132, 43}};

} // namespace

TEST_CASE("layout_interviewer: every frame fills the terminal and stays within its width") {
    Desk d;
    auto check = [&](const std::string& state) {
        for (auto [w, h] : kSizes) {
            INFO(state << " at " << w << "x" << h);
            require_fits(d.frame(w, h), w, h);
        }
    };
    check("fresh");
    d.mock.put_line(d.now(), d.mock.script().front());
    d.mock.mark(d.now(), d.mock.script().front(), Grade::partly);
    check("asked and marked");
    d.view.key_scroll = 1000;
    check("the answer key scrolled past its end");
    d.view.key_scroll = -1000;
    check("the answer key scrolled before its start");
    d.view.prompt = Prompt{"Hint", std::string(200, 'h'), "Enter: give it · Esc: cancel"};
    check("typing a long hint");
    d.view.prompt.reset();
    d.view.flash = "No curveballs left.";
    check("flash");
    for (auto overlay :
         {Overlay::help, Overlay::full_text, Overlay::confirm_quit, Overlay::line, Overlay::curveballs}) {
        d.view.overlay = overlay;
        check("overlay");
    }
    d.view.overlay = Overlay::none;
    while (d.mock.phase()->id != "deep-dive")
        d.mock.next_phase(d.now());
    d.view.selected = 1000;
    check("deep dive, the selection past the end");
    d.mock.end(d.now());
    check("ended");
}

TEST_CASE("layout_interviewer: at 80x24 a compact clock, the script, its detail, the answer key and the keys") {
    Desk d;
    Frame f = d.frame(80, 24);
    INFO(f.text());
    REQUIRE(shows(f, d.problem.title));
    REQUIRE(shows(f, "session 17 · interviewer"));
    REQUIRE(shows(f, "Phase 1 of 5 · Requirements"));
    REQUIRE(shows(f, clock_text(d.plan.phases[0].planned()) + " left"));
    for (const auto& row : big_text(clock_text(d.plan.phases[0].planned())))
        REQUIRE_FALSE(shows(f, row));
    REQUIRE(shows(f, "Answer key · Scope"));
    REQUIRE(line_after(f, "Answer key").find("Scope") != std::string::npos);
    REQUIRE_THAT(flat(f), Catch::Contains(opening(d.problem.key.scope, 5)));
    auto list = d.mock.script();
    REQUIRE(shows(f, "The candidate should (" + std::to_string(list.size()) + ")"));
    REQUIRE(line_with(f, "▶").find(opening(list[0].text, 3)) != std::string::npos);
    REQUIRE(shows(f, "If asked about " + list[0].topic));
    REQUIRE_THAT(flat(f), Catch::Contains(opening(list[0].reply, 5)));
    REQUIRE(shows(f, "Nothing asked yet: Enter puts the selected line to the candidate."));
    std::string keys = f.lines.back().text();
    for (const auto* key : {"Enter nudge", "1 2 3 grade", "h hint", "c curveball", "o open", "n next"}) {
        INFO("key bar: " << keys);
        REQUIRE(keys.find(key) != std::string::npos);
    }
}

TEST_CASE("layout_interviewer: from 34 rows the big clock") {
    Desk d;
    REQUIRE_FALSE(shows(d.frame(100, 33), big_text(clock_text(d.plan.phases[0].planned()))[0]));
    Frame f = d.frame(100, 34);
    for (const auto& row : big_text(clock_text(d.plan.phases[0].planned())))
        REQUIRE(shows(f, row));
    REQUIRE(shows(f, "Answer key"));
}

TEST_CASE("layout_interviewer: the answer key opens at the current phase's section and moves with it") {
    Desk d;
    auto key = answer_key_lines(d.problem, 80);
    auto start = [&](KeySection s) { return key.starts.at(static_cast<std::size_t>(s)); };
    const std::pair<const char*, KeySection> expected[] = {{"requirements", KeySection::scope},
                                                           {"estimation", KeySection::figures},
                                                           {"high-level", KeySection::api},
                                                           {"deep-dive", KeySection::risks},
                                                           {"wrap-up", KeySection::extensions}};
    for (auto [phase, section] : expected) {
        INFO(phase);
        REQUIRE(d.mock.phase()->id == phase);
        Frame f = d.frame();
        REQUIRE(shows(f, "Answer key · " + std::string(title(section))));
        REQUIRE(line_after(f, "Answer key") == key.lines[start(section)].text());
        if (section != KeySection::scope) REQUIRE(shows(f, "[ back"));
        d.view.key_scroll = 5; // scrolled within a phase, back at the section in the next
        REQUIRE(line_after(d.frame(), "Answer key") == key.lines[start(section) + 5].text());
        d.view.key_scroll = 0;
        d.mock.next_phase(d.now());
    }
}

TEST_CASE("layout_interviewer: the answer key holds every section, the requirements and the API too") {
    Desk d;
    auto key = answer_key_lines(d.problem, 132);
    std::string all;
    for (const auto& line : key.lines)
        all += line.text() + " ";
    for (std::size_t s = 0; s < kKeySectionCount; ++s) {
        INFO(title(static_cast<KeySection>(s)));
        REQUIRE(key.lines.at(key.starts.at(s)).text() == " " + std::string(title(static_cast<KeySection>(s))));
    }
    for (const auto* list : {&d.problem.key.assumptions, &d.problem.key.functional, &d.problem.key.non_functional,
                             &d.problem.key.api, &d.problem.key.givens})
        for (const auto& item : *list) {
            INFO(item);
            REQUIRE(all.find(opening(item, 4)) != std::string::npos);
        }
    for (const auto& f : d.problem.key.follow_ups) {
        INFO(f.question);
        REQUIRE(all.find("[" + f.dimension + "]") != std::string::npos);
        REQUIRE(all.find(opening(f.question, 3)) != std::string::npos);
        for (const auto& point : f.points)
            REQUIRE(all.find(opening(point, 3)) != std::string::npos);
    }
}

TEST_CASE("layout_interviewer: the selected line's reply, or its strong-answer points and hints, below the list") {
    Desk d;
    auto script = d.mock.script();
    auto scale =
        std::find_if(script.begin(), script.end(), [](const ScriptLine& l) { return l.topic == "users and scale"; });
    REQUIRE(scale != script.end());
    d.view.selected = static_cast<std::size_t>(scale - script.begin());
    Frame f = d.frame();
    INFO(f.text());
    REQUIRE(shows(f, "If asked about users and scale"));
    REQUIRE_THAT(flat(f), Catch::Contains(opening(d.problem.key.reply("users-scale")->text, 6)));
    while (d.mock.phase()->id != "deep-dive")
        d.mock.next_phase(d.now());
    d.view.selected = 0;
    const FollowUp& first = d.problem.key.follow_ups.front();
    Frame deep = d.frame(132, 43);
    INFO(deep.text());
    REQUIRE(shows(deep, "Ask the candidate"));
    REQUIRE(line_with(deep, "▶").find(opening(first.question, 3)) != std::string::npos);
    REQUIRE(shows(deep, "A strong answer mentions"));
    for (const auto& point : first.points)
        REQUIRE_THAT(flat(deep), Catch::Contains(opening(point, 4)));
    REQUIRE_THAT(flat(deep), Catch::Contains("Hint to offer (h): " + opening(first.hints.front(), 3)));
    REQUIRE(shows(deep, "Enter ask"));
}

TEST_CASE("layout_interviewer: o shows the selected line in full") {
    Desk d;
    while (d.mock.phase()->id != "deep-dive")
        d.mock.next_phase(d.now());
    d.view.overlay = Overlay::line;
    const FollowUp& first = d.problem.key.follow_ups.front();
    std::string box = flat(d.frame());
    REQUIRE_THAT(box, Catch::Contains(first.question.substr(0, 40)));
    for (const auto& point : first.points)
        REQUIRE_THAT(box, Catch::Contains(opening(point, 4)));
    REQUIRE_THAT(box, Catch::Contains("Any key closes this."));
}

TEST_CASE("layout_interviewer: the curveball picker lists the fitting ones and previews the one highlighted") {
    Desk d;
    while (d.mock.phase()->id != "deep-dive")
        d.mock.next_phase(d.now());
    d.view.overlay = Overlay::curveballs;
    d.view.curveball = 1;
    auto choices = d.mock.curveball_choices();
    REQUIRE(choices.size() > 1);
    Frame f = d.frame(100, 30);
    INFO(f.text());
    REQUIRE(shows(f, "Curveballs that fit this problem (" + std::to_string(choices.size()) + ")"));
    REQUIRE(line_with(f, "▶").find(opening(choices[1].text, 3)) != std::string::npos);
    REQUIRE_THAT(flat(f), Catch::Contains(opening(choices[1].points.front(), 4)));
    REQUIRE(shows(f, "r let sdmock choose"));
}

TEST_CASE("layout_interviewer: the line asked, its grade, and a curveball in warning colour") {
    Desk d;
    while (d.mock.phase()->id != "deep-dive")
        d.mock.next_phase(d.now());
    auto list = d.mock.script();
    d.view.selected = 1;
    REQUIRE(line_with(d.frame(), "▶").find(opening(list[1].text, 3)) != std::string::npos);
    d.mock.put_line(d.now(), list[1]);
    REQUIRE(line_with(d.frame(), opening(list[1].text, 3)).find("asked") != std::string::npos);
    d.mock.mark(d.now(), list[1], Grade::well);
    Frame f = d.frame();
    REQUIRE(line_with(f, "▶").find("well") != std::string::npos);
    REQUIRE(shows(f, "Asked: " + opening(list[1].text, 3)));
    REQUIRE(span_with(f, "Asked: ")->style == Style::dim);
    d.mock.throw_curveball(d.now());
    REQUIRE(span_with(d.frame(), "Asked: ")->style == Style::warn);
}

TEST_CASE("layout_interviewer: a prompt or a flash takes the place of the keys") {
    Desk d;
    d.view.prompt = Prompt{"Hint", "think about holds", "Enter: give it · Esc: cancel"};
    Frame typing = d.frame();
    REQUIRE(shows(typing, "Hint: think about holds"));
    REQUIRE(shows(typing, "Enter: give it · Esc: cancel"));
    REQUIRE_FALSE(shows(typing, "1 2 3 grade"));
    d.view.prompt.reset();
    d.view.flash = "No curveball left that fits this problem.";
    Frame flashed = d.frame();
    REQUIRE(flashed.lines.back().text().find("No curveball left") != std::string::npos);
    REQUIRE(span_with(flashed, "No curveball left")->style == Style::warn);
    REQUIRE_FALSE(shows(flashed, "1 2 3 grade"));
}

TEST_CASE("layout_interviewer: the boxes: keys, leave, and the problem as the candidate reads it") {
    Desk d;
    d.view.overlay = Overlay::help;
    Frame help = d.frame();
    for (const auto* key : {"Interviewer keys", "[ ]   scroll the answer key", "│ 1 2 3 ", "e   end the mock now",
                            "│ c       choose a curveball"}) {
        INFO(key << "\n" << help.text());
        REQUIRE(shows(help, key));
    }
    d.view.overlay = Overlay::confirm_quit;
    REQUIRE(shows(d.frame(), "sdmock resume 17"));
    d.view.overlay = Overlay::full_text;
    Frame full = d.frame(100, 30);
    REQUIRE(shows(full, "The problem"));
    REQUIRE_THAT(flat(full), Catch::Contains(opening(d.problem.prompt, 6)));
}

TEST_CASE("layout_interviewer: the answer key is on screen for every problem") {
    for (const auto& problem : test::shipped_content().problems) {
        Desk d(problem);
        INFO("problem " << problem.id);
        REQUIRE_THAT(flat(d.frame(132, 43)), Catch::Contains(opening(problem.key.scope, 5)));
        REQUIRE_THAT(flat(d.frame(80, 24)), Catch::Contains(opening(problem.key.scope, 5)));
    }
}

TEST_CASE("layout_interviewer: a terminal that is too small gets a message naming its size") {
    Desk d;
    for (auto [w, h] : {std::pair{kMinWidth - 1, kMinHeight}, std::pair{kMinWidth, kMinHeight - 1}}) {
        Frame f = d.frame(w, h);
        REQUIRE(shows(f, std::to_string(w) + "x" + std::to_string(h)));
        REQUIRE_FALSE(shows(f, "Answer key"));
        require_fits(f, w, h);
    }
    REQUIRE(shows(d.frame(kMinWidth, kMinHeight), "Answer key"));
}

TEST_CASE("layout_follow: every frame fills the terminal and stays within its width") {
    Desk d;
    Candidate c(d);
    auto check = [&](const std::string& state) {
        c.refresh();
        for (auto [w, h] : kSizes) {
            INFO(state << " at " << w << "x" << h);
            require_fits(c.frame(w, h), w, h);
        }
    };
    check("fresh");
    d.mock.put_line(d.now(), d.mock.script().front());
    d.mock.give_hint(d.now(), std::string(300, 'h'));
    c.note("requirements", std::string(300, 'n'));
    check("a question, a long hint, a long note");
    c.view.prompt = Prompt{"Note [data]", std::string(200, 'x'), "Tab: change the dimension"};
    check("typing");
    c.view.prompt.reset();
    c.view.flash = "Stop following? The mock goes on; press q again to stop, any other key to stay.";
    check("flash");
    c.view.flash.clear();
    c.view.help = true;
    check("help");
    c.view.help = false;
    c.view.full_text = true;
    check("full text");
    c.view.full_text = false;
    d.mock.end(d.now());
    check("ended");
}

TEST_CASE("layout_follow: before the start it says it waits for the interviewer") {
    Desk d;
    Candidate c(d);
    c.state = FollowState{};
    Frame f = c.frame();
    REQUIRE(shows(f, "Waiting for the interviewer to start."));
    REQUIRE(shows(f, "session 17 · candidate"));
}

TEST_CASE("layout_follow: at 80x24 the problem, the clock, the question asked and the keys") {
    Desk d;
    Candidate c(d);
    Frame fresh = c.frame();
    REQUIRE(shows(fresh, "No question right now: keep designing and thinking aloud."));
    auto list = d.mock.script();
    d.mock.put_line(d.now(), list[2]);
    c.refresh();
    Frame f = c.frame(80, 24);
    INFO(f.text());
    REQUIRE(shows(f, d.problem.title));
    REQUIRE_THAT(flat(f), Catch::Contains(opening(d.problem.prompt, 5)));
    REQUIRE(shows(f, "Phase 1 of 5 · Requirements"));
    // The whole problem and the question come first: the clock takes its compact form.
    REQUIRE_THAT(flat(f), Catch::Contains(d.problem.prompt));
    REQUIRE(shows(f, clock_text(d.plan.phases[0].planned()) + " left"));
    REQUIRE(line_after(f, "Question from the interviewer").find(opening(list[2].put, 3)) != std::string::npos);
    REQUIRE_THAT(flat(f), Catch::Contains(list[2].put));
    std::string keys = f.lines.back().text();
    for (const auto* key : {"a note", "p problem", "? keys", "q stop following"}) {
        INFO("key bar: " << keys);
        REQUIRE(keys.find(key) != std::string::npos);
    }
}

TEST_CASE("layout_follow: at the smallest size the question and the keys still show") {
    Desk d;
    Candidate c(d);
    auto list = d.mock.script();
    d.mock.put_line(d.now(), list[0]);
    d.mock.give_hint(d.now(), "think about the hold");
    c.refresh();
    Frame f = c.frame(kMinWidth, kMinHeight);
    INFO(f.text());
    REQUIRE(shows(f, opening(list[0].put, 2)));
    REQUIRE(shows(f, "Hint: think about the hold"));
    REQUIRE(f.lines.back().text().find("a note") != std::string::npos);
    Frame small = c.frame(kMinWidth - 1, kMinHeight);
    REQUIRE(shows(small, std::to_string(kMinWidth - 1) + "x" + std::to_string(kMinHeight)));
    REQUIRE_FALSE(shows(small, d.problem.title));
}

TEST_CASE("layout_follow: a curveball has its own rule in warning colour, a hint its own line") {
    Desk d;
    Candidate c(d);
    d.mock.throw_curveball(d.now());
    d.mock.give_hint(d.now(), "what breaks first?");
    c.refresh();
    Frame f = c.frame();
    const Span* rule = span_with(f, "── Curveball");
    REQUIRE(rule != nullptr);
    REQUIRE(line_after(f, "Curveball").find(opening(d.mock.put()->text, 3)) != std::string::npos);
    REQUIRE(span_with(f, "Hint: what breaks first?")->style == Style::accent);
    REQUIRE_FALSE(shows(f, "Question from the interviewer"));
}

TEST_CASE("layout_follow: the candidate's own notes show, the interviewer's notes never do") {
    Desk d;
    Candidate c(d);
    d.clock.advance(95s);
    c.note("caching", "cache the seat map");
    d.mock.add_note(d.now(), "data", "weak on the data model");
    c.refresh();
    Frame f = c.frame();
    std::string line = line_with(f, "cache the seat map");
    REQUIRE(line.find("[caching]") != std::string::npos);
    REQUIRE(line.find(clock_text(95s)) != std::string::npos);
    REQUIRE(shows(f, "Notes (1)"));
    REQUIRE_FALSE(shows(f, "weak on the data model"));
}

TEST_CASE("layout_follow: a paused clock says so, an interviewer gone quiet holds it and says why") {
    Desk d;
    Candidate c(d);
    d.mock.toggle_pause(d.now());
    c.refresh();
    REQUIRE(shows(c.frame(), "PAUSED"));
    d.mock.toggle_pause(d.now());
    c.refresh();
    c.state.stale = true;
    Frame f = c.frame();
    REQUIRE(shows(f, "clock held: the interviewer is away"));
    REQUIRE(span_with(f, "clock held")->style == Style::alert);
}

TEST_CASE("layout_follow: a prompt or a flash takes the place of the keys, the boxes") {
    Desk d;
    Candidate c(d);
    c.view.prompt = Prompt{"Note [data]", "sharded by event", "Tab: change the dimension"};
    Frame typing = c.frame();
    REQUIRE(shows(typing, "Note [data]: sharded by event"));
    REQUIRE_FALSE(shows(typing, "q stop following"));
    c.view.prompt.reset();
    c.view.flash = "Stop following? The mock goes on";
    REQUIRE(c.frame().lines.back().text().find("Stop following?") != std::string::npos);
    c.view.flash.clear();
    c.view.help = true;
    Frame help = c.frame();
    REQUIRE(shows(help, "Candidate keys"));
    REQUIRE(shows(help, "│ q       stop following (the mock goes on)"));
    c.view.help = false;
    d.mock.put_line(d.now(), d.mock.script()[0]);
    c.refresh();
    c.view.full_text = true;
    Frame full = c.frame(100, 30);
    REQUIRE_THAT(flat(full), Catch::Contains("Question: " + opening(d.mock.put()->text, 3)));
    REQUIRE(shows(full, "The problem"));
}

TEST_CASE("layout_follow: never shows the answer key, whatever the interviewer asks") {
    for (const auto& problem : test::shipped_content().problems) {
        Desk d(problem);
        Candidate c(d);
        auto check = [&](const std::string& when) {
            c.refresh();
            for (bool full : {false, true}) {
                c.view.full_text = full;
                for (auto [w, h] : {std::pair{132, 43}}) {
                    std::string text = flat(c.frame(w, h));
                    for (const auto& item : secrets(problem)) {
                        if (item.empty()) continue;
                        INFO("problem " << problem.id << ", " << when << ", key text: " << item);
                        REQUIRE(text.find(opening(item, 5)) == std::string::npos);
                    }
                }
            }
            c.view.full_text = false;
        };
        for (std::size_t phase = 0; phase < d.plan.phases.size(); ++phase) {
            for (const auto& line : d.mock.script()) {
                d.mock.put_line(d.now(), line);
                d.mock.mark(d.now(), line, Grade::partly);
                d.mock.give_hint(d.now(), "a hint");
                check("phase " + std::to_string(phase) + ", asked: " + line.text);
            }
            d.mock.throw_curveball(d.now());
            check("phase " + std::to_string(phase) + ", a curveball");
            if (phase + 1 < d.plan.phases.size()) d.mock.next_phase(d.now());
        }
    }
}
