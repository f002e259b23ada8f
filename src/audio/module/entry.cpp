// The sdmock-audio module's one entry: the audio adapter's classes and calls behind the table
// of backend.hpp, every exception turned into its message.
#include "audio/audio.hpp"
#include "audio/backend.hpp"
#include "audio/probe.hpp"

#include <exception>

namespace sdmock::audio {
namespace {

template <typename F> bool guard(std::string& error, F&& f) {
    try {
        f();
        return true;
    } catch (const std::exception& e) {
        error = e.what();
    } catch (...) {
        error = "the audio module failed";
    }
    return false;
}

class RecorderAdapter final : public backend::RecorderImpl {
public:
    RecorderAdapter(const RecordSetup& setup, const Clock& clock) : recorder_(setup, clock) {}
    void follow(const Position& position) override { recorder_.follow(position); }
    void stop() override { recorder_.stop(); }
    [[nodiscard]] LevelTrack levels() const override { return recorder_.levels(); }
    [[nodiscard]] std::string trouble() const override { return recorder_.trouble(); }
    [[nodiscard]] bool ended() const override { return recorder_.ended(); }

private:
    Recorder recorder_;
};

class VoiceAdapter final : public backend::VoiceImpl {
public:
    explicit VoiceAdapter(const Clock& clock) : voice_(clock) {}
    void say(const std::string& text) override { voice_.say(text); }
    [[nodiscard]] std::vector<Spoken> take_spoken() override { return voice_.take_spoken(); }

private:
    Voice voice_;
};

const backend::Api kApi{
    backend::kApiVersion,
    [](const RecordSetup& setup, const Clock& clock, std::string& error) -> backend::RecorderImpl* {
        backend::RecorderImpl* made = nullptr;
        guard(error, [&] { made = new RecorderAdapter(setup, clock); });
        return made;
    },
    [](const Clock& clock, std::string& error) -> backend::VoiceImpl* {
        backend::VoiceImpl* made = nullptr;
        guard(error, [&] { made = new VoiceAdapter(clock); });
        return made;
    },
    [](const std::filesystem::path& file, LevelTrack& out, std::string& error) {
        return guard(error, [&] { out = read_levels(file); });
    },
    [](const std::filesystem::path& file, Duration& out, std::string& error) {
        return guard(error, [&] { out = recording_length(file); });
    },
    [](const std::filesystem::path& file, Duration from, const std::filesystem::path& to, std::string& error) {
        return guard(error, [&] { play(file, from, to); });
    },
    [](const std::filesystem::path& file, std::string& error) { return guard(error, [&] { check_input(file); }); },
};

} // namespace
} // namespace sdmock::audio

extern "C" __attribute__((visibility("default"))) const sdmock::audio::backend::Api* sdmock_audio_api() {
    return &sdmock::audio::kApi;
}
