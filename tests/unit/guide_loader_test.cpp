// prompts/guide.toml: the Parts of the guide by number and title, and the check that every Part
// number the content points to has one.
#include "content/loader.hpp"
#include "support/diagnostics.hpp"
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <regex>

using namespace sdmock;
using sdmock::test::all_messages;
using sdmock::test::find_diagnostic;
using sdmock::test::fixture;

namespace {

/// `text` with the first match of `pattern` replaced by `with`.
std::string replaced(const std::string& text, const std::string& pattern, const std::string& with) {
    return std::regex_replace(text, std::regex(pattern), with, std::regex_constants::format_first_only);
}

} // namespace

TEST_CASE("guide loader: the shipped guide has Parts 1 to 33, each with a title") {
    LoadResult r = load_content(SDMOCK_SOURCE_DIR);
    INFO(all_messages(r));
    REQUIRE_FALSE(r.diagnostics.has_errors());
    REQUIRE_FALSE(r.content.guide.title.empty());
    REQUIRE(r.content.guide.parts.size() == 33);
    for (int n = 1; n <= 33; ++n) {
        INFO("Part " << n);
        const GuidePart* part = r.content.part(n);
        REQUIRE(part != nullptr);
        REQUIRE_FALSE(part->title.empty());
        REQUIRE(part->where.file == "prompts/guide.toml");
    }
    REQUIRE(r.content.part(6)->title == "Caching");
    REQUIRE(r.content.part(34) == nullptr);
}

TEST_CASE("guide loader: the content's version is required and made of numbers joined by dots") {
    LoadResult shipped = load_content(SDMOCK_SOURCE_DIR);
    REQUIRE(valid_content_version(shipped.content.guide.version));
    REQUIRE(valid_content_version("2026.12"));
    REQUIRE(valid_content_version("2026.12.1"));
    REQUIRE_FALSE(valid_content_version("2026"));
    REQUIRE_FALSE(valid_content_version("2026."));
    REQUIRE_FALSE(valid_content_version(".12"));
    REQUIRE_FALSE(valid_content_version("2026..12"));
    REQUIRE_FALSE(valid_content_version("v2026.12"));
    REQUIRE_FALSE(valid_content_version("1.2.3.4.5"));

    std::string text = fixture("broken/guide-broken.toml");
    LoadResult bad;
    load_one("guide", replaced(text, "version = \"2026.1\"", "version = \"december\""), "prompts/guide.toml", bad);
    const Diagnostic* format = find_diagnostic(bad, "'version' should be numbers joined by dots");
    REQUIRE(format != nullptr);
    REQUIRE(format->where.line == 2);
    LoadResult missing;
    load_one("guide", replaced(text, "version = \"2026.1\"\n", ""), "prompts/guide.toml", missing);
    REQUIRE(find_diagnostic(missing, "missing required field 'version'") != nullptr);
}

TEST_CASE("guide loader: a duplicate number, a missing title, a bad number and a typo are each reported") {
    LoadResult r;
    load_one("guide", fixture("broken/guide-broken.toml"), "prompts/guide.toml", r);
    INFO(all_messages(r));
    const Diagnostic* dup = find_diagnostic(r, "duplicate Part number 1");
    REQUIRE(dup != nullptr);
    REQUIRE(dup->severity == Diagnostic::Severity::error);
    REQUIRE(dup->where.line == 12);
    REQUIRE(dup->message.find("first defined at prompts/guide.toml:5") != std::string::npos);
    const Diagnostic* title = find_diagnostic(r, "missing required field 'title' in [parts[1]]");
    REQUIRE(title != nullptr);
    REQUIRE(title->where.file == "prompts/guide.toml");
    const Diagnostic* zero = find_diagnostic(r, "'parts[3].number' should be a whole number from 1 to 999");
    REQUIRE(zero != nullptr);
    REQUIRE(zero->where.line == 16);
    const Diagnostic* typo = find_diagnostic(r, "titel");
    REQUIRE(typo != nullptr);
    REQUIRE(typo->severity == Diagnostic::Severity::warning);
    REQUIRE(r.diagnostics.error_count() == 3);
    REQUIRE(r.content.guide.parts.size() == 5);
}

