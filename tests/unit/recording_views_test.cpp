// A recorded mock as the user reads it: the summary's talk columns and long silences, the
// recording's section of `show` with its marks, the `audio` value of the JSON, the review's
// section, and the report's weekly table.
#include "core/recording.hpp"
#include "report/review_view.hpp"
#include "report/session_view.hpp"
#include "report/trends_report.hpp"
#include "support/shipped_content.hpp"

#include <catch2/catch.hpp>

using namespace sdmock;
using namespace std::chrono_literals;
using sdmock::test::shipped_content;

namespace {

std::string text_of(const std::vector<std::string>& lines) {
    std::string out;
    for (const auto& l : lines)
        out += l + "\n";
    return out;
}

/// JSON with the whitespace between its tokens taken out (the strings kept as they are).
std::string compact(const std::string& json) {
    std::string out;
    bool in_string = false;
    for (std::size_t i = 0; i < json.size(); ++i) {
        char c = json[i];
        if (in_string && c == '\\') {
            out += c;
            out += json[++i];
            continue;
        }
        if (c == '"') in_string = !in_string;
        if (in_string || (c != ' ' && c != '\n')) out += c;
    }
    return out;
}

/// A mini-25 mock recorded for its first two phases: 40 s of talk, 30 s of silence, 50 s of
/// talk in requirements (2 min), then 60 s of talk in estimation.
SessionRecord recorded_mock() {
    SessionRecord r;
    r.info.id = 7;
    r.info.problem = "url-shortener";
    r.info.plan = "mini-25";
    r.info.status = Status::finished;
    r.info.started_at = "2026-11-30T19:00:00+01:00";
    r.info.elapsed = 180s;
    r.events = {
        {0ms, std::string(event::phase_start), "requirements", "requirements", "Requirements", 240000},
        {5s, std::string(event::cue_shown), "requirements", "requirements", "Who are the users?", 0},
        {60s, std::string(event::note), "requirements", "requirements", "read heavy, 100:1", 0},
        {120s, std::string(event::phase_start), "estimation", "estimation", "Estimation", 240000},
        {180s, std::string(event::end), "estimation", "", "", 0},
    };
    Recording rec;
    rec.file = recording_file(7);
    auto add = [&](Duration d, float level) {
        for (Duration t{0}; t < d; t += rec.levels.window)
            rec.levels.levels.push_back(level);
    };
    add(40s, 0.2F);
    add(30s, 0.003F);
    add(50s, 0.2F);
    add(60s, 0.2F);
    rec.length = rec.levels.end();
    r.recording = rec;
    return r;
}

} // namespace

TEST_CASE("summary: a recorded mock has each phase's talk and silent share, and its long silences", "[recording]") {
    auto text = text_of(summary_lines(recorded_mock(), shipped_content(), 80));
    INFO(text);
    CHECK(text.find("talk    silent") != std::string::npos);
    // Requirements: 90 s of talk, 30 s silent (25%); estimation: 60 s, none silent.
    CHECK(text.find("01:30   25%") != std::string::npos);
    CHECK(text.find("01:00   0%") != std::string::npos);
    CHECK(text.find("Silences of 15 s or more: 00:40 (30s)\n  hear one: sdmock play 7 --from 00:40\n") !=
          std::string::npos);
    // Not recorded: the table as before, no talk columns.
    auto plain = recorded_mock();
    plain.recording.reset();
    auto before = text_of(summary_lines(plain, shipped_content(), 80));
    CHECK(before.find("talk") == std::string::npos);
    CHECK(before.find("Silences") == std::string::npos);
}

TEST_CASE("show: the recording's section lists the figures per phase and the marks at their times", "[recording]") {
    auto text = render_session_text(recorded_mock(), shipped_content());
    INFO(text);
    CHECK(text.find("Recording · recordings/session-7.ogg · 03:00") != std::string::npos);
    CHECK(text.find("In all: 2m30s talk, 17% silent, 1 silence over 15 s (longest 30 s)") != std::string::npos);
    CHECK(text.find("silent from 00:40 for 30 s") != std::string::npos);
    auto marks = text.substr(text.find("Marks in the recording"));
    CHECK(marks.find("00:05  cue_shown") != std::string::npos);
    CHECK(marks.find("01:00  note") != std::string::npos);
    CHECK(marks.find("02:00  phase_start") != std::string::npos);
}

TEST_CASE("show --format json: audio per phase, with the long silences; null when not recorded", "[recording]") {
    auto json = compact(render_session_json(recorded_mock()));
    INFO(json);
    CHECK(json.find(R"("audio":{"file":"recordings/session-7.ogg")") != std::string::npos);
    CHECK(
        json.find(R"({"id":"requirements","talk_s":90,"silence_s":30,"long_silences":[{"at_s":40,"length_s":30}]})") !=
        std::string::npos);
    CHECK(json.find(R"({"id":"estimation","talk_s":60,"silence_s":0,"long_silences":[]})") != std::string::npos);
    auto plain = recorded_mock();
    plain.recording.reset();
    CHECK(compact(render_session_json(plain)).find(R"("audio":null)") != std::string::npos);
}

TEST_CASE("report: a week's talk and silence over its recorded mocks", "[recording]") {
    auto record = recorded_mock();
    auto phases = session_talk(*record.recording, record.events, record.info.elapsed);
    Date day = *parse_date("2026-11-30");
    auto weeks = weekly_talk({{day, phases}, {day, phases}, {*parse_date("2026-10-01"), phases}}, iso_week(day),
                             iso_week(day), Weekday::monday);
    REQUIRE(weeks.size() == 1); // October's is outside the window
    CHECK(weeks[0].second.recorded == 2);
    CHECK(weeks[0].second.talk == 300s);
    CHECK(weeks[0].second.long_silences == 2);
    Trends t;
    t.first_week = t.last_week = iso_week(day);
    ReportContext rc;
    rc.content = &shipped_content();
    rc.talk = weeks;
    auto text = render_trends_text(t, rc);
    INFO(text);
    CHECK(text.find("Recorded mocks: talk and silence") != std::string::npos);
    CHECK(text.find("2026-W49      2  5m00s       17%          2     30 s") != std::string::npos);
    CHECK(render_trends_markdown(t, rc).find("| 2026-W49 | 2 | 5m00s | 17% | 2 | 30 s |") != std::string::npos);
    CHECK(compact(render_trends_json(t, rc)).find(R"("talk":[{"week":"2026-W49","mocks":2,"talk_s":300,)") !=
          std::string::npos);
}
