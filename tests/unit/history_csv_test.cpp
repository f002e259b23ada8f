#include "core/history_csv.hpp"
#include "core/text.hpp"
#include "support/builders.hpp"
#include "support/history_rows.hpp"

#include <catch2/catch.hpp>

#include <array>
#include <string>
#include <vector>

using namespace sdmock;
using sdmock::test::card_of;

namespace {

const std::vector<std::string> kProblems{"url-shortener", "rate-limiter", "news-feed"};
const std::vector<std::string> kPlans{"standard-45", "short-30"};

const std::string kHeader = "date,problem,plan,mode,scorer,requirements,estimation,api,architecture,data,caching,"
                            "async,scaling,reliability,security,observability,communication,total,notes,practice";

HistoryRow history_row(std::string date, std::string problem, Mode mode, Scorer scorer, Scorecard card,
                       std::string notes = "") {
    HistoryRow row;
    row.date = std::move(date);
    row.problem = std::move(problem);
    row.plan = "standard-45";
    row.mode = mode;
    row.scorer = scorer;
    row.card = std::move(card);
    row.notes = std::move(notes);
    return row;
}

/// The 20 fields of a valid row: scores 4,4,4,...,3 (47 in all), total given, not practice.
std::vector<std::string> good_fields() {
    std::vector<std::string> f{"2026-11-23T19:05", "url-shortener", "standard-45", "solo", "self"};
    for (std::size_t i = 0; i < kDimensionCount; ++i)
        f.emplace_back(i + 1 == kDimensionCount ? "3" : "4");
    f.emplace_back("47");
    f.emplace_back("good");
    f.emplace_back("false");
    return f;
}

/// Fields joined as they are (no quoting), ending in CRLF.
std::string raw(const std::vector<std::string>& fields) {
    return join(fields, ",") + "\r\n";
}

std::string with_field(std::size_t column, std::string value) {
    auto f = good_fields();
    f[column] = std::move(value);
    return raw(f);
}

ImportParse parse(std::string_view text) {
    return parse_history_csv(text, kProblems, kPlans);
}

/// The only error of a file made of the header and `row`.
std::string only_error(const std::string& row) {
    auto result = parse(kHeader + "\r\n" + row);
    INFO(row);
    REQUIRE(result.errors.size() == 1);
    CHECK(result.sessions.empty());
    return result.errors[0];
}

std::vector<int> scores_of(const Scorecard& card) {
    std::vector<int> out;
    for (const auto& s : card.scores)
        out.push_back(s.value_or(0));
    return out;
}

using test::rows_of;

std::vector<HistoryRow> tricky_rows() {
    return {
        history_row("2026-11-23T19:05", "url-shortener", Mode::interviewer, Scorer::self, card_of(3),
                    "commas, \"quotes\", and a CRLF\r\nthen an LF\nthen the end"),
        history_row("2026-11-23T19:05", "url-shortener", Mode::interviewer, Scorer::interviewer,
                    card_of({1, 2, 3, 4, 5, 1, 2, 3, 4, 5, 1, 2}), "café — naïve 日本語 ✓"),
        history_row("2026-11-24", "news-feed", Mode::solo, Scorer::self, card_of(5), "  spaces kept  "),
        history_row("2026-11-25T07:00", "rate-limiter", Mode::solo, Scorer::self, card_of(1), "\"\""),
        history_row("2026-11-25T07:01", "rate-limiter", Mode::solo, Scorer::self, card_of(2), ""),
    };
}

} // namespace

TEST_CASE("history csv: the header is the contract's") {
    CHECK(join(history_csv_columns(), ",") == kHeader);
    CHECK(write_history_csv({}) == kHeader + "\r\n");
}

TEST_CASE("history csv: rows are written with CRLF and RFC 4180 quoting") {
    auto row = history_row("2026-11-23T19:05", "url-shortener", Mode::solo, Scorer::self, card_of(4), "a, \"b\"\nc");
    CHECK(write_history_csv({row}) == kHeader + "\r\n" +
                                          "2026-11-23T19:05,url-shortener,standard-45,solo,self,"
                                          "4,4,4,4,4,4,4,4,4,4,4,4,48,\"a, \"\"b\"\"\nc\",false\r\n");
}

