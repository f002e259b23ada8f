// The audio adapter as sdmock itself links it: each call loads the sdmock-audio module (libsox
// and espeak-ng behind it) the first time audio is needed and hands the work to it, so the
// commands that never record, play or speak start without the sound libraries.
#include "audio/audio.hpp"
#include "audio/backend.hpp"
#include "audio/probe.hpp"

#include <dlfcn.h>

namespace sdmock::audio {
namespace {

namespace fs = std::filesystem;

/// Where the module may be, from the running program's file: beside it (the build tree), one
/// folder up (the tests' programs), or in <prefix>/<libdir>/sdmock (installed).
std::vector<fs::path> module_places() {
    std::error_code ec;
    const fs::path program = fs::read_symlink("/proc/self/exe", ec);
    if (ec) return {};
    const fs::path dir = program.parent_path();
    return {dir / backend::kModuleFile, dir.parent_path() / backend::kModuleFile,
            dir.parent_path() / SDMOCK_AUDIO_LIBDIR / "sdmock" / backend::kModuleFile};
}

struct Loaded {
    const backend::Api* api = nullptr;
    std::string error; ///< why not, when api is null
};

Loaded load_module() {
    Loaded out;
    std::error_code ec;
    for (const auto& place : module_places()) {
        if (!fs::exists(place, ec)) continue;
        // Kept loaded for the process: its threads and its voice outlive any one call.
        void* handle = ::dlopen(place.c_str(), RTLD_NOW | RTLD_LOCAL);
        if (handle == nullptr) {
            const char* why = ::dlerror();
            out.error = "audio is not available: " + std::string(why != nullptr ? why : place.string());
            return out;
        }
        using Entry = const backend::Api* (*)();
        auto entry = reinterpret_cast<Entry>(::dlsym(handle, backend::kEntry));
        const backend::Api* api = entry != nullptr ? entry() : nullptr;
        if (api == nullptr || api->version != backend::kApiVersion) {
            out.error = "audio is not available: " + place.string() + " is not this sdmock's audio module";
            return out;
        }
        out.api = api;
        return out;
    }
    out.error = std::string("audio is not available: ") + backend::kModuleFile + " is not installed beside sdmock";
    return out;
}

const backend::Api& api() {
    static const Loaded loaded = load_module();
    if (loaded.api == nullptr) throw AudioError(loaded.error);
    return *loaded.api;
}

} // namespace

struct Recorder::Impl {
    std::unique_ptr<backend::RecorderImpl> recorder;
};

Recorder::Recorder(const RecordSetup& setup, const Clock& clock) : impl_(std::make_unique<Impl>()) {
    std::string error;
    impl_->recorder.reset(api().recorder(setup, clock, error));
    if (!impl_->recorder) throw AudioError(error);
}

Recorder::~Recorder() = default;

void Recorder::follow(const Position& position) {
    impl_->recorder->follow(position);
}

void Recorder::stop() {
    impl_->recorder->stop();
}

LevelTrack Recorder::levels() const {
    return impl_->recorder->levels();
}

std::string Recorder::trouble() const {
    return impl_->recorder->trouble();
}

bool Recorder::ended() const {
    return impl_->recorder->ended();
}

struct Voice::Impl {
    std::unique_ptr<backend::VoiceImpl> voice;
};

Voice::Voice(const Clock& clock) : impl_(std::make_unique<Impl>()) {
    std::string error;
    impl_->voice.reset(api().voice(clock, error));
    if (!impl_->voice) throw AudioError(error);
}

Voice::~Voice() = default;

void Voice::say(const std::string& text) {
    impl_->voice->say(text);
}

std::vector<Spoken> Voice::take_spoken() {
    return impl_->voice->take_spoken();
}

LevelTrack read_levels(const fs::path& file) {
    LevelTrack out;
    std::string error;
    if (!api().read_levels(file, out, error)) throw AudioError(error);
    return out;
}

Duration recording_length(const fs::path& file) {
    Duration out{0};
    std::string error;
    if (!api().recording_length(file, out, error)) throw AudioError(error);
    return out;
}

void play(const fs::path& file, Duration from, const fs::path& to) {
    std::string error;
    if (!api().play(file, from, to, error)) throw AudioError(error);
}

void check_input(const fs::path& file) {
    std::string error;
    if (!api().check_input(file, error)) throw AudioError(error);
}

} // namespace sdmock::audio
