#pragma once
/// Spaced-review items rendered: `drill list` as text and JSON, and the CSV Anki imports.
#include "core/clock.hpp"
#include "core/content.hpp"
#include "core/review_items.hpp"

#include <string>
#include <vector>

namespace sdmock {

/// One line per item: due date (or "new"), reps, lapses, kind, dimension, and the id last and whole;
/// those due at `now` are starred.
[[nodiscard]] std::string render_review_list(const std::vector<const ScheduledItem*>& items, WallTime now, int width);
/// `[{"id", "kind", "dimension", "due", "stability", "difficulty", "reps", "lapses", "last_review"}]`,
/// times ISO 8601 with offset, null for an item never reviewed.
[[nodiscard]] std::string render_review_list_json(const std::vector<const ScheduledItem*>& items);
/// A CSV for Anki's import: its header lines (comma separator, plain text, tags in column 3), then
/// one row per item: front, back, tags (`sdmock`, the kind, the dimension).
[[nodiscard]] std::string render_anki_csv(const std::vector<ScheduledItem>& items);

} // namespace sdmock
