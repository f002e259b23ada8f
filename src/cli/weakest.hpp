#pragma once
/// `start --weakest`: the problem that drills the weakest dimensions, and why it was chosen.
#include "cli/context.hpp"
#include "core/content.hpp"
#include "core/picker.hpp"
#include "store/history.hpp"

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace sdmock::cli {

/// The problem for `start --weakest` (chosen by core's choose_weakest over the history) and the
/// lines that say why it was chosen.
std::pair<const Problem*, std::vector<std::string>> choose_weakest(const Context& context, const Content& content,
                                                                   const History& history,
                                                                   const std::vector<Practice>& practised,
                                                                   std::uint64_t seed);

} // namespace sdmock::cli
