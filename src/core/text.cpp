#include "core/text.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <numeric>

namespace sdmock {
namespace {

bool is_continuation(char c) {
    return (static_cast<unsigned char>(c) & 0xC0U) == 0x80U;
}

/// Byte offset of the end of the first `columns` code points of `text`.
std::size_t prefix_bytes(std::string_view text, int columns) {
    std::size_t i = 0;
    int seen = 0;
    while (i < text.size()) {
        if (!is_continuation(text[i])) {
            if (seen == columns) break;
            ++seen;
        }
        ++i;
    }
    return i;
}

void wrap_paragraph(std::string_view para, int width, std::vector<std::string>& out) {
    std::string line;
    int line_width = 0;
    std::size_t pos = 0;
    bool any = false;
    while (pos < para.size()) {
        while (pos < para.size() && para[pos] == ' ')
            ++pos;
        if (pos >= para.size()) break;
        std::size_t end = para.find(' ', pos);
        if (end == std::string_view::npos) end = para.size();
        std::string_view word = para.substr(pos, end - pos);
        int w = display_width(word);
        if (line_width > 0 && line_width + 1 + w > width) {
            out.push_back(line);
            line.clear();
            line_width = 0;
        }
        if (line_width > 0) {
            line += ' ';
            ++line_width;
        }
        line += word;
        line_width += w;
        any = true;
        pos = end;
    }
    if (any || para.empty()) out.push_back(line);
}

} // namespace

int display_width(std::string_view text) {
    return static_cast<int>(std::count_if(text.begin(), text.end(), [](char c) { return !is_continuation(c); }));
}

std::vector<std::string> wrap(std::string_view text, int width) {
    std::vector<std::string> out;
    width = std::max(width, 8);
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t nl = text.find('\n', start);
        if (nl == std::string_view::npos) nl = text.size();
        wrap_paragraph(text.substr(start, nl - start), width, out);
        start = nl + 1;
    }
    while (!out.empty() && out.back().empty())
        out.pop_back();
    return out;
}

int edit_distance(std::string_view a, std::string_view b) {
    std::vector<int> row(b.size() + 1);
    std::iota(row.begin(), row.end(), 0);
    for (std::size_t i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = static_cast<int>(i);
        for (std::size_t j = 1; j <= b.size(); ++j) {
            int above = row[j];
            int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + cost});
            diagonal = above;
        }
    }
    return row[b.size()];
}

std::vector<std::string> closest(std::string_view word, const std::vector<std::string>& candidates, std::size_t limit) {
    struct Scored {
        int score;
        std::string id;
    };
    std::vector<Scored> scored;
    for (const auto& c : candidates) {
        int score = 0;
        if (!word.empty() && c.find(word) != std::string::npos) {
            score = c.rfind(word, 0) == 0 ? -2 : -1;
        } else {
            score = edit_distance(word, c);
            if (score > static_cast<int>(std::max(word.size(), c.size()) / 2)) continue;
        }
        scored.push_back({score, c});
    }
    std::stable_sort(scored.begin(), scored.end(), [](const Scored& x, const Scored& y) { return x.score < y.score; });
    std::vector<std::string> out;
    for (const auto& s : scored) {
        if (out.size() >= limit) break;
        out.push_back(s.id);
    }
    return out;
}

std::string join(const std::vector<std::string>& items, std::string_view separator) {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0) out += separator;
        out += items[i];
    }
    return out;
}

std::string fit(std::string_view text, int width) {
    if (width <= 0) return {};
    int w = display_width(text);
    if (w <= width) {
        std::string out;
        out.reserve(text.size() + static_cast<std::size_t>(width - w));
        out.append(text).append(static_cast<std::size_t>(width - w), ' ');
        return out;
    }
    return std::string(text.substr(0, prefix_bytes(text, width - 1))) + "…";
}

std::string fixed_decimals(double value, int decimals) {
    // Averages like 36.175 are stored as 36.17499999... in binary, so nudge them before printing.
    char buf[32];
    double nudged = value + std::copysign(1e-9, value);
    std::snprintf(buf, sizeof buf, "%.*f", decimals,
                  std::fabs(nudged) < 0.5 * std::pow(10.0, -decimals) ? 0.0 : nudged);
    return buf;
}

std::string signed_decimals(double value, int decimals) {
    std::string text = fixed_decimals(value, decimals);
    return value >= 0.005 ? std::string("+").append(text) : text;
}

std::string format_number(double value) {
    char buf[64];
    if (std::fabs(value - std::round(value)) < 1e-9 && std::fabs(value) < 1e15) {
        std::snprintf(buf, sizeof buf, "%.0f", value);
    } else {
        std::snprintf(buf, sizeof buf, "%.6g", value);
    }
    return buf;
}

std::string format_figure(double value) {
    std::string plain = format_number(value);
    if (plain.find_first_of("eE") != std::string::npos) return plain;
    std::size_t start = plain[0] == '-' ? 1 : 0;
    std::size_t end = plain.find('.');
    if (end == std::string::npos) end = plain.size();
    if (end - start < 5) return plain; // 1000 to 9999 read as well without
    for (auto at = static_cast<std::ptrdiff_t>(end) - 3; at > static_cast<std::ptrdiff_t>(start); at -= 3)
        plain.insert(static_cast<std::size_t>(at), ",");
    return plain;
}

std::string headline(std::string_view text) {
    std::size_t cut = text.size();
    for (std::string_view sep : {": ", "; ", ". ", " - "})
        cut = std::min(cut, text.find(sep));
    std::string head(text.substr(0, cut));
    while (!head.empty() && (head.back() == '.' || head.back() == ' '))
        head.pop_back();
    return head;
}

} // namespace sdmock
