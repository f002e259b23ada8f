#include "content/loader.hpp"

#include "content/parsers.hpp"
#include "core/scorecard.hpp"
#include "core/text.hpp"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

namespace fs = std::filesystem;

namespace sdmock {
namespace {

constexpr std::string_view kRubricFile = "rubrics/system-design-12.toml";
constexpr std::string_view kGuideFile = "prompts/guide.toml";
constexpr std::string_view kRotationFile = "prompts/rotation.toml";

std::optional<toml::table> parse_text(std::string_view text, const std::string& name, Diagnostics& diagnostics) {
    try {
        return toml::parse(text, std::string_view{name});
    } catch (const toml::parse_error& e) {
        // toml++ says "Error while parsing array: encountered end-of-file"; in our voice, lower case.
        std::string message(e.description());
        if (message.rfind("Error while ", 0) == 0) message.erase(0, 12);
        if (!message.empty()) message[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(message[0])));
        diagnostics.error(detail::location(name, e.source()), message);
    }
    return std::nullopt;
}

std::vector<fs::path> toml_files(const fs::path& dir) {
    std::vector<fs::path> out;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(dir, ec)) {
        if (entry.path().extension() == ".toml" && entry.is_regular_file(ec)) out.push_back(entry.path());
    }
    std::sort(out.begin(), out.end());
    return out;
}

/// The file's name without `.toml` must be the id it holds.
void check_named_after(const std::string& id, const SourceLocation& where, Diagnostics& diagnostics) {
    if (id.empty()) return;
    std::string stem = fs::path(where.file).stem().string();
    if (stem != id)
        diagnostics.error(where, "id \"" + id + "\" does not match the file name: rename the file to " + id +
                                     ".toml or the id to \"" + stem + "\"");
}

template <typename T> void check_unique(const std::vector<T>& items, std::string_view what, Diagnostics& diagnostics) {
    std::map<std::string, const T*> first;
    for (const auto& item : items) {
        if (item.id.empty()) continue;
        auto [it, inserted] = first.emplace(item.id, &item);
        if (!inserted)
            diagnostics.error(item.where, "duplicate " + std::string(what) + " id \"" + item.id +
                                              "\" (first defined at " + it->second->where.file + ":" +
                                              std::to_string(it->second->where.line) + ")");
    }
}

void check_rubric(const Rubric& rubric, const std::string& file, Diagnostics& diagnostics) {
    SourceLocation top{file, 1, 1};
    std::vector<std::string> ids;
    for (const auto& d : rubric.dimensions)
        ids.push_back(d.id);
    std::vector<std::string> expected(kDimensionIds.begin(), kDimensionIds.end());
    if (!ids.empty() && ids != expected)
        diagnostics.error(top, "the rubric must list exactly these " + std::to_string(kDimensionCount) +
                                   " dimensions in this order: " + join(expected, ", "));
    std::vector<std::string> levels;
    for (const auto& l : rubric.levels)
        levels.push_back(l.id);
    std::vector<std::string> wanted(kLevelIds.begin(), kLevelIds.end());
    for (const auto& id : wanted)
        if (std::find(levels.begin(), levels.end(), id) == levels.end())
            diagnostics.error(top, "the rubric has no [[levels]] entry with id \"" + id + "\"; it needs " +
                                       join(wanted, ", ") + " in this order");
    if (levels.size() == wanted.size() && levels != wanted)
        diagnostics.error(rubric.levels.front().where,
                          "the rubric's [[levels]] must come in this order: " + join(wanted, ", "));
    for (const auto& l : rubric.levels)
        if (!l.id.empty() && !is_level(l.id))
            diagnostics.error(l.where, "unknown level \"" + l.id + "\"; the levels are " + join(wanted, ", "));
    std::vector<Band> bands = rubric.bands;
    std::sort(bands.begin(), bands.end(), [](const Band& a, const Band& b) { return a.min < b.min; });
    int next = static_cast<int>(kDimensionIds.size()); // the lowest possible total: all ones
    for (const auto& band : bands) {
        if (band.min > band.max) {
            diagnostics.error(top, "band \"" + band.id + "\" has min " + std::to_string(band.min) + " above max " +
                                       std::to_string(band.max));
            continue;
        }
        if (band.min != next)
            diagnostics.error(top, "bands leave a gap or overlap at total " + std::to_string(std::min(band.min, next)) +
                                       " (band \"" + band.id + "\" starts at " + std::to_string(band.min) + ")");
        next = band.max + 1;
    }
    if (!bands.empty() && next != rubric.max_total() + 1)
        diagnostics.error(top, "bands should end at total " + std::to_string(rubric.max_total()) + ", they end at " +
                                   std::to_string(next - 1));
}

