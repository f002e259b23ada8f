#pragma once
/// Checks made before a mock starts, so that a sound file that cannot be read is refused while
/// nothing is recorded yet.
#include <filesystem>

namespace sdmock::audio {

/// Throws AudioError ("cannot read answer.mp3 (…)") unless sox can read `file` as sound.
void check_input(const std::filesystem::path& file);

} // namespace sdmock::audio
