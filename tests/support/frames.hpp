#pragma once
// Reading laid-out frames in tests: text found, wrapped text found, spans and sizes.
#include "core/text.hpp"
#include "tui/frame.hpp"

#include <catch2/catch.hpp>

#include <cctype>
#include <sstream>
#include <string>

namespace sdmock::test {

/// The first `n` words of `text`.
inline std::string opening(const std::string& text, std::size_t n) {
    std::istringstream in(text);
    std::string word;
    std::string out;
    for (std::size_t i = 0; i < n && in >> word; ++i)
        out += (i ? " " : "") + word;
    return out;
}

inline bool shows(const tui::Frame& f, const std::string& needle) {
    return f.text().find(needle) != std::string::npos;
}

/// The frame's text with every run of spaces and line breaks made one space, so wrapped text is found.
inline std::string flat(const tui::Frame& f) {
    std::string out;
    for (char c : f.text()) {
        bool space = std::isspace(static_cast<unsigned char>(c)) != 0;
        if (space && (out.empty() || out.back() == ' ')) continue;
        out += space ? ' ' : c;
    }
    return out;
}

/// As flat, with box borders (│) left out: the text inside a box reads on across its lines.
inline std::string flat_box(const tui::Frame& f) {
    std::string out;
    std::string text = f.text();
    const std::string bar = "│";
    for (std::size_t at = text.find(bar); at != std::string::npos; at = text.find(bar))
        text.replace(at, bar.size(), " ");
    for (char c : text) {
        bool space = std::isspace(static_cast<unsigned char>(c)) != 0;
        if (space && (out.empty() || out.back() == ' ')) continue;
        out += space ? ' ' : c;
    }
    return out;
}

/// The first span whose text contains `needle`, or nullptr.
inline const tui::Span* span_with(const tui::Frame& f, const std::string& needle) {
    for (const auto& line : f.lines)
        for (const auto& span : line.spans)
            if (span.text.find(needle) != std::string::npos) return &span;
    return nullptr;
}

/// The first line whose text contains `needle`, or "".
inline std::string line_with(const tui::Frame& f, const std::string& needle) {
    for (const auto& line : f.lines)
        if (line.text().find(needle) != std::string::npos) return line.text();
    return {};
}

/// The frame has exactly `height` lines, none wider than `width`.
inline void require_fits(const tui::Frame& f, int width, int height) {
    REQUIRE(f.lines.size() == static_cast<std::size_t>(height));
    for (std::size_t i = 0; i < f.lines.size(); ++i) {
        INFO("line " << i << ": " << f.lines[i].text());
        REQUIRE(display_width(f.lines[i].text()) <= width);
    }
}

} // namespace sdmock::test
