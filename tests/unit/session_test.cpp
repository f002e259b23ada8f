#include "core/clock.hpp"
#include "core/session.hpp"
#include "support/builders.hpp"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <ctime>
#include <optional>
#include <regex>
#include <string>

using namespace sdmock;
using namespace std::chrono_literals;
using sdmock::test::event_at;

namespace {

/// Three phases started at 0, 5:00 and 8:00 (planned 5, 3 and 12 minutes), then a pause at 8:20.
std::vector<Event> three_phases_then_pause() {
    return {event_at(0ms, event::phase_start, "requirements", 300000),
            event_at(0ms, event::cue_shown, "requirements"),
            event_at(300000ms, event::phase_start, "estimation", 180000),
            event_at(480000ms, event::phase_start, "high-level", 720000),
            event_at(490000ms, event::note, "high-level"),
            event_at(500000ms, event::pause, "high-level")};
}

/// Sets TZ for the lifetime of the object and puts the old value back afterwards.
class ScopedTimeZone {
public:
    explicit ScopedTimeZone(const char* zone) {
        if (const char* old = std::getenv("TZ")) old_ = old;
        setenv("TZ", zone, 1);
        tzset();
    }
    ~ScopedTimeZone() {
        if (old_)
            setenv("TZ", old_->c_str(), 1);
        else
            unsetenv("TZ");
        tzset();
    }
    ScopedTimeZone(const ScopedTimeZone&) = delete;
    ScopedTimeZone& operator=(const ScopedTimeZone&) = delete;

private:
    std::optional<std::string> old_;
};

/// 2026-11-23 18:05:00 UTC.
WallTime november_evening() {
    std::tm utc{};
    utc.tm_year = 2026 - 1900;
    utc.tm_mon = 10;
    utc.tm_mday = 23;
    utc.tm_hour = 18;
    utc.tm_min = 5;
    return std::chrono::system_clock::from_time_t(timegm(&utc));
}

} // namespace

TEST_CASE("snapshot_from: rebuilds phase, completed phases, current time and pause") {
    auto snap = snapshot_from(three_phases_then_pause(), 500000ms, 5);
    REQUIRE(snap.phase == 2);
    REQUIRE(snap.completed == std::vector<Duration>{300000ms, 180000ms});
    REQUIRE(snap.current == 20000ms);
    REQUIRE(snap.paused);
}

TEST_CASE("snapshot_from: a resume after the pause runs again") {
    auto events = three_phases_then_pause();
    events.push_back(event_at(500000ms, event::resume, "high-level"));
    auto snap = snapshot_from(events, 530000ms, 5);
    REQUIRE_FALSE(snap.paused);
    REQUIRE(snap.phase == 2);
    REQUIRE(snap.current == 50000ms);
}

TEST_CASE("snapshot_from: an end event finishes the session with the last phase's actual") {
    auto events = three_phases_then_pause();
    events.push_back(event_at(500000ms, event::resume, "high-level"));
    events.push_back(event_at(900000ms, event::end, "high-level"));
    // A later heartbeat does not lengthen the last phase past the end.
    auto snap = snapshot_from(events, 950000ms, 5);
    REQUIRE(snap.phase == 5);
    REQUIRE(snap.completed == std::vector<Duration>{300000ms, 180000ms, 420000ms});
}

TEST_CASE("snapshot_from: an elapsed time behind the last event uses the event's time") {
    auto snap = snapshot_from(three_phases_then_pause(), 100000ms, 5);
    REQUIRE(snap.phase == 2);
    REQUIRE(snap.current == 20000ms);
}

TEST_CASE("snapshot_from: no events is the start of the first phase") {
    auto snap = snapshot_from({}, 0ms, 5);
    REQUIRE(snap.phase == 0);
    REQUIRE(snap.completed.empty());
    REQUIRE(snap.current == 0ms);
    REQUIRE_FALSE(snap.paused);
}

