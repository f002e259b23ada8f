#include "core/clock.hpp"
#include "core/mock.hpp"
#include "core/save_notice.hpp"
#include "core/scorecard.hpp"
#include "core/session.hpp"
#include "core/text.hpp"
#include "support/frames.hpp"
#include "support/recording_sink.hpp"
#include "support/shipped_content.hpp"
#include "tui/layout.hpp"
#include "tui/menu.hpp"

#include <catch2/catch.hpp>

#include <cctype>
#include <sstream>
#include <string>
#include <vector>

using namespace sdmock;
using namespace sdmock::tui;
using namespace std::chrono_literals;
using sdmock::test::flat;
using sdmock::test::line_with;
using sdmock::test::opening;
using sdmock::test::require_fits;
using sdmock::test::shipped_content;
using sdmock::test::shipped_plan;
using sdmock::test::shipped_problem;
using sdmock::test::shows;
using sdmock::test::span_with;

namespace {

/// A running standard-45 mock on a fake clock, as the session screen sees it.
struct Screen {
    explicit Screen(const Problem& p = shipped_problem("url-shortener"), const Plan& pl = shipped_plan("standard-45"))
        : problem(p), plan(pl), mock(problem, plan, shipped_content(), 7, 1.0, Role::solo, sink) {
        mock.start(clock.steady_now());
        view.mock = &mock;
        view.content = &shipped_content();
        view.session_id = 17;
    }
    [[nodiscard]] SteadyTime now() const { return clock.steady_now(); }
    [[nodiscard]] Frame frame(int width = 80, int height = 24) const {
        return layout_session(view, now(), width, height);
    }

    FakeClock clock;
    test::RecordingSink sink;
    const Problem& problem;
    const Plan& plan;
    MockSession mock;
    SessionView view;
};

/// The style of each row of the big clock showing `clock`; fails when a row is missing.
std::vector<Style> clock_styles(const Frame& f, const std::string& clock) {
    std::vector<Style> out;
    for (const auto& row : big_text(clock)) {
        const Span* span = span_with(f, row);
        INFO("clock " << clock << ", row \"" << row << "\"\n" << f.text());
        REQUIRE(span != nullptr);
        out.push_back(span->style);
    }
    return out;
}

} // namespace

TEST_CASE("layout_session: every frame fills the terminal and stays within its width") {
    Screen s;
    s.mock.add_note(s.now(), "requirements", "Custom aliases are in scope");
    auto check = [&](const std::string& state) {
        const std::pair<int, int> sizes[] = {{80, 24}, {kMinWidth, kMinHeight}, {100, 30}, {132, 43}};
        for (auto [w, h] : sizes) {
            INFO(state << " at " << w << "x" << h);
            require_fits(s.frame(w, h), w, h);
        }
    };
    check("fresh");
    s.clock.advance(4min + 30s);
    check("last minute");
    s.view.prompt = Prompt{"Note [caching]", std::string(200, 'x'), "Tab: dimension · Enter: save · Esc: cancel"};
    check("typing a long note");
    s.view.prompt.reset();
    s.view.flash = "Saved.";
    check("flash");
    s.view.flash.clear();
    s.clock.advance(70min);
    s.mock.add_note(s.now(), "observability", std::string(300, 'n'));
    check("more than an hour in");
    s.view.overlay = Overlay::help;
    check("help");
    s.view.overlay = Overlay::confirm_quit;
    check("quit");
    s.view.overlay = Overlay::none;
    s.mock.toggle_pause(s.now());
    check("paused");
    s.mock.end(s.now());
    check("ended");
}

TEST_CASE("layout_session: shows the problem, the phase, its goal, the cue and the keys") {
    Screen s;
    Frame f = s.frame();
    const Phase& first = s.plan.phases.front();
    REQUIRE(shows(f, s.problem.title));
    REQUIRE(shows(f, "Phase 1 of " + std::to_string(s.plan.phases.size()) + " · " + first.name));
    REQUIRE(shows(f, opening(first.goal, 4)));
    REQUIRE(shows(f, opening(s.problem.prompt, 4)));

    auto cues = schedule_cues(s.plan, s.problem, shipped_content(), 7);
    REQUIRE_FALSE(cues.empty());
    REQUIRE(cues.front().at == 0ms);
    REQUIRE(shows(f, opening(cues.front().text, 4)));

    std::string keys = f.lines.back().text();
    for (const auto* key : {"space pause", "n next", "a note", "x answered", "p problem", "q quit"}) {
        INFO("key bar: " << keys);
        REQUIRE(keys.find(key) != std::string::npos);
    }
}

