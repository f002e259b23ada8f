#include "core/json.hpp"

#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>

namespace sdmock {

namespace {

/// The length of the run of `text` from `i` that a JSON string holds as it is: no control
/// character, quote or backslash. Reads a word at a time.
std::size_t plain_run(std::string_view text, std::size_t i) {
    constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
    constexpr std::uint64_t kHigh = 0x8080808080808080ULL;
    const std::size_t start = i;
    auto plain = [](unsigned char c) { return c >= 0x20 && c != '"' && c != '\\'; };
    for (; i + 8 <= text.size(); i += 8) {
        std::uint64_t w = 0;
        std::memcpy(&w, text.data() + i, 8);
        std::uint64_t quote = w ^ (kOnes * '"');
        std::uint64_t slash = w ^ (kOnes * '\\');
        // Exact for bytes below 0x80; a byte of 0x80 or more is never flagged by itself.
        std::uint64_t flagged = ((w - kOnes * 0x20) | (quote - kOnes) | (slash - kOnes)) & ~w & kHigh;
        if (flagged != 0) break;
    }
    while (i < text.size() && plain(static_cast<unsigned char>(text[i])))
        ++i;
    return i - start;
}

/// Appends `text` to `out` as a JSON string literal, quotes included.
void append_quoted(std::string& out, std::string_view text) {
    out += '"';
    std::size_t i = 0;
    while (i < text.size()) {
        // Bytes that need no escape (nearly all) are copied a run at a time.
        std::size_t plain = i + plain_run(text, i);
        out.append(text.substr(i, plain - i));
        if (plain == text.size()) break;
        const char c = text[plain];
        i = plain + 1;
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default: { // another control character
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(static_cast<unsigned char>(c)));
            out += buf;
        }
        }
    }
    out += '"';
}

} // namespace

void append_json_string(std::string& out, std::string_view text) {
    append_quoted(out, text);
}

void append_json_number(std::string& out, std::int64_t number) {
    char buf[24];
    auto end = std::to_chars(buf, buf + sizeof buf, number).ptr;
    out.append(buf, end);
}

void append_json_number(std::string& out, double number) {
    if (!std::isfinite(number)) {
        out += "null";
        return;
    }
    char buf[64];
    char* end = buf;
    if (std::fabs(number - std::round(number)) < 1e-9 && std::fabs(number) < 1e15) {
        // As printf's "%.0f": the nearest whole number (half to even), "-0" kept.
        double whole = std::nearbyint(number);
        if (whole == 0 && std::signbit(whole)) *end++ = '-';
        end = std::to_chars(end, buf + sizeof buf, static_cast<std::int64_t>(whole)).ptr;
    } else {
        end = std::to_chars(buf, buf + sizeof buf, number, std::chars_format::general, 10).ptr; // "%.10g"
    }
    out.append(buf, end);
}

std::string json_quote(std::string_view text) {
    std::string out;
    out.reserve(text.size() + 2);
    append_quoted(out, text);
    return out;
}

void JsonWriter::newline() {
    static constexpr std::string_view kIndent = "\n                                "; // 16 levels
    std::size_t width = (first_.size() + static_cast<std::size_t>(depth_)) * 2;
    if (width < kIndent.size()) {
        out_.append(kIndent.substr(0, width + 1));
        return;
    }
    out_ += '\n';
    out_.append(width, ' ');
}

void JsonWriter::before_value() {
    if (after_key_) {
        after_key_ = false;
        return;
    }
    if (!first_.empty()) {
        if (!first_.back()) out_ += ',';
        first_.back() = false;
        newline();
    }
}

JsonWriter& JsonWriter::begin_object() {
    before_value();
    out_ += '{';
    first_.push_back(true);
    return *this;
}

JsonWriter& JsonWriter::close(char bracket) {
    bool empty = first_.back();
    first_.pop_back();
    if (!empty) newline();
    out_ += bracket;
    return *this;
}

JsonWriter& JsonWriter::end_object() {
    return close('}');
}

JsonWriter& JsonWriter::begin_array() {
    before_value();
    out_ += '[';
    first_.push_back(true);
    return *this;
}

JsonWriter& JsonWriter::end_array() {
    return close(']');
}

JsonWriter& JsonWriter::key(std::string_view name) {
    before_value();
    append_quoted(out_, name);
    out_ += ": ";
    after_key_ = true;
    return *this;
}

JsonWriter& JsonWriter::value(std::string_view text) {
    before_value();
    append_quoted(out_, text);
    return *this;
}

JsonWriter& JsonWriter::value(std::int64_t number) {
    before_value();
    append_json_number(out_, number);
    return *this;
}

JsonWriter& JsonWriter::value(double number) {
    before_value();
    append_json_number(out_, number);
    return *this;
}

JsonWriter& JsonWriter::value(bool flag) {
    before_value();
    out_ += flag ? "true" : "false";
    return *this;
}

JsonWriter& JsonWriter::null() {
    before_value();
    out_ += "null";
    return *this;
}

JsonWriter& JsonWriter::string_array(const std::vector<std::string>& items) {
    begin_array();
    for (const auto& item : items)
        value(item);
    return end_array();
}

JsonWriter& JsonWriter::int_array(const std::vector<int>& items) {
    begin_array();
    for (int item : items)
        value(item);
    return end_array();
}

} // namespace sdmock