TEST_CASE("history csv: write then parse gives the same rows") {
    const auto rows = tricky_rows();
    const std::string text = write_history_csv(rows);
    auto result = parse(text);
    REQUIRE(result.errors.empty());
    REQUIRE(result.sessions.size() == 4);
    const auto back = rows_of(result.sessions);
    REQUIRE(back.size() == rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        INFO("row " << i);
        CHECK(back[i].date == rows[i].date);
        CHECK(back[i].problem == rows[i].problem);
        CHECK(back[i].plan == rows[i].plan);
        CHECK(back[i].mode == rows[i].mode);
        CHECK(back[i].scorer == rows[i].scorer);
        CHECK(scores_of(back[i].card) == scores_of(rows[i].card));
        CHECK(back[i].notes == rows[i].notes);
    }
    CHECK(write_history_csv(back) == text);
}

TEST_CASE("history csv: sessions start on the line of their first row, counting lines inside notes") {
    auto result = parse(write_history_csv(tricky_rows()));
    REQUIRE(result.errors.empty());
    REQUIRE(result.sessions.size() == 4);
    CHECK(result.sessions[0].line == 2);
    CHECK(result.sessions[1].line == 6); // the first row's notes take lines 2-4, the second row is line 5
    CHECK(result.sessions[2].line == 7);
    CHECK(result.sessions[3].line == 8);
}

TEST_CASE("history csv: parse_csv splits quoted fields, keeps CR and LF inside them") {
    std::vector<std::string> errors;
    auto records = parse_csv("a,\"b,c\",\"d\"\"e\"\r\n\"x\r\ny\nz\",,\n\nlast,\"\"", errors);
    CHECK(errors.empty());
    REQUIRE(records.size() == 3);
    CHECK(records[0].line == 1);
    CHECK(records[0].fields == std::vector<std::string>{"a", "b,c", "d\"e"});
    CHECK(records[1].line == 2);
    CHECK(records[1].fields == std::vector<std::string>{"x\r\ny\nz", "", ""});
    CHECK(records[2].line == 6); // after lines 2-4 of the quoted field and the blank line 5
    CHECK(records[2].fields == std::vector<std::string>{"last", ""});
}

TEST_CASE("history csv: parse_csv skips blank lines but keeps a quoted empty field") {
    std::vector<std::string> errors;
    auto records = parse_csv("\r\n\n\"\"\n\r\n", errors);
    CHECK(errors.empty());
    REQUIRE(records.size() == 1);
    CHECK(records[0].line == 3);
    CHECK(records[0].fields == std::vector<std::string>{""});
}

TEST_CASE("history csv: parse_csv keeps a lone CR as data") {
    std::vector<std::string> errors;
    auto records = parse_csv("a\rb,c\r", errors);
    CHECK(errors.empty());
    REQUIRE(records.size() == 1);
    CHECK(records[0].fields == std::vector<std::string>{"a\rb", "c\r"});
}

TEST_CASE("history csv: parse_csv reports malformed records and goes on") {
    std::vector<std::string> errors;
    auto records = parse_csv("ok,1\n\"a\"b,2\nc\"d,3\nok,4\n\"open,5\nmore\n", errors);
    REQUIRE(errors.size() == 3);
    CHECK(errors[0] == "line 2: text after a closing quote; a field that starts with '\"' must end with it");
    CHECK_THAT(errors[1], Catch::StartsWith("line 3: a '\"' inside a field that does not start with one"));
    CHECK(errors[2] == "line 5: a quoted field is not closed; add the closing '\"'");
    REQUIRE(records.size() == 2);
    CHECK(records[0].fields == std::vector<std::string>{"ok", "1"});
    CHECK(records[1].line == 4);
    CHECK(records[1].fields == std::vector<std::string>{"ok", "4"});
}

TEST_CASE("history csv: an unterminated quote is named by the line it opens on") {
    auto row = good_fields();
    row.back() = "\"never closed\r\nstill notes";
    auto result = parse(kHeader + "\r\n" + raw(good_fields()) + raw(row));
    REQUIRE(result.errors.size() == 1);
    CHECK(result.errors[0] == "line 3: a quoted field is not closed; add the closing '\"'");
    CHECK(result.sessions.empty());
}

TEST_CASE("history csv: a BOM, LF-only line ends and blank lines are accepted") {
    auto row = good_fields();
    std::string lf_row = join(row, ",") + "\n";
    auto result = parse("\xEF\xBB\xBF" + kHeader + "\n\n" + lf_row + "\n");
    REQUIRE(result.errors.empty());
    REQUIRE(result.sessions.size() == 1);
    CHECK(result.sessions[0].line == 3);
    CHECK(result.sessions[0].date == "2026-11-23T19:05");
    REQUIRE(result.sessions[0].self);
    CHECK(result.sessions[0].self->total() == 47);
    CHECK(result.sessions[0].self_notes == "good");
    CHECK_FALSE(result.sessions[0].interviewer);
}

