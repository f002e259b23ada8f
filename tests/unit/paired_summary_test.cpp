// A paired mock's calibration as the candidate reads it: the summary (the follow screen's and
// `show`'s) and the session's text and JSON, from scorecards saved in a real history.
#include "core/text.hpp"
#include "report/session_view.hpp"
#include "store/history.hpp"
#include "support/builders.hpp"
#include "support/shipped_content.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace sdmock;
using sdmock::test::card_of;
using sdmock::test::shipped_content;

namespace {

std::int64_t new_session(History& history, Mode mode) {
    NewSession s;
    s.problem = "url-shortener";
    s.plan = "mini-25";
    s.mode = mode;
    s.started_at = "2026-11-23T19:05:00+01:00";
    return history.create_session(s);
}

std::string text_of(const std::vector<std::string>& lines) {
    std::string out;
    for (const auto& line : lines)
        out += line + "\n";
    return out;
}

/// The candidate's summary of session `id`, as the follow screen shows it at 80 columns.
std::string candidate_summary(const History& history, std::int64_t id) {
    auto record = history.load(id);
    REQUIRE(record.has_value());
    return text_of(summary_lines(*record, shipped_content(), 78, Scorer::self));
}

const std::string kVerdict =
    "You scored yourself 12 points above the interviewer (+1 on 12 of 12 dimensions): a steady over-rating.";

} // namespace

TEST_CASE("paired summary: the interviewer's scores beside the candidate's once they are all in") {
    History history(":memory:");
    std::int64_t id = new_session(history, Mode::interviewer);
    history.save_scorecard(id, Scorer::self, card_of(4));
    std::string text = candidate_summary(history, id);
    REQUIRE_THAT(text, Catch::Contains("The interviewer has not scored yet"));
    REQUIRE_THAT(text, Catch::Contains("sdmock show " + std::to_string(id)));

    Scorecard partial = card_of(3);
    partial.scores[11].reset();
    history.save_scorecard(id, Scorer::interviewer, partial);
    text = candidate_summary(history, id);
    REQUIRE_THAT(text, Catch::Contains("The interviewer has not scored yet"));
    REQUIRE_THAT(text, !Catch::Contains("33/60"));

    history.save_scorecard(id, Scorer::interviewer, card_of(3));
    auto record = history.load(id);
    auto lines = summary_lines(*record, shipped_content(), 78, Scorer::self);
    text = text_of(lines);
    REQUIRE_THAT(text, !Catch::Contains("has not scored yet"));
    REQUIRE_THAT(text, Catch::Contains("Interviewer 36/60 · yours 48 · gap +12"));
    // The verdict, wrapped: every word of it in order.
    std::string flat;
    for (char ch : text)
        flat += ch == '\n' ? ' ' : ch;
    REQUIRE_THAT(flat, Catch::Contains("12 points above the interviewer (+1 on 12"));
    REQUIRE_THAT(flat, Catch::Contains("a steady over-rating"));
    REQUIRE_THAT(text, !Catch::Contains("within one point"));
    // Two columns of six: each dimension's own score, the interviewer's and the gap.
    const Rubric& rubric = shipped_content().rubric;
    for (std::size_t i = 0; i < kDimensionCount; ++i) {
        INFO(rubric.dimensions[i].id);
        REQUIRE_THAT(text, Catch::Contains(rubric.dimensions[i].name));
    }
    int rows = 0;
    for (const auto& line : lines)
        if (line.find("   4   3  +1") != std::string::npos) {
            ++rows;
            REQUIRE(display_width(line) <= 78);
        }
    REQUIRE(rows == 6);
    // Narrower, one column of twelve.
    rows = 0;
    for (const auto& line : summary_lines(*record, shipped_content(), 60, Scorer::self))
        if (line.find("   4   3  +1") != std::string::npos) ++rows;
    REQUIRE(rows == 12);
}

TEST_CASE("paired summary: only the candidate's summary of a paired mock compares") {
    History history(":memory:");
    std::int64_t paired = new_session(history, Mode::interviewer);
    history.save_scorecard(paired, Scorer::self, card_of(4));
    history.save_scorecard(paired, Scorer::interviewer, card_of(3));
    auto record = history.load(paired);
    std::string interviewer = text_of(summary_lines(*record, shipped_content(), 78, Scorer::interviewer));
    REQUIRE_THAT(interviewer, Catch::StartsWith("Total 36/60"));
    REQUIRE_THAT(interviewer, !Catch::Contains("48"));

    std::int64_t solo = new_session(history, Mode::solo);
    history.save_scorecard(solo, Scorer::self, card_of(4));
    std::string alone = candidate_summary(history, solo);
    // No comparison in a solo mock's summary (a Part title may name interviewers: that is not one).
    REQUIRE_THAT(alone, !Catch::Contains("Interviewer 3") && !Catch::Contains("the interviewer") &&
                            !Catch::Contains("not scored yet"));
}

TEST_CASE("show: a paired mock scored 4s by the candidate and 3s by the interviewer reports the +12 bias") {
    History history(":memory:");
    std::int64_t id = new_session(history, Mode::interviewer);
    history.save_scorecard(id, Scorer::self, card_of(4));
    history.save_scorecard(id, Scorer::interviewer, card_of(3));
    auto record = history.load(id);
    std::string text = render_session_text(*record, shipped_content(), 400);
    REQUIRE_THAT(text, Catch::Contains("Total                       48    36           +12"));
    REQUIRE_THAT(text, Catch::Contains(kVerdict + " Score yourself more harshly across the card."));
    REQUIRE_THAT(text, !Catch::Contains("within one point"));

    std::string json = render_session_json(*record);
    for (const char* field :
         {"\"total_gap\": 12", "\"mean_gap\": 1", "\"bias\": \"over\"", "\"steady\": true", "\"dimensions_over\": 12",
          "\"dimensions_under\": 0", "\"compared\": 12", "\"over\": []", "\"under\": []"}) {
        INFO(field);
        REQUIRE_THAT(json, Catch::Contains(field));
    }
    REQUIRE_THAT(json, Catch::Contains("\"verdict\": \"" + kVerdict + "\""));
}
