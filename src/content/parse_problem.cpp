#include "content/parsers.hpp"
#include "core/quantity.hpp"
#include "core/text.hpp"

namespace sdmock::detail {
namespace {

/// A list of `key`'s strings that must hold `low` to `high` items when given.
std::vector<std::string> counted(TableReader& r, std::string_view key, std::size_t low, std::size_t high) {
    auto items = r.strings(key, Need::optional);
    if (r.has(key) && (items.size() < low || items.size() > high))
        r.diagnostics().error(r.where(key), "'" + r.name(key) + "' should hold " + std::to_string(low) + " to " +
                                                std::to_string(high) + " items, found " + std::to_string(items.size()));
    return items;
}

std::vector<std::string> traits(TableReader& r) {
    auto words = counted(r, "traits", 1, 5);
    for (const auto& word : words)
        if (!is_trait(word))
            r.diagnostics().error(r.where("traits"),
                                  "'" + r.name("traits") + "' names \"" + word +
                                      "\", which is not a trait; the traits are: " +
                                      join(std::vector<std::string>(kTraits.begin(), kTraits.end()), ", "));
    return words;
}

/// `[key.replies]`: one string per clarifying question id.
std::vector<Reply> parse_replies(TableReader& key) {
    std::vector<Reply> out;
    const toml::table* table = key.table("replies", Need::optional);
    if (table == nullptr) return out;
    TableReader r(*table, key.file(), key.diagnostics(), "key.replies");
    for (const auto& [id, value] : *table) {
        std::string name(id.str());
        out.push_back({name, r.string(name)});
    }
    r.finish();
    return out;
}

std::vector<FollowUp> parse_follow_ups(TableReader& key) {
    std::vector<FollowUp> out;
    int index = 0;
    for (const toml::table* t : key.tables("follow_ups")) {
        TableReader r(*t, key.file(), key.diagnostics(), "key.follow_ups[" + std::to_string(index++) + "]");
        FollowUp f;
        f.question = r.string("question");
        f.dimension = r.dimension("dimension");
        f.points = counted(r, "points", 2, 4);
        f.hints = counted(r, "hints", 1, 2);
        r.finish();
        out.push_back(std::move(f));
    }
    return out;
}

AnswerKey parse_key(TableReader& key) {
    AnswerKey out;
    out.scope = key.string("scope");
    out.givens = counted(key, "givens", 3, 6);
    out.traits = traits(key);
    out.replies = parse_replies(key);
    out.functional = key.strings("functional");
    out.non_functional = key.strings("non_functional");
    out.assumptions = key.strings("assumptions");
    out.api = key.strings("api");
    out.architecture = key.strings("architecture");
    out.data_model = key.strings("data_model");
    out.risks = key.strings("risks");
    out.extensions = key.strings("extensions");
    int index = 0;
    for (const toml::table* t : key.tables("estimates")) {
        TableReader r(*t, key.file(), key.diagnostics(), "key.estimates[" + std::to_string(index++) + "]");
        Estimate e;
        e.name = r.string("name");
        e.value = r.number("value").value_or(0.0);
        e.unit = r.string("unit");
        if (!e.unit.empty())
            if (auto q = reference_quantity(1, e.unit); !q.quantity)
                key.diagnostics().error(r.where("unit"), "'unit' \"" + e.unit + "\" does not parse: " + q.error +
                                                             " (estimates are checked against it)");
        e.how = r.string("how");
        r.finish();
        out.estimates.push_back(std::move(e));
    }
    out.follow_ups = parse_follow_ups(key);
    return out;
}

} // namespace

Problem parse_problem(const toml::table& root, const std::string& file, Diagnostics& diagnostics) {
    TableReader r(root, file, diagnostics);
    Problem p;
    p.where = r.where("id");
    p.id = r.id();
    p.title = r.string("title");
    if (auto d = r.integer("difficulty")) {
        if (*d < 1 || *d > 3) diagnostics.error(r.where("difficulty"), "'difficulty' should be 1, 2 or 3");
        p.difficulty = static_cast<int>(*d);
    }
    p.prompt = r.string("prompt");
    p.focus = r.dimensions("focus");
    if (!p.focus.empty() && (p.focus.size() < 3 || p.focus.size() > 5))
        diagnostics.error(r.where("focus"),
                          "'focus' should name 3 to 5 dimensions, found " + std::to_string(p.focus.size()));
    p.parts_where = r.where("parts");
    p.parts = r.integers("parts");
    if (const toml::table* key = r.table("key")) {
        TableReader k(*key, file, diagnostics, "key");
        p.key = parse_key(k);
        k.finish();
    }
    r.finish();
    return p;
}

} // namespace sdmock::detail
