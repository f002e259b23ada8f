// The interviewer's script in the content: replies to clarifying questions, the figures given
// for estimation, strong-answer points and hints, and the traits curveballs are matched by.
#include "content/loader.hpp"
#include "core/cue_scheduler.hpp"
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <regex>
#include <set>

using namespace sdmock;
using sdmock::test::fixture;

namespace {

std::string messages(const LoadResult& r) {
    std::string s;
    for (const auto& d : r.diagnostics.all())
        s += d.str() + "\n";
    return s;
}

LoadResult load_script_fixture() {
    LoadResult r;
    load_one("problems", fixture("broken/script-problem.toml"), "prompts/problems/script-problem.toml", r);
    return r;
}

} // namespace

TEST_CASE("content: the script's counts and words are checked where they are written") {
    auto r = load_script_fixture();
    std::string all = messages(r);
    INFO(all);
    REQUIRE_THAT(all, Catch::Contains("prompts/problems/script-problem.toml:10:") &&
                          Catch::Contains("'key.givens' should hold 3 to 6 items, found 2"));
    REQUIRE_THAT(all, Catch::Contains(":11:") && Catch::Contains("names \"blockchain\", which is not a trait"));
    REQUIRE_THAT(all, Catch::Contains("'key.follow_ups[0].points' should hold 2 to 4 items, found 1"));
    REQUIRE_THAT(all, Catch::Contains("key.replies.latency"));
    REQUIRE(r.diagnostics.error_count() == 4);
    const Problem& p = r.content.problems.at(0);
    REQUIRE(p.key.reply("users-scale") != nullptr);
    REQUIRE(p.key.reply("users-scale")->text == "Ten requests a second, steady.");
    REQUIRE(p.key.follow_ups.at(0).hints.size() == 1);
}

TEST_CASE("content: a problem with replies answers every clarifying question, and only those") {
    test::ContentCopy home;
    auto path = home.path() / "prompts/problems/script-problem.toml";
    std::string text = fixture("broken/script-problem.toml");
    text = std::regex_replace(text, std::regex("givens = \\[.*\\]"),
                              R"(givens = ["10 requests a second", "1 KB", "a year"])");
    text = std::regex_replace(text, std::regex(R"(, "blockchain")"), "");
    text = std::regex_replace(text, std::regex("latency = 200"), "when = \"now\"");
    text =
        std::regex_replace(text, std::regex(R"(points = \["add a replica"\])"), R"(points = ["a replica", "a cache"])");
    test::write_text(path, text);
    LoadResult r = load_content(home.path());
    std::string all = messages(r);
    INFO(all);
    REQUIRE_THAT(all, Catch::Contains("problem \"script-problem\" has no reply to clarifying question \"restate\""));
    REQUIRE_THAT(all, Catch::Contains("problem \"script-problem\" replies to \"when\", which is not the id of a "
                                      "clarifying question"));
    REQUIRE_THAT(all, !Catch::Contains("clarifying question \"users-scale\""));
}

TEST_CASE("content: clarifying questions each have an id, unique in the shipped set") {
    LoadResult r = load_content(SDMOCK_SOURCE_DIR);
    REQUIRE(r.diagnostics.error_count() == 0);
    const QuestionSet* set = r.content.question_set("clarifying");
    REQUIRE(set != nullptr);
    std::set<std::string> ids;
    for (const auto& q : set->questions) {
        INFO(q.text);
        REQUIRE_FALSE(q.id.empty());
        REQUIRE(ids.insert(q.id).second);
    }
}

TEST_CASE("content: every shipped problem carries the whole interviewer's script") {
    LoadResult r = load_content(SDMOCK_SOURCE_DIR);
    REQUIRE(r.diagnostics.error_count() == 0);
    const Content& content = r.content;
    const QuestionSet* curveballs = content.question_set("curveballs");
    REQUIRE(curveballs != nullptr);
    std::regex figure(R"([0-9][0-9.,:]*\s?[A-Za-z%]*)");
    for (const auto& problem : content.problems) {
        INFO(problem.id);
        for (const auto& q : content.question_set("clarifying")->questions)
            REQUIRE(problem.key.reply(q.id) != nullptr);
        REQUIRE(problem.key.givens.size() >= 3);
        REQUIRE_FALSE(problem.key.traits.empty());
        for (const auto& f : problem.key.follow_ups) {
            REQUIRE(f.points.size() >= 2);
            REQUIRE_FALSE(f.hints.empty());
        }
        // The reply about users and scale carries the problem's own figures, as they are given.
        std::string scale = problem.key.reply("users-scale")->text + " " + problem.key.reply("read-write")->text;
        std::size_t carried = 0;
        for (const auto& given : problem.key.givens) {
            std::smatch m;
            if (std::regex_search(given, m, figure) && scale.find(m.str()) != std::string::npos) ++carried;
        }
        REQUIRE(carried >= 1);
        // At least one curveball fits it, so its deep dive has one.
        REQUIRE(std::any_of(curveballs->questions.begin(), curveballs->questions.end(),
                            [&](const Question& q) { return curveball_fits(q, problem); }));
    }
}

TEST_CASE("content: a URL shortener is never asked to add full-text search") {
    LoadResult r = load_content(SDMOCK_SOURCE_DIR);
    const Problem* shortener = r.content.problem("url-shortener");
    REQUIRE(shortener != nullptr);
    for (const auto& q : r.content.question_set("curveballs")->questions)
        if (q.text.find("search") != std::string::npos) REQUIRE_FALSE(curveball_fits(q, *shortener));
}
