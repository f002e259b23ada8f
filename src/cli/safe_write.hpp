#pragma once
/// Writing a file the user named (`report --out FILE`) without harming what is there.
#include <filesystem>
#include <string_view>

namespace sdmock::cli {

/// Writes `text` to `target`, or throws Error ("cannot write FILE: why") having left it as it was.
/// A regular file (or none yet) is replaced whole: the text goes to a fresh temp file in the same
/// folder (an unpredictable name, created exclusively, so a planted link is never followed), which
/// takes the old file's mode and owner, is synced, and is renamed over the target; every failure
/// removes it. A symbolic link is followed to the file it names. A device, a FIFO or a socket is
/// written to directly, never replaced; a folder is refused.
void write_file_safely(const std::filesystem::path& target, std::string_view text);

} // namespace sdmock::cli
