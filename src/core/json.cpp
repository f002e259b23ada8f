#include "core/json.hpp"

#include <cmath>
#include <cstdio>

namespace sdmock {

namespace {

/// Appends `text` to `out` as a JSON string literal, quotes included.
void append_quoted(std::string& out, std::string_view text) {
    out += '"';
    std::size_t i = 0;
    while (i < text.size()) {
        // Bytes that need no escape (nearly all) are copied a run at a time.
        std::size_t plain = i;
        while (plain < text.size() && static_cast<unsigned char>(text[plain]) >= 0x20 && text[plain] != '"' &&
               text[plain] != '\\')
            ++plain;
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

std::string json_quote(std::string_view text) {
    std::string out;
    out.reserve(text.size() + 2);
    append_quoted(out, text);
    return out;
}

void JsonWriter::newline() {
    out_ += '\n';
    out_.append((first_.size() + static_cast<std::size_t>(depth_)) * 2, ' ');
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
    out_ += std::to_string(number);
    return *this;
}

JsonWriter& JsonWriter::value(double number) {
    before_value();
    if (!std::isfinite(number)) {
        out_ += "null";
        return *this;
    }
    char buf[64];
    if (std::fabs(number - std::round(number)) < 1e-9 && std::fabs(number) < 1e15)
        std::snprintf(buf, sizeof buf, "%.0f", number);
    else
        std::snprintf(buf, sizeof buf, "%.10g", number);
    out_ += buf;
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
