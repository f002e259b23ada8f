#include "core/terminal_text.hpp"

#include <cctype>
#include <cstdint>
#include <cstdio>
#include <cstring>

namespace sdmock {
namespace {

/// One decoded UTF-8 sequence: its code point and length, `length` 0 for bytes that are not
/// UTF-8, `incomplete` when the text ends inside a sequence that is valid so far.
struct Decoded {
    char32_t code = 0;
    std::size_t length = 0;
    bool incomplete = false;
};

Decoded decode(std::string_view s, std::size_t i) {
    auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    unsigned lead = byte(i);
    if (lead < 0x80U) return {lead, 1, false};
    std::size_t n = 0;
    char32_t code = 0;
    unsigned low = 0x80U;
    unsigned high = 0xBFU;
    if (lead >= 0xC2U && lead <= 0xDFU) {
        n = 2;
        code = lead & 0x1FU;
    } else if (lead >= 0xE0U && lead <= 0xEFU) {
        n = 3;
        code = lead & 0x0FU;
        if (lead == 0xE0U) low = 0xA0U;  // overlong
        if (lead == 0xEDU) high = 0x9FU; // surrogates
    } else if (lead >= 0xF0U && lead <= 0xF4U) {
        n = 4;
        code = lead & 0x07U;
        if (lead == 0xF0U) low = 0x90U;
        if (lead == 0xF4U) high = 0x8FU;
    } else {
        return {};
    }
    for (std::size_t k = 1; k < n; ++k) {
        if (i + k >= s.size()) return {0, 0, true};
        unsigned b = byte(i + k);
        unsigned lo = k == 1 ? low : 0x80U;
        unsigned hi = k == 1 ? high : 0xBFU;
        if (b < lo || b > hi) return {};
        code = (code << 6U) | (b & 0x3FU);
    }
    return {code, n, false};
}

/// The length of an SGR sequence (`ESC [ 1;32 m`) at `i`, or 0.
std::size_t sgr_length(std::string_view s, std::size_t i) {
    if (i + 2 >= s.size() || s[i] != '\x1b' || s[i + 1] != '[') return 0;
    for (std::size_t k = i + 2; k < s.size() && k < i + 24; ++k) {
        if (s[k] == 'm') return k + 1 - i;
        if ((s[k] < '0' || s[k] > '9') && s[k] != ';') return 0;
    }
    return 0;
}

bool is_bidi_control(char32_t c) {
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

bool is_control(char32_t c) {
    return c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F) || is_bidi_control(c);
}

std::string code_name(char32_t c) {
    switch (c) {
    case 0:
        return "NUL";
    case 0x07:
        return "BEL";
    case 0x08:
        return "backspace";
    case 0x0A:
        return "a line break";
    case 0x0D:
        return "a carriage return";
    case 0x1B:
        return "ESC";
    case 0x7F:
        return "DEL";
    default:
        break;
    }
    char buf[16];
    std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(c));
    return buf;
}

/// Whether byte `b` passes every filter as it is.
bool clean_byte(unsigned char b) {
    return (b >= 0x20 && b < 0x7F) || b == '\n' || b == '\t';
}

} // namespace

std::size_t clean_prefix(std::string_view text) {
    constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
    constexpr std::uint64_t kHigh = 0x8080808080808080ULL;
    const char* p = text.data();
    const std::size_t n = text.size();
    std::size_t i = 0;
    while (i + 8 <= n) {
        std::uint64_t w = 0;
        std::memcpy(&w, p + i, 8);
        // A byte of 0x80 or more, below 0x20, or 0x7F. A borrow only runs on from a byte that is
        // one of these, so the lowest flag marks the first such byte (little-endian order).
        std::uint64_t del = w ^ (kOnes * 0x7F);
        std::uint64_t flagged = (w | ((w - kOnes * 0x20) & ~w) | ((del - kOnes) & ~del)) & kHigh;
        if (flagged == 0) {
            i += 8;
            continue;
        }
        std::size_t k = i + static_cast<std::size_t>(__builtin_ctzll(flagged)) / 8;
        if (!clean_byte(static_cast<unsigned char>(p[k]))) return k;
        i = k + 1; // a line feed or a tab
    }
    for (; i < n; ++i)
        if (!clean_byte(static_cast<unsigned char>(p[i]))) return i;
    return n;
}

