#include "audio/module/sox_io.hpp"

#include "core/ogg_page.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdarg>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <mutex>

namespace sdmock::audio::detail {

namespace {

thread_local std::string last_message;

// libsox prints its warnings and failures on stderr, which the screen owns while a mock runs;
// the last failure is kept instead, for the error that explains what could not be opened.
void keep_message(unsigned level, const char* /*filename*/, const char* fmt, va_list ap) {
    if (level > 1) {
        return;
    }
    char buffer[512];
    std::vsnprintf(buffer, sizeof buffer, fmt, ap);
    last_message = buffer;
}

std::string env_or(const char* name, const char* fallback) {
    const char* value = std::getenv(name);
    return value != nullptr && *value != '\0' ? value : fallback;
}

std::vector<std::string> drivers() {
    std::string chosen = env_or("AUDIODRIVER", "");
    if (!chosen.empty()) {
        return {chosen};
    }
    return {"pulseaudio", "alsa"};
}

/// While alive, what is written to standard error goes nowhere: the ALSA and PulseAudio
/// libraries print their own failures there, over the screen, and the reason is given in our
/// one-line error instead.
class QuietStderr {
public:
    QuietStderr() : saved_(::dup(STDERR_FILENO)) {
        int null = ::open("/dev/null", O_WRONLY | O_CLOEXEC);
        if (null >= 0) {
            std::fflush(stderr);
            ::dup2(null, STDERR_FILENO);
            ::close(null);
        }
    }
    ~QuietStderr() {
        if (saved_ < 0) {
            return;
        }
        std::fflush(stderr);
        ::dup2(saved_, STDERR_FILENO);
        ::close(saved_);
    }
    QuietStderr(const QuietStderr&) = delete;
    QuietStderr& operator=(const QuietStderr&) = delete;

private:
    int saved_;
};

std::string reason(const std::string& driver) {
    std::string message = last_message.empty() ? "cannot open" : last_message;
    return driver + ": " + message;
}

std::string read_all(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        throw AudioError("cannot read " + file.string());
    }
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

/// Reads one opened sox input to its end, converted.
void drain(sox_format_t& in, const std::function<bool(std::span<const float>)>& sink) {
    ToRecordingRate convert(in.signal);
    std::vector<sox_sample_t> buffer(4096 * convert.channels());
    std::vector<float> out;
    while (true) {
        std::size_t got = sox_read(&in, buffer.data(), buffer.size());
        if (got == 0) {
            return;
        }
        out.clear();
        convert.convert(std::span<const sox_sample_t>(buffer.data(), got), out);
        if (!out.empty() && !sink(out)) {
            return;
        }
    }
}

} // namespace

void init_sox() {
    static std::once_flag once;
    std::call_once(once, [] {
        sox_globals.output_message_handler = keep_message;
        sox_globals.verbosity = 1;
        sox_init();
        sox_format_init();
    });
}

std::string last_sox_message() {
    return last_message;
}

Format open_input_device(double rate, unsigned channels) {
    init_sox();
    sox_signalinfo_t signal{rate, channels, 16, 0, nullptr};
    std::string device = env_or("AUDIODEV", "default");
    std::string why;
    QuietStderr quiet;
    for (const std::string& driver : drivers()) {
        last_message.clear();
        Format in(sox_open_read(device.c_str(), &signal, nullptr, driver.c_str()));
        if (in) {
            return in;
        }
        why += (why.empty() ? "" : "; ") + reason(driver);
    }
    throw AudioError("no input device (" + why + ")");
}

Format open_output(double rate, unsigned channels, const std::filesystem::path& file) {
    init_sox();
    sox_signalinfo_t signal{rate, channels, 16, 0, nullptr};
    sox_encodinginfo_t encoding{};
    encoding.encoding = SOX_ENCODING_SIGN2;
    encoding.bits_per_sample = 16;
    encoding.compression = HUGE_VAL;
    if (!file.empty()) {
        last_message.clear();
        // The type comes from the extension; the encoding is left to the format (Ogg is Vorbis).
        Format out(sox_open_write(file.c_str(), &signal, nullptr, nullptr, nullptr, nullptr));
        if (!out) {
            throw AudioError("cannot write " + file.string() + " (" + reason("sox") + ")");
        }
        return out;
    }
    std::string device = env_or("AUDIODEV", "default");
    std::string why;
    QuietStderr quiet;
    for (const std::string& driver : drivers()) {
        last_message.clear();
        Format out(sox_open_write(device.c_str(), &signal, &encoding, driver.c_str(), nullptr, nullptr));
        if (out) {
            return out;
        }
        why += (why.empty() ? "" : "; ") + reason(driver);
    }
    throw AudioError("no output device (" + why + ")");
}

float to_float(sox_sample_t sample) {
    return static_cast<float>(static_cast<double>(sample) / 2147483648.0);
}

sox_sample_t to_sox(float sample) {
    double clipped = std::clamp(static_cast<double>(sample), -1.0, 1.0);
    return static_cast<sox_sample_t>(std::lround(clipped * 2147483647.0));
}

ToRecordingRate::ToRecordingRate(const sox_signalinfo_t& signal)
    : channels_(std::max<std::size_t>(1, signal.channels)), resampler_(signal.rate > 0 ? signal.rate : kRate, kRate) {}

void ToRecordingRate::convert(std::span<const sox_sample_t> samples, std::vector<float>& out) {
    floats_.resize(samples.size());
    std::transform(samples.begin(), samples.end(), floats_.begin(), to_float);
    mono_.clear();
    downmix(floats_, channels_, mono_);
    resampler_.feed(mono_, out);
}

void decode(const std::filesystem::path& file, const std::function<bool(std::span<const float>)>& sink) {
    init_sox();
    std::string bytes = read_all(file);
    if (bytes.empty()) {
        return; // created, nothing written yet
    }
    auto links = ogg_links(bytes);
    if (links.empty()) { // not Ogg: any file sox reads
        last_message.clear();
        Format in(sox_open_read(file.c_str(), nullptr, nullptr, nullptr));
        if (!in) {
            throw AudioError("cannot read " + file.string() + " (" + reason("sox") + ")");
        }
        drain(*in, sink);
        return;
    }
    for (const OggLink& link : links) {
        last_message.clear();
        Format in(sox_open_mem_read(bytes.data() + link.offset, link.size, nullptr, nullptr, "ogg"));
        if (!in) {
            throw AudioError("cannot read " + file.string() + " (" + reason("sox") + ")");
        }
        bool more = true;
        drain(*in, [&](std::span<const float> chunk) { return more = sink(chunk); });
        if (!more) {
            return;
        }
    }
}

bool write_floats(sox_format_t& out, std::span<const float> samples) {
    if (samples.empty()) {
        return true; // libsox's Vorbis writer takes a write of nothing as the end of the stream
    }
    std::vector<sox_sample_t> buffer(samples.size());
    std::transform(samples.begin(), samples.end(), buffer.begin(), to_sox);
    return sox_write(&out, buffer.data(), buffer.size()) == buffer.size();
}

} // namespace sdmock::audio::detail
