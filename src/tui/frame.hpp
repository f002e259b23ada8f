#pragma once
/// A screen as styled lines of text: what the pure layout functions produce and the ncurses
/// adapter copies to the terminal.
#include <string>
#include <vector>

namespace sdmock::tui {

/// `good` and `bad`: a rise and a fall, green and red as the text report colours them (plain without colour).
enum class Style { normal, dim, bold, title, accent, warn, alert, selected, key, good, bad };

struct Span {
    std::string text;
    Style style = Style::normal;
    bool operator==(const Span&) const = default;
};

struct Line {
    std::vector<Span> spans;
    bool operator==(const Line&) const = default;
    Line& add(std::string text, Style style = Style::normal) {
        spans.push_back({std::move(text), style});
        return *this;
    }
    [[nodiscard]] std::string text() const {
        std::string s;
        for (const auto& span : spans)
            s += span.text;
        return s;
    }
};

struct Frame {
    int width = 0;
    int height = 0;
    std::vector<Line> lines;
    bool operator==(const Frame&) const = default;
    /// The frame as plain text, one line per row: for tests.
    [[nodiscard]] std::string text() const {
        std::string s;
        for (const auto& line : lines)
            s += line.text() + "\n";
        return s;
    }
};

/// The smallest terminal the screens lay out in.
inline constexpr int kMinWidth = 60;
inline constexpr int kMinHeight = 20;

/// A plain message for a terminal smaller than kMinWidth x kMinHeight.
Frame too_small_frame(int width, int height);

} // namespace sdmock::tui
