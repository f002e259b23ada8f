#pragma once
/// The audio adapter: a mock's recording (from the default input device or a file, on the
/// session's timeline), its playback, and the voice that asks the questions. It wraps libsox
/// and espeak-ng; nothing else in sdmock includes them. Everything here is safe to call from
/// the thread that draws the screen: the work happens on threads of its own.
#include "core/clock.hpp"
#include "core/talk.hpp"

#include <filesystem>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

namespace sdmock::audio {

/// The one-line reason audio could not be opened or written ("no input device (alsa: …)").
class AudioError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// Where the session clock stands: `at` session time at steady instant `when`, running at
/// `speed` (session time per real time) or stopped. The session hands a new one over at every
/// event and heartbeat; in between the recorder extrapolates.
struct Position {
    Duration at{0};
    SteadyTime when{};
    double speed = 1.0;
    bool running = false;
};

/// What to record and where.
struct RecordSetup {
    /// The recording: Ogg Vorbis, 16 kHz mono. Created 0600 if missing; an existing one (a
    /// resumed session) is cut back to its last complete page and a new link appended to it.
    std::filesystem::path file;
    /// Empty: the default input device (AUDIODRIVER / AUDIODEV as sox reads them, else
    /// PulseAudio, else ALSA). Otherwise a sound file sox can read, taken on the session's
    /// timeline: its sample at time t is the candidate at session time t; once it ends, so does
    /// the recording.
    std::filesystem::path input;
    /// Session time at which this run of the recording starts: 0 for a new session, the elapsed
    /// time for a resumed one. When the file holds less than that (the last seconds before a
    /// kill were never written), the gap is filled with silence so that the file's time stays
    /// the session's time.
    Duration start{0};
};

/// Records on its own thread from construction until stop() or destruction.
class Recorder {
public:
    /// Opens the input and the file; throws AudioError when either cannot be opened.
    Recorder(const RecordSetup& setup, const Clock& clock);
    ~Recorder();
    Recorder(const Recorder&) = delete;
    Recorder& operator=(const Recorder&) = delete;

    /// The session clock as it stands (never blocks on audio).
    void follow(const Position& position);
    /// Writes out what is held and closes the file's current link; the file is complete and
    /// playable after it. Idempotent.
    void stop();
    /// The levels of the whole file so far (earlier links included), 50 ms windows from
    /// session time 0.
    [[nodiscard]] LevelTrack levels() const;
    /// What went wrong after opening (the device went away, the disk filled), empty if nothing.
    /// The recording holds what was written before.
    [[nodiscard]] std::string trouble() const;
    /// The recording is over and its file complete: the input file ended, trouble() stopped
    /// it, or stop() was called.
    [[nodiscard]] bool ended() const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

/// The levels of a recording file, every link of it, 50 ms windows from session time 0 (what
/// Recorder::levels() gave while recording). Throws AudioError if it cannot be read.
[[nodiscard]] LevelTrack read_levels(const std::filesystem::path& file);
/// How long a recording file plays. Throws AudioError if it cannot be read.
[[nodiscard]] Duration recording_length(const std::filesystem::path& file);

/// Plays `file` from `from` to the default output device, or writes that part to `to` (a file
/// whose type sox knows from its extension) when given. Blocks until done. Throws AudioError.
void play(const std::filesystem::path& file, Duration from, const std::filesystem::path& to = {});

/// Something the voice said, in steady time.
struct Spoken {
    SteadyTime began{};
    Duration length{0}; ///< real time it took to say
    std::string text;
};

/// Speaks questions aloud through espeak-ng, one after the other, on its own thread, to the
/// default output device (AUDIODRIVER / AUDIODEV as sox reads them).
class Voice {
public:
    /// Opens espeak-ng and the output device; throws AudioError when either cannot be opened.
    explicit Voice(const Clock& clock);
    ~Voice();
    Voice(const Voice&) = delete;
    Voice& operator=(const Voice&) = delete;

    /// Queues `text` to be said (returns at once).
    void say(const std::string& text);
    /// What was said since the last call, in order (returns at once).
    [[nodiscard]] std::vector<Spoken> take_spoken();

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace sdmock::audio