TEST_CASE("guide loader: a Part number with no title is an error where it is named") {
    test::ContentCopy home;
    auto problem = home.path() / "prompts/problems/url-shortener.toml";
    test::write_text(problem, replaced(test::read_text(problem), "\nparts = \\[", "\nparts = [99, "));
    auto rubric = home.path() / "rubrics/system-design-12.toml";
    test::write_text(rubric, replaced(test::read_text(rubric), "\nparts = \\[", "\nparts = [77, "));
    LoadResult r = load_content(home.path());
    INFO(all_messages(r));
    const Diagnostic* p =
        find_diagnostic(r, "problem \"url-shortener\" names Part 99, which has no title in prompts/guide.toml");
    REQUIRE(p != nullptr);
    REQUIRE(p->where.file == "prompts/problems/url-shortener.toml");
    REQUIRE(test::read_text(problem).find("parts = [99") != std::string::npos);
    const Diagnostic* d = find_diagnostic(r, "dimension \"requirements\" names Part 77");
    REQUIRE(d != nullptr);
    REQUIRE(d->where.file == "rubrics/system-design-12.toml");
    REQUIRE(r.diagnostics.error_count() == 2);
}

TEST_CASE("guide loader: the line of a problem's parts is the one named") {
    test::ContentCopy home;
    auto problem = home.path() / "prompts/problems/pastebin.toml";
    std::string text = replaced(test::read_text(problem), "\nparts = \\[", "\nparts = [40, ");
    test::write_text(problem, text);
    auto line =
        1 + std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(text.find("parts = [40")), '\n');
    LoadResult r = load_content(home.path());
    const Diagnostic* p = find_diagnostic(r, "names Part 40");
    REQUIRE(p != nullptr);
    REQUIRE(p->where.line == static_cast<int>(line));
}

TEST_CASE("guide loader: a question's Part must have a title too") {
    test::ContentCopy home;
    std::filesystem::path set;
    for (const auto& entry : std::filesystem::directory_iterator(home.path() / "prompts/questions"))
        if (test::read_text(entry.path()).find("\npart = ") != std::string::npos) set = entry.path();
    REQUIRE_FALSE(set.empty());
    test::write_text(set, replaced(test::read_text(set), "\npart = [0-9]+", "\npart = 88"));
    LoadResult r = load_content(home.path());
    INFO(all_messages(r));
    const Diagnostic* q = find_diagnostic(r, "names Part 88, which has no title");
    REQUIRE(q != nullptr);
    REQUIRE(q->where.file == "prompts/questions/" + set.filename().string());
    REQUIRE(r.diagnostics.error_count() == 1);
}

TEST_CASE("guide loader: a missing guide is one error, not one per Part number") {
    test::ContentCopy home;
    std::filesystem::remove(home.path() / "prompts/guide.toml");
    LoadResult r = load_content(home.path());
    INFO(all_messages(r));
    const Diagnostic* d = find_diagnostic(r, "not found under");
    REQUIRE(d != nullptr);
    REQUIRE(d->where.file == "prompts/guide.toml");
    REQUIRE(r.diagnostics.error_count() == 1);
    REQUIRE(find_diagnostic(r, "which has no title") == nullptr);
}

TEST_CASE("guide loader: a guide that does not parse hides no other file and blames no Part number") {
    test::ContentCopy home;
    test::write_text(home.path() / "prompts/guide.toml", "title = \"unfinished\n");
    LoadResult r = load_content(home.path());
    INFO(all_messages(r));
    REQUIRE(r.diagnostics.error_count() == 1);
    REQUIRE(r.diagnostics.all().front().where.file == "prompts/guide.toml");
    REQUIRE(r.content.problem("url-shortener") != nullptr);
}
