#pragma once
/// A small streaming JSON writer (pretty-printed, two-space indent). Pure string building.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace sdmock {

class JsonWriter {
public:
    JsonWriter() = default;
    /// A writer for a value that will sit `depth` levels deep in a document written piece by
    /// piece (an element of a streamed array: depth 1): its lines are indented to match.
    explicit JsonWriter(int depth) : depth_(depth) {}
    JsonWriter& begin_object();
    JsonWriter& end_object();
    JsonWriter& begin_array();
    JsonWriter& end_array();
    /// The key of the next value inside an object.
    JsonWriter& key(std::string_view name);
    JsonWriter& value(std::string_view text);
    JsonWriter& value(const char* text) { return value(std::string_view(text)); }
    JsonWriter& value(const std::string& text) { return value(std::string_view(text)); }
    JsonWriter& value(std::int64_t number);
    JsonWriter& value(int number) { return value(static_cast<std::int64_t>(number)); }
    JsonWriter& value(double number);
    JsonWriter& value(bool flag);
    JsonWriter& null();
    JsonWriter& string_array(const std::vector<std::string>& items);
    JsonWriter& int_array(const std::vector<int>& items);

    /// The document, ending with a newline.
    [[nodiscard]] std::string str() const { return out_ + "\n"; }
    /// What has been written, without the final newline (a piece of a streamed document).
    [[nodiscard]] const std::string& text() const { return out_; }

private:
    void before_value();
    JsonWriter& close(char bracket);
    void newline();
    std::string out_;
    std::vector<bool> first_; // one entry per open container: nothing written in it yet
    bool after_key_ = false;
    int depth_ = 0;
};

/// `text` as a JSON string literal, quotes included.
[[nodiscard]] std::string json_quote(std::string_view text);
/// Appends `text` to `out` as a JSON string literal, quotes included.
void append_json_string(std::string& out, std::string_view text);
/// Appends `number` to `out` as JsonWriter::value writes it.
void append_json_number(std::string& out, std::int64_t number);
/// Appends `number` to `out` as JsonWriter::value writes it (null when it is not finite).
void append_json_number(std::string& out, double number);

} // namespace sdmock
