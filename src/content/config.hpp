#pragma once
/// Reads the optional user config file.
#include "core/config.hpp"

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace sdmock {

/// $XDG_CONFIG_HOME/sdmock/config.toml, else ~/.config/sdmock/config.toml.
[[nodiscard]] std::filesystem::path config_path();

/// The config at `path`, or the defaults when there is no such file. A file that is not valid
/// throws ContentError naming the file, line and column. Unknown keys (a typo?) are ignored, each
/// with a `file:line:column: warning` added to `warnings`.
[[nodiscard]] Config load_config(const std::filesystem::path& path, std::vector<std::string>* warnings = nullptr);
/// The same from text, for tests.
[[nodiscard]] Config parse_config(std::string_view text, std::string_view name,
                                  std::vector<std::string>* warnings = nullptr);

} // namespace sdmock
