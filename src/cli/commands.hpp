#pragma once
/// One function per command: options in a plain struct, the work in the domain, the result
/// printed. CLI11 stays in app.cpp.
#include "cli/context.hpp"

#include <string>

namespace sdmock::cli {

int run_check(const Context& context);

struct ProblemsOptions {
    std::string id;              ///< `show ID`
    std::string format = "text"; ///< text | json
};
int run_problems_list(const Context& context, const ProblemsOptions& options);
int run_problems_show(const Context& context, const ProblemsOptions& options);

} // namespace sdmock::cli
