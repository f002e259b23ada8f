#include "content/loader.hpp"
#include "support/diagnostics.hpp"
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace sdmock;
using sdmock::test::all_messages;
using sdmock::test::find_diagnostic;
using sdmock::test::fixture;

namespace {

LoadResult load_fixture(std::string_view kind, const std::string& name) {
    LoadResult result;
    load_one(kind, fixture("broken/" + name), "prompts/" + std::string(kind) + "/" + name, result);
    return result;
}

} // namespace

TEST_CASE("loader: the minimal fixture problem is valid") {
    auto r = load_fixture("problems", "valid-problem.toml");
    INFO(all_messages(r));
    REQUIRE(r.diagnostics.all().empty());
    REQUIRE(r.content.problems.size() == 1);
    const Problem& p = r.content.problems[0];
    REQUIRE(p.key.estimates.size() == 1);
    REQUIRE(p.key.estimates[0].value == 10);
    REQUIRE(p.key.follow_ups[0].dimension == "scaling");
}

TEST_CASE("loader: a syntax error names the file, line and column") {
    auto r = load_fixture("problems", "syntax-error.toml");
    REQUIRE(r.diagnostics.error_count() == 1);
    const Diagnostic& d = r.diagnostics.all()[0];
    REQUIRE(d.where.file == "prompts/problems/syntax-error.toml");
    REQUIRE(d.where.line == 4);
    REQUIRE(d.where.column > 0);
    REQUIRE(d.str().rfind("prompts/problems/syntax-error.toml:4:", 0) == 0);
}

TEST_CASE("loader: a missing required field is an error naming the field") {
    auto r = load_fixture("problems", "missing-title.toml");
    const Diagnostic* d = find_diagnostic(r, "missing required field 'title'");
    REQUIRE(d != nullptr);
    REQUIRE(d->severity == Diagnostic::Severity::error);
    REQUIRE(r.diagnostics.error_count() == 1);
}

TEST_CASE("loader: a wrong type is an error at the value's line") {
    auto r = load_fixture("problems", "wrong-type.toml");
    const Diagnostic* d = find_diagnostic(r, "'difficulty' should be an integer, found a string");
    REQUIRE(d != nullptr);
    REQUIRE(d->where.line == 3);
}

TEST_CASE("loader: an unknown key is a warning with a suggestion, not an error") {
    auto r = load_fixture("problems", "unknown-key.toml");
    REQUIRE(r.diagnostics.error_count() == 0);
    const Diagnostic* d = find_diagnostic(r, "unknown key 'titel'");
    REQUIRE(d != nullptr);
    REQUIRE(d->severity == Diagnostic::Severity::warning);
    REQUIRE(d->where.line == 3);
    REQUIRE(d->message.find("did you mean 'title'") != std::string::npos);
}

TEST_CASE("loader: a focus that names no rubric dimension is an error at that item") {
    auto r = load_fixture("problems", "bad-focus.toml");
    const Diagnostic* d = find_diagnostic(r, "\"cachng\" is not a rubric dimension");
    REQUIRE(d != nullptr);
    REQUIRE(d->where.line == 6);
    REQUIRE(d->message.find("did you mean \"caching\"") != std::string::npos);
}

TEST_CASE("loader: a follow-up must name a rubric dimension") {
    auto r = load_fixture("problems", "bad-follow-up.toml");
    const Diagnostic* d = find_diagnostic(r, "\"speed\" is not a rubric dimension");
    REQUIRE(d != nullptr);
    REQUIRE(d->where.line == 27);
}

TEST_CASE("loader: ids must be lowercase words joined by dashes and match the file name") {
    auto r = load_fixture("problems", "bad-id.toml");
    REQUIRE(find_diagnostic(r, "is not a valid id") != nullptr);
    REQUIRE(find_diagnostic(r, "does not match the file name") != nullptr);
}

TEST_CASE("loader: a plan phase with no minutes, or zero minutes, is an error") {
    auto r = load_fixture("plans", "plan-no-minutes.toml");
    const Diagnostic* missing = find_diagnostic(r, "missing required field 'minutes' in [phases[1]]");
    REQUIRE(missing != nullptr);
    REQUIRE(missing->where.line == 12);
    const Diagnostic* zero = find_diagnostic(r, "'minutes' of phase 'wrap-up' should be more than 0");
    REQUIRE(zero != nullptr);
    REQUIRE(zero->where.line == 22);
}

TEST_CASE("loader: a card tag that names no rubric dimension is an error") {
    auto r = load_fixture("cards", "cards-bad-tag.toml");
    const Diagnostic* d = find_diagnostic(r, "\"vibes\" is not a rubric dimension");
    REQUIRE(d != nullptr);
    REQUIRE(d->where.line == 11);
    REQUIRE(r.content.cards.size() == 2);
}

TEST_CASE("loader: a question set of an unknown kind is an error") {
    auto r = load_fixture("questions", "questions-bad-kind.toml");
    REQUIRE(find_diagnostic(r, "\"riddles\" is not one of prompts, deep-dive, curveballs, bank") != nullptr);
}

TEST_CASE("loader: a question with an id needs the topic the interviewer's script names it by") {
    auto r = load_fixture("questions", "questions-no-topic.toml");
    const Diagnostic* d = find_diagnostic(r, "missing required field 'topic'");
    REQUIRE(d != nullptr);
    REQUIRE_THAT(d->message, Catch::Contains("questions[1]"));
    REQUIRE(r.content.question_sets.at(0).questions.at(0).topic == "users and scale");
}

