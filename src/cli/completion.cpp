#include "cli/completion.hpp"

#include "content/loader.hpp"
#include "core/error.hpp"
#include "core/scorecard.hpp"
#include "store/history.hpp"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <iostream>
#include <set>

namespace fs = std::filesystem;

namespace sdmock::cli {
namespace {

bool starts_with(std::string_view text, std::string_view prefix) {
    return text.substr(0, prefix.size()) == prefix;
}

/// The option of `app` (or of a parent: options fall through) spelled `word` ("--plan"), or null.
CLI::Option* find_option(CLI::App* app, std::string_view word) {
    std::string name(word.substr(0, word.find('=')));
    for (CLI::App* at = app; at != nullptr; at = at->get_parent())
        for (CLI::Option* opt : at->get_options())
            if (opt->nonpositional() && opt->check_name(name)) return opt;
    return nullptr;
}

CLI::App* find_subcommand(CLI::App* app, std::string_view word) {
    for (CLI::App* sub : app->get_subcommands([](CLI::App*) { return true; }))
        if (sub->get_name() == word) return sub;
    return nullptr;
}

bool takes_value(const CLI::Option* opt) {
    return opt->get_type_size_max() > 0;
}

/// The choices of an option checked with IsMember: its type name ends in "{a,b,c}".
std::vector<std::string> member_choices(const CLI::Option* opt) {
    std::string type = opt->get_type_name();
    auto open = type.find('{');
    auto close = type.rfind('}');
    std::vector<std::string> out;
    if (open == std::string::npos || close == std::string::npos || close < open) return out;
    std::string inside = type.substr(open + 1, close - open - 1);
    std::size_t start = 0;
    while (start <= inside.size()) {
        auto comma = inside.find(',', start);
        std::string item = inside.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
        if (!item.empty()) out.push_back(item);
        if (comma == std::string::npos) break;
        start = comma + 1;
    }
    return out;
}

/// Reads the content and the history only when a value from them is asked for, and never
/// creates a history that does not exist.
class Sources {
public:
    explicit Sources(Locations at) : at_(std::move(at)) {}

    std::vector<std::string> problems() {
        return from_content([](const Content& c) { return c.problem_ids(); });
    }
    std::vector<std::string> plans() {
        return from_content([](const Content& c) { return c.plan_ids(); });
    }
    std::vector<std::string> cards() {
        return from_content([](const Content& c) { return c.card_ids(); });
    }
    std::vector<std::string> phases() {
        return from_content([](const Content& c) {
            std::set<std::string> ids;
            for (const auto& plan : c.plans)
                for (const auto& phase : plan.phases)
                    ids.insert(phase.id);
            return std::vector<std::string>(ids.begin(), ids.end());
        });
    }
    static std::vector<std::string> dimensions() { return {std::begin(kDimensionIds), std::end(kDimensionIds)}; }
    std::vector<std::string> sessions() {
        std::vector<std::string> out;
        std::error_code ec;
        if (!fs::is_regular_file(at_.db, ec)) return out;
        try {
            History history(at_.db);
            for (const auto& s : history.recent(kSessions))
                out.push_back(std::to_string(s.id));
        } catch (const std::exception&) { // no completion is better than an error in the prompt
        }
        return out;
    }

private:
    static constexpr int kSessions = 200;

    template <typename F> std::vector<std::string> from_content(F pick) {
        if (!content_) {
            std::error_code ec;
            content_ = fs::is_directory(at_.home / "prompts", ec) ? load_content(at_.home).content : Content{};
        }
        return pick(*content_);
    }