TEST_CASE("layout_session: never shows the problem's answer key") {
    for (const auto& problem : shipped_content().problems) {
        Screen s(problem);
        std::vector<std::string> secret = {problem.key.scope};
        for (const auto* list : {&problem.key.functional, &problem.key.non_functional, &problem.key.architecture,
                                 &problem.key.data_model, &problem.key.risks})
            secret.insert(secret.end(), list->begin(), list->end());
        for (int step = 0; step < 5; ++step) {
            std::string text = flat(s.frame(132, 43));
            for (const auto& item : secret) {
                if (item.empty()) continue;
                INFO("problem " << problem.id << ", phase " << step << ", key text: " << item);
                REQUIRE(text.find(opening(item, 5)) == std::string::npos);
            }
            s.clock.advance(2min);
            s.mock.next_phase(s.now());
        }
    }
}

TEST_CASE("layout_session: the big clock warns in the last minute of a phase") {
    Screen s;
    Duration planned = s.plan.phases.front().planned();
    s.clock.advance(planned - 61s);
    for (Style st : clock_styles(s.frame(120, 40), clock_text(61s))) {
        REQUIRE(st != Style::warn);
        REQUIRE(st != Style::alert);
    }
    s.clock.advance(2s);
    for (Style st : clock_styles(s.frame(120, 40), clock_text(59s)))
        REQUIRE(st == Style::warn);
    REQUIRE_FALSE(shows(s.frame(120, 40), "OVERTIME"));
}

TEST_CASE("layout_session: in overtime the clock counts up with a '+' in alert style") {
    Screen s;
    s.clock.advance(s.plan.phases.front().planned() + 5s);
    Frame f = s.frame(120, 40); // the big clock: where the checklist fits beside it
    std::string over = "+" + clock_text(5s);
    for (Style st : clock_styles(f, over))
        REQUIRE(st == Style::alert);
    // The '+' glyph is drawn: the rows differ from those of the unsigned time.
    REQUIRE(big_text(over) != big_text(clock_text(5s)));
    const Span* state = span_with(f, "OVERTIME");
    REQUIRE(state != nullptr);
    REQUIRE(state->style == Style::alert);
}

TEST_CASE("layout_session: a paused mock says PAUSED and offers resume") {
    Screen s;
    REQUIRE_FALSE(shows(s.frame(), "PAUSED"));
    s.clock.advance(20s);
    s.mock.toggle_pause(s.now());
    Frame f = s.frame();
    REQUIRE(shows(f, "PAUSED"));
    REQUIRE(f.lines.back().text().find("space resume") != std::string::npos);
}

TEST_CASE("layout_session: a note appears with its time and dimension") {
    Screen s;
    s.clock.advance(95s);
    s.mock.add_note(s.now(), "caching", "Cache-aside in front of the URL table");
    std::string line = line_with(s.frame(), "Cache-aside in front of the URL table");
    INFO(s.frame().text());
    REQUIRE_FALSE(line.empty());
    REQUIRE(line.find("[caching]") != std::string::npos);
    REQUIRE(line.find(clock_text(95s)) != std::string::npos);
    REQUIRE(shows(s.frame(), "Notes (1)"));
}

TEST_CASE("layout_session: the interviewer's answer, offered with r, shows this problem's reply whole") {
    Screen s;
    const Reply* reply = s.mock.reply_on_screen(s.now());
    REQUIRE(reply != nullptr);
    REQUIRE(shows(s.frame(), "r the answer"));
    s.view.overlay = Overlay::reply;
    Frame f = s.frame();
    require_fits(f, 80, 24);
    REQUIRE(shows(f, "The interviewer answers"));
    REQUIRE_THAT(test::flat_box(f), Catch::Contains(reply->text));
}

