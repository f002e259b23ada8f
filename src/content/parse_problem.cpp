#include "content/parsers.hpp"

namespace sdmock::detail {
namespace {

AnswerKey parse_key(TableReader& key) {
    AnswerKey out;
    out.scope = key.string("scope");
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
        e.how = r.string("how");
        r.finish();
        out.estimates.push_back(std::move(e));
    }
    index = 0;
    for (const toml::table* t : key.tables("follow_ups")) {
        TableReader r(*t, key.file(), key.diagnostics(), "key.follow_ups[" + std::to_string(index++) + "]");
        FollowUp f;
        f.question = r.string("question");
        f.dimension = r.dimension("dimension");
        r.finish();
        out.follow_ups.push_back(std::move(f));
    }
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
        diagnostics.error(r.where("focus"), "'focus' should name 3 to 5 dimensions, found " +
                                                std::to_string(p.focus.size()));
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