    Locations at_;
    std::optional<Content> content_;
};

/// What the value of `opt` may be: ids, choices, or a marker asking the shell for file names.
std::vector<std::string> option_values(const CLI::Option* opt, Sources& sources) {
    std::string name = opt->get_name(false, true);
    std::string type = opt->get_type_name();
    if (name == "--problem") return sources.problems();
    if (name == "--plan") return sources.plans();
    if (name == "--phase") return sources.phases();
    if (name == "--focus" || name == "--dimension" || starts_with(type, "DIM")) return Sources::dimensions();
    if (name == "--home" || starts_with(type, "DIR")) return {std::string(kDirsMarker)};
    if (starts_with(type, "FILE") || starts_with(type, "PATH")) return {std::string(kFilesMarker)};
    if (name == "--session" || starts_with(type, "SESSION")) return sources.sessions();
    return member_choices(opt);
}

/// The positional argument of `app` that the word after `given` positional words fills, or null.
CLI::Option* nth_positional(CLI::App* app, std::size_t given) {
    for (CLI::Option* opt : app->get_options()) {
        if (!opt->get_positional() || opt->nonpositional()) continue;
        auto takes = static_cast<std::size_t>(std::max(opt->get_items_expected_max(), 1));
        if (given < takes) return opt;
        given -= takes;
    }
    return nullptr;
}

/// What the next positional argument of `app` may be, by its name.
std::vector<std::string> positional_values(CLI::App* app, std::size_t given, Sources& sources) {
    if (CLI::Option* opt = nth_positional(app, given)) {
        std::string name = opt->get_name();
        if (name == "session") return sources.sessions();
        if (name == "file") return {std::string(kFilesMarker)};
        if (name == "grade") return {"again", "hard", "good", "easy", "1", "2", "3", "4"};
        if (name == "id" && app->get_name() == "show" && app->get_parent() != nullptr) {
            if (app->get_parent()->get_name() == "problems") return sources.problems();
            if (app->get_parent()->get_name() == "cards") return sources.cards();
        }
        if (name == "scores") {
            std::vector<std::string> out;
            for (const auto& d : Sources::dimensions())
                out.push_back(d + "=");
            return out;
        }
    }
    return {};
}

std::vector<std::string> words_for(CLI::App* app, std::size_t given, const std::string& current, Sources& sources) {
    std::vector<std::string> out;
    if (starts_with(current, "-")) {
        for (CLI::App* at = app; at != nullptr; at = at->get_parent())
            for (CLI::Option* opt : at->get_options())
                for (const auto& l : opt->get_lnames())
                    out.push_back("--" + l);
        return out;
    }
    if (given == 0)
        for (CLI::App* sub : app->get_subcommands([](CLI::App*) { return true; }))
            if (!sub->get_group().empty()) out.push_back(sub->get_name());
    for (auto& v : positional_values(app, given, sources))
        out.push_back(std::move(v));
    return out;
}

} // namespace

int run_completion(CLI::App& root, const std::vector<std::string>& words, const GlobalOptions& globals,
                   std::ostream& out) {
    // The words typed after `sdmock`; the last one is the word being completed (maybe empty).
    std::vector<std::string> typed = words.empty() ? std::vector<std::string>{""} : words;
    std::string current = typed.back();
    typed.pop_back();
    GlobalOptions seen = globals;
    CLI::App* app = &root;
    const CLI::Option* pending = nullptr; // an option whose value is the next word
    std::size_t given = 0;                // positional words given to `app` so far
    for (const std::string& word : typed) {
        if (pending != nullptr) {
            if (pending->check_name("--home")) seen.home = word;
            if (pending->check_name("--db")) seen.db = word;
            pending = nullptr;
            continue;
        }
        if (starts_with(word, "--home=")) seen.home = word.substr(7);
        if (starts_with(word, "--db=")) seen.db = word.substr(5);
        if (starts_with(word, "-")) {
            CLI::Option* opt = find_option(app, word);
            if (opt != nullptr && takes_value(opt) && word.find('=') == std::string::npos) pending = opt;
            continue;
        }
        if (CLI::App* sub = given == 0 ? find_subcommand(app, word) : nullptr) {
            app = sub;
        } else {
            ++given;
        }
    }
    Sources sources(resolve_locations(seen));
    std::vector<std::string> candidates;
    std::string prefix;
    if (pending != nullptr) {
        candidates = option_values(pending, sources);
    } else if (auto eq = current.find('='); starts_with(current, "--") && eq != std::string::npos) {
        // --plan=sta: complete the value after the '=' and keep what comes before it.
        if (CLI::Option* opt = find_option(app, current)) {
            candidates = option_values(opt, sources);
            prefix = current.substr(0, eq + 1);
            current = current.substr(eq + 1);
        }
    } else {
        candidates = words_for(app, given, current, sources);
    }
    std::set<std::string> printed;
    for (const auto& c : candidates) {
        bool marker = c == kFilesMarker || c == kDirsMarker;
        if (!marker && !starts_with(c, current)) continue;
        if (printed.insert(c).second) out << (marker ? c : prefix + c) << '\n';
    }
    return out.flush() ? kExitOk : kExitFailure;
}

} // namespace sdmock::cli
