#pragma once
// Reading a content load's diagnostics in tests.
#include "content/loader.hpp"

#include <string>
#include <string_view>

namespace sdmock::test {

/// The first diagnostic whose message contains `needle`, or nullptr.
inline const Diagnostic* find_diagnostic(const LoadResult& r, std::string_view needle) {
    for (const auto& d : r.diagnostics.all())
        if (d.message.find(needle) != std::string::npos) return &d;
    return nullptr;
}

/// Every diagnostic, one per line: for a failing test's message.
inline std::string all_messages(const LoadResult& r) {
    std::string s;
    for (const auto& d : r.diagnostics.all())
        s += d.str() + "\n";
    return s;
}

} // namespace sdmock::test
