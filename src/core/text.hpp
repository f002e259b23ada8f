#pragma once
/// Small pure helpers for text shown to the user.
#include <string>
#include <string_view>
#include <vector>

namespace sdmock {

/// Words of `text` wrapped to lines of at most `width` columns (counting UTF-8 code points).
/// Existing newlines start new lines; a word longer than `width` stands on its own line.
[[nodiscard]] std::vector<std::string> wrap(std::string_view text, int width);

/// Number of columns a UTF-8 string takes (one per code point; sdmock's text has no wide glyphs).
[[nodiscard]] int display_width(std::string_view text);

/// Levenshtein distance, for "did you mean".
[[nodiscard]] int edit_distance(std::string_view a, std::string_view b);

/// Up to `limit` candidates closest to `word`: prefix and substring matches first, then by
/// edit distance; candidates further than half their length away are left out.
[[nodiscard]] std::vector<std::string> closest(std::string_view word, const std::vector<std::string>& candidates,
                                               std::size_t limit = 3);

[[nodiscard]] std::string join(const std::vector<std::string>& items, std::string_view separator);

/// `text` cut to `width` columns with an ellipsis, or padded with spaces to exactly `width`.
[[nodiscard]] std::string fit(std::string_view text, int width);

/// `value` with `decimals` places, halves rounded away from zero as a person (or sqlite3) would.
[[nodiscard]] std::string fixed_decimals(double value, int decimals = 2);
/// As fixed_decimals, with a leading '+' on a value that rounds above zero.
[[nodiscard]] std::string signed_decimals(double value, int decimals = 2);

/// The first clause of a risk or an extension ("Hot counter shard"): the text before the first
/// ": ", "; ", ". " or " - ", without a trailing full stop.
[[nodiscard]] std::string headline(std::string_view text);

/// A number without a trailing ".0": 40, 4000, 2.5, 0.12.
[[nodiscard]] std::string format_number(double value);
/// A figure for prose: as format_number, with thousands separators from five digits on
/// (2,000,000; 86,400; 4000 stays as it is).
[[nodiscard]] std::string format_figure(double value);

} // namespace sdmock
