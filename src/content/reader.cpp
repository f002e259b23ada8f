#include "content/reader.hpp"

#include "core/content.hpp"
#include "core/terminal_text.hpp"
#include "core/text.hpp"

#include <cmath>
#include <limits>

namespace sdmock::detail {
namespace {

std::string type_name(const toml::node& node) {
    switch (node.type()) {
    case toml::node_type::string:
        return "a string";
    case toml::node_type::integer:
        return "an integer";
    case toml::node_type::floating_point:
        return "a number";
    case toml::node_type::boolean:
        return "a boolean";
    case toml::node_type::array:
        return node.is_array_of_tables() ? "an array of tables" : "an array";
    case toml::node_type::table:
        return "a table";
    case toml::node_type::date:
        return "a date";
    case toml::node_type::time:
        return "a time";
    case toml::node_type::date_time:
        return "a date-time";
    default:
        return "nothing";
    }
}

} // namespace

SourceLocation location(const std::string& file, const toml::source_region& region) {
    return {file, static_cast<int>(region.begin.line), static_cast<int>(region.begin.column)};
}

bool valid_id(std::string_view id) {
    if (id.empty() || id.front() == '-' || id.back() == '-') return false;
    char previous = 0;
    for (char c : id) {
        bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
        if (!ok || (c == '-' && previous == '-')) return false;
        previous = c;
    }
    return true;
}

TableReader::TableReader(const toml::table& table, const std::string& file, Diagnostics& diagnostics, std::string path)
    : table_(table), file_(file), diagnostics_(diagnostics), path_(std::move(path)) {}

std::string TableReader::name(std::string_view key) const {
    return path_.empty() ? std::string(key) : path_ + "." + std::string(key);
}

SourceLocation TableReader::where() const {
    SourceLocation at = location(file_, table_.source());
    if (at.line == 0) at = {file_, 1, 1};
    return at;
}

SourceLocation TableReader::where(std::string_view key) const {
    const toml::node* node = table_.get(key);
    if (node == nullptr) return where();
    SourceLocation at = location(file_, node->source());
    return at.line == 0 ? where() : at;
}

const toml::node* TableReader::fetch(std::string_view key, Need need, std::string_view expected) {
    seen_.emplace(key);
    const toml::node* node = table_.get(key);
    if (node == nullptr && need == Need::required) {
        std::string in = path_.empty() ? "" : " in [" + path_ + "]";
        diagnostics_.error(where(), "missing required field '" + std::string(key) + "'" + in + " (expected " +
                                        std::string(expected) + ")");
    }
    return node;
}

void TableReader::wrong_type(std::string_view key, const toml::node& node, std::string_view expected) {
    diagnostics_.error(location(file_, node.source()),
                       "'" + name(key) + "' should be " + std::string(expected) + ", found " + type_name(node));
}

void TableReader::check_plain(const toml::node& node, const std::string& what, std::string_view text) {
    if (auto fault = text_fault(text, true))
        diagnostics_.error(location(file_, node.source()),
                           "'" + what + "' holds " + fault->what + " (character " + std::to_string(fault->column) +
                               (fault->line > 1 ? " of its line " + std::to_string(fault->line) : std::string()) +
                               "); content text is plain: no control characters");
}

std::string TableReader::string(std::string_view key, Need need) {
    const toml::node* node = fetch(key, need, "a string");
    if (node == nullptr) return {};
    if (auto text = node->value<std::string>(); node->is_string() && text) {
        if (need == Need::required && text->find_first_not_of(" \t\n") == std::string::npos)
            diagnostics_.error(location(file_, node->source()), "'" + name(key) + "' is empty");
        check_plain(*node, name(key), *text);
        return *text;
    }
    wrong_type(key, *node, "a string");
    return {};
}

std::vector<std::string> TableReader::strings(std::string_view key, Need need) {
    std::vector<std::string> out;
    const toml::node* node = fetch(key, need, "an array of strings");
    if (node == nullptr) return out;
    const toml::array* array = node->as_array();
    if (array == nullptr) {
        wrong_type(key, *node, "an array of strings");
        return out;
    }
    for (const auto& item : *array) {
        if (!item.is_string()) {
            diagnostics_.error(location(file_, item.source()),
                               "items of '" + name(key) + "' should be strings, found " + type_name(item));
            continue;
        }
        out.push_back(*item.value<std::string>());
        check_plain(item, name(key), out.back());
    }
    if (need == Need::required && out.empty() && array->empty())
        diagnostics_.error(location(file_, node->source()), "'" + name(key) + "' needs at least one item");
    return out;
}

std::optional<std::int64_t> TableReader::integer(std::string_view key, Need need) {
    const toml::node* node = fetch(key, need, "an integer");
    if (node == nullptr) return std::nullopt;
    if (!node->is_integer()) {
        wrong_type(key, *node, "an integer");
        return std::nullopt;
    }
    return node->value<std::int64_t>();
}

std::optional<bool> TableReader::boolean(std::string_view key, Need need) {
    const toml::node* node = fetch(key, need, "true or false");
    if (node == nullptr) return std::nullopt;
    if (!node->is_boolean()) {
        wrong_type(key, *node, "true or false");
        return std::nullopt;
    }
    return node->value<bool>();
}

std::optional<double> TableReader::number(std::string_view key, Need need) {
    const toml::node* node = fetch(key, need, "a number");
    if (node == nullptr) return std::nullopt;
    if (node->is_integer()) return static_cast<double>(*node->value<std::int64_t>());
    if (node->is_floating_point()) {
        double v = *node->value<double>();
        if (std::isfinite(v)) return v;
        diagnostics_.error(location(file_, node->source()), "'" + name(key) + "' should be a finite number");
        return std::nullopt;
    }
    wrong_type(key, *node, "a number");
    return std::nullopt;
}

std::vector<int> TableReader::integers(std::string_view key, Need need) {
    std::vector<int> out;
    const toml::node* node = fetch(key, need, "an array of integers");
    if (node == nullptr) return out;
    const toml::array* array = node->as_array();
    if (array == nullptr) {
        wrong_type(key, *node, "an array of integers");
        return out;
    }
    for (const auto& item : *array) {
        auto v = item.value<std::int64_t>();
        if (!item.is_integer() || !v || *v < std::numeric_limits<int>::min() || *v > std::numeric_limits<int>::max()) {
            diagnostics_.error(location(file_, item.source()),
                               "items of '" + name(key) + "' should be integers, found " + type_name(item));
            continue;
        }
        out.push_back(static_cast<int>(*v));
    }
    return out;
}

std::vector<const toml::table*> TableReader::tables(std::string_view key, Need need) {
    std::vector<const toml::table*> out;
    const toml::node* node = fetch(key, need, "an array of tables [[" + name(key) + "]]");
    if (node == nullptr) return out;
    const toml::array* array = node->as_array();
    if (array == nullptr) {
        wrong_type(key, *node, "an array of tables [[" + name(key) + "]]");
        return out;
    }
    for (const auto& item : *array) {
        if (const toml::table* t = item.as_table()) {
            out.push_back(t);
        } else {
            diagnostics_.error(location(file_, item.source()),
                               "items of '" + name(key) + "' should be tables, found " + type_name(item));
        }
    }
    if (need == Need::required && out.empty() && array->empty())
        diagnostics_.error(location(file_, node->source()), "'" + name(key) + "' needs at least one entry");
    return out;
}

const toml::table* TableReader::table(std::string_view key, Need need) {
    const toml::node* node = fetch(key, need, "a table [" + name(key) + "]");
    if (node == nullptr) return nullptr;
    if (const toml::table* t = node->as_table()) return t;
    wrong_type(key, *node, "a table [" + name(key) + "]");
    return nullptr;
}

std::string TableReader::id(std::string_view key) {
    std::string value = string(key);
    if (!value.empty() && !valid_id(value))
        diagnostics_.error(where(key), "'" + name(key) + "' = \"" + value +
                                           "\" is not a valid id (lowercase letters, digits and single '-')");
    return value;
}

namespace {

bool is_dimension(std::string_view id) {
    for (auto d : kDimensionIds)
        if (d == id) return true;
    return false;
}

std::string unknown_dimension(std::string_view id) {
    std::vector<std::string> all(kDimensionIds.begin(), kDimensionIds.end());
    std::string message = "\"" + std::string(id) + "\" is not a rubric dimension";
    if (auto near = closest(id, all, 1); !near.empty()) return message + "; did you mean \"" + near[0] + "\"?";
    return message + " (one of " + join(all, ", ") + ")";
}

} // namespace

std::string TableReader::dimension(std::string_view key, Need need) {
    std::string value = string(key, need);
    if (!value.empty() && !is_dimension(value)) diagnostics_.error(where(key), unknown_dimension(value));
    return value;
}

std::vector<std::string> TableReader::dimensions(std::string_view key, Need need) {
    std::vector<std::string> values = strings(key, need);
    const toml::node* node = table_.get(key);
    const toml::array* array = node != nullptr ? node->as_array() : nullptr;
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (is_dimension(values[i])) continue;
        SourceLocation at = where(key);
        if (array != nullptr && i < array->size()) {
            SourceLocation item = location(file_, (*array)[i].source());
            if (item.line != 0) at = item;
        }
        diagnostics_.error(at, unknown_dimension(values[i]));
    }
    return values;
}

void TableReader::finish() {
    std::vector<std::string> known(seen_.begin(), seen_.end());
    for (auto&& [key, node] : table_) {
        if (seen_.count(key.str()) != 0) continue;
        std::string message = "unknown key '" + name(key.str()) + "' (ignored)";
        if (auto near = closest(key.str(), known, 1); !near.empty()) message += "; did you mean '" + near[0] + "'?";
        SourceLocation at = location(file_, key.source());
        diagnostics_.warning(at.line == 0 ? where() : at, message);
    }
}

} // namespace sdmock::detail
