#pragma once
// Internal: reads fields of one TOML table into plain values, recording a diagnostic for every
// missing field, wrong type and unknown key.
#include "core/diagnostic.hpp"

#include <toml++/toml.h>

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace sdmock::detail {

enum class Need { required, optional };

SourceLocation location(const std::string& file, const toml::source_region& region);

class TableReader {
public:
    /// `path` names the table in messages ("" for the top level, "key.estimates[2]" for others).
    TableReader(const toml::table& table, const std::string& file, Diagnostics& diagnostics, std::string path = {});

    std::string string(std::string_view key, Need need = Need::required);
    std::vector<std::string> strings(std::string_view key, Need need = Need::required);
    std::optional<std::int64_t> integer(std::string_view key, Need need = Need::required);
    std::optional<double> number(std::string_view key, Need need = Need::required);
    std::optional<bool> boolean(std::string_view key, Need need = Need::required);
    std::vector<int> integers(std::string_view key, Need need = Need::required);
    /// An array of tables (`[[name]]`); empty when absent.
    std::vector<const toml::table*> tables(std::string_view key, Need need = Need::required);
    const toml::table* table(std::string_view key, Need need = Need::required);
    /// A rubric dimension id, checked against the twelve of the contract.
    std::string dimension(std::string_view key, Need need = Need::required);
    std::vector<std::string> dimensions(std::string_view key, Need need = Need::required);
    /// Records an id check: lowercase words joined by '-'.
    std::string id(std::string_view key = "id");

    /// Whether the table holds `key` at all.
    [[nodiscard]] bool has(std::string_view key) const { return table_.get(key) != nullptr; }
    [[nodiscard]] SourceLocation where() const;
    [[nodiscard]] SourceLocation where(std::string_view key) const;
    [[nodiscard]] std::string name(std::string_view key) const;
    [[nodiscard]] const std::string& file() const { return file_; }
    Diagnostics& diagnostics() { return diagnostics_; }

    /// Marks a key as known without reading it (the caller reads it some other way).
    void known(std::string_view key) { seen_.emplace(key); }
    /// Warns about every key that was never asked for.
    void finish();

private:
    const toml::node* fetch(std::string_view key, Need need, std::string_view expected);
    /// An error at the string's place when it holds a control character.
    void check_plain(const toml::node& node, const std::string& what, std::string_view text);
    void wrong_type(std::string_view key, const toml::node& node, std::string_view expected);

    const toml::table& table_;
    std::string file_;
    Diagnostics& diagnostics_;
    std::string path_;
    std::set<std::string, std::less<>> seen_;
};

bool valid_id(std::string_view id);

} // namespace sdmock::detail