/// The ids of the clarifying questions (questions with an id in a set of kind prompts); two with
/// one id in a set are an error.
std::vector<std::string> clarifying_ids(const Content& content, Diagnostics& diagnostics) {
    std::vector<std::string> ids;
    for (const auto& set : content.question_sets) {
        if (set.kind != SetKind::prompts) continue;
        std::set<std::string> seen;
        for (const auto& q : set.questions) {
            if (q.id.empty()) continue;
            if (!seen.insert(q.id).second)
                diagnostics.error(set.where,
                                  "question set \"" + set.id + "\" has two questions with id \"" + q.id + "\"");
            else
                ids.push_back(q.id);
        }
    }
    return ids;
}

/// Every problem gives the interviewer's reply to each clarifying question, and none to a question
/// that does not exist.
void check_replies(const Content& content, Diagnostics& diagnostics) {
    auto ids = clarifying_ids(content, diagnostics);
    for (const auto& problem : content.problems) {
        for (const auto& id : ids)
            if (problem.key.reply(id) == nullptr)
                diagnostics.error(problem.where, "problem \"" + problem.id +
                                                     "\" has no reply to clarifying question \"" + id +
                                                     "\" in [key.replies]");
        for (const auto& reply : problem.key.replies)
            if (std::find(ids.begin(), ids.end(), reply.question) == ids.end())
                diagnostics.error(problem.where, "problem \"" + problem.id + "\" replies to \"" + reply.question +
                                                     "\", which is not the id of a clarifying question");
    }
}

/// The interviewer's script is whole: every problem hands over figures for the estimation, says
/// what kind of problem it is, and gives points and hints for each follow-up.
void check_script(const Content& content, Diagnostics& diagnostics) {
    for (const auto& problem : content.problems) {
        auto missing = [&](const std::string& what) {
            diagnostics.error(problem.where, "problem \"" + problem.id + "\" has no " + what);
        };
        if (problem.key.givens.empty()) missing("'givens' in [key] (the figures handed over for estimation)");
        if (problem.key.traits.empty()) missing("'traits' in [key] (which curveballs fit it)");
        for (std::size_t i = 0; i < problem.key.follow_ups.size(); ++i) {
            const FollowUp& f = problem.key.follow_ups[i];
            std::string which = "key.follow_ups[" + std::to_string(i) + "]";
            if (f.points.empty()) missing("'points' in " + which + " (what a strong answer mentions)");
            if (f.hints.empty()) missing("'hints' in " + which);
        }
    }
}

/// A study plan's rows run from week 1 with no gap or overlap, and it has at least one.
void check_study_plan(const StudyPlan& plan, Diagnostics& diagnostics) {
    if (plan.weeks.empty()) return; // the reader has reported the missing [[weeks]]
    int next = 1;
    for (std::size_t i = 0; i < plan.weeks.size(); ++i) {
        const StudyWeek& w = plan.weeks[i];
        if (w.first == 0 || w.last < w.first) return; // reported where it was read
        if (w.first != next) {
            diagnostics.error(plan.where, "study plan \"" + plan.id + "\": weeks[" + std::to_string(i) +
                                              "] starts at week " + std::to_string(w.first) + " where week " +
                                              std::to_string(next) +
                                              " was expected (rows run from week 1 in order, no gap or overlap)");
            return;
        }
        next = w.last + 1;
    }
}

/// A checklist has sections, each id once.
void check_checklist(const Checklist& list, Diagnostics& diagnostics) {
    std::set<std::string> seen;
    for (const auto& s : list.sections)
        if (!s.id.empty() && !seen.insert(s.id).second)
            diagnostics.error(list.where, "checklist \"" + list.id + "\" has two sections with id \"" + s.id + "\"");
}

