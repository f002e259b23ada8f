#pragma once
/// Loads prompts/ and rubrics/ under a home folder into validated domain values.
#include "core/content.hpp"
#include "core/diagnostic.hpp"

#include <filesystem>
#include <string_view>

namespace sdmock {

struct LoadResult {
    Content content;
    Diagnostics diagnostics;
    int files = 0;              ///< content files read
    bool cards_complete = true; ///< false when a card file could not be parsed
    bool guide_complete = true; ///< false when prompts/guide.toml is missing or could not be parsed
};

/// Reads every content file under `home`. Never throws for bad content: every problem found, in
/// every file, is a diagnostic naming the file (relative to home), line and column.
[[nodiscard]] LoadResult load_content(const std::filesystem::path& home);

/// Parses one problem, plan, question-set, card, rubric, guide or study file given as text; `kind`
/// is the folder it would live in ("problems", "plans", "questions", "cards", "rubrics", "study"),
/// or "guide" for prompts/guide.toml. For fuzzing and for tests of single files. Cross-file rules
/// are not checked.
void load_one(std::string_view kind, std::string_view text, std::string_view name, LoadResult& into);

} // namespace sdmock
