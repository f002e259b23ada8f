// The recorder with the real libsox: a file input on the session's timeline, pauses, a kill
// and a resume, and no input device.
#include "audio/audio.hpp"
#include "cli/system_clock.hpp"
#include "core/ogg_page.hpp"
#include "core/talk.hpp"

#include "support/audio_fixtures.hpp"

#include <catch2/catch.hpp>

#include <sys/wait.h>
#include <unistd.h>

#include <cmath>
#include <csignal>
#include <thread>

using namespace sdmock;
using namespace sdmock::test;
using namespace std::chrono_literals;

namespace {

Duration session_time(SteadyTime from, SteadyTime to, double speed) {
    return std::chrono::duration_cast<Duration>((to - from) * speed);
}

/// Speech, the fixture's long silence where the first speech ends, speech.
void check_talk(const LevelTrack& track, const TalkFixture& f) {
    PhaseTalk talk = analyse_talk(track, {{"p", 0ms, track.end()}})[0];
    INFO("talk " << seconds(talk.talk) << " s, silence " << seconds(talk.silence) << " s");
    CHECK(std::abs(seconds(talk.silence) - f.silence_s) < 1.0);
    CHECK(std::abs(seconds(talk.talk) - (f.total_s - f.silence_s)) < 1.0);
    REQUIRE(talk.long_silences.size() == 1);
    CHECK(std::abs(seconds(talk.long_silences[0].at) - f.first_speech_s) < 1.0);
    CHECK(std::abs(seconds(talk.long_silences[0].length) - f.silence_s) < 1.0);
}

std::vector<std::uint32_t> link_serials(const std::filesystem::path& file) {
    std::vector<std::uint32_t> serials;
    for (const OggPage& page : complete_ogg_pages(read_text(file))) {
        if (page.first) {
            serials.push_back(page.serial);
        }
    }
    return serials;
}

} // namespace

TEST_CASE("Recorder: a file input at 20x, on the session's timeline, to a playable Ogg file", "[audio]") {
    TempDir dir;
    TalkFixture f = talk_fixture(dir.path());
    auto file = dir.path() / "recording.ogg";
    cli::SystemClock clock;
    audio::Recorder recorder({file, f.file, 0ms}, clock);
    recorder.follow({0ms, clock.steady_now(), 20.0, true});
    REQUIRE(wait_until([&] { return recorder.ended(); }, 15s));
    recorder.stop();
    CHECK(recorder.trouble().empty());

    CHECK(std::abs(seconds(audio::recording_length(file)) - f.total_s) < 1.0);
    CHECK(std::abs(soxi_seconds(file) - f.total_s) < 1.0);
    check_talk(recorder.levels(), f);
    check_talk(audio::read_levels(file), f);
    auto perms = std::filesystem::status(file).permissions();
    CHECK((perms & std::filesystem::perms::all) ==
          (std::filesystem::perms::owner_read | std::filesystem::perms::owner_write));
}

TEST_CASE("Recorder: nothing is written while the session is paused", "[audio]") {
    TempDir dir;
    TalkFixture f = talk_fixture(dir.path(), 20);
    auto file = dir.path() / "recording.ogg";
    cli::SystemClock clock;
    audio::Recorder recorder({file, f.file, 0ms}, clock);
    SteadyTime began = clock.steady_now();
    recorder.follow({0ms, began, 20.0, true});
    std::this_thread::sleep_for(300ms);

    SteadyTime paused = clock.steady_now();
    Duration at = session_time(began, paused, 20.0);
    recorder.follow({at, paused, 20.0, false});
    std::this_thread::sleep_for(100ms);
    Duration held = recorder.levels().end();
    CHECK(std::abs(seconds(held - at)) < 1.0);
    std::this_thread::sleep_for(400ms);
    CHECK(recorder.levels().end() == held);

    recorder.follow({at, clock.steady_now(), 20.0, true});
    REQUIRE(wait_until([&] { return recorder.ended(); }, 15s));
    CHECK(std::abs(seconds(audio::recording_length(file)) - f.total_s) < 1.0);
    check_talk(recorder.levels(), f);
}

TEST_CASE("Recorder: after a kill the file plays, and a resumed recording appends a second link", "[audio]") {
    TempDir dir;
    TalkFixture f = talk_fixture(dir.path());
    auto file = dir.path() / "recording.ogg";
    cli::SystemClock clock;
    // The child starts the session clock at `began`, after it has opened everything.
    SteadyTime began = clock.steady_now() + 300ms;
    pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        try {
            audio::Recorder recorder({file, f.file, 0ms}, clock);
            recorder.follow({0ms, began, 20.0, true});
            while (true) {
                pause();
            }
        } catch (...) {
            _exit(2);
        }
    }
    std::this_thread::sleep_until(began + 900ms);
    kill(child, SIGKILL);
    Duration reached = session_time(began, clock.steady_now(), 20.0);
    int status = 0;
    waitpid(child, &status, 0);
    REQUIRE(WIFSIGNALED(status));

    Duration kept = audio::recording_length(file);
    INFO("reached " << seconds(reached) << " s, kept " << seconds(kept) << " s");
    CHECK(std::abs(seconds(reached - kept)) < 3.0);

    audio::Recorder resumed({file, f.file, reached}, clock);
    // Padded up to where the session was (the last window may be a partial one).
    CHECK(seconds(resumed.levels().end()) <= seconds(reached) + 0.05);
    CHECK(seconds(resumed.levels().end()) >= seconds(reached) - 0.05);
    resumed.follow({reached, clock.steady_now(), 20.0, true});
    REQUIRE(wait_until([&] { return resumed.ended(); }, 15s));
    CHECK(resumed.trouble().empty());
    CHECK(std::abs(seconds(audio::recording_length(file)) - f.total_s) < 1.0);
    CHECK(std::abs(seconds(resumed.levels().end()) - f.total_s) < 1.0);
    check_talk(audio::read_levels(file), f);
    CHECK(ogg_links(read_text(file)).size() == 2);
    auto serials = link_serials(file);
    REQUIRE(serials.size() == 2);
    CHECK(serials[0] != serials[1]);
}

TEST_CASE("Recorder: no input device is a one-line AudioError, and no file is made", "[audio]") {
    TempDir dir;
    auto file = dir.path() / "recording.ogg";
    cli::SystemClock clock;
    for (const char* driver : {"alsa", "no-such-driver"}) {
        ScopedEnv env("AUDIODRIVER", driver);
        try {
            audio::Recorder recorder({file, {}, 0ms}, clock);
            FAIL("recording without a device");
        } catch (const audio::AudioError& e) {
            std::string message = e.what();
            INFO(message);
            CHECK(!message.empty());
            CHECK(message.find('\n') == std::string::npos);
            CHECK(message.find(driver) != std::string::npos);
        }
        CHECK_FALSE(std::filesystem::exists(file));
    }
}
