// The JSON writer: strings escaped exactly where JSON needs it, numbers as printf wrote them.
#include "core/json.hpp"

#include <catch2/catch.hpp>

#include <limits>
#include <string>

using namespace sdmock;

TEST_CASE("json_quote: quotes, backslashes and control characters are escaped wherever they fall in a word") {
    CHECK(json_quote("plain text of some length") == "\"plain text of some length\"");
    CHECK(json_quote("1234567\"89") == "\"1234567\\\"89\"");
    CHECK(json_quote("12345678\\") == "\"12345678\\\\\"");
    CHECK(json_quote("caf\xc3\xa9 and more caf\xc3\xa9\n") == "\"caf\xc3\xa9 and more caf\xc3\xa9\\n\"");
    CHECK(json_quote(std::string("abcdefgh\x01ijklmnop", 17)) == "\"abcdefgh\\u0001ijklmnop\"");
    CHECK(json_quote("tab\there\r") == "\"tab\\there\\r\"");
    CHECK(json_quote("\xe2\x80\x9c!\xe2\x80\x9d") == "\"\xe2\x80\x9c!\xe2\x80\x9d\"");
}

TEST_CASE("JsonWriter: numbers as printf's %.0f and %.10g, indentation by depth") {
    JsonWriter json;
    json.begin_array().value(0.0).value(-0.0).value(2.0).value(45.5).value(1.0 / 3.0).value(1e20);
    json.value(std::int64_t{-9223372036854775807} - 1).end_array();
    CHECK(json.text() == "[\n  0,\n  -0,\n  2,\n  45.5,\n  0.3333333333,\n  1e+20,\n  -9223372036854775808\n]");
    JsonWriter deep(20);
    deep.begin_object().key("a").value(1).end_object();
    CHECK(deep.text() == "{\n" + std::string(42, ' ') + "\"a\": 1\n" + std::string(40, ' ') + "}");
}

TEST_CASE("append_json_string and append_json_number: what JsonWriter writes, appended to a document") {
    std::string out = "[";
    append_json_string(out, "a\"b\x1b");
    out += ',';
    append_json_number(out, 45.5);
    out += ',';
    append_json_number(out, -0.0);
    out += ',';
    append_json_number(out, std::int64_t{42});
    out += ',';
    append_json_number(out, std::numeric_limits<double>::infinity());
    out += ']';
    CHECK(out == "[\"a\\\"b\\u001b\",45.5,-0,42,null]");
}
