#include "tui/menu.hpp"

#include "core/text.hpp"

#include <algorithm>

namespace sdmock::tui {
namespace {

Line header(const std::string& title, int width) {
    Line line;
    line.add(std::string(" ").append(fit(title, width - 1)), Style::title);
    return line;
}

Line underline(int width) {
    std::string s;
    for (int i = 0; i < width; ++i)
        s += "─";
    return Line{}.add(s, Style::dim);
}

} // namespace

Frame layout_menu(const std::string& title, const std::vector<std::string>& intro, const std::vector<MenuItem>& items,
                  std::size_t selected, const std::string& keys, int width, int height) {
    if (width < kMinWidth || height < kMinHeight) return too_small_frame(width, height);
    Frame f{width, height, {}};
    f.lines.push_back(header(title, width));
    f.lines.push_back(underline(width));
    for (const auto& l : intro)
        f.lines.push_back(Line{}.add(fit(" " + l, width), Style::dim));
    if (!intro.empty()) f.lines.emplace_back();
    int rows = height - static_cast<int>(f.lines.size()) - 1;
    std::size_t label_width = 0;
    for (const auto& item : items)
        label_width = std::max(label_width, static_cast<std::size_t>(display_width(item.label)));
    label_width = std::min<std::size_t>(label_width, static_cast<std::size_t>(width / 2));
    std::size_t first = 0;
    if (rows > 0 && selected >= static_cast<std::size_t>(rows)) first = selected - static_cast<std::size_t>(rows) + 1;
    for (std::size_t i = first; i < items.size() && static_cast<int>(f.lines.size()) < height - 1; ++i) {
        bool sel = i == selected;
        std::string label = (sel ? " ▶ " : "   ") + fit(items[i].label, static_cast<int>(label_width));
        Line line;
        line.add(label, sel ? Style::selected : Style::bold);
        line.add(fit("  " + items[i].detail, width - display_width(label)), Style::dim);
        f.lines.push_back(line);
    }
    while (static_cast<int>(f.lines.size()) < height - 1)
        f.lines.emplace_back();
    f.lines.push_back(Line{}.add(fit(" " + keys, width), Style::dim));
    return f;
}

Frame layout_pager(const std::string& title, const std::vector<std::string>& lines, std::size_t offset,
                   const std::string& keys, int width, int height) {
    if (width < kMinWidth || height < kMinHeight) return too_small_frame(width, height);
    Frame f{width, height, {}};
    f.lines.push_back(header(title, width));
    f.lines.push_back(underline(width));
    int rows = height - 3;
    for (int r = 0; r < rows; ++r) {
        std::size_t i = offset + static_cast<std::size_t>(r);
        f.lines.push_back(i < lines.size() ? Line{}.add(fit(" " + lines[i], width)) : Line{});
    }
    std::string where;
    if (lines.size() > static_cast<std::size_t>(rows))
        where = "  " + std::to_string(std::min(lines.size(), offset + static_cast<std::size_t>(rows))) + "/" +
                std::to_string(lines.size());
    f.lines.push_back(Line{}.add(fit(" " + keys + where, width), Style::dim));
    return f;
}

} // namespace sdmock::tui
