#pragma once
/// Shell completion: the shells' scripts (completions/) ask `sdmock __complete WORDS...` for the
/// words that may follow, so subcommands, options and their values are read from the command
/// line's own definition and never fall behind it.
#include "cli/context.hpp"

#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

namespace CLI {
class App;
}

namespace sdmock::cli {

/// The first argument that turns the program into the completion helper.
inline constexpr std::string_view kCompleteCommand = "__complete";
/// Printed instead of candidates when the value is a file or a folder name: the shell lists them.
inline constexpr std::string_view kFilesMarker = ":files";
inline constexpr std::string_view kDirsMarker = ":dirs";

/// Prints, one per line, the words that may replace the last of `words` (the words typed after
/// `sdmock`, the last one being completed, possibly empty): subcommands, options, an option's
/// values (problem, plan, phase, dimension and session ids, the choices of a fixed set).
int run_completion(CLI::App& root, const std::vector<std::string>& words, const GlobalOptions& globals,
                   std::ostream& out);

} // namespace sdmock::cli