/// Two Parts with one number are an error naming both places.
void check_guide(const Guide& guide, Diagnostics& diagnostics) {
    std::map<int, const GuidePart*> first;
    for (const auto& part : guide.parts) {
        if (part.number == 0) continue;
        auto [it, inserted] = first.emplace(part.number, &part);
        if (!inserted)
            diagnostics.error(part.where, "duplicate Part number " + std::to_string(part.number) +
                                              " (first defined at " + it->second->where.file + ":" +
                                              std::to_string(it->second->where.line) + ")");
    }
}

/// Every Part number a problem, a rubric dimension or a question points to has a title in the guide.
void check_parts(const Content& content, Diagnostics& diagnostics) {
    auto untitled = [&](const SourceLocation& where, const std::string& who, int number) {
        diagnostics.error(where, who + " names Part " + std::to_string(number) + ", which has no title in " +
                                     std::string(kGuideFile));
    };
    for (const auto& problem : content.problems)
        for (int n : problem.parts)
            if (content.part(n) == nullptr) untitled(problem.parts_where, "problem \"" + problem.id + "\"", n);
    for (const auto& dim : content.rubric.dimensions)
        for (int n : dim.parts)
            if (content.part(n) == nullptr) untitled(dim.parts_where, "dimension \"" + dim.id + "\"", n);
    for (const auto& set : content.question_sets)
        for (std::size_t i = 0; i < set.questions.size(); ++i)
            if (int n = set.questions[i].part; n != 0 && content.part(n) == nullptr)
                untitled(set.where, "questions[" + std::to_string(i) + "] of \"" + set.id + "\"", n);
    for (const auto& plan : content.study_plans) {
        for (int n : plan.revisit)
            if (content.part(n) == nullptr) untitled(plan.where, "study plan \"" + plan.id + "\" ('revisit')", n);
        for (std::size_t i = 0; i < plan.weeks.size(); ++i)
            for (int n : plan.weeks[i].parts)
                if (content.part(n) == nullptr)
                    untitled(plan.where, "weeks[" + std::to_string(i) + "] of study plan \"" + plan.id + "\"", n);
    }
    for (const auto& list : content.checklists)
        for (std::size_t i = 0; i < list.sections.size(); ++i)
            for (int n : list.sections[i].parts)
                if (content.part(n) == nullptr)
                    untitled(list.where, "sections[" + std::to_string(i) + "] of checklist \"" + list.id + "\"", n);
    for (const auto& stage : content.rotation)
        if (content.part(stage.part) == nullptr)
            untitled(stage.where, "the rotation stage \"" + stage.name + "\"", stage.part);
}

void check_references(const Content& content, bool cards_complete, Diagnostics& diagnostics) {
    check_replies(content, diagnostics);
    check_script(content, diagnostics);
    for (const auto& plan : content.plans) {
        std::map<std::string, int> seen;
        for (const auto& phase : plan.phases) {
            if (!phase.id.empty() && ++seen[phase.id] == 2)
                diagnostics.error(plan.where, "plan \"" + plan.id + "\" has two phases with id \"" + phase.id + "\"");
            for (const auto& cue : phase.cues)
                if (content.question_set(cue) == nullptr)
                    diagnostics.error(phase.where, "phase \"" + phase.id + "\" draws cues from question set \"" + cue +
                                                       "\", which does not exist in prompts/questions/");
        }
    }
    for (const auto& stage : content.rotation)
        for (const auto& id : stage.problems)
            if (content.problem(id) == nullptr)
                diagnostics.warning(stage.where, "the rotation stage \"" + stage.name + "\" names problem \"" + id +
                                                     "\", which does not exist in prompts/problems/ (today skips it)");
    if (!cards_complete) return; // a card file that did not load would make every reference to it look wrong
    for (const auto& dim : content.rubric.dimensions)
        for (const auto& card : dim.cards)
            if (content.card(card) == nullptr)
                diagnostics.error(dim.where, "dimension \"" + dim.id + "\" names study card \"" + card +
                                                 "\", which does not exist in prompts/cards/");
}

std::optional<std::string> read_file(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

void load_folder(const fs::path& home, std::string_view folder, LoadResult& into, bool required = true) {
    fs::path dir = home / "prompts" / folder;
    std::string rel = "prompts/" + std::string(folder);
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) {
        if (!required) return;
        into.diagnostics.error({rel, 0, 0}, "folder not found under " + home.string());
        return;
    }
    for (const auto& path : toml_files(dir)) {
        std::string name = rel + "/" + path.filename().string();
        auto text = read_file(path);
        if (!text) {
            into.diagnostics.error({name, 0, 0}, "cannot be read");
            continue;
        }
        ++into.files;
        load_one(folder, *text, name, into);
    }
}

} // namespace

