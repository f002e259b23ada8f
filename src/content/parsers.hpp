#pragma once
// Internal: one function per kind of content file, from a parsed TOML table to domain values.
#include "content/reader.hpp"
#include "core/content.hpp"

namespace sdmock::detail {

Problem parse_problem(const toml::table& root, const std::string& file, Diagnostics& diagnostics);
Plan parse_plan(const toml::table& root, const std::string& file, Diagnostics& diagnostics);
QuestionSet parse_question_set(const toml::table& root, const std::string& file, Diagnostics& diagnostics);
std::vector<Card> parse_cards(const toml::table& root, const std::string& file, Diagnostics& diagnostics);
Guide parse_guide(const toml::table& root, const std::string& file, Diagnostics& diagnostics);
std::vector<RotationStage> parse_rotation(const toml::table& root, const std::string& file, Diagnostics& diagnostics);
Rubric parse_rubric(const toml::table& root, const std::string& file, Diagnostics& diagnostics);
/// A file of prompts/study/: a study plan or a checklist by its `kind`, appended to `into`.
void parse_study(const toml::table& root, const std::string& file, Diagnostics& diagnostics, Content& into);

} // namespace sdmock::detail
