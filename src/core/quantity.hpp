#pragma once
/// Quantities as people type them in an estimate ("4,000/s", "1.2e6 QPS", "35 GB", "2.5 Gbps",
/// "100M/month", "6 billion"), read into one of four kinds in SI base units: a count, a rate per
/// second, a size in bytes, a data rate in bytes per second. The quantity asked decides what an
/// ambiguous "B" is (billion for a count or a rate, bytes otherwise), and a unit of another kind
/// is an error that names both.
#include <optional>
#include <string>
#include <string_view>

namespace sdmock {

enum class QuantityKind { count, rate, bytes, byte_rate };

/// A value in the SI base unit of its kind: 1, per second, bytes, bytes per second.
struct Quantity {
    double value = 0;
    QuantityKind kind = QuantityKind::count;
};

/// The SI base unit of a kind as written in JSON: "" (a plain count), "/s", "B", "B/s".
[[nodiscard]] std::string_view base_unit(QuantityKind kind);
/// "a count", "a rate per second", "a size in bytes", "a data rate in bytes per second".
[[nodiscard]] std::string_view kind_phrase(QuantityKind kind);
/// An example of the kind, for messages: "6 billion", "40/s", "35 GB", "125 MB/s".
[[nodiscard]] std::string_view kind_example(QuantityKind kind);

/// What parsing gave: a quantity, or a one-line error.
struct ParsedQuantity {
    std::optional<Quantity> quantity;
    std::string error;
};

/// Reads `text` as a quantity. With `wanted`, a unit of another kind is an error naming the unit,
/// its kind, the quantity `asked` (e.g. "write QPS") and the kind it needs. A bare number is a
/// count, or per second when a rate is asked ("40" for a QPS); a size or a data rate needs a unit.
[[nodiscard]] ParsedQuantity parse_quantity(std::string_view text, std::optional<QuantityKind> wanted = std::nullopt,
                                            std::string_view asked = {});

/// A reference figure of the answer key, `value` in `unit` ("40" in "/s", "1.8" in "TB"), read
/// into a quantity; an error when the unit does not parse.
[[nodiscard]] ParsedQuantity reference_quantity(double value, std::string_view unit);

/// Whether `text` holds a control character (never echoed back to a terminal in a message).
[[nodiscard]] bool has_control(std::string_view text);

/// A quantity for people: "38.6/s", "4,000/s", "6 billion", "1.8 TB", "125 MB/s" (three
/// significant digits, thousands separated, SI prefixes for bytes).
[[nodiscard]] std::string format_quantity(double value, QuantityKind kind);

} // namespace sdmock
