#include "cli/session_audio.hpp"

#include "audio/probe.hpp"
#include "core/error.hpp"
#include "core/recording.hpp"

#include <sys/stat.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

namespace sdmock::cli {
namespace {

namespace fs = std::filesystem;

/// How often the levels are saved while recording: a crash loses at most this much of the
/// figures of a session never resumed (the sound itself is on disk to the last page).
constexpr auto kSaveEvery = std::chrono::seconds(10);

/// The recordings folder, private like the history.
void make_folder(const fs::path& folder) {
    if (::mkdir(folder.c_str(), 0700) != 0 && errno != EEXIST)
        throw audio::AudioError("cannot create " + folder.string() + ": " + std::strerror(errno));
    ::chmod(folder.c_str(), 0700);
}

audio::Position position_of(const PhaseTimer& timer, SteadyTime now) {
    return {timer.elapsed(now), now, timer.speed(), timer.started() && !timer.paused() && !timer.finished()};
}

} // namespace

void check_audio_setup(const AudioSetup& setup, double speed, Mode mode) {
    if (setup.voice && mode == Mode::interviewer)
        throw UsageError("--voice is for a solo mock; in a paired mock the interviewer asks the questions");
    if (setup.record && setup.input.empty() && speed != 1.0)
        throw UsageError("a recording from the input device runs at the speed of real time: drop --speed, or take "
                         "the audio from a file with --audio-input FILE");
    if (!setup.input.empty()) {
        try {
            audio::check_input(setup.input);
        } catch (const audio::AudioError& e) {
            throw Error(std::string("--audio-input: ") + e.what());
        }
    }
}

SessionAudio::SessionAudio(History& history, std::int64_t id, const AudioSetup& setup, Duration start,
                           const Clock& clock)
    : id_(id), clock_(clock) {
    std::string folder = setup.record ? history.recordings_folder() : std::string();
    if (setup.record && folder.empty())
        notes_.emplace_back("not recorded: the history is in memory, with no folder to keep a recording in");
    if (setup.record && !folder.empty()) {
        recording_.file = recording_file(id);
        recording_.input = setup.input;
        fs::path file = history.recording_path(recording_.file);
        try {
            make_folder(folder);
            recorder_ = std::make_unique<audio::Recorder>(audio::RecordSetup{file, setup.input, start}, clock_);
            recording_.levels = recorder_->levels();
            recording_.length = recording_.levels.end();
            save(history);
        } catch (const audio::AudioError& e) {
            recorder_.reset();
            notes_.push_back(std::string("not recorded: ") + e.what());
        }
    }
    if (setup.voice) {
        try {
            voice_ = std::make_unique<audio::Voice>(clock_);
        } catch (const audio::AudioError& e) {
            notes_.push_back(std::string("the questions are not spoken: ") + e.what());
        }
    }
}

SessionAudio::~SessionAudio() {
    if (recorder_) recorder_->stop(); // the file complete; the levels were saved at the last follow
}

void SessionAudio::follow(const PhaseTimer& timer, SteadyTime now, History& history) {
    if (!recorder_ || finished_) return;
    recorder_->follow(position_of(timer, now));
    if (timer.finished()) {
        try {
            finish(history);
        } catch (const StoreError&) {
            // The levels are saved again when the session closes.
        }
        return;
    }
    if (now - saved_at_ < kSaveEvery) return;
    saved_at_ = now;
    recording_.levels = recorder_->levels();
    recording_.length = recording_.levels.end();
    try {
        save(history);
    } catch (const StoreError&) {
        // Another program holds the history: saved at the next try, and at the end.
    }
}

void SessionAudio::say(const std::string& text) {
    if (voice_) voice_->say(text);
}

std::vector<audio::Spoken> SessionAudio::take_spoken() {
    return voice_ ? voice_->take_spoken() : std::vector<audio::Spoken>{};
}

void SessionAudio::finish(History& history) {
    if (!recorder_) return;
    if (!finished_) {
        finished_ = true;
        recorder_->stop();
        recording_.levels = recorder_->levels();
        recording_.length = recording_.levels.end();
    }
    save(history); // again when called again: the history may have moved to a recovery file
}

std::vector<std::string> SessionAudio::notes() const {
    auto out = notes_;
    if (recorder_) {
        if (auto trouble = recorder_->trouble(); !trouble.empty())
            out.push_back("the recording stopped early: " + trouble + "; what came before is kept");
    }
    return out;
}

void SessionAudio::save(History& history) {
    history.set_recording(id_, recording_);
}

} // namespace sdmock::cli
