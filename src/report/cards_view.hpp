#pragma once
/// Text and JSON renderings of the study cards and of the guide's Parts: pure functions of the
/// content.
#include "core/content.hpp"

#include <string>

namespace sdmock {

/// Every card, grouped under the dimension it serves first (in rubric order): id and title, then
/// the other dimensions it serves; fitted to `width` columns.
[[nodiscard]] std::string render_card_list(const Content& content, int width = 80);
/// `[{"id", "title", "dimensions"}]`, in the order of the text list.
[[nodiscard]] std::string render_card_list_json(const Content& content);

/// One card: title and id, its text wrapped to `width`, the dimensions it serves and the line
/// that opens the other cards of its first dimension.
[[nodiscard]] std::string render_card_text(const Card& card, const Content& content, int width = 80);
/// `{"id", "title", "dimensions", "text"}`.
[[nodiscard]] std::string render_card_json(const Card& card);

/// The guide's Parts, one a line: number and title.
[[nodiscard]] std::string render_guide_parts(const Content& content, int width = 80);
/// `{"title", "parts": [{"number", "title"}]}`.
[[nodiscard]] std::string render_guide_parts_json(const Content& content);

} // namespace sdmock
