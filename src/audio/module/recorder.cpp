// The recorder: audio from the input device or a file, on the session's timeline, written as
// Ogg Vorbis page by page so that a kill leaves every complete page on disk.
#include "audio/audio.hpp"
#include "audio/module/sox_io.hpp"
#include "core/level_meter.hpp"
#include "core/ogg_page.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <cmath>
#include <condition_variable>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iterator>
#include <mutex>
#include <thread>

namespace sdmock::audio {
namespace {

namespace fs = std::filesystem;
using detail::kSamplesPerMs;

/// How far the file may fall behind the session's clock before the gap is filled with silence
/// (a device that stalled, a machine that was busy).
constexpr std::size_t kLagSamples = 500 * kSamplesPerMs;
/// How often what was written is forced to the disk.
constexpr auto kSyncEvery = std::chrono::seconds(5);
/// How long the thread sleeps when the file input is ahead of the clock.
constexpr auto kNap = std::chrono::milliseconds(30);

std::string read_bytes(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::size_t samples_at(Duration at) {
    return static_cast<std::size_t>(std::max<long long>(0, at.count())) * kSamplesPerMs;
}

/// Each run of the recorder is a new link of the file, and a link needs a serial number of its
/// own: libsox's Vorbis writer draws it from its generator, seeded here from the clock and the
/// process.
void seed_serial() {
    auto now = std::chrono::steady_clock::now().time_since_epoch().count();
    auto seed = static_cast<std::uint64_t>(now) ^ (static_cast<std::uint64_t>(::getpid()) << 16U);
    sox_globals.ranqd1 = static_cast<sox_int32_t>(seed & 0x7fffffffU);
}

} // namespace

struct Recorder::Impl {
    Impl(const RecordSetup& setup, const Clock& clock) : setup_(setup), clock_(clock) {}
    ~Impl() {
        if (fd_ >= 0) ::close(fd_);
        std::free(buffer_);
    }
    Impl(const Impl&) = delete;
    Impl& operator=(const Impl&) = delete;