TEST_CASE("snapshot_from: feeds PhaseTimer::restore") {
    FakeClock clock;
    PhaseTimer timer({5min, 3min, 12min, 18min, 7min});
    timer.restore(snapshot_from(three_phases_then_pause(), 500000ms, timer.phase_count()), clock.steady_now());
    REQUIRE(timer.phase() == 2);
    REQUIRE(timer.paused());
    REQUIRE(timer.elapsed(clock.steady_now()) == 500000ms);
    REQUIRE(timer.phase_remaining(clock.steady_now()) == 12min - 20s);
}

TEST_CASE("phase_times: planned from the event value, actual from the starts") {
    auto times = phase_times(three_phases_then_pause(), 500000ms);
    REQUIRE(times.size() == 3);
    REQUIRE(times[0].id == "requirements");
    REQUIRE(times[0].planned == 5min);
    REQUIRE(times[0].actual == Duration{300000});
    REQUIRE(times[1].id == "estimation");
    REQUIRE(times[1].planned == 3min);
    REQUIRE(times[1].actual == Duration{180000});
    REQUIRE(times[2].id == "high-level");
    REQUIRE(times[2].planned == 12min);
    REQUIRE(times[2].actual == Duration{20000});
}

TEST_CASE("phase_times: the last phase runs to the end event, or to the elapsed time") {
    auto events = three_phases_then_pause();
    REQUIRE(phase_times(events, 600000ms)[2].actual == Duration{120000});
    REQUIRE(phase_times(events, 1000ms)[2].actual == Duration{20000}); // never behind an event
    events.push_back(event_at(700000ms, event::end, "high-level"));
    REQUIRE(phase_times(events, 800000ms)[2].actual == Duration{220000});
    REQUIRE(phase_times({}, 1000ms).empty());
}

TEST_CASE("clock_text: minutes and seconds, hours past an hour, signs") {
    REQUIRE(clock_text(0ms) == "00:00");
    REQUIRE(clock_text(999ms) == "00:00");
    REQUIRE(clock_text(61s) == "01:01");
    REQUIRE(clock_text(59min + 59s) == "59:59");
    REQUIRE(clock_text(-5s) == "-00:05");
    REQUIRE(clock_text(3725s) == "1:02:05");
    REQUIRE(clock_text(-3725s) == "-1:02:05");
    REQUIRE(clock_text(5s, true) == "+00:05");
    REQUIRE(clock_text(-5s, true) == "-00:05");
    REQUIRE(clock_text(0ms, true) == "+00:00");
}

TEST_CASE("iso_local: date, time and offset of the local zone") {
    ScopedTimeZone zone("Europe/Berlin");
    std::string text = iso_local(november_evening());
    REQUIRE(std::regex_match(text, std::regex(R"(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2})")));
    REQUIRE(text == "2026-11-23T19:05:00+01:00");

    // Summer time in the same zone.
    REQUIRE(iso_local(november_evening() - std::chrono::hours(24 * 140)).substr(19) == "+02:00");
}

TEST_CASE("iso_local: the fake clock's default wall time has the ISO shape in any zone") {
    for (const char* zone : {"UTC", "America/St_Johns", "Asia/Kolkata"}) {
        ScopedTimeZone scoped(zone);
        INFO(zone);
        REQUIRE(std::regex_match(iso_local(FakeClock{}.wall_now()),
                                 std::regex(R"(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2})")));
    }
    ScopedTimeZone india("Asia/Kolkata");
    REQUIRE(iso_local(november_evening()) == "2026-11-23T23:35:00+05:30");
}

TEST_CASE("iso_with_offset: a CSV's local date or date-time gets seconds and the zone's offset that day") {
    const char* old_tz = std::getenv("TZ");
    std::string saved = old_tz != nullptr ? old_tz : "";
    setenv("TZ", "Europe/Berlin", 1);
    tzset();
    CHECK(sdmock::iso_with_offset("2026-11-23T19:05") == "2026-11-23T19:05:00+01:00");
    CHECK(sdmock::iso_with_offset("2026-07-01") == "2026-07-01T00:00:00+02:00"); // summer time
    CHECK(sdmock::iso_with_offset("not a date") == "not a date");
    if (old_tz != nullptr)
        setenv("TZ", saved.c_str(), 1);
    else
        unsetenv("TZ");
    tzset();
}