TEST_CASE("content: the shipped content loads with no error and no warning") {
    LoadResult r = load_content(SDMOCK_SOURCE_DIR);
    INFO(all_messages(r));
    REQUIRE(r.diagnostics.all().empty());
    REQUIRE(r.content.plans.size() >= 3);
    REQUIRE(r.content.rubric.dimensions.size() == 12);
    for (const char* id : {"standard-45", "extended-60", "mini-25"})
        REQUIRE(r.content.plan(id) != nullptr);
}

TEST_CASE("content: the shipped plans have the phase minutes of the contract") {
    LoadResult r = load_content(SDMOCK_SOURCE_DIR);
    auto minutes = [&](const char* id) {
        std::vector<double> out;
        for (const auto& p : r.content.plan(id)->phases)
            out.push_back(p.minutes);
        return out;
    };
    REQUIRE(minutes("standard-45") == std::vector<double>{5, 3, 12, 18, 7});
    REQUIRE(minutes("extended-60") == std::vector<double>{10, 5, 15, 25, 5});
    REQUIRE(minutes("mini-25") == std::vector<double>{8, 5, 12});
    REQUIRE(r.content.plan("standard-45")->planned() == std::chrono::minutes(45));
}

TEST_CASE("content: every band of the rubric is found by its totals") {
    LoadResult r = load_content(SDMOCK_SOURCE_DIR);
    const Rubric& rubric = r.content.rubric;
    REQUIRE(rubric.band_for(60)->min == 48);
    REQUIRE(rubric.band_for(48)->min == 48);
    REQUIRE(rubric.band_for(47)->min == 36);
    REQUIRE(rubric.band_for(36)->min == 36);
    REQUIRE(rubric.band_for(35)->max == 35);
    REQUIRE(rubric.band_for(12) != nullptr);
    REQUIRE(rubric.band_for(61) == nullptr);
}

TEST_CASE("content: duplicate ids across files are errors naming both places") {
    test::ContentCopy home;
    auto other = test::read_text(home.path() / "prompts/cards/technologies.toml");
    test::write_text(home.path() / "prompts/cards/zz-copy.toml", other);
    LoadResult r = load_content(home.path());
    const Diagnostic* d = find_diagnostic(r, "duplicate card id");
    REQUIRE(d != nullptr);
    REQUIRE(d->where.file == "prompts/cards/zz-copy.toml");
    REQUIRE(d->message.find("prompts/cards/technologies.toml:") != std::string::npos);
}

TEST_CASE("content: a plan naming a question set that does not exist is an error") {
    test::ContentCopy home;
    test::write_text(home.path() / "prompts/plans/plan-unknown-set.toml", fixture("broken/plan-unknown-set.toml"));
    LoadResult r = load_content(home.path());
    const Diagnostic* d = find_diagnostic(r, "question set \"no-such-set\", which does not exist");
    REQUIRE(d != nullptr);
    REQUIRE(d->where.file == "prompts/plans/plan-unknown-set.toml");
    REQUIRE(d->where.line == 11);
    REQUIRE(find_diagnostic(r, "\"clarifying\", which does not exist") == nullptr);
}

TEST_CASE("content: one bad file does not hide the problems in the others") {
    test::ContentCopy home;
    test::write_text(home.path() / "prompts/problems/syntax-error.toml", fixture("broken/syntax-error.toml"));
    test::write_text(home.path() / "prompts/problems/missing-title.toml", fixture("broken/missing-title.toml"));
    test::write_text(home.path() / "prompts/cards/cards-bad-tag.toml", fixture("broken/cards-bad-tag.toml"));
    LoadResult r = load_content(home.path());
    // The fixture problem has no interviewer's script either: those errors are its own.
    auto script =
        static_cast<int>(std::count_if(r.diagnostics.all().begin(), r.diagnostics.all().end(), [](const Diagnostic& d) {
            return d.message.rfind("problem \"missing-title\" ", 0) == 0;
        }));
    REQUIRE(script > 0);
    REQUIRE(r.diagnostics.error_count() == 3 + script);
    REQUIRE(find_diagnostic(r, "missing required field 'title'") != nullptr);
    REQUIRE(find_diagnostic(r, "\"vibes\"") != nullptr);
    REQUIRE(r.content.problem("url-shortener") != nullptr);
}

TEST_CASE("content: a rubric card reference must exist, bands must cover 12 to 60") {
    test::ContentCopy home;
    auto path = home.path() / "rubrics/system-design-12.toml";
    auto text = test::read_text(path);
    auto at = text.find("min = 36");
    REQUIRE(at != std::string::npos);
    text.replace(at, 8, "min = 38");
    auto cards_at = text.find("cards = [\"");
    REQUIRE(cards_at != std::string::npos);
    text.insert(cards_at + 10, "no-such-card\", \"");
    test::write_text(path, text);
    LoadResult r = load_content(home.path());
    REQUIRE(find_diagnostic(r, "bands leave a gap or overlap at total 36") != nullptr);
    REQUIRE(find_diagnostic(r, "study card \"no-such-card\", which does not exist") != nullptr);
}

TEST_CASE("content: a missing folder is reported, not a crash") {
    test::ContentCopy home;
    std::filesystem::remove_all(home.path() / "prompts/questions");
    LoadResult r = load_content(home.path());
    REQUIRE(find_diagnostic(r, "folder not found") != nullptr);
    REQUIRE(find_diagnostic(r, "which does not exist in prompts/questions/") != nullptr);
}
