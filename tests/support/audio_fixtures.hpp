#pragma once
// Sound files for the audio tests, made in a temp dir with the sox and espeak-ng command-line
// tools: speech, a long silence, speech, at the recording's 16 kHz mono.
#include "support/temp_dir.hpp"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>
#include <thread>
#include <utility>

namespace sdmock::test {

/// Runs a shell command, throwing with the command when it fails.
inline void shell(const std::string& command) {
    if (std::system((command + " >/dev/null 2>&1").c_str()) != 0) {
        throw std::runtime_error("failed: " + command);
    }
}

/// What a command printed on stdout, trailing newline dropped.
inline std::string shell_output(const std::string& command) {
    std::string out;
    FILE* pipe = popen((command + " 2>/dev/null").c_str(), "r");
    if (pipe == nullptr) {
        throw std::runtime_error("failed: " + command);
    }
    char buffer[256];
    while (std::fgets(buffer, sizeof buffer, pipe) != nullptr) {
        out += buffer;
    }
    pclose(pipe);
    while (!out.empty() && (out.back() == '\n' || out.back() == '\r')) {
        out.pop_back();
    }
    return out;
}

inline std::string quoted(const std::filesystem::path& path) {
    return "'" + path.string() + "'";
}

/// `soxi -D`: a sound file's length in seconds as the sox tool reads it.
inline double soxi_seconds(const std::filesystem::path& file) {
    return std::stod(shell_output("soxi -D " + quoted(file)));
}

/// Speech said by espeak-ng, at 16 kHz mono, in `dir`/name.wav.
inline std::filesystem::path speech(const std::filesystem::path& dir, const std::string& name,
                                    const std::string& text) {
    auto raw = dir / (name + "-22k.wav");
    auto out = dir / (name + ".wav");
    shell("espeak-ng -w " + quoted(raw) + " '" + text + "'");
    shell("sox " + quoted(raw) + " -r 16000 -c 1 " + quoted(out));
    return out;
}

/// A mock's answer: speech, `silence_s` seconds of silence, speech; with where each part ends.
struct TalkFixture {
    std::filesystem::path file;
    double first_speech_s = 0; ///< the first speech's length (silence starts there)
    double silence_s = 0;
    double total_s = 0;
};

inline TalkFixture talk_fixture(const std::filesystem::path& dir, double silence_s = 30,
                                const std::string& rate_and_channels = "-r 16000 -c 1") {
    TalkFixture f;
    auto a =
        speech(dir, "first", "The write path goes through a queue, then the workers batch the rows into the store");
    auto b =
        speech(dir, "second", "For reads we put a cache in front of the primary and accept a few seconds of staleness");
    auto quiet = dir / "silence.wav";
    shell("sox -n -r 16000 -c 1 " + quoted(quiet) + " trim 0 " + std::to_string(silence_s));
    f.file = dir / "answer.wav";
    shell("sox " + quoted(a) + " " + quoted(quiet) + " " + quoted(b) + " " + rate_and_channels + " " + quoted(f.file));
    f.first_speech_s = soxi_seconds(a);
    f.silence_s = silence_s;
    f.total_s = soxi_seconds(f.file);
    return f;
}

/// Seconds of a duration, for comparisons with what sox tools print.
inline double seconds(std::chrono::milliseconds d) {
    return static_cast<double>(d.count()) / 1000.0;
}

/// Polls `done` every 20 ms until it holds or `timeout` passes; whether it held.
template <typename Done> bool wait_until(Done done, std::chrono::milliseconds timeout) {
    auto deadline = std::chrono::steady_clock::now() + timeout;
    while (!done()) {
        if (std::chrono::steady_clock::now() > deadline) {
            return false;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    return true;
}

/// Sets an environment variable for a test's scope, putting back what was there.
class ScopedEnv {
public:
    ScopedEnv(std::string name, const std::string& value) : name_(std::move(name)) {
        if (const char* old = std::getenv(name_.c_str())) {
            old_ = old;
        }
        setenv(name_.c_str(), value.c_str(), 1);
    }
    ~ScopedEnv() {
        if (old_) {
            setenv(name_.c_str(), old_->c_str(), 1);
        } else {
            unsetenv(name_.c_str());
        }
    }
    ScopedEnv(const ScopedEnv&) = delete;
    ScopedEnv& operator=(const ScopedEnv&) = delete;

private:
    std::string name_;
    std::optional<std::string> old_;
};

} // namespace sdmock::test
