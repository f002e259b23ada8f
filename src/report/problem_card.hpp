#pragma once
/// Text and JSON renderings of problems: pure functions of the content.
#include "core/content.hpp"

#include <string>
#include <vector>

namespace sdmock {

struct CardStyle {
    int width = 80;
    bool answer_key = true; ///< false: the candidate's view, without the answer key
};

/// `id  title  focus`, one line per problem, under a header line.
[[nodiscard]] std::string render_problem_list(const std::vector<Problem>& problems);
[[nodiscard]] std::string render_problem_list_json(const std::vector<Problem>& problems);
/// The full card, wrapped to `style.width` columns; the guide's Parts named with their titles.
[[nodiscard]] std::string render_problem_text(const Problem& problem, const Content& content, CardStyle style);
[[nodiscard]] std::string render_problem_json(const Problem& problem);

/// "warm-up", "core" or "advanced".
[[nodiscard]] std::string_view difficulty_name(int difficulty);

} // namespace sdmock