TEST_CASE("history csv: a file without a final line break is accepted") {
    auto result = parse(kHeader + "\r\n" + join(good_fields(), ","));
    REQUIRE(result.errors.empty());
    CHECK(result.sessions.size() == 1);
}

TEST_CASE("history csv: a BOM anywhere but the start is not skipped") {
    auto result = parse(kHeader + "\r\n\xEF\xBB\xBF" + raw(good_fields()));
    REQUIRE(result.errors.size() == 1);
    CHECK_THAT(result.errors[0], Catch::StartsWith("line 2: bad date"));
}

TEST_CASE("history csv: the header must be the contract's") {
    std::string misspelt = kHeader;
    misspelt.replace(misspelt.find("caching"), 7, "cachng");
    auto result = parse(misspelt + "\r\n" + raw(good_fields()));
    REQUIRE(result.errors.size() == 1);
    CHECK_THAT(result.errors[0], Catch::StartsWith("line 1: the header should be: " + kHeader + "; "));
    CHECK_THAT(result.errors[0], Catch::Contains("unknown dimension column 'cachng' (did you mean 'caching'?)"));
    CHECK(result.sessions.empty());

    result = parse("date,problem,when\r\n");
    REQUIRE(result.errors.size() == 1);
    CHECK_THAT(result.errors[0], Catch::EndsWith("; unknown column 'when'"));

    result = parse(kHeader.substr(0, kHeader.find(",notes")) + "\r\n");
    REQUIRE(result.errors.size() == 1);
    CHECK_THAT(result.errors[0], Catch::EndsWith("; missing column 'notes'"));

    result = parse(kHeader + ",notes\r\n");
    REQUIRE(result.errors.size() == 1);
    CHECK_THAT(result.errors[0], Catch::EndsWith("; a column appears twice"));

    result = parse("problem,date" + kHeader.substr(12) + "\r\n");
    REQUIRE(result.errors.size() == 1);
    CHECK_THAT(result.errors[0], Catch::EndsWith("; the columns are out of order"));
}

TEST_CASE("history csv: an empty file is refused") {
    auto result = parse("");
    REQUIRE(result.errors.size() == 1);
    CHECK(result.errors[0] == "line 1: the file is empty; the header should be: " + kHeader);
    CHECK(parse("\xEF\xBB\xBF\r\n\n").errors.size() == 1);
}

TEST_CASE("history csv: a header alone is a valid, empty history") {
    auto result = parse(kHeader + "\r\n");
    CHECK(result.errors.empty());
    CHECK(result.sessions.empty());
}

TEST_CASE("history csv: short and long rows are refused") {
    auto fields = good_fields();
    fields.resize(17);
    CHECK(only_error(raw(fields)) == "line 2: 17 fields, expected 20");
    fields = good_fields();
    fields.emplace_back("extra");
    CHECK(only_error(raw(fields)) == "line 2: 21 fields, expected 20");
    CHECK(only_error("lonely\r\n") == "line 2: 1 field, expected 20");
}

TEST_CASE("history csv: dates are YYYY-MM-DD or YYYY-MM-DDTHH:MM") {
    for (const char* date : {"2026-11-23", "2026-11-23T00:00", "2026-11-23T23:59", "2024-02-29"}) {
        INFO(date);
        CHECK(parse(kHeader + "\r\n" + with_field(0, date)).errors.empty());
    }
    CHECK(only_error(with_field(0, "2026-13-01")) ==
          "line 2: bad date \"2026-13-01\"; use YYYY-MM-DD or YYYY-MM-DDTHH:MM");
    for (const char* date :
         {"2026-02-29", "2026-11-31", "2026-11-23T24:00", "2026-11-23T19:60", "2026-11-23 19:05", "2026-11-23T19:05:00",
          "2026-11-23T9:05", "26-11-23", "-001-01-01", "2026-1-023", "2026-11-23T19:05+01", "", "yesterday"}) {
        INFO(date);
        CHECK(only_error(with_field(0, date)) ==
              "line 2: bad date \"" + std::string(date) + "\"; use YYYY-MM-DD or YYYY-MM-DDTHH:MM");
    }
}

