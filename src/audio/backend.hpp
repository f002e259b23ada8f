#pragma once
/// Between the audio adapter's front (audio_link.cpp, in sdmock itself) and its back (the
/// sdmock-audio module, which links libsox and espeak-ng): sdmock loads the module only when a
/// mock is recorded, played or spoken, so every other command starts without the sound
/// libraries (about 40 of them, 4 MiB of memory). Nothing crosses as an exception: a failure is
/// returned as its one-line message.
#include "audio/audio.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace sdmock::audio::backend {

/// Raised when the two sides change: a module of another version is refused.
inline constexpr int kApiVersion = 1;

class RecorderImpl {
public:
    RecorderImpl() = default;
    virtual ~RecorderImpl() = default;
    RecorderImpl(const RecorderImpl&) = delete;
    RecorderImpl& operator=(const RecorderImpl&) = delete;
    virtual void follow(const Position& position) = 0;
    virtual void stop() = 0;
    [[nodiscard]] virtual LevelTrack levels() const = 0;
    [[nodiscard]] virtual std::string trouble() const = 0;
    [[nodiscard]] virtual bool ended() const = 0;
};

class VoiceImpl {
public:
    VoiceImpl() = default;
    virtual ~VoiceImpl() = default;
    VoiceImpl(const VoiceImpl&) = delete;
    VoiceImpl& operator=(const VoiceImpl&) = delete;
    virtual void say(const std::string& text) = 0;
    [[nodiscard]] virtual std::vector<Spoken> take_spoken() = 0;
};

/// What the module offers. Each call that can fail returns null or false and says why in `error`.
struct Api {
    int version;
    RecorderImpl* (*recorder)(const RecordSetup& setup, const Clock& clock, std::string& error);
    VoiceImpl* (*voice)(const Clock& clock, std::string& error);
    bool (*read_levels)(const std::filesystem::path& file, LevelTrack& out, std::string& error);
    bool (*recording_length)(const std::filesystem::path& file, Duration& out, std::string& error);
    bool (*play)(const std::filesystem::path& file, Duration from, const std::filesystem::path& to, std::string& error);
    bool (*check_input)(const std::filesystem::path& file, std::string& error);
};

/// The module's file name, and the one symbol it exports.
inline constexpr const char* kModuleFile = "sdmock-audio.so";
inline constexpr const char* kEntry = "sdmock_audio_api";

} // namespace sdmock::audio::backend
