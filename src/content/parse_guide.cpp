#include "content/parsers.hpp"

namespace sdmock::detail {

Guide parse_guide(const toml::table& root, const std::string& file, Diagnostics& diagnostics) {
    TableReader r(root, file, diagnostics);
    Guide guide;
    guide.title = r.string("title");
    // The content's own version, shown by `sdmock --version`: a date-like "2026.12" or "2026.12.1".
    auto version_at = r.where("version");
    guide.version = r.string("version");
    if (!guide.version.empty() && !valid_content_version(guide.version))
        diagnostics.error(version_at, "'version' should be numbers joined by dots, as \"2026.12\" or \"2026.12.1\"");
    int index = 0;
    for (const toml::table* t : r.tables("parts")) {
        TableReader p(*t, file, diagnostics, "parts[" + std::to_string(index++) + "]");
        GuidePart part;
        part.where = p.where("number");
        if (auto n = p.integer("number")) {
            if (*n < 1 || *n > 999)
                diagnostics.error(part.where, "'" + p.name("number") + "' should be a whole number from 1 to 999");
            else
                part.number = static_cast<int>(*n);
        }
        part.title = p.string("title");
        p.finish();
        guide.parts.push_back(std::move(part));
    }
    r.finish();
    return guide;
}

std::vector<RotationStage> parse_rotation(const toml::table& root, const std::string& file, Diagnostics& diagnostics) {
    TableReader r(root, file, diagnostics);
    std::vector<RotationStage> out;
    int index = 0;
    for (const toml::table* t : r.tables("stages")) {
        TableReader s(*t, file, diagnostics, "stages[" + std::to_string(index++) + "]");
        RotationStage stage;
        stage.where = s.where("problems");
        stage.name = s.string("name");
        if (auto n = s.integer("part")) stage.part = static_cast<int>(*n);
        stage.problems = s.strings("problems");
        if (stage.problems.empty() && s.where("problems").line > 0)
            diagnostics.error(stage.where, "'" + s.name("problems") + "' should name at least one problem");
        s.finish();
        out.push_back(std::move(stage));
    }
    r.finish();
    return out;
}

} // namespace sdmock::detail
