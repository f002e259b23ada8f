// At 80x24, 100x30 and 60x20 nothing the user needs is cut: the question and the prompt on the
// session screen, the selected dimension's anchors and evidence on the scoring screen, the end
// of the problem in its box, the end of a note being typed, the keys that say how to get help
// and how to leave. Checked against the content, not only against the size of the frame.
#include "core/clock.hpp"
#include "core/mock.hpp"
#include "core/scorecard.hpp"
#include "core/text.hpp"
#include "support/frames.hpp"
#include "support/paired_screens.hpp"
#include "support/recording_sink.hpp"
#include "support/shipped_content.hpp"
#include "tui/keys.hpp"
#include "tui/layout.hpp"
#include "tui/menu.hpp"
#include "tui/parts.hpp"
#include "tui/scroll_box.hpp"

#include <catch2/catch.hpp>

#include <set>
#include <string>
#include <vector>

using namespace sdmock;
using namespace sdmock::tui;
using namespace std::chrono_literals;
using sdmock::test::flat;
using sdmock::test::flat_box;
using sdmock::test::require_fits;
using sdmock::test::shipped_content;
using sdmock::test::shipped_plan;
using sdmock::test::shipped_problem;

namespace {

struct Size {
    int width;
    int height;
};
constexpr Size kSizes[] = {{80, 24}, {100, 30}, {60, 20}};

/// A full standard-45 mock of `problem` on a fake clock.
struct Run {
    explicit Run(const std::string& problem)
        : mock(shipped_problem(problem), shipped_plan("standard-45"), shipped_content(), 7, 1.0, Role::solo, sink) {
        mock.start(clock.steady_now());
        view.mock = &mock;
        view.content = &shipped_content();
        view.session_id = 3;
    }
    [[nodiscard]] Frame frame(Size s) const { return layout_session(view, clock.steady_now(), s.width, s.height); }

    FakeClock clock;
    test::RecordingSink sink;
    MockSession mock;
    SessionView view;
};

/// Every question a full mock of `problem` puts on screen, each checked on `check` as it shows;
/// answered at once so the next one comes.
template <class Check> std::size_t each_question(const std::string& problem, Check check) {
    Run run(problem);
    std::size_t seen = 0;
    while (!run.mock.finished()) {
        Duration planned = run.mock.timer().planned(run.mock.timer().phase());
        while (run.mock.timer().phase_elapsed(run.clock.steady_now()) < planned) {
            run.mock.tick(run.clock.steady_now());
            if (const Cue* cue = run.mock.current_cue(run.clock.steady_now())) {
                check(run, *cue);
                ++seen;
                run.mock.answer_cue(run.clock.steady_now());
                continue;
            }
            run.clock.advance(5s);
        }
        if (run.mock.timer().phase() + 1 >= run.mock.timer().phase_count())
            run.mock.end(run.clock.steady_now());
        else
            run.mock.next_phase(run.clock.steady_now());
    }
    return seen;
}

/// The right pane of the scoring screen (what follows the column rule on each row), flattened.
std::string right_pane(const Frame& f) {
    Frame pane{f.width, f.height, {}};
    for (const auto& line : f.lines) {
        std::string text = line.text();
        auto at = text.find("│ ");
        pane.lines.push_back(Line{}.add(at == std::string::npos ? "" : text.substr(at + std::string("│ ").size())));
    }
    return flat(pane);
}

/// The words of `text`, one space apart, as flat reads them off a frame.
std::string flat_text(const std::string& text) {
    Frame f{1000, 1, {}};
    f.lines.push_back(Line{}.add(text));
    return flat(f);
}

} // namespace

TEST_CASE("layout_session: every question of a full mock shows whole, with the prompt, at 80x24 and 100x30") {
    for (const char* problem : {"url-shortener", "ticketmaster", "google-docs"}) {
        std::size_t seen = each_question(problem, [&](const Run& run, const Cue& cue) {
            for (Size s : {kSizes[0], kSizes[1]}) {
                INFO(problem << " at " << s.width << "x" << s.height << ": " << cue.text);
                Frame f = run.frame(s);
                require_fits(f, s.width, s.height);
                std::string text = flat(f);
                REQUIRE_THAT(text, Catch::Contains(cue.text));
                REQUIRE_THAT(text, Catch::Contains(run.mock.problem().prompt));
            }
        });
        INFO(problem);
        REQUIRE(seen >= 5); // a full mock puts several questions: the loop really walked it
    }
}

TEST_CASE("layout_session: at 60x20 every question still shows whole, and the keys keep ? and q") {
    for (const char* problem : {"url-shortener", "ticketmaster", "google-docs", "api-rate-limiter"}) {
        each_question(problem, [&](const Run& run, const Cue& cue) {
            INFO(problem << ": " << cue.text);
            Frame f = run.frame(kSizes[2]);
            require_fits(f, 60, 20);
            REQUIRE_THAT(flat(f), Catch::Contains(cue.text));
            std::string bar = f.lines.back().text();
            REQUIRE_THAT(bar, Catch::Contains("? keys"));
            REQUIRE_THAT(bar, Catch::Contains("q quit"));
        });
    }
}