void load_one(std::string_view kind, std::string_view text, std::string_view name, LoadResult& into) {
    std::string file(name);
    auto table = parse_text(text, file, into.diagnostics);
    if (!table) {
        if (kind == "cards") into.cards_complete = false;
        if (kind == "guide") into.guide_complete = false;
        return;
    }
    Diagnostics& d = into.diagnostics;
    Content& c = into.content;
    if (kind == "problems") {
        c.problems.push_back(detail::parse_problem(*table, file, d));
        check_named_after(c.problems.back().id, c.problems.back().where, d);
    } else if (kind == "plans") {
        c.plans.push_back(detail::parse_plan(*table, file, d));
        check_named_after(c.plans.back().id, c.plans.back().where, d);
    } else if (kind == "questions") {
        c.question_sets.push_back(detail::parse_question_set(*table, file, d));
        check_named_after(c.question_sets.back().id, c.question_sets.back().where, d);
    } else if (kind == "cards") {
        for (auto& card : detail::parse_cards(*table, file, d))
            c.cards.push_back(std::move(card));
    } else if (kind == "study") {
        std::size_t plans = c.study_plans.size();
        std::size_t lists = c.checklists.size();
        detail::parse_study(*table, file, d, c);
        if (c.study_plans.size() > plans) {
            check_named_after(c.study_plans.back().id, c.study_plans.back().where, d);
            check_study_plan(c.study_plans.back(), d);
        }
        if (c.checklists.size() > lists) {
            check_named_after(c.checklists.back().id, c.checklists.back().where, d);
            check_checklist(c.checklists.back(), d);
        }
    } else if (kind == "guide") {
        c.guide = detail::parse_guide(*table, file, d);
        check_guide(c.guide, d);
    } else if (kind == "rotation") {
        c.rotation = detail::parse_rotation(*table, file, d);
    } else if (kind == "rubrics") {
        c.rubric = detail::parse_rubric(*table, file, d);
        check_rubric(c.rubric, file, d);
    }
}

LoadResult load_content(const fs::path& home) {
    LoadResult result;
    for (std::string_view folder : {"problems", "plans", "questions", "cards"})
        load_folder(home, folder, result);
    load_folder(home, "study", result, false); // a home without study plans or checklists is still whole
    std::string rubric_name(kRubricFile);
    if (auto text = read_file(home / kRubricFile)) {
        ++result.files;
        load_one("rubrics", *text, rubric_name, result);
    } else {
        result.diagnostics.error({rubric_name, 0, 0}, "not found under " + home.string());
    }
    std::string guide_name(kGuideFile);
    if (auto text = read_file(home / kGuideFile)) {
        ++result.files;
        load_one("guide", *text, guide_name, result);
    } else {
        result.diagnostics.error({guide_name, 0, 0}, "not found under " + home.string());
        result.guide_complete = false;
    }
    // The walkthrough rotation is optional: without it `sdmock today` picks by the history alone.
    if (auto text = read_file(home / kRotationFile)) {
        ++result.files;
        load_one("rotation", *text, std::string(kRotationFile), result);
    }
    check_unique(result.content.problems, "problem", result.diagnostics);
    check_unique(result.content.plans, "plan", result.diagnostics);
    check_unique(result.content.question_sets, "question set", result.diagnostics);
    check_unique(result.content.cards, "card", result.diagnostics);
    check_unique(result.content.study_plans, "study plan", result.diagnostics);
    check_unique(result.content.checklists, "checklist", result.diagnostics);
    check_references(result.content, result.cards_complete, result.diagnostics);
    // A guide that did not load would make every Part number look untitled.
    if (result.guide_complete) check_parts(result.content, result.diagnostics);
    if (result.content.problems.empty()) result.diagnostics.error({"prompts/problems", 0, 0}, "holds no problem");
    if (result.content.plans.empty()) result.diagnostics.error({"prompts/plans", 0, 0}, "holds no plan");
    return result;
}

} // namespace sdmock
