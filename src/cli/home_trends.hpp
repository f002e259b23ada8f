#pragma once
/// The home screen's Trends page: the trend report of its window, read as `report` reads it.
#include "core/content.hpp"
#include "core/recording.hpp"
#include "core/trends.hpp"
#include "store/history.hpp"

#include <string>
#include <utility>
#include <vector>

namespace sdmock::cli {

/// The text of the Trends page for `window` (the weeks ending with its `until`): only the
/// sessions of the window are read, with what the figures need from before it summed up in SQL
/// (History::trends_before), so the page costs the same on a long history as on a short one.
/// Where the report says to run a command for the menu, it names the menu's entry instead.
[[nodiscard]] std::string home_trends_text(const History& history, const Content& content, const TrendOptions& window,
                                           int width, bool color);

/// Talk and silence per week over the recorded mocks of `trends`' window (those the report
/// counts: practice runs only when `window` includes them, drills and abandoned sessions never).
[[nodiscard]] std::vector<std::pair<IsoWeek, WeekTalk>> recorded_talk(const History& history, const std::string& since,
                                                                      const TrendOptions& window, const Trends& trends);

/// The report's advice rewritten for a reader already in the menu.
[[nodiscard]] std::string from_the_menu(const std::string& report);

} // namespace sdmock::cli