TEST_CASE("history csv: problems and plans must be known") {
    CHECK(only_error(with_field(1, "url-shortner")) ==
          "line 2: unknown problem 'url-shortner'; did you mean 'url-shortener'?");
    CHECK(only_error(with_field(1, "zzzzzzzzzzzzzz")) ==
          "line 2: unknown problem 'zzzzzzzzzzzzzz'; known problems: url-shortener, rate-limiter, news-feed");
    CHECK(only_error(with_field(2, "short30")) == "line 2: unknown plan 'short30'; did you mean 'short-30'?");
    auto result = parse_history_csv(kHeader + "\r\n" + raw(good_fields()), {}, kPlans);
    REQUIRE(result.errors.size() == 1);
    CHECK_THAT(result.errors[0], Catch::StartsWith("line 2: unknown problem 'url-shortener'"));
}

TEST_CASE("history csv: mode and scorer must be known") {
    CHECK(only_error(with_field(3, "pair")) == "line 2: mode \"pair\" should be solo or interviewer");
    CHECK(only_error(with_field(3, "Solo")) == "line 2: mode \"Solo\" should be solo or interviewer");
    CHECK(only_error(with_field(4, "peer")) == "line 2: scorer \"peer\" should be self or interviewer");
}

TEST_CASE("history csv: scores are whole numbers from 1 to 5") {
    const std::size_t caching = 5 + *dimension_index("caching");
    for (const char* score : {"0", "6", "4.5", "", " 3", "3 ", "+3", "-1", "three", "99999999999999999999"}) {
        INFO(score);
        CHECK(only_error(with_field(caching, score)) ==
              "line 2: caching score \"" + std::string(score) + "\" should be a whole number from 1 to 5");
    }
    CHECK(only_error(with_field(5, "9")) == "line 2: requirements score \"9\" should be a whole number from 1 to 5");
    CHECK(only_error(with_field(16, "0")) == "line 2: communication score \"0\" should be a whole number from 1 to 5");
}

TEST_CASE("history csv: a given total must add up, an empty one is recomputed") {
    auto fields = good_fields();
    fields[5] = "5";
    fields[6] = "5"; // two scores up by one: 49
    fields[17] = "47";
    CHECK(only_error(raw(fields)) == "line 2: total 47 disagrees with the scores, which add up to 49");

    fields = good_fields();
    for (std::size_t i = 5; i < 17; ++i)
        fields[i] = i < 12 ? "4" : "3"; // 7*4 + 5*3 = 43
    fields[17] = "41";
    CHECK(only_error(raw(fields)) == "line 2: total 41 disagrees with the scores, which add up to 43");
    CHECK(only_error(with_field(17, "lots")) ==
          "line 2: total \"lots\" should be a whole number, or empty to have it added up");

    fields[17] = "";
    auto result = parse(kHeader + "\r\n" + raw(fields));
    REQUIRE(result.errors.empty());
    REQUIRE(result.sessions.size() == 1);
    REQUIRE(result.sessions[0].self);
    CHECK(result.sessions[0].self->total() == 43);
    CHECK(result.sessions[0].self->complete());
}

TEST_CASE("history csv: self and interviewer rows of one session are grouped") {
    auto self = good_fields();
    auto interviewer = good_fields();
    self[3] = interviewer[3] = "interviewer";
    interviewer[4] = "interviewer";
    interviewer[17] = "";
    interviewer[18] = "from the interviewer";
    auto other_mode = good_fields(); // same date, problem and plan, but solo: another session
    auto result = parse(kHeader + "\r\n" + raw(self) + raw(other_mode) + raw(interviewer));
    REQUIRE(result.errors.empty());
    REQUIRE(result.sessions.size() == 2);
    const auto& paired = result.sessions[0];
    CHECK(paired.line == 2);
    CHECK(paired.mode == Mode::interviewer);
    REQUIRE(paired.self);
    REQUIRE(paired.interviewer);
    CHECK(paired.self_notes == "good");
    CHECK(paired.interviewer_notes == "from the interviewer");
    CHECK(paired.interviewer->total() == 47);
    CHECK(result.sessions[1].line == 3);
    CHECK(result.sessions[1].mode == Mode::solo);
    CHECK_FALSE(result.sessions[1].interviewer);
}

TEST_CASE("history csv: rows differing in date, problem or plan are separate sessions") {
    auto a = good_fields();
    auto b = good_fields();
    b[0] = "2026-11-23";
    auto c = good_fields();
    c[1] = "news-feed";
    auto d = good_fields();
    d[2] = "short-30";
    auto result = parse(kHeader + "\r\n" + raw(a) + raw(b) + raw(c) + raw(d));
    REQUIRE(result.errors.empty());
    CHECK(result.sessions.size() == 4);
}