TEST_CASE("layout_session: in the estimation phase p shows the figures the problem hands over") {
    Screen s;
    const auto& givens = s.problem.key.givens;
    REQUIRE(givens.size() >= 3);
    s.view.overlay = Overlay::full_text;
    REQUIRE_THAT(flat(s.frame(100, 40)), !Catch::Contains("Figures to work from")); // not while requirements run
    s.mock.next_phase(s.now());
    REQUIRE(s.mock.phase()->id == "estimation");
    Frame f = s.frame(80, 24);
    require_fits(f, 80, 24);
    REQUIRE(shows(f, "Figures to work from: " + opening(givens.front(), 3)));
    std::string all = flat(s.frame(100, 40));
    for (auto at = all.find("│"); at != std::string::npos; at = all.find("│"))
        all.replace(at, std::string("│").size(), "");
    std::string words = opening(all, 10000); // the box's borders gone, its lines joined by one space
    for (const auto& given : givens)
        REQUIRE_THAT(words, Catch::Contains(given));
    s.view.overlay = Overlay::none;
    REQUIRE(s.mock.current_cue(s.now()) != nullptr); // the phase's first question is due at once
    REQUIRE(shows(s.frame(), "p the figures"));
}

TEST_CASE("layout_session: the help overlay lists the keys") {
    Screen s;
    REQUIRE_FALSE(shows(s.frame(), "│ space "));
    s.view.overlay = Overlay::help;
    Frame f = s.frame();
    for (const auto* key : {"space", "n", "a", "x", "q"}) {
        INFO("key " << key << "\n" << f.text());
        REQUIRE(shows(f, std::string("│ ") + key + " "));
    }
}

TEST_CASE("layout_session: the quit overlay says how to resume") {
    Screen s;
    s.view.overlay = Overlay::confirm_quit;
    REQUIRE(shows(s.frame(), "sdmock resume " + std::to_string(s.view.session_id)));
}

TEST_CASE("layout_session: a terminal that is too small gets a message naming its size") {
    Screen s;
    const std::pair<int, int> sizes[] = {{kMinWidth - 1, kMinHeight}, {kMinWidth, kMinHeight - 1}, {40, 12}};
    for (auto [w, h] : sizes) {
        Frame f = s.frame(w, h);
        INFO(w << "x" << h << "\n" << f.text());
        REQUIRE(shows(f, std::to_string(w) + "x" + std::to_string(h)));
        REQUIRE_FALSE(shows(f, s.problem.title));
        require_fits(f, w, h);
    }
    REQUIRE(shows(s.frame(kMinWidth, kMinHeight), "Phase 1 of"));
}

TEST_CASE("big_text: five rows of equal width") {
    for (const char* text : {"12:34", "-01:05", "+00:07", "98:76"}) {
        auto rows = big_text(text);
        INFO(text);
        REQUIRE(rows.size() == 5);
        REQUIRE(display_width(rows[0]) > 0);
        for (const auto& row : rows)
            REQUIRE(display_width(row) == display_width(rows[0]));
    }
    REQUIRE(big_text("12:34") != big_text("12:35"));
}

namespace {

const Dimension& rubric_dimension(const Rubric& rubric, std::string_view id, std::size_t& index) {
    for (std::size_t i = 0; i < rubric.dimensions.size(); ++i)
        if (rubric.dimensions[i].id == id) {
            index = i;
            return rubric.dimensions[i];
        }
    FAIL("no dimension " << id);
    return rubric.dimensions.front();
}

/// The score column of the row naming `name` left of the divider: what stands between the two.
std::string score_of(const Frame& f, const std::string& name) {
    for (const auto& line : f.lines) {
        std::string text = line.text();
        auto at = text.find(name);
        auto bar = text.find("│");
        if (at == std::string::npos || bar == std::string::npos || at > bar) continue;
        std::string cell = text.substr(at + name.size(), bar - at - name.size());
        cell.erase(0, cell.find_first_not_of(' '));
        cell.erase(cell.find_last_not_of(' ') + 1);
        return cell;
    }
    FAIL("no row names " << name << "\n" << f.text());
    return {};
}

} // namespace

