// The voice that asks: espeak-ng synthesises each question on a thread of its own, and libsox
// plays it on the output device (or writes it to the file AUDIODEV names with AUDIODRIVER=wav).
#include "audio/audio.hpp"
#include "audio/module/sox_io.hpp"

#include <espeak-ng/speak_lib.h>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace sdmock::audio {
namespace {

/// espeak-ng keeps its state in globals: one voice at a time in a process.
std::mutex& espeak_owner() {
    static std::mutex owner;
    return owner;
}

/// Where the synthesis callback puts the samples of the utterance being said (the voice thread
/// is the only one that synthesises).
std::vector<short>* collecting = nullptr;

int collect(short* samples, int count, espeak_EVENT* /*events*/) {
    if (collecting != nullptr && samples != nullptr && count > 0)
        collecting->insert(collecting->end(), samples, samples + count);
    return 0; // go on
}

} // namespace

struct Voice::Impl {
    explicit Impl(const Clock& clock) : clock_(clock), owner_(espeak_owner(), std::try_to_lock) {}
    ~Impl() {
        {
            std::lock_guard lock(mutex_);
            stopping_ = true;
        }
        wake_.notify_all();
        if (thread_.joinable()) thread_.join();
        output_.reset();
        // espeak-ng is started once and kept for the process: espeak_Terminate can wait forever
        // on a thread of its own, and the process's end frees what it holds.
    }
    Impl(const Impl&) = delete;
    Impl& operator=(const Impl&) = delete;

    void open() {
        if (!owner_.owns_lock()) throw AudioError("the voice is already speaking for another mock");
        static const int rate = espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 0, nullptr, espeakINITIALIZE_DONT_EXIT);
        rate_ = rate;
        if (rate_ <= 0) throw AudioError("espeak-ng cannot start (its voice data is missing)");
        espeak_SetSynthCallback(collect);
        if (espeak_SetVoiceByName("en") != EE_OK) throw AudioError("espeak-ng has no English voice");
        espeak_SetParameter(espeakRATE, 160, 0); // a little slower than its default: a question, not a list
        output_ = detail::open_output(static_cast<double>(rate_), 1);
        thread_ = std::thread([this] { run(); });
    }

    void run() {
        for (;;) {
            std::string text;
            {
                std::unique_lock lock(mutex_);
                wake_.wait(lock, [this] { return stopping_ || !queue_.empty(); });
                if (stopping_) return;
                text = std::move(queue_.front());
                queue_.pop_front();
            }
            std::vector<short> samples;
            collecting = &samples;
            espeak_Synth(text.c_str(), text.size() + 1, 0, POS_CHARACTER, 0, espeakCHARS_UTF8, nullptr, nullptr);
            collecting = nullptr;
            if (samples.empty()) continue;
            std::vector<sox_sample_t> out(samples.size());
            for (std::size_t i = 0; i < samples.size(); ++i)
                out[i] = static_cast<sox_sample_t>(samples[i]) * 65536; // 16 bits to sox's 32
            SteadyTime began = clock_.steady_now();
            sox_write(output_.get(), out.data(), out.size());
            auto length = Duration(static_cast<long long>(samples.size()) * 1000 / rate_);
            std::lock_guard lock(mutex_);
            spoken_.push_back({began, length, std::move(text)});
        }
    }

    const Clock& clock_;
    std::unique_lock<std::mutex> owner_;
    int rate_ = 0;
    detail::Format output_;
    std::thread thread_;
    std::mutex mutex_;
    std::condition_variable wake_;
    std::deque<std::string> queue_;
    std::vector<Spoken> spoken_;
    bool stopping_ = false;
};

Voice::Voice(const Clock& clock) : impl_(std::make_unique<Impl>(clock)) {
    impl_->open();
}

Voice::~Voice() = default;

void Voice::say(const std::string& text) {
    {
        std::lock_guard lock(impl_->mutex_);
        impl_->queue_.push_back(text);
    }
    impl_->wake_.notify_all();
}

std::vector<Spoken> Voice::take_spoken() {
    std::lock_guard lock(impl_->mutex_);
    std::vector<Spoken> out;
    out.swap(impl_->spoken_);
    return out;
}

} // namespace sdmock::audio
