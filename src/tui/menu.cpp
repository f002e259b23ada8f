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

Line styled_line(const std::string& text) {
    Line line;
    Style style = Style::normal;
    std::string run;
    auto flush = [&] {
        if (!run.empty()) line.add(run, style);
        run.clear();
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '\033') {
            run += text[i];
            continue;
        }
        std::size_t end = i + 1;
        if (end < text.size() && text[end] == '[') // a CSI sequence: parameters up to its final byte
            while (++end < text.size() && (text[end] < '@' || text[end] > '~')) {
            }
        std::string code = end < text.size() && end > i + 1 ? text.substr(i + 2, end - i - 2) : "";
        flush();
        if (end < text.size() && text[end] == 'm')
            style = code == "32" ? Style::good : (code == "31" ? Style::bad : Style::normal);
        i = end;
    }
    flush();
    return line;
}

namespace {

/// `line` after a space, cut or padded to `width` columns.
Line fitted(const Line& line, int width) {
    Line out;
    int room = width - 1;
    out.add(" ");
    for (const auto& span : line.spans) {
        if (room <= 0) break;
        int w = display_width(span.text);
        out.add(w <= room ? span.text : fit(span.text, room), span.style);
        room -= std::min(w, room);
    }
    return out;
}

} // namespace

Frame layout_pager_lines(const std::string& title, const std::vector<Line>& lines, std::size_t offset,
                         const std::string& keys, int width, int height) {
    if (width < kMinWidth || height < kMinHeight) return too_small_frame(width, height);
    Frame f{width, height, {}};
    f.lines.push_back(header(title, width));
    f.lines.push_back(underline(width));
    int rows = height - 3;
    for (int r = 0; r < rows; ++r) {
        std::size_t i = offset + static_cast<std::size_t>(r);
        f.lines.push_back(i < lines.size() ? fitted(lines[i], width) : Line{});
    }
    std::string where;
    if (lines.size() > static_cast<std::size_t>(rows))
        where = "  " + std::to_string(std::min(lines.size(), offset + static_cast<std::size_t>(rows))) + "/" +
                std::to_string(lines.size());
    f.lines.push_back(Line{}.add(fit(" " + keys + where, width), Style::dim));
    return f;
}

Frame layout_pager(const std::string& title, const std::vector<std::string>& lines, std::size_t offset,
                   const std::string& keys, int width, int height) {
    std::vector<Line> styled;
    styled.reserve(lines.size());
    for (const auto& l : lines)
        styled.push_back(styled_line(l));
    return layout_pager_lines(title, styled, offset, keys, width, height);
}

} // namespace sdmock::tui
