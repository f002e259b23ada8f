#pragma once
/// Whether the history file a session opened is still the one at its path: a history deleted or
/// replaced while a session runs must not be reported as saved. The session is then kept in a
/// recovery file beside it, which `sdmock resume` brings back into the history.
#include "core/clock.hpp"

#include <cstdint>
#include <optional>
#include <string>

namespace sdmock {

/// A file as the file system names it (device and inode).
struct FileId {
    std::uint64_t device = 0;
    std::uint64_t inode = 0;
    bool operator==(const FileId&) const = default;
};

enum class Place { same, gone, replaced };

/// Where the file opened as `opened` stands, given what is at its path now (none: nothing).
[[nodiscard]] Place place_of(const FileId& opened, const std::optional<FileId>& at_path);

/// The folder, beside a history, that holds the sessions kept when it went away.
[[nodiscard]] std::string recovery_folder(const std::string& history_path);
/// The recovery file of session `session`, kept at `at`: `<folder>/recovery/session-N-<seconds>.db`.
[[nodiscard]] std::string recovery_path(const std::string& history_path, std::int64_t session, WallTime at);

/// What a driver tells the user when the history went away: what happened and where the session is now.
[[nodiscard]] std::string lost_text(Place place, const std::string& history_path, const std::string& kept_in);

} // namespace sdmock