void TerminalFilter::emit(std::string_view s, std::string& out) const {
    out.reserve(out.size() + s.size());
    std::size_t i = 0;
    while (i < s.size()) {
        // Printable ASCII, line feeds and tabs (nearly everything) pass as they are, a run at a time.
        std::size_t plain = i + clean_prefix(s.substr(i));
        if (plain > i) {
            out.append(s.substr(i, plain - i));
            i = plain;
            continue;
        }
        Decoded d = decode(s, i);
        if (d.length == 0) { // not UTF-8 (a cut sequence only reaches here at the very end)
            out += "\xEF\xBF\xBD";
            ++i;
            continue;
        }
        char32_t c = d.code;
        if (std::size_t sgr = allow_sgr_ ? sgr_length(s, i) : 0; sgr > 0) {
            out.append(s.substr(i, sgr));
            i += sgr;
            continue;
        }
        if (c == '\n' || c == '\t') {
            out += static_cast<char>(c);
        } else if (c == '\r' && i + 1 < s.size() && s[i + 1] == '\n') {
            out += '\r';
        } else if (c < 0x20) {
            out += '^';
            out += static_cast<char>(c + 0x40);
        } else if (c == 0x7F) {
            out += "^?";
        } else if (is_control(c)) {
            char buf[16];
            std::snprintf(buf, sizeof buf, "<U+%04X>", static_cast<unsigned>(c));
            out += buf;
        } else {
            out.append(s.substr(i, d.length));
        }
        i += d.length;
    }
}

std::string TerminalFilter::feed(std::string_view piece) {
    std::string out;
    feed_into(piece, out);
    return out;
}

void TerminalFilter::feed_into(std::string_view piece, std::string& out) {
    std::string joined;
    std::string_view text = piece;
    if (!held_.empty()) { // the rare case: a sequence cut at the end of the last piece
        joined = held_;
        joined.append(piece);
        text = joined;
    }
    // Hold back a final CR (a CRLF may be cut in two) and an unfinished UTF-8 sequence.
    std::size_t keep = text.size();
    std::size_t start = text.size() >= 3 ? text.size() - 3 : 0;
    for (std::size_t i = start; i < text.size(); ++i)
        if (static_cast<unsigned char>(text[i]) >= 0xC0U && decode(text, i).incomplete) {
            keep = i;
            break;
        }
    if (keep == text.size() && !text.empty() && text.back() == '\r') keep = text.size() - 1;
    emit(text.substr(0, keep), out);
    held_ = std::string(text.substr(keep));
}

std::string TerminalFilter::finish() {
    std::string out;
    emit(held_, out);
    held_.clear();
    return out;
}

std::string terminal_safe(std::string_view text) {
    TerminalFilter filter;
    std::string out = filter.feed(text);
    return out + filter.finish();
}

std::string terminal_safe_styled(std::string_view text) {
    TerminalFilter filter(true);
    std::string out = filter.feed(text);
    return out + filter.finish();
}

namespace {

/// text_fault's walk, a code point at a time with its line and column: run once a fault is known
/// to be there.
std::optional<TextFault> locate_fault(std::string_view text, bool multiline) {
    int line = 1;
    int column = 1;
    std::size_t i = 0;
    while (i < text.size()) {
        Decoded d = decode(text, i);
        if (d.length == 0) return TextFault{i, column, line, "invalid UTF-8"};
        char32_t c = d.code;
        bool allowed = c == '\t' || (multiline && (c == '\n' || c == '\r'));
        if (is_control(c) && !allowed) return TextFault{i, column, line, code_name(c)};
        i += d.length;
        if (c == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return std::nullopt;
}

} // namespace

std::optional<TextFault> text_fault(std::string_view text, bool multiline) {
    // Plain runs are skipped a word at a time; where a fault is, the slow walk says where.
    if (!multiline && text.find('\n') != std::string_view::npos) return locate_fault(text, multiline);
    std::size_t i = 0;
    while (i < text.size()) {
        i += clean_prefix(text.substr(i));
        if (i == text.size()) break;
        Decoded d = decode(text, i);
        bool allowed = d.length > 0 && (!is_control(d.code) || (multiline && d.code == '\r'));
        if (!allowed) return locate_fault(text, multiline);
        i += d.length;
    }
    return std::nullopt;
}

std::string describe(const TextFault& fault) {
    std::string where = fault.line > 1 ? "line " + std::to_string(fault.line) + ", " : "";
    return fault.what + " at " + where + "column " + std::to_string(fault.column);
}

std::string markdown_text(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        std::size_t close = c == '`' ? text.find('`', i + 1) : std::string_view::npos;
        if (close != std::string_view::npos) { // a code span: shown as it is, but it must not end a cell
            for (char k : text.substr(i, close + 1 - i))
                out += k == '|' ? std::string("\\|") : (k == '\n' || k == '\r') ? std::string(" ") : std::string(1, k);
            i = close;
            continue;
        }
        bool entity =
            i + 1 < text.size() && (std::isalpha(static_cast<unsigned char>(text[i + 1])) != 0 || text[i + 1] == '#');
        switch (c) {
        case '&':
            out += entity ? "&amp;" : "&";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '\n':
            out += ' ';
            break;
        case '\r':
            break;
        case '|':
        case '\\':
        case '`':
        case '*':
        case '_':
        case '[':
        case ']':
        case '#':
        case '~':
            out += '\\';
            out += c;
            break;
        default:
            out += c;
        }
    }
    return out;
}

} // namespace sdmock