TEST_CASE("layout_scoring: the interviewer reads each question worded for them, the candidate for themselves") {
    const Content& content = shipped_content();
    std::vector<Note> notes;
    Scorecard card;
    for (std::size_t i = 0; i < kDimensionCount; ++i) {
        const Dimension& dim = content.rubric.dimensions[i];
        INFO(dim.id);
        REQUIRE_FALSE(dim.interviewer_asks.empty());
        REQUIRE(dim.interviewer_asks.find("the candidate") != std::string::npos);
        ScoringView view{&content, &shipped_problem("zoom"), &notes, &card, i, std::nullopt,
                         "",       Scorer::interviewer,      {}};
        std::string text = flat(layout_scoring(view, 100, 40));
        REQUIRE_THAT(text, Catch::Contains(opening(dim.interviewer_asks, 6)));
        REQUIRE_THAT(text, !Catch::Contains(opening(dim.asks, 4)));
        view.scorer = Scorer::self;
        REQUIRE_THAT(flat(layout_scoring(view, 100, 40)), Catch::Contains(opening(dim.asks, 6)));
    }
}

TEST_CASE("layout_scoring: shows the rubric, the evidence and the scores") {
    const Content& content = shipped_content();
    const Rubric& rubric = content.rubric;
    std::size_t selected = 0;
    const Dimension& caching = rubric_dimension(rubric, "caching", selected);
    std::vector<Note> notes = {{30s, "requirements", "requirements", "Custom aliases are in scope"},
                               {65s, "high-level", "caching", "Cache-aside with a 24h TTL"},
                               {125s, "deep-dive", "caching", "Hot codes replicated to every node"}};
    Scorecard card;
    card.set(0, 4);
    card.set(selected, 2);
    ScoringView view{
        &content, &shipped_problem("url-shortener"), &notes, &card, selected, std::nullopt, "", Scorer::self, {}};

    Frame f = layout_scoring(view, 100, 40);
    require_fits(f, 100, 40);
    std::string text = flat(f);
    REQUIRE(shows(f, caching.name));
    REQUIRE_THAT(text, Catch::Contains("1 " + opening(caching.score_1, 4)));
    REQUIRE_THAT(text, Catch::Contains("3 " + opening(caching.score_3, 4)));
    REQUIRE_THAT(text, Catch::Contains("5 " + opening(caching.score_5, 4)));

    REQUIRE_THAT(text, Catch::Contains(clock_text(65s) + " Cache-aside with a 24h TTL"));
    REQUIRE_THAT(text, Catch::Contains(clock_text(125s) + " Hot codes replicated to every node"));
    REQUIRE_FALSE(shows(f, "Custom aliases are in scope")); // tagged to another dimension

    REQUIRE(score_of(f, rubric.dimensions[0].name) == "4");
    REQUIRE(score_of(f, caching.name) == "2");
    REQUIRE(score_of(f, rubric.dimensions[1].name) == "·");
    REQUIRE(shows(f, "2 of " + std::to_string(kDimensionCount) + " scored"));

    // Another dimension: its own rubric text, and no evidence from the caching notes.
    std::size_t data_index = 0;
    const Dimension& data = rubric_dimension(rubric, "data", data_index);
    view.selected = data_index;
    Frame g = layout_scoring(view, 80, 24);
    require_fits(g, 80, 24);
    REQUIRE_THAT(flat(g), Catch::Contains("1 " + opening(data.score_1, 3)));
    REQUIRE_FALSE(shows(g, "Cache-aside with a 24h TTL"));
}

TEST_CASE("layout_menu: keeps the selected row visible in a list longer than the screen") {
    std::vector<MenuItem> items;
    for (int i = 0; i < 40; ++i) {
        std::string n = (i < 10 ? "0" : "") + std::to_string(i);
        items.push_back({"item-" + n, "detail of item " + n});
    }
    for (const auto& intro : {std::vector<std::string>{}, std::vector<std::string>{"Pick one.", "Or press q."}}) {
        for (std::size_t selected = 0; selected < items.size(); ++selected) {
            Frame f = layout_menu("Problems", intro, items, selected, "Enter: open · q: back", 80, kMinHeight);
            INFO("selected " << selected << "\n" << f.text());
            require_fits(f, 80, kMinHeight);
            std::string marked = line_with(f, "▶");
            REQUIRE(marked.find(items[selected].label) != std::string::npos);
            REQUIRE(shows(f, "Enter: open · q: back"));
        }
    }
    Frame last = layout_menu("Problems", {}, items, 39, "keys", 80, kMinHeight);
    REQUIRE_FALSE(shows(last, "item-00"));
}

