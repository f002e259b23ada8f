#include "content/config.hpp"
#include "content/loader.hpp"
#include "core/error.hpp"
#include "core/review.hpp"
#include "report/review_view.hpp"
#include "store/history.hpp"
#include "support/frames.hpp"
#include "support/paired_screens.hpp"
#include "support/shipped_content.hpp"
#include "support/temp_dir.hpp"
#include "tui/layout.hpp"

#include <SQLiteCpp/SQLiteCpp.h>
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

using namespace sdmock;
using sdmock::test::flat;
using sdmock::test::require_fits;
using sdmock::test::shipped_content;
using sdmock::test::shipped_problem;

namespace {

std::string shipped_rubric_text() {
    std::ifstream in(std::string(SDMOCK_SOURCE_DIR) + "/rubrics/system-design-12.toml");
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::string errors_of(const std::string& text) {
    LoadResult result;
    load_one("rubrics", text, "rubrics/system-design-12.toml", result);
    std::string out;
    for (const auto& d : result.diagnostics.all())
        if (d.severity == Diagnostic::Severity::error) out += d.str() + "\n";
    return out;
}

} // namespace

TEST_CASE("levels: the shipped rubric has mid, senior and staff, and every dimension says what each must show") {
    const Rubric& rubric = shipped_content().rubric;
    REQUIRE(rubric.levels.size() == kLevelIds.size());
    for (std::size_t i = 0; i < kLevelIds.size(); ++i) {
        REQUIRE(rubric.levels[i].id == kLevelIds[i]);
        REQUIRE_FALSE(rubric.levels[i].name.empty());
        REQUIRE_FALSE(rubric.levels[i].summary.empty());
    }
    REQUIRE(rubric.dimensions.size() == kDimensionIds.size());
    for (const auto& d : rubric.dimensions)
        for (auto level : kLevelIds) {
            INFO(d.id << " at " << level);
            REQUIRE_FALSE(d.expectation(level).empty());
        }
    // No two levels say the same thing about a dimension.
    for (const auto& d : rubric.dimensions)
        REQUIRE((d.expects[0] != d.expects[1] && d.expects[1] != d.expects[2]));
    REQUIRE(rubric.dimension("caching")->expectation("principal").empty());
}

TEST_CASE("levels: a rubric missing a level or a dimension's expectation is reported") {
    std::string text = shipped_rubric_text();
    REQUIRE(errors_of(text).empty());

    std::string no_staff = text;
    auto at = no_staff.find("[[levels]]\nid = \"staff\"");
    REQUIRE(at != std::string::npos);
    no_staff.replace(at, std::string("[[levels]]\nid = \"staff\"").size(), "[[levels]]\nid = \"staffs\"");
    std::string errors = errors_of(no_staff);
    REQUIRE_THAT(errors, Catch::Contains("no [[levels]] entry with id \"staff\""));
    REQUIRE_THAT(errors, Catch::Contains("unknown level \"staffs\""));

    std::string no_mid = text;
    at = no_mid.find("\nmid = ");
    REQUIRE(at != std::string::npos);
    no_mid.replace(at, 7, "\nmod = ");
    errors = errors_of(no_mid);
    REQUIRE_THAT(errors, Catch::Contains("rubrics/system-design-12.toml:"));
    REQUIRE_THAT(errors, Catch::Contains("mid"));
}

TEST_CASE("config: level defaults to senior, is read, and a bad one names the file and the choices") {
    REQUIRE(parse_config("", "config.toml").level == "senior");
    REQUIRE(parse_config("level = \"staff\"\n", "config.toml").level == "staff");
    try {
        (void)parse_config("bell = true\nlevel = \"junior\"\n", "config.toml");
        FAIL("a bad level was accepted");
    } catch (const ContentError& e) {
        REQUIRE_THAT(e.what(), Catch::Contains("config.toml:2:"));
        REQUIRE_THAT(e.what(), Catch::Contains("'level' should be \"mid\", \"senior\" or \"staff\""));
    }
}

TEST_CASE("History: a version 5 history gains the level, its sessions have none recorded") {
    test::TempDir dir;
    auto path = dir.path() / "v5.db";
    {
        // The schema as version 5 shipped it, with one finished session.
        SQLite::Database db(path.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        db.exec(R"sql(
            CREATE TABLE sessions (id INTEGER PRIMARY KEY, problem TEXT NOT NULL, plan TEXT NOT NULL,
                mode TEXT NOT NULL, status TEXT NOT NULL, started_at TEXT NOT NULL, seed INTEGER NOT NULL,
                speed REAL NOT NULL DEFAULT 1, elapsed_ms INTEGER NOT NULL DEFAULT 0,
                heartbeat_ms INTEGER NOT NULL DEFAULT 0, owner_pid INTEGER NOT NULL DEFAULT 0,
                practice INTEGER NOT NULL DEFAULT 0);
            CREATE TABLE events (id INTEGER PRIMARY KEY, session_id INTEGER NOT NULL, t_ms INTEGER NOT NULL,
                kind TEXT NOT NULL, phase TEXT NOT NULL DEFAULT '', dimension TEXT NOT NULL DEFAULT '',
                text TEXT NOT NULL DEFAULT '', value INTEGER NOT NULL DEFAULT 0);
            CREATE TABLE scorecards (session_id INTEGER NOT NULL, scorer TEXT NOT NULL,
                requirements INTEGER, estimation INTEGER, api INTEGER, architecture INTEGER, data INTEGER,
                caching INTEGER, async INTEGER, scaling INTEGER, reliability INTEGER, security INTEGER,
                observability INTEGER, communication INTEGER, total INTEGER NOT NULL,
                notes TEXT NOT NULL DEFAULT '', PRIMARY KEY (session_id, scorer));
            CREATE TABLE evidence (session_id INTEGER NOT NULL, scorer TEXT NOT NULL, dimension TEXT NOT NULL,
                text TEXT NOT NULL, PRIMARY KEY (session_id, scorer, dimension));
            CREATE INDEX sessions_by_start ON sessions(started_at);
            CREATE TABLE coverage (session_id INTEGER NOT NULL, point TEXT NOT NULL, covered INTEGER NOT NULL,
                PRIMARY KEY (session_id, point));
            INSERT INTO sessions (problem, plan, mode, status, started_at, seed, elapsed_ms)
                VALUES ('uber', 'standard-45', 'solo', 'finished', '2026-11-02T09:00:00+01:00', 7, 125000);
            PRAGMA user_version = 5;
        )sql");
    }
    History history(path);
    REQUIRE(history.schema_version() == History::kSchemaVersion);
    auto old = history.load(1);
    REQUIRE(old.has_value());
    REQUIRE(old->info.problem == "uber");
    REQUIRE(old->info.level.empty());
    NewSession fresh{"pastebin", "mini-25", Mode::solo, "2026-11-03T09:00:00+01:00", 1, 1.0, {}, "staff"};
    auto id = history.create_session(fresh);
    REQUIRE(history.info(id)->level == "staff");
    REQUIRE(history.list().size() == 2);
}

TEST_CASE("layout_scoring: beside the anchors, what the mock's level must show in the selected dimension") {
    const Content& content = shipped_content();
    std::vector<Note> notes;
    Scorecard card;
    std::size_t caching = 5;
    const Dimension& dim = content.rubric.dimensions[caching];
    tui::ScoringView view{
        &content, &shipped_problem("url-shortener"), &notes, &card, caching, std::nullopt, "", Scorer::self, "staff"};
    tui::Frame f = tui::layout_scoring(view, 100, 40);
    require_fits(f, 100, 40);
    std::string text = flat(f);
    REQUIRE_THAT(text, Catch::Contains("At Staff (L7+):"));
    REQUIRE_THAT(text, Catch::Contains(test::opening(dim.expectation("staff"), 4)));
    view.level.clear(); // a session from before levels: no expectation shown
    REQUIRE_THAT(flat(tui::layout_scoring(view, 100, 40)), !Catch::Contains("(L7+)"));
    // At 80x24 the question gives way, so the level's expectation and all three anchors show.
    view.level = "staff";
    f = tui::layout_scoring(view, 80, 24);
    require_fits(f, 80, 24);
    text = flat(f);
    REQUIRE_THAT(text, Catch::Contains("At Staff (L7+):"));
    REQUIRE_THAT(text, Catch::Contains("5 " + test::opening(dim.score_5, 4)));
}

TEST_CASE("layout_interviewer: a line says what the level must show in the selected line's dimension") {
    test::PairedDesk d;
    d.mock.set_level("mid");
    tui::Frame f = d.frame(80, 24);
    require_fits(f, 80, 24);
    std::string text = flat(f);
    REQUIRE_THAT(text, Catch::Contains("Mid-level (L4/L5) shows [requirements]:"));
    d.mock.set_level("");
    REQUIRE_THAT(flat(d.frame(80, 24)), !Catch::Contains(" shows ["));
    require_fits(d.frame(80, 24), 80, 24);
}

TEST_CASE("review: per dimension what the mock's level must show, in the tail lines and the JSON") {
    const Content& content = shipped_content();
    SessionRecord record;
    record.info.id = 3;
    record.info.problem = "url-shortener";
    record.info.plan = "standard-45";
    record.info.status = Status::finished;
    record.info.level = "senior";
    Review review =
        build_review(record, shipped_problem("url-shortener"), test::shipped_plan("standard-45"), content, {});
    REQUIRE(review.level == "senior");
    REQUIRE(review.expectations.size() == kDimensionIds.size());
    std::string tail;
    for (const auto& l : review_tail_lines(review, record, content.rubric, 80))
        tail += l + "\n";
    REQUIRE_THAT(tail, Catch::Contains("What Senior (L6+) must show"));
    std::string json = render_review_json(review, record, {}, {});
    REQUIRE_THAT(json, Catch::Contains("\"level\": \"senior\""));
    REQUIRE_THAT(json, Catch::Contains("\"caching\": \""));

    record.info.level.clear();
    Review unknown =
        build_review(record, shipped_problem("url-shortener"), test::shipped_plan("standard-45"), content, {});
    REQUIRE(unknown.expectations.empty());
    REQUIRE_THAT(render_review_json(unknown, record, {}, {}), Catch::Contains("\"level\": null"));
}

TEST_CASE("layout_interviewer: the o box keeps its closing line at 80x24, the level's expectation only if it fits") {
    test::PairedDesk d(shipped_problem("url-shortener"));
    d.mock.set_level("staff");
    bool shown_once = false;
    for (int phase = 0; phase < 5; ++phase) {
        for (std::size_t i = 0; i < d.mock.script().size(); ++i) {
            d.view.selected = i;
            d.view.overlay = tui::Overlay::line;
            d.mock.set_level("");
            bool closes = flat(d.frame(80, 24)).find("Any key closes this.") != std::string::npos;
            d.mock.set_level("staff");
            std::string text = flat(d.frame(80, 24));
            INFO("phase " << phase << " line " << i);
            // The level's line never pushes the closing line off a box that had room for it.
            if (closes) REQUIRE_THAT(text, Catch::Contains("Any key closes this."));
            shown_once = shown_once || text.find("│ Staff (L7+) shows [") != std::string::npos;
        }
        if (phase < 4) d.mock.next_phase(d.now());
    }
    REQUIRE(shown_once);
}
