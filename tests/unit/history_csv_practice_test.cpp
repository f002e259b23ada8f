// The practice column of the history CSV: written as true or false after notes, read back, optional
// on import (the header before it was added), and a bad value named with its line.
#include "core/history_csv.hpp"
#include "core/text.hpp"
#include "support/builders.hpp"

#include <catch2/catch.hpp>

using namespace sdmock;
using sdmock::test::card_of;

namespace {

const std::vector<std::string> kProblems{"url-shortener", "rate-limiter"};
const std::vector<std::string> kPlans{"standard-45"};
const std::string kLegacyHeader = "date,problem,plan,mode,scorer,requirements,estimation,api,architecture,data,"
                                  "caching,async,scaling,reliability,security,observability,communication,total,notes";
const std::string kHeader = kLegacyHeader + ",practice";
const std::string kScores = "4,4,4,4,4,4,4,4,4,4,4,4,48";

ImportParse parse(const std::string& text) {
    return parse_history_csv(text, kProblems, kPlans);
}

/// A solo self row for `date` with `practice` as its last field (none when `legacy`).
std::string row(const std::string& date, const std::string& practice, bool legacy = false,
                const std::string& mode = "solo", const std::string& scorer = "self") {
    return date + ",url-shortener,standard-45," + mode + "," + scorer + "," + kScores + ",note" +
           (legacy ? "" : "," + practice) + "\r\n";
}

} // namespace

TEST_CASE("history csv: practice is the last column, written true or false") {
    CHECK(join(history_csv_columns(), ",") == kHeader);
    HistoryRow practice;
    practice.date = "2026-11-23T19:05";
    practice.problem = "url-shortener";
    practice.plan = "standard-45";
    practice.card = card_of(4);
    practice.notes = "note";
    practice.practice = true;
    HistoryRow counted = practice;
    counted.date = "2026-11-24";
    counted.practice = false;
    CHECK(write_history_csv({practice, counted}) ==
          kHeader + "\r\n" + row("2026-11-23T19:05", "true") + row("2026-11-24", "false"));
}

TEST_CASE("history csv: the practice mark survives a write and a read") {
    auto result = parse(kHeader + "\r\n" + row("2026-11-23T19:05", "true") + row("2026-11-24", "false"));
    REQUIRE(result.errors.empty());
    REQUIRE(result.sessions.size() == 2);
    CHECK(result.sessions[0].practice);
    CHECK_FALSE(result.sessions[1].practice);
}

TEST_CASE("history csv: a file with the header from before the practice column is not practice") {
    auto result = parse(kLegacyHeader + "\r\n" + row("2026-11-23T19:05", "", true) + row("2026-11-24", "", true));
    REQUIRE(result.errors.empty());
    REQUIRE(result.sessions.size() == 2);
    CHECK_FALSE(result.sessions[0].practice);
    CHECK_FALSE(result.sessions[1].practice);
    // Its rows must then have 19 fields, not 20.
    result = parse(kLegacyHeader + "\r\n" + row("2026-11-23T19:05", "true"));
    REQUIRE(result.errors.size() == 1);
    CHECK(result.errors[0] == "line 2: 20 fields, expected 19");
}

TEST_CASE("history csv: practice reads TRUE and False as a spreadsheet writes them, and empty as false") {
    auto result =
        parse(kHeader + "\r\n" + row("2026-11-23", "TRUE") + row("2026-11-24", "False") + row("2026-11-25", ""));
    REQUIRE(result.errors.empty());
    REQUIRE(result.sessions.size() == 3);
    CHECK(result.sessions[0].practice);
    CHECK_FALSE(result.sessions[1].practice);
    CHECK_FALSE(result.sessions[2].practice);
}

TEST_CASE("history csv: a practice value other than true or false is refused with its line") {
    auto result =
        parse(kHeader + "\r\n" + row("2026-11-23", "true") + row("2026-11-24", "yes") + row("2026-11-25", "1"));
    REQUIRE(result.errors.size() == 2);
    CHECK(result.errors[0] == "line 3: practice \"yes\" should be true or false");
    CHECK(result.errors[1] == "line 4: practice \"1\" should be true or false");
    CHECK(result.sessions.empty()); // refused whole
}

TEST_CASE("history csv: the two rows of a paired session must agree on practice") {
    auto result = parse(kHeader + "\r\n" + row("2026-11-23T19:05", "true", false, "interviewer") +
                        row("2026-11-23T19:05", "false", false, "interviewer", "interviewer"));
    REQUIRE(result.errors.size() == 1);
    CHECK(result.errors[0] == "line 3: practice false disagrees with line 2 of the same session; mark both rows alike");
    result = parse(kHeader + "\r\n" + row("2026-11-23T19:05", "true", false, "interviewer") +
                   row("2026-11-23T19:05", "true", false, "interviewer", "interviewer"));
    REQUIRE(result.errors.empty());
    REQUIRE(result.sessions.size() == 1);
    CHECK(result.sessions[0].practice);
    CHECK(result.sessions[0].interviewer);
}

TEST_CASE("history csv: the practice column out of place is named") {
    std::string moved = "practice," + kLegacyHeader;
    auto result = parse(moved + "\r\n");
    REQUIRE(result.errors.size() == 1);
    CHECK_THAT(result.errors[0], Catch::EndsWith("; the columns are out of order"));
    result = parse(kHeader + ",practice\r\n");
    REQUIRE(result.errors.size() == 1);
    CHECK_THAT(result.errors[0], Catch::EndsWith("; a column appears twice"));
}
