#include "core/text.hpp"
#include "report/session_view.hpp"
#include "support/builders.hpp"

#include <catch2/catch.hpp>

#include <string>

using namespace sdmock;
using namespace std::chrono_literals;

namespace {

Event note_at(Duration t, std::string text) {
    Event e = test::event_at(t, event::note, "requirements");
    e.dimension = "requirements";
    e.text = std::move(text);
    return e;
}

} // namespace

TEST_CASE("event_lines: a long note is printed in full, wrapped under its own column") {
    std::string text = "read heavy at one hundred to one, about forty writes a second, four thousand reads a "
                       "second at peak, five years of links at five hundred bytes each";
    auto lines = event_lines({note_at(61s, text)}, 60);
    REQUIRE(lines.size() > 1);
    std::string words; // the text again, from the wrapped lines
    for (const auto& line : lines) {
        REQUIRE(display_width(line) <= 60);
        words += (words.empty() ? "" : " ") + line.substr(line.rfind("  ") + 2);
    }
    REQUIRE(lines[0].rfind("  01:01  note           [requirements] read", 0) == 0);
    for (std::size_t i = 1; i < lines.size(); ++i)
        REQUIRE(lines[i].rfind(std::string(24, ' '), 0) == 0);
    REQUIRE(words == "[requirements] " + text);
}

TEST_CASE("event_lines: past one hour the times are h:mm:ss and every column stays aligned") {
    auto lines = event_lines({note_at(5s, "early"), note_at(3725s, "late")}, 80);
    REQUIRE(lines.size() == 2);
    REQUIRE(lines[0] == "    00:05  note           [requirements] early");
    REQUIRE(lines[1] == "  1:02:05  note           [requirements] late");
}

TEST_CASE("event_lines: an event without text has no trailing spaces") {
    auto lines = event_lines({test::event_at(0s, event::pause, "requirements")}, 80);
    REQUIRE(lines == std::vector<std::string>{"  00:00  pause"});
}