    void open() {
        detail::init_sox();
        if (setup_.input.empty()) {
            input_ = detail::open_input_device(detail::kRate, 1);
        } else {
            input_.reset(sox_open_read(setup_.input.c_str(), nullptr, nullptr, nullptr));
            if (!input_) {
                std::string why = detail::last_sox_message();
                throw AudioError("cannot read " + setup_.input.string() + (why.empty() ? "" : " (" + why + ")"));
            }
        }
        convert_.emplace(input_->signal);
        keep_what_is_whole();
        fd_ = ::open(setup_.file.c_str(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
        if (fd_ < 0) throw AudioError("cannot write " + setup_.file.string() + ": " + std::strerror(errno));
        ::fchmod(fd_, 0600);
        seed_serial();
        sox_signalinfo_t signal{detail::kRate, 1, 16, 0, nullptr};
        sox_encodinginfo_t encoding{};
        encoding.encoding = SOX_ENCODING_VORBIS;
        encoding.compression = 3; // Vorbis quality 3: speech stays clear at about 10 KiB a second
        out_ = sox_open_memstream_write(&buffer_, &size_, &signal, &encoding, "ogg", nullptr);
        if (out_ == nullptr) throw AudioError("cannot encode the recording (" + detail::last_sox_message() + ")");
        if (!append()) throw AudioError("cannot write " + setup_.file.string() + ": " + trouble_);
        // The file's time is the session's: a gap before `start` (the seconds a kill lost) is silence.
        if (std::size_t want = samples_at(setup_.start); written_ < want) pad(want - written_);
        synced_at_ = std::chrono::steady_clock::now();
        thread_ = std::thread([this] { run(); });
    }

    /// A resumed session's file: cut back to its last whole page, its levels read so far.
    void keep_what_is_whole() {
        std::error_code ec;
        if (!fs::exists(setup_.file, ec)) return;
        std::string bytes = read_bytes(setup_.file);
        std::size_t keep = last_complete_ogg_page_end(bytes);
        for (int attempt = 0; attempt < 2; ++attempt) {
            if (::truncate(setup_.file.c_str(), static_cast<off_t>(keep)) != 0)
                throw AudioError("cannot write " + setup_.file.string() + ": " + std::strerror(errno));
            if (keep == 0) return;
            LevelMeter meter;
            try {
                detail::decode(setup_.file, [&](std::span<const float> chunk) {
                    meter.feed(chunk);
                    return true;
                });
                meter_ = std::move(meter);
                written_ = meter_.samples();
                return;
            } catch (const AudioError&) {
                // The last link died before its headers were whole: it is dropped.
                auto links = ogg_links(std::string_view(bytes).substr(0, keep));
                keep = links.empty() ? 0 : links.back().offset;
            }
        }
        throw AudioError("cannot read the recording " + setup_.file.string() + " to continue it");
    }

    /// The part of the encoded stream not yet in the file goes to the end of it.
    bool append() {
        if (out_ != nullptr) std::fflush(static_cast<FILE*>(out_->fp));
        while (flushed_ < size_) {
            ssize_t n = ::write(fd_, buffer_ + flushed_, size_ - flushed_);
            if (n < 0 && errno == EINTR) continue;
            if (n <= 0) {
                note_trouble("cannot write " + setup_.file.string() + ": " + std::strerror(errno));
                return false;
            }
            flushed_ += static_cast<std::size_t>(n);
        }
        return true;
    }

    void note_trouble(const std::string& what) {
        std::lock_guard lock(mutex_);
        if (trouble_.empty()) trouble_ = what;
        failed_ = true;
    }

    /// Digital silence compresses to almost nothing, so a page of it would hold many seconds,
    /// all lost if the program is killed before the page is full: a dither of one bit (far
    /// below any level that counts as speech) keeps the pages coming about once a second.
    void dither(std::span<const float> samples) {
        dithered_.resize(samples.size());
        for (std::size_t i = 0; i < samples.size(); ++i) {
            float noise = 0;
            for (int k = 0; k < 2; ++k) { // two uniform draws: a triangular dither
                noise_ ^= noise_ << 13U;
                noise_ ^= noise_ >> 17U;
                noise_ ^= noise_ << 5U;
                noise += static_cast<float>(noise_) / 4294967296.0F - 0.5F;
            }
            dithered_[i] = samples[i] + noise / 32768.0F;
        }
    }

    bool write(std::span<const float> samples) {
        if (samples.empty()) return true;
        dither(samples);
        if (!detail::write_floats(*out_, dithered_)) {
            note_trouble("cannot encode the recording (" + detail::last_sox_message() + ")");
            return false;
        }
        {
            std::lock_guard lock(mutex_);
            meter_.feed(samples);
        }
        written_ += samples.size();
        if (!append()) return false;
        if (auto now = std::chrono::steady_clock::now(); now - synced_at_ >= kSyncEvery) {
            ::fdatasync(fd_);
            synced_at_ = now;
        }
        return true;
    }

    bool pad(std::size_t count) {
        std::vector<float> zeros(std::min<std::size_t>(count, 16000), 0.0F);
        while (count > 0) {
            std::size_t n = std::min(count, zeros.size());
            if (!write(std::span<const float>(zeros.data(), n))) return false;
            count -= n;
        }
        return true;
    }

    /// The sample of the session's clock now (where the file should have got to).
    std::size_t target() {
        std::lock_guard lock(mutex_);
        if (!position_.running) return samples_at(position_.at);
        auto ran = std::chrono::duration<double, std::milli>(clock_.steady_now() - position_.when).count();
        return samples_at(position_.at + Duration(static_cast<long long>(std::max(0.0, ran) * position_.speed)));
    }

    bool running() {
        std::lock_guard lock(mutex_);
        return position_.running;
    }

    bool stopping() {
        std::lock_guard lock(mutex_);
        return stopping_;
    }

    void run() {
        std::vector<sox_sample_t> raw(1024 * convert_->channels());
        std::vector<float> chunk;
        std::vector<float> held; // converted input not written yet (file input ahead of the clock)
        std::size_t skip = setup_.input.empty() ? 0 : samples_at(setup_.start); // a file resumes where it was
        bool input_done = false;
        while (!stopping() && !failed_) {
            std::size_t want = target();
            if (setup_.input.empty()) {
                std::size_t got = sox_read(input_.get(), raw.data(), raw.size());
                if (got == 0) {
                    note_trouble("the input device stopped (" + detail::last_sox_message() + ")");
                    break;
                }
                chunk.clear();
                convert_->convert(std::span<const sox_sample_t>(raw.data(), got), chunk);
                if (!running()) continue; // paused: the device is read, and what it gives dropped
                if (written_ + kLagSamples < want && !pad(want - written_)) break;
                if (!write(chunk)) break;
                continue;
            }
            // A file: written up to the clock, and no further.
            while (held.empty() && !input_done) {
                std::size_t got = sox_read(input_.get(), raw.data(), raw.size());
                if (got == 0) {
                    input_done = true;
                    break;
                }
                chunk.clear();
                convert_->convert(std::span<const sox_sample_t>(raw.data(), got), chunk);
                std::size_t drop = std::min(skip, chunk.size());
                skip -= drop;
                held.assign(chunk.begin() + static_cast<std::ptrdiff_t>(drop), chunk.end());
            }
            if (held.empty() && input_done) break; // the file ended: so does the recording
            if (written_ >= want) {
                std::unique_lock lock(mutex_);
                wake_.wait_for(lock, kNap, [this] { return stopping_; });
                continue;
            }
            std::size_t n = std::min(held.size(), want - written_);
            if (!write(std::span<const float>(held.data(), n))) break;
            held.erase(held.begin(), held.begin() + static_cast<std::ptrdiff_t>(n));
        }
        finish();
    }

    /// Closes the link: its last page written, the file synced.
    void finish() {
        if (out_ != nullptr) {
            sox_close(out_);
            out_ = nullptr;
            append();
            ::fdatasync(fd_);
        }
        ended_ = true;
    }

    void stop() {
        {
            std::lock_guard lock(mutex_);
            stopping_ = true;
        }
        wake_.notify_all();
        if (thread_.joinable()) thread_.join();
        finish(); // when the thread never started
    }

    RecordSetup setup_;
    const Clock& clock_;
    detail::Format input_;
    std::optional<detail::ToRecordingRate> convert_;
    int fd_ = -1;
    sox_format_t* out_ = nullptr;
    char* buffer_ = nullptr; ///< the encoded stream, as the memstream holds it
    std::size_t size_ = 0;
    std::size_t flushed_ = 0; ///< bytes of it already in the file
    std::size_t written_ = 0; ///< 16 kHz samples in the file, earlier links included
    std::vector<float> dithered_;
    std::uint32_t noise_ = 0x2545f491U;
    std::chrono::steady_clock::time_point synced_at_{};
    std::thread thread_;

    mutable std::mutex mutex_; // guards what follows, shared with the caller's thread
    std::condition_variable wake_;
    Position position_;
    bool stopping_ = false;
    std::atomic<bool> failed_{false};
    std::atomic<bool> ended_{false};
    LevelMeter meter_;
    std::string trouble_;
};

Recorder::Recorder(const RecordSetup& setup, const Clock& clock) : impl_(std::make_unique<Impl>(setup, clock)) {
    try {
        impl_->open();
    } catch (...) {
        impl_->finish();
        throw;
    }
}

Recorder::~Recorder() {
    stop();
}

void Recorder::follow(const Position& position) {
    {
        std::lock_guard lock(impl_->mutex_);
        impl_->position_ = position;
    }
    impl_->wake_.notify_all();
}

void Recorder::stop() {
    impl_->stop();
}

LevelTrack Recorder::levels() const {
    std::lock_guard lock(impl_->mutex_);
    return impl_->meter_.finished();
}

bool Recorder::ended() const {
    return impl_->ended_;
}

std::string Recorder::trouble() const {
    std::lock_guard lock(impl_->mutex_);
    return impl_->trouble_;
}

} // namespace sdmock::audio
