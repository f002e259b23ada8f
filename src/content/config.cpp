#include "content/config.hpp"

#include "content/reader.hpp"
#include "core/content.hpp"
#include "core/error.hpp"

#include <cstdlib>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;

namespace sdmock {
namespace {
constexpr std::int64_t kMaxNewCardsPerDay = 1000;
}

fs::path config_path() {
    if (const char* xdg = std::getenv("XDG_CONFIG_HOME"); xdg != nullptr && *xdg != '\0')
        return fs::path(xdg) / "sdmock" / "config.toml";
    if (const char* home = std::getenv("HOME"); home != nullptr && *home != '\0')
        return fs::path(home) / ".config" / "sdmock" / "config.toml";
    return {};
}

Config parse_config(std::string_view text, std::string_view name, std::vector<std::string>* warnings) {
    std::string file(name);
    toml::table root;
    try {
        root = toml::parse(text, std::string_view{file});
    } catch (const toml::parse_error& e) {
        auto at = detail::location(file, e.source());
        throw ContentError(Diagnostic{Diagnostic::Severity::error, at, std::string(e.description())}.str());
    }
    Diagnostics diagnostics;
    detail::TableReader r(root, file, diagnostics);
    Config config;
    if (auto plan = r.string("plan", detail::Need::optional); !plan.empty()) config.plan = plan;
    auto flag = [&](std::string_view key, bool& into) {
        if (const toml::node* node = root.get(key)) {
            if (auto v = node->value<bool>(); node->is_boolean() && v)
                into = *v;
            else
                diagnostics.error(r.where(key), std::string("'").append(key).append("' should be true or false"));
        }
    };
    flag("bell", config.bell);
    flag("color", config.color);
    flag("record", config.record);
    flag("voice", config.voice);
    if (auto week = r.string("week_start", detail::Need::optional); !week.empty()) {
        if (week == "monday")
            config.week_start = Weekday::monday;
        else if (week == "sunday")
            config.week_start = Weekday::sunday;
        else
            diagnostics.error(r.where("week_start"), "'week_start' should be \"monday\" or \"sunday\"");
    }
    if (auto level = r.string("level", detail::Need::optional); !level.empty()) {
        if (is_level(level))
            config.level = level;
        else
            diagnostics.error(r.where("level"), "'level' should be \"mid\", \"senior\" or \"staff\"");
    }
    if (const toml::node* node = root.get("new_cards_per_day")) {
        auto v = node->value<std::int64_t>();
        if (node->is_integer() && v && *v >= 0 && *v <= kMaxNewCardsPerDay)
            config.new_cards_per_day = static_cast<int>(*v);
        else
            diagnostics.error(r.where("new_cards_per_day"), "'new_cards_per_day' should be a whole number from 0 to " +
                                                                std::to_string(kMaxNewCardsPerDay));
    }
    r.known("bell"); // read above as booleans
    r.known("new_cards_per_day");
    r.known("color");
    r.known("record");
    r.known("voice");
    r.finish();
    for (const auto& d : diagnostics.all())
        if (d.severity == Diagnostic::Severity::error) throw ContentError(d.str());
    if (warnings != nullptr)
        for (const auto& d : diagnostics.all())
            warnings->push_back(d.str());
    return config;
}

Config load_config(const fs::path& path, std::vector<std::string>* warnings) {
    std::error_code ec;
    if (path.empty() || !fs::exists(path, ec)) return {};
    std::ifstream in(path, std::ios::binary);
    if (!in) throw ContentError("cannot read " + path.string());
    std::ostringstream text;
    text << in.rdbuf();
    return parse_config(text.str(), path.string(), warnings);
}

} // namespace sdmock
