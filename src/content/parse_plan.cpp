#include "content/parsers.hpp"

namespace sdmock::detail {

Plan parse_plan(const toml::table& root, const std::string& file, Diagnostics& diagnostics) {
    TableReader r(root, file, diagnostics);
    Plan plan;
    plan.where = r.where("id");
    plan.id = r.id();
    plan.name = r.string("name");
    plan.description = r.string("description", Need::optional);
    int index = 0;
    for (const toml::table* t : r.tables("phases")) {
        TableReader pr(*t, file, diagnostics, "phases[" + std::to_string(index++) + "]");
        Phase phase;
        phase.id = pr.id();
        phase.name = pr.string("name");
        if (auto minutes = pr.number("minutes")) {
            if (*minutes <= 0 || *minutes > 600)
                diagnostics.error(pr.where("minutes"),
                                  "'minutes' of phase '" + phase.id + "' should be more than 0 and at most 600");
            phase.minutes = *minutes;
        }
        phase.goal = pr.string("goal");
        phase.checklist = pr.strings("checklist");
        phase.dimension = pr.dimension("dimension");
        phase.where = pr.where("cues");
        phase.cues = pr.strings("cues", Need::optional);
        pr.finish();
        plan.phases.push_back(std::move(phase));
    }
    r.finish();
    return plan;
}

} // namespace sdmock::detail