TEST_CASE("layout_session: at 80x24 the checklist shows whole or says p shows the rest") {
    Run run("url-shortener");
    Frame f = run.frame(kSizes[0]);
    std::string text = flat(f);
    const Phase& phase = *run.mock.phase();
    bool whole = true;
    for (const auto& item : phase.checklist)
        whole = whole && text.find(item) != std::string::npos;
    REQUIRE((whole || text.find("p: the whole list") != std::string::npos));
    REQUIRE_THAT(text, Catch::Contains(phase.checklist.front()));
}

TEST_CASE("layout_session: p scrolls the problem, checklist and question to their end at every size") {
    for (Size s : kSizes) {
        Run run("google-docs");
        run.view.overlay = Overlay::full_text;
        auto box = session_overlay(run.view, run.clock.steady_now(), s.width);
        PagerKeys keys;
        fit_box_scroll(keys, box.size(), s.height);
        // Scrolled line by line from the top, every line of the box shows at some point, the last one included.
        std::set<std::string> shown;
        for (;;) {
            run.view.overlay_offset = keys.offset;
            Frame f = run.frame(s);
            require_fits(f, s.width, s.height);
            for (const auto& line : box)
                if (!line.empty() && f.text().find(line) != std::string::npos) shown.insert(line);
            if (keys.offset == keys.last) break;
            REQUIRE(scroll_key(keys, Key{Key::Kind::down, ""}));
        }
        for (const auto& line : box) {
            INFO(s.width << "x" << s.height << ": " << line);
            if (!line.empty()) REQUIRE(shown.count(line) == 1);
        }
        // End goes straight to the end, Home back to the start.
        scroll_key(keys, Key{Key::Kind::home, ""});
        REQUIRE(keys.offset == 0);
        scroll_key(keys, Key{Key::Kind::end, ""});
        run.view.overlay_offset = keys.offset;
        REQUIRE_THAT(run.frame(s).text(), Catch::Contains("Any key closes this."));
    }
}

TEST_CASE("layout_session: the keys list scrolls to its end at 60x20") {
    Run run("url-shortener");
    run.view.overlay = Overlay::help;
    auto box = session_overlay(run.view, run.clock.steady_now(), 60);
    PagerKeys keys;
    fit_box_scroll(keys, box.size(), 20);
    scroll_key(keys, Key{Key::Kind::end, ""});
    run.view.overlay_offset = keys.offset;
    Frame f = run.frame(kSizes[2]);
    REQUIRE_THAT(flat_box(f), Catch::Contains("leave; the session stays resumable"));
}

TEST_CASE("layout_session: a 200-character note being typed shows its end and the cursor") {
    std::string note;
    for (int i = 0; note.size() < 200; ++i)
        note += "word" + std::to_string(i) + " ";
    note.resize(200);
    for (Size s : kSizes) {
        Run run("url-shortener");
        Prompt p = note_prompt("requirements");
        p.text = note;
        run.view.prompt = p;
        Frame f = run.frame(s);
        require_fits(f, s.width, s.height);
        std::string typed = f.lines[f.lines.size() - 2].text();
        INFO(typed);
        REQUIRE_THAT(typed, Catch::Contains(note.substr(note.size() - 20) + "▏"));
        REQUIRE_THAT(typed, Catch::StartsWith("Note [requirements]: …"));
    }
}

TEST_CASE("layout_scoring: the selected dimension's anchors, evidence and newest note show at every size") {
    const Content& content = shipped_content();
    for (const char* level : {"", "staff"}) {
        for (std::size_t dim = 0; dim < kDimensionCount; ++dim) {
            const Dimension& d = content.rubric.dimensions[dim];
            std::vector<Note> notes;
            for (int i = 0; i < 6; ++i)
                notes.push_back(Note{Duration(std::chrono::minutes(i)), "deep-dive", d.id,
                                     "note " + std::to_string(i) + " on the design, with enough words to wrap"});
            Scorecard card;
            card.evidence[dim] = "drew the read path first and named the numbers";
            ScoringView view{
                &content, &shipped_problem("ticketmaster"), &notes, &card, dim, std::nullopt, "", Scorer::self, level};
            for (Size s : kSizes) {
                INFO(d.id << " at " << s.width << "x" << s.height << " level '" << level << "'");
                Frame f = layout_scoring(view, s.width, s.height);
                require_fits(f, s.width, s.height);
                std::string pane = right_pane(f);
                INFO(f.text());
                for (const std::string* anchor : {&d.score_1, &d.score_3, &d.score_5})
                    REQUIRE_THAT(pane, Catch::Contains(*anchor));
                REQUIRE_THAT(pane, Catch::Contains("Evidence: " + card.evidence[dim]));
                // From 80x24 on, the newest note too (at 60x20 the anchors can take every row).
                if (s.height >= 24) REQUIRE_THAT(pane, Catch::Contains(notes.back().text));
                REQUIRE_THAT(f.lines.back().text(), Catch::Contains("? keys"));
                REQUIRE_THAT(f.lines.back().text(), Catch::Contains("q leave"));
            }
        }
    }
}