TEST_CASE("layout_pager: shows the position when the text is longer than the screen") {
    std::vector<std::string> lines;
    for (int i = 1; i <= 45; ++i)
        lines.push_back("line " + std::string(i < 10 ? "0" : "") + std::to_string(i));

    for (std::size_t offset : {std::size_t{0}, std::size_t{10}, std::size_t{30}}) {
        Frame f = layout_pager("Session 3", lines, offset, "q: back", 80, 23);
        require_fits(f, 80, 23);
        // The rows on screen, from the frame itself.
        std::size_t first = 0;
        std::size_t last = 0;
        for (std::size_t i = 0; i < lines.size(); ++i)
            if (shows(f, lines[i])) {
                if (first == 0) first = i + 1;
                last = i + 1;
            }
        INFO("offset " << offset << "\n" << f.text());
        REQUIRE(first == offset + 1);
        REQUIRE(last > first);
        REQUIRE(f.lines.back().text().find(std::to_string(last) + "/45") != std::string::npos);
    }

    Frame shorter = layout_pager("Session 3", {"one", "two"}, 0, "q: back", 80, 23);
    REQUIRE_FALSE(shows(shorter, "/2"));
}

TEST_CASE("layout_scoring: a drill lists only its dimensions, its total out of what they can give") {
    const Content& content = shipped_content();
    std::vector<Note> notes;
    Scorecard card;
    card.set(5, 4);
    ScoringView view{&content, &shipped_problem("url-shortener"), &notes, &card, 5, std::nullopt, "", Scorer::self, "",
                     {5, 7}};
    std::string text = flat(layout_scoring(view, 100, 40));
    REQUIRE_THAT(text, Catch::Contains("1 of 2 scored · total 4/10"));
    REQUIRE_THAT(text, Catch::Contains(content.rubric.dimensions[5].name));
    REQUIRE_THAT(text, Catch::Contains(content.rubric.dimensions[7].name));
    REQUIRE_THAT(text, !Catch::Contains(content.rubric.dimensions[0].name));
    REQUIRE_THAT(text, !Catch::Contains(content.rubric.dimensions[11].name));
}

TEST_CASE("layout_session: actions waiting for the history's lock show on a line of their own, keys still shown") {
    Screen s;
    s.mock.add_note(s.now(), "requirements", "Custom aliases are in scope");
    s.view.notice = waiting_text(3);
    s.view.waiting = 3;
    for (auto [w, h] : {std::pair{80, 24}, std::pair{kMinWidth, kMinHeight}}) {
        Frame f = s.frame(w, h);
        INFO(f.text());
        require_fits(f, w, h);
        REQUIRE(shows(f, "3 actions waiting: the history is locked"));
        REQUIRE(span_with(f, "3 actions waiting")->style == Style::alert);
        REQUIRE(shows(f, "space pause")); // the key bar stays
        REQUIRE(shows(f, "Custom aliases"));
    }
    s.view.prompt = Prompt{"Note [caching]", "typing", "Enter: save"};
    REQUIRE(shows(s.frame(), "3 actions waiting"));
    REQUIRE(shows(s.frame(), "typing"));
    s.view.prompt.reset();
    // "Leave?" no longer says everything is saved.
    s.view.overlay = Overlay::confirm_quit;
    REQUIRE_FALSE(shows(s.frame(), "Everything so far is saved"));
    REQUIRE(shows(s.frame(), "leaving tries once more"));
    s.view.waiting = 0;
    s.view.notice = saved_text(3);
    REQUIRE(shows(s.frame(), "The 3 waiting actions are saved."));
    REQUIRE(shows(s.frame(), "Everything so far is saved"));
}

TEST_CASE("layout_session: a recorded mock says so in the header, at 80 columns and at the smallest") {
    Screen s;
    CHECK(s.frame().lines.front().text().find("● rec") == std::string::npos);
    s.view.recording = true;
    for (int width : {80, 60}) {
        Frame f = s.frame(width, 24);
        INFO(f.text());
        CHECK(f.lines.front().text().find("● rec · session 17") != std::string::npos);
        require_fits(f, width, 24);
    }
}