TEST_CASE("history csv: a second row for the same session and scorer is refused") {
    auto first = good_fields();
    auto second = good_fields();
    second[18] = "again";
    auto result = parse(kHeader + "\r\n" + raw(first) + "\r\n" + raw(second));
    REQUIRE(result.errors.size() == 1);
    CHECK(result.errors[0] == "line 4: a second self row for the session of line 2; keep one of them");
    CHECK(result.sessions.empty());
}

TEST_CASE("history csv: one bad row among good ones is the only line reported") {
    std::string text = kHeader + "\r\n" + raw(good_fields());
    auto multi = good_fields();
    multi[0] = "2026-11-22";
    multi[18] = "\"line one\r\nline two\nline three\"";
    text += raw(multi);                                   // lines 3-5
    text += with_field(0, "2026-11-21");                  // line 6
    text += with_field(5 + *dimension_index("api"), "7"); // line 7, but a duplicate of line 2 too
    auto last = good_fields();
    last[0] = "2026-11-20";
    text += raw(last); // line 8
    auto result = parse(text);
    REQUIRE(result.errors.size() == 1);
    CHECK(result.errors[0] == "line 7: api score \"7\" should be a whole number from 1 to 5");
    CHECK(result.sessions.empty());
}

TEST_CASE("history csv: every bad line is reported, in file order") {
    std::string text = kHeader + "\r\n";
    auto multi = good_fields();
    multi[18] = "\"two\nlines\"";
    text += raw(multi);                                // lines 2-3
    text += with_field(0, "2026-13-01");               // line 4
    text += "\"unterminated\"x," + raw(good_fields()); // line 5
    text += with_field(3, "duo");                      // line 6
    text += raw(good_fields());                        // line 7: duplicates line 2
    auto result = parse(text);
    REQUIRE(result.errors.size() == 4);
    CHECK_THAT(result.errors[0], Catch::StartsWith("line 4: bad date \"2026-13-01\""));
    CHECK_THAT(result.errors[1], Catch::StartsWith("line 5: text after a closing quote"));
    CHECK_THAT(result.errors[2], Catch::StartsWith("line 6: mode \"duo\""));
    CHECK(result.errors[3] == "line 7: a second self row for the session of line 2; keep one of them");
}

TEST_CASE("history csv: rows are still checked under a bad header") {
    auto result = parse("date\r\n" + with_field(0, "2026-13-01"));
    REQUIRE(result.errors.size() == 2);
    CHECK_THAT(result.errors[0], Catch::StartsWith("line 1: the header should be"));
    CHECK_THAT(result.errors[1], Catch::StartsWith("line 2: bad date"));
}

TEST_CASE("history csv: a malformed header record is reported once") {
    auto result = parse("\"date" + kHeader.substr(4) + "\r\n" + raw(good_fields()));
    REQUIRE(result.errors.size() == 1);
    CHECK(result.errors[0] == "line 1: a quoted field is not closed; add the closing '\"'");
}

TEST_CASE("history csv: messages stay on one line and short whatever the field holds") {
    CHECK(only_error(with_field(3, "\"so\r\nlo\"")) == "line 2: mode \"so\\r\\nlo\" should be solo or interviewer");
    CHECK(only_error(with_field(4, std::string("a\tb\x01", 4))) ==
          "line 2: scorer \"a\\tb\\x01\" should be self or interviewer");
    const std::string long_date = std::string(59, 'x') + "é" + std::string(100, 'y');
    CHECK(only_error(with_field(0, long_date)) ==
          "line 2: bad date \"" + std::string(59, 'x') + "...\"; use YYYY-MM-DD or YYYY-MM-DDTHH:MM");
    const std::string long_plan = std::string(58, 'p') + "é" + std::string(100, 'q');
    CHECK_THAT(only_error(with_field(2, long_plan)),
               Catch::StartsWith("line 2: unknown plan '" + std::string(58, 'p') + "é...'"));
}

TEST_CASE("history csv: parse_csv reports a malformed record once") {
    std::vector<std::string> errors;
    auto records = parse_csv("a\"b,c\"d,\"e\"f,\"open\nnext", errors);
    REQUIRE(errors.size() == 1);
    CHECK_THAT(errors[0], Catch::StartsWith("line 1: a '\"' inside a field"));
    CHECK(records.empty());
}