TEST_CASE("layout_summary: a long summary scrolls to its last line at every size") {
    std::vector<std::string> lines;
    for (int i = 0; i < 60; ++i)
        lines.push_back("line " + std::to_string(i));
    for (Size s : kSizes) {
        std::size_t rows = static_cast<std::size_t>(s.height - 3);
        Frame f = layout_summary(lines, "Summary", s.width, s.height, lines.size() - rows);
        require_fits(f, s.width, s.height);
        REQUIRE_THAT(f.text(), Catch::Contains("line 59"));
        REQUIRE_THAT(f.lines.back().text(), Catch::Contains("Enter"));
    }
}

TEST_CASE("key_bar: a narrow bar drops the middle keys and keeps ? and q") {
    Line bar = key_bar({{"space", "pause"},
                        {"n", "next"},
                        {"a", "note"},
                        {"x", "answered"},
                        {"s", "skip"},
                        {"p", "problem"},
                        {"?", "keys"},
                        {"q", "quit"}},
                       40);
    REQUIRE(display_width(bar.text()) <= 40);
    REQUIRE_THAT(bar.text(), Catch::Contains("? keys"));
    REQUIRE_THAT(bar.text(), Catch::Contains("q quit"));
    REQUIRE_THAT(bar.text(), Catch::Contains("space pause"));
}

TEST_CASE("layout_pager: a report's green and red become the page's styles, other escapes are left out") {
    Line line = styled_line("2026-W48  2  41.0  \033[32m+3.50\033[0m  \033[31m-1.25\033[0m \033[1mx\033[0m");
    REQUIRE(line.text() == "2026-W48  2  41.0  +3.50  -1.25 x");
    const Span* up = nullptr;
    const Span* down = nullptr;
    for (const auto& s : line.spans) {
        if (s.text == "+3.50") up = &s;
        if (s.text == "-1.25") down = &s;
    }
    REQUIRE(up != nullptr);
    REQUIRE(up->style == Style::good);
    REQUIRE(down != nullptr);
    REQUIRE(down->style == Style::bad);
    Frame f = layout_pager("Trends", std::vector<std::string>{"\033[32m+3.50\033[0m"}, 0, "q back", 60, 20);
    require_fits(f, 60, 20);
    REQUIRE(f.text().find('\033') == std::string::npos);
}

TEST_CASE("layout_interviewer: the keys box scrolls to its end at 60x20, each key whole") {
    test::PairedDesk d;
    InterviewerView view = d.view;
    view.overlay = Overlay::help;
    auto box = interviewer_overlay(view, 60, 20);
    PagerKeys keys;
    fit_box_scroll(keys, box.size(), 20);
    REQUIRE(keys.last > 0); // taller than the screen: it must scroll
    scroll_key(keys, Key{Key::Kind::end, ""});
    view.overlay_offset = keys.offset;
    Frame f = layout_interviewer(view, d.now(), 60, 20);
    require_fits(f, 60, 20);
    REQUIRE_THAT(flat_box(f), Catch::Contains("Any key closes this list."));
    REQUIRE_THAT(flat_box(f), Catch::Contains("q leave; the session stays resumable"));
}

TEST_CASE("layout_interviewer: the selected line of the script shows whole at 80x24, 100x30 and 60x20") {
    for (const char* problem : {"url-shortener", "ticketmaster", "google-docs"}) {
        test::PairedDesk d(shipped_problem(problem));
        std::size_t checked = 0;
        while (true) {
            auto script = d.mock.script();
            for (std::size_t i = 0; i < script.size(); ++i) {
                d.view.selected = i;
                for (Size s : kSizes) {
                    Frame f = d.frame(s.width, s.height);
                    require_fits(f, s.width, s.height);
                    INFO(problem << " at " << s.width << "x" << s.height << ": " << script[i].text);
                    REQUIRE_THAT(flat(f),
                                 Catch::Contains(flat_text(script[i].text + "  [" + script[i].dimension + "]")));
                }
                ++checked;
            }
            if (d.mock.timer().phase() + 1 >= d.mock.timer().phase_count()) break;
            d.mock.next_phase(d.now());
        }
        REQUIRE(checked >= 20); // a full mock's script, not an empty one
    }
}
