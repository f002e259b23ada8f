#pragma once
/// `sdmock today` as text: each thing to do, why, and the command that does it.
#include "core/content.hpp"
#include "core/today.hpp"

#include <string>

namespace sdmock {

[[nodiscard]] std::string render_today(const TodayPlan& plan, const Content& content, const Date& today, int width);

} // namespace sdmock
