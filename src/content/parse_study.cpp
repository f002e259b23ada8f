#include "content/parsers.hpp"

namespace sdmock::detail {
namespace {

StudyPlan parse_study_plan(TableReader& r) {
    StudyPlan plan;
    plan.where = r.where("id");
    plan.id = r.id();
    plan.name = r.string("name");
    plan.description = r.string("description", Need::optional);
    plan.daily = r.strings("daily", Need::optional);
    plan.weekend = r.strings("weekend", Need::optional);
    plan.revisit = r.integers("revisit", Need::optional);
    Need cycle = plan.revisit.empty() ? Need::optional : Need::required;
    if (auto weeks = r.integer("revisit_weeks", cycle)) {
        plan.revisit_weeks = static_cast<int>(*weeks);
        if (*weeks < 1) r.diagnostics().error(r.where("revisit_weeks"), "'revisit_weeks' should be 1 or more");
    }
    int index = 0;
    for (const toml::table* t : r.tables("weeks")) {
        TableReader w(*t, r.file(), r.diagnostics(), "weeks[" + std::to_string(index++) + "]");
        StudyWeek week;
        week.first = static_cast<int>(w.integer("first").value_or(0));
        week.last = static_cast<int>(w.integer("last", Need::optional).value_or(week.first));
        if (week.last < week.first)
            r.diagnostics().error(w.where("last"), "'" + w.name("last") + "' (" + std::to_string(week.last) +
                                                       ") comes before 'first' (" + std::to_string(week.first) + ")");
        week.focus = w.string("focus");
        week.parts = w.integers("parts");
        week.practice = w.strings("practice");
        w.finish();
        plan.weeks.push_back(std::move(week));
    }
    return plan;
}

Checklist parse_checklist(TableReader& r) {
    Checklist list;
    list.where = r.where("id");
    list.id = r.id();
    list.name = r.string("name");
    list.description = r.string("description", Need::optional);
    int index = 0;
    for (const toml::table* t : r.tables("sections")) {
        TableReader s(*t, r.file(), r.diagnostics(), "sections[" + std::to_string(index++) + "]");
        ChecklistSection section;
        section.id = s.id();
        section.name = s.string("name");
        section.items = s.strings("items");
        if (s.has("items") && section.items.empty())
            r.diagnostics().error(s.where("items"), "'" + s.name("items") + "' should list at least one item");
        section.parts = s.integers("parts", Need::optional);
        s.finish();
        list.sections.push_back(std::move(section));
    }
    return list;
}

} // namespace

void parse_study(const toml::table& root, const std::string& file, Diagnostics& diagnostics, Content& into) {
    TableReader r(root, file, diagnostics);
    std::string kind = r.string("kind");
    if (kind == "study-plan") {
        into.study_plans.push_back(parse_study_plan(r));
    } else if (kind == "checklist") {
        into.checklists.push_back(parse_checklist(r));
    } else {
        if (!kind.empty())
            diagnostics.error(r.where("kind"),
                              "unknown kind \"" + kind + "\" of a study file; it is \"study-plan\" or \"checklist\"");
        return; // the rest of the file means nothing without its kind
    }
    r.finish();
}

} // namespace sdmock::detail
