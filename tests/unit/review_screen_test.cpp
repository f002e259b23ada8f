#include "core/review.hpp"
#include "support/frames.hpp"
#include "support/keys.hpp"
#include "support/shipped_content.hpp"
#include "tui/keys.hpp"
#include "tui/layout.hpp"

#include <catch2/catch.hpp>

using namespace sdmock;
using namespace sdmock::tui;
using namespace std::chrono_literals;
using sdmock::test::as;
using sdmock::test::is_none;
using sdmock::test::named_key;
using sdmock::test::require_fits;
using sdmock::test::shows;
using sdmock::test::text_key;

namespace {

struct Screen {
    Screen() {
        record.info.id = 9;
        record.info.problem = "url-shortener";
        record.info.plan = "standard-45";
        record.events.push_back({20s, std::string(event::note), "requirements", "requirements",
                                 "asked for DAU: 100M links a month, reads outnumber writes about 100 to 1", 0});
        Scorecard self;
        self.set(*dimension_index("requirements"), 4);
        record.self = self;
        rebuild();
    }
    void rebuild() { review = build_review(record, problem, plan, test::shipped_content(), ticks); }
    Frame frame(int w = 80, int h = 24) {
        ReviewView view{&review,    &ticks,       &test::shipped_content().rubric, &*record.self, problem.title, 9,
                        keys.phase, keys.selected};
        return layout_review(view, w, h);
    }
    ReviewAction press(const Key& key) { return update_review(keys, key, review, ticks); }

    const Problem& problem = test::shipped_problem("url-shortener");
    const Plan& plan = test::shipped_plan("standard-45");
    SessionRecord record;
    Ticks ticks;
    Review review;
    ReviewKeys keys;
};

} // namespace

TEST_CASE("layout_review: at 80x24 the phase's notes beside its key points, the point in full, the coverage") {
    Screen s;
    Frame f = s.frame();
    INFO(f.text());
    require_fits(f, 80, 24);
    REQUIRE(shows(f, "session 9 · review"));
    REQUIRE(shows(f, "Phase 1 of 5 · Requirements"));
    // Side by side: the note and a key point on the same row.
    std::string row = test::line_with(f, "asked for DAU");
    REQUIRE(row.find("│") != std::string::npos);
    REQUIRE(row.find("[ ]") != std::string::npos);
    REQUIRE(shows(f, "The answer key · 0 of 10 ticked"));
    REQUIRE(shows(f, s.problem.key.functional[0].substr(0, 30)));
    REQUIRE(shows(f, "Requirements & scope: you gave 4 · covered 0 of 10 · 10 to tick"));
    for (auto [w, h] : {std::pair{kMinWidth, kMinHeight}, std::pair{132, 43}})
        require_fits(s.frame(w, h), w, h);
}

TEST_CASE("update_review: y and n tick and move down, space toggles, phases move, q leaves") {
    Screen s;
    const auto& points = s.review.phases[0].points;
    REQUIRE(as<act::Tick>(s.press(text_key("y"))) == act::Tick{points[0].id, true});
    REQUIRE(s.keys.selected == 1);
    REQUIRE(as<act::Tick>(s.press(text_key("n"))) == act::Tick{points[1].id, false});
    s.ticks[points[0].id] = true;
    s.keys.selected = 0;
    REQUIRE(as<act::Tick>(s.press(text_key(" "))) == act::Tick{points[0].id, false});
    REQUIRE(as<act::Tick>(s.press(text_key("x"))) == act::Tick{points[0].id, false}); // as saved: still covered
    s.press(named_key(Key::Kind::right));
    REQUIRE(s.keys.phase == 1);
    REQUIRE(s.keys.selected == 0);
    s.press(named_key(Key::Kind::tab));
    s.press(text_key("h"));
    REQUIRE(s.keys.phase == 1);
    for (int i = 0; i < 10; ++i)
        s.press(named_key(Key::Kind::right));
    REQUIRE(s.keys.phase == 4);
    for (int i = 0; i < 100; ++i)
        s.press(named_key(Key::Kind::down));
    REQUIRE(s.keys.selected == s.review.phases[4].points.size() - 1);
    as<act::ShowTail>(s.press(text_key("m")));
    as<act::Leave>(s.press(text_key("q")));
    as<act::Leave>(s.press(named_key(Key::Kind::escape)));
    REQUIRE(is_none(s.press(text_key("z"))));
}

TEST_CASE("layout_review: a tick shows at once, with the coverage it makes") {
    Screen s;
    for (const auto& point : s.review.phases[0].points)
        s.ticks[point.id] = point.id.rfind("functional", 0) == 0;
    s.rebuild();
    Frame f = s.frame();
    INFO(f.text());
    REQUIRE(shows(f, "The answer key · 10 of 10 ticked"));
    REQUIRE(shows(f, "[✓]"));
    REQUIRE(shows(f, "[✗]"));
    auto functional = static_cast<int>(s.problem.key.functional.size());
    REQUIRE(shows(f, "covered " + std::to_string(functional) + " of 10 · suggests " +
                         std::to_string(suggested_score(functional, 10))));
}
