#pragma once
// The content shipped in prompts/ and rubrics/, loaded once per test run.
#include "content/loader.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <string_view>

namespace sdmock::test {

/// The shipped content; fails the calling test if it does not load cleanly.
inline const Content& shipped_content() {
    static const LoadResult loaded = load_content(SDMOCK_SOURCE_DIR);
    std::string messages;
    for (const auto& d : loaded.diagnostics.all())
        messages += d.str() + "\n";
    INFO(messages);
    REQUIRE_FALSE(loaded.diagnostics.has_errors());
    return loaded.content;
}

inline const Plan& shipped_plan(std::string_view id) {
    const Plan* plan = shipped_content().plan(id);
    INFO("plan " << id);
    REQUIRE(plan != nullptr);
    return *plan;
}

inline const Problem& shipped_problem(std::string_view id) {
    const Problem* problem = shipped_content().problem(id);
    INFO("problem " << id);
    REQUIRE(problem != nullptr);
    return *problem;
}

} // namespace sdmock::test
