#pragma once
/// A session's audio: its recording (from the input device or a file, on the session's timeline)
/// and the voice that asks the questions. SessionRun owns one when either was asked for and
/// hands it the clock at every event and heartbeat. Audio that cannot be opened never stops the
/// mock: it says why in a note, and the mock goes on without it.
#include "audio/audio.hpp"
#include "core/phase_timer.hpp"
#include "store/history.hpp"

#include <memory>
#include <string>
#include <vector>

namespace sdmock::cli {

/// What a session's audio should be.
struct AudioSetup {
    bool record = false;
    std::string input; ///< a sound file to take the audio from; empty: the input device
    bool voice = false;
    [[nodiscard]] bool any() const { return record || voice; }
};

/// Refuses what cannot work before anything is recorded: a device at a speed other than 1 (a
/// device cannot be sped up), a voice in a paired mock (the interviewer asks), an input file
/// that cannot be read. Throws UsageError or Error.
void check_audio_setup(const AudioSetup& setup, double speed, Mode mode);

class SessionAudio {
public:
    /// Starts what `setup` asks for, the recording from session time `start` (0 for a new
    /// session, the elapsed time for a resumed one), saved beside `history` as session `id`'s.
    SessionAudio(History& history, std::int64_t id, const AudioSetup& setup, Duration start, const Clock& clock);
    ~SessionAudio();
    SessionAudio(const SessionAudio&) = delete;
    SessionAudio& operator=(const SessionAudio&) = delete;

    /// The clock as it stands (never blocks). Saves the levels now and then while recording, so a
    /// session that is never resumed after a crash still has its figures.
    void follow(const PhaseTimer& timer, SteadyTime now, History& history);
    /// Says a question aloud, when the voice is on.
    void say(const std::string& text);
    /// What the voice said since the last call.
    [[nodiscard]] std::vector<audio::Spoken> take_spoken();
    /// Closes the recording (the file complete) and saves its levels in `history`. Idempotent.
    void finish(History& history);
    [[nodiscard]] bool recording() const { return recorder_ != nullptr; }
    /// One line each: what could not be opened or went wrong, and what that means for the mock.
    [[nodiscard]] std::vector<std::string> notes() const;

private:
    void save(History& history);

    std::int64_t id_;
    const Clock& clock_;
    Recording recording_;
    std::unique_ptr<audio::Recorder> recorder_;
    std::unique_ptr<audio::Voice> voice_;
    std::vector<std::string> notes_;
    SteadyTime saved_at_{};
    bool finished_ = false;
};

} // namespace sdmock::cli
