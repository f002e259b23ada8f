#pragma once
/// A problem found in a content file, with where it is: `file:line:column: severity: message`.
#include <string>
#include <vector>

namespace sdmock {

/// Where a value came from in a content file. Line and column are 1-based; 0 means unknown.
struct SourceLocation {
    std::string file;
    int line = 0;
    int column = 0;
};

struct Diagnostic {
    enum class Severity { error, warning };
    Severity severity = Severity::error;
    SourceLocation where;
    std::string message;

    /// `prompts/problems/uber.toml:12:5: error: message`
    [[nodiscard]] std::string str() const;
};

/// Every diagnostic of a load, in the order found.
class Diagnostics {
public:
    void error(const SourceLocation& where, std::string message);
    void warning(const SourceLocation& where, std::string message);
    [[nodiscard]] const std::vector<Diagnostic>& all() const { return items_; }
    [[nodiscard]] int error_count() const;
    [[nodiscard]] int warning_count() const;
    [[nodiscard]] bool has_errors() const { return error_count() > 0; }

private:
    std::vector<Diagnostic> items_;
};

} // namespace sdmock
