#pragma once
/// RFC 4180 fields: quoted when they hold a comma, a quote or a line break.
#include <string>
#include <string_view>
#include <vector>

namespace sdmock {

[[nodiscard]] std::string csv_field(std::string_view text);
/// One record, fields joined by commas, ending in CRLF as RFC 4180 asks.
[[nodiscard]] std::string csv_row(const std::vector<std::string>& fields);

} // namespace sdmock
