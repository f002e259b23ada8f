#include "core/diagnostic.hpp"

#include <algorithm>

namespace sdmock {

std::string Diagnostic::str() const {
    std::string out = where.file;
    if (where.line > 0) {
        out += ':' + std::to_string(where.line);
        if (where.column > 0) out += ':' + std::to_string(where.column);
    }
    out += severity == Severity::error ? ": error: " : ": warning: ";
    out += message;
    return out;
}

void Diagnostics::error(const SourceLocation& where, std::string message) {
    items_.push_back({Diagnostic::Severity::error, where, std::move(message)});
}

void Diagnostics::warning(const SourceLocation& where, std::string message) {
    items_.push_back({Diagnostic::Severity::warning, where, std::move(message)});
}

int Diagnostics::error_count() const {
    return static_cast<int>(std::count_if(
        items_.begin(), items_.end(), [](const Diagnostic& d) { return d.severity == Diagnostic::Severity::error; }));
}

int Diagnostics::warning_count() const {
    return static_cast<int>(items_.size()) - error_count();
}

} // namespace sdmock
