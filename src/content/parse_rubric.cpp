#include "content/parsers.hpp"

namespace sdmock::detail {

Rubric parse_rubric(const toml::table& root, const std::string& file, Diagnostics& diagnostics) {
    TableReader r(root, file, diagnostics);
    Rubric rubric;
    rubric.id = r.id();
    rubric.name = r.string("name");
    int index = 0;
    for (const toml::table* t : r.tables("dimensions")) {
        TableReader d(*t, file, diagnostics, "dimensions[" + std::to_string(index++) + "]");
        Dimension dim;
        dim.id = d.id();
        dim.name = d.string("name");
        dim.asks = d.string("asks");
        dim.interviewer_asks = d.string("interviewer_asks", Need::optional);
        dim.score_1 = d.string("score_1");
        dim.score_3 = d.string("score_3");
        dim.score_5 = d.string("score_5");
        dim.parts_where = d.where("parts");
        dim.parts = d.integers("parts");
        dim.where = d.where("cards");
        dim.cards = d.strings("cards", Need::optional);
        dim.expects_where = d.where("expects");
        if (const toml::table* expects = d.table("expects")) {
            TableReader e(*expects, file, diagnostics, "dimensions[" + std::to_string(index - 1) + "].expects");
            for (std::size_t i = 0; i < kLevelIds.size(); ++i)
                dim.expects[i] = e.string(kLevelIds[i]);
            e.finish();
        }
        d.finish();
        rubric.dimensions.push_back(std::move(dim));
    }
    index = 0;
    for (const toml::table* t : r.tables("levels")) {
        TableReader l(*t, file, diagnostics, "levels[" + std::to_string(index++) + "]");
        Level level;
        level.where = l.where();
        level.id = l.id();
        level.name = l.string("name");
        level.summary = l.string("summary");
        l.finish();
        rubric.levels.push_back(std::move(level));
    }
    index = 0;
    for (const toml::table* t : r.tables("bands")) {
        TableReader b(*t, file, diagnostics, "bands[" + std::to_string(index++) + "]");
        Band band;
        band.id = b.id();
        band.min = static_cast<int>(b.integer("min").value_or(0));
        band.max = static_cast<int>(b.integer("max").value_or(-1));
        band.name = b.string("name");
        band.advice = b.string("advice");
        b.finish();
        rubric.bands.push_back(std::move(band));
    }
    index = 0;
    for (const toml::table* t : r.tables("mistakes", Need::optional)) {
        TableReader m(*t, file, diagnostics, "mistakes[" + std::to_string(index++) + "]");
        Mistake mistake;
        mistake.id = m.id();
        mistake.name = m.string("name");
        mistake.dimension = m.dimension("dimension");
        mistake.text = m.string("text");
        mistake.red_flag = m.boolean("red_flag", Need::optional).value_or(false);
        m.finish();
        rubric.mistakes.push_back(std::move(mistake));
    }
    r.finish();
    return rubric;
}

} // namespace sdmock::detail
