#pragma once
/// The weekly trends as a self-contained SVG chart: a pure function of the Trends value.
#include "core/content.hpp"
#include "core/trends.hpp"

#include <string>

namespace sdmock {

/// A complete SVG document (no external fonts, scripts, images or style sheets): a title, the
/// weekly average total over the window (min-max bars, gaps for weeks without mocks, the rubric's
/// band lines), then one small chart per dimension with the lowest ones highlighted. A Trends
/// without weeks renders a short document saying the window has no scored mocks.
[[nodiscard]] std::string render_svg(const Trends& trends, const Rubric& rubric);

} // namespace sdmock
