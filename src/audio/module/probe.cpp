#include "audio/probe.hpp"

#include "audio/audio.hpp"
#include "audio/module/sox_io.hpp"

#include <system_error>

namespace sdmock::audio {

void check_input(const std::filesystem::path& file) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(file, ec))
        throw AudioError("cannot read " + file.string() + ": " +
                         (std::filesystem::exists(file, ec) ? "not a file" : "no such file"));
    detail::init_sox();
    detail::Format in(sox_open_read(file.c_str(), nullptr, nullptr, nullptr));
    if (!in) {
        std::string why = detail::last_sox_message();
        throw AudioError("cannot read " + file.string() + " as sound" + (why.empty() ? "" : " (" + why + ")"));
    }
    if (in->signal.rate <= 0 || in->signal.channels == 0)
        throw AudioError("cannot read " + file.string() + " as sound (no rate or channels)");
}

} // namespace sdmock::audio
