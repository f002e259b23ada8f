#include "core/cue_scheduler.hpp"
#include "core/drill.hpp"
#include "core/text.hpp"
#include "support/shipped_content.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <set>
#include <tuple>

using namespace sdmock;
using namespace std::chrono_literals;
using sdmock::test::shipped_content;
using sdmock::test::shipped_plan;
using sdmock::test::shipped_problem;

namespace {

auto fields(const Cue& c) {
    return std::tie(c.phase, c.at, c.kind, c.text, c.dimension, c.source, c.area);
}

bool same(const std::vector<Cue>& a, const std::vector<Cue>& b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                      [](const Cue& x, const Cue& y) { return fields(x) == fields(y); });
}

std::vector<Cue> of(const std::vector<Cue>& cues, std::size_t phase, CueKind kind) {
    std::vector<Cue> out;
    for (const auto& c : cues)
        if (c.phase == phase && c.kind == kind) out.push_back(c);
    return out;
}

std::vector<Cue> of_kind(const std::vector<Cue>& cues, CueKind kind) {
    std::vector<Cue> out;
    std::copy_if(cues.begin(), cues.end(), std::back_inserter(out), [&](const Cue& c) { return c.kind == kind; });
    return out;
}

std::size_t phase_index(const Plan& plan, std::string_view id) {
    for (std::size_t i = 0; i < plan.phases.size(); ++i)
        if (plan.phases[i].id == id) return i;
    FAIL("plan " << plan.id << " has no phase " << id);
    return 0;
}

/// The single question set of `kind` the phase draws from, or nullptr.
const QuestionSet* set_of(const Phase& phase, SetKind kind) {
    for (const auto& id : phase.cues) {
        const QuestionSet* set = shipped_content().question_set(id);
        if (set != nullptr && set->kind == kind) return set;
    }
    return nullptr;
}

const Area* area_by_source(const QuestionSet& set, const std::string& source) {
    for (const auto& a : set.areas)
        if (set.id + "/" + a.id == source) return &a;
    return nullptr;
}

std::size_t count_fitting(Duration phase, Duration interval) {
    return static_cast<std::size_t>(std::max<Duration::rep>(1, phase.count() / interval.count()));
}

/// Checks the prompt rules for every prompts set of every phase of `plan`.
void check_prompts(const Plan& plan, const std::vector<Cue>& cues, const CuePacing& pacing) {
    for (std::size_t p = 0; p < plan.phases.size(); ++p) {
        const QuestionSet* set = set_of(plan.phases[p], SetKind::prompts);
        auto prompts = of(cues, p, CueKind::prompt);
        INFO("plan " << plan.id << ", phase " << plan.phases[p].id);
        if (set == nullptr) {
            REQUIRE(prompts.empty());
            continue;
        }
        Duration length = plan.phases[p].planned();
        std::size_t n = std::min(set->questions.size(), count_fitting(length, pacing.prompt_interval));
        REQUIRE(prompts.size() == n);
        std::size_t last_index = 0;
        for (std::size_t i = 0; i < n; ++i) {
            REQUIRE(prompts[i].source == set->id);
            REQUIRE(prompts[i].at == length / static_cast<Duration::rep>(n) * static_cast<Duration::rep>(i));
            if (i > 0) REQUIRE(prompts[i].at - prompts[i - 1].at >= std::min(pacing.prompt_interval, length));
            auto it = std::find_if(set->questions.begin(), set->questions.end(),
                                   [&](const Question& q) { return q.text == prompts[i].text; });
            REQUIRE(it != set->questions.end());
            REQUIRE(prompts[i].dimension == it->dimension);
            auto index = static_cast<std::size_t>(it - set->questions.begin());
            if (i > 0) REQUIRE(index > last_index); // file order
            last_index = index;
        }
    }
}

} // namespace

TEST_CASE("schedule_cues: the same seed gives the same schedule") {
    const auto& content = shipped_content();
    for (const auto& plan : content.plans) {
        auto a = schedule_cues(plan, shipped_problem("url-shortener"), content, 42);
        auto b = schedule_cues(plan, shipped_problem("url-shortener"), content, 42);
        INFO("plan " << plan.id);
        REQUIRE_FALSE(a.empty());
        REQUIRE(same(a, b));
    }
}

TEST_CASE("schedule_cues: a different seed gives a different selection and curveball") {
    const auto& content = shipped_content();
    const Plan& plan = shipped_plan("standard-45");
    const Problem& problem = shipped_problem("url-shortener");
    REQUIRE_FALSE(same(schedule_cues(plan, problem, content, 1), schedule_cues(plan, problem, content, 2)));

    // Over many seeds, both the prompt selection and the curveball vary.
    std::size_t requirements = phase_index(plan, "requirements");
    std::set<std::vector<std::string>> selections;
    std::set<std::string> curveballs;
    for (std::uint64_t seed = 1; seed <= 32; ++seed) {
        auto cues = schedule_cues(plan, problem, content, seed);
        std::vector<std::string> texts;
        for (const auto& c : of(cues, requirements, CueKind::prompt))
            texts.push_back(c.text);
        selections.insert(texts);
        for (const auto& c : of_kind(cues, CueKind::curveball))
            curveballs.insert(c.text);
    }
    REQUIRE(selections.size() > 1);
    REQUIRE(curveballs.size() > 1);
}

TEST_CASE("schedule_cues: prompts are at most one a minute, evenly paced, in file order") {
    const auto& content = shipped_content();
    for (const auto& plan : content.plans)
        for (std::uint64_t seed : {1ULL, 7ULL, 123456789ULL}) {
            auto cues = schedule_cues(plan, shipped_problem("twitter-feed"), content, seed);
            check_prompts(plan, cues, CuePacing{});
        }
}

namespace {

/// Checks the deep-dive rules for one plan and problem; returns the deep dive's probes.
std::vector<Cue> check_deep_dive(const Plan& plan, const Problem& problem, std::uint64_t seed,
                                 const CuePacing& pacing = {}) {
    const auto& content = shipped_content();
    std::size_t dive = phase_index(plan, "deep-dive");
    const QuestionSet* set = set_of(plan.phases[dive], SetKind::deep_dive);
    REQUIRE(set != nullptr);
    Duration length = plan.phases[dive].planned();
    auto all = schedule_cues(plan, problem, content, seed, pacing);
    auto probes = of(all, dive, CueKind::probe);
    std::size_t slots = count_fitting(length, pacing.probe_interval);
    REQUIRE(probes.size() == slots);

    // The problem's own follow-ups open the deep dive, then its main risk, then the area probes, by focus.
    auto is_follow_up = [&](const Cue& c) { return c.source == "problem/" + problem.id; };
    auto opening = static_cast<std::size_t>(std::count_if(probes.begin(), probes.end(), is_follow_up));
    auto wanted = std::max<std::size_t>(
        pacing.min_follow_ups, static_cast<std::size_t>(static_cast<double>(slots) * pacing.follow_up_share) - 1);
    REQUIRE(opening >= std::min(wanted, problem.key.follow_ups.size()));
    for (std::size_t i = 0; i < opening; ++i) {
        REQUIRE(is_follow_up(probes[i]));
        auto it = std::find_if(problem.key.follow_ups.begin(), problem.key.follow_ups.end(),
                               [&](const FollowUp& f) { return f.question == probes[i].text; });
        REQUIRE(it != problem.key.follow_ups.end());
        REQUIRE(probes[i].dimension == it->dimension);
    }
    REQUIRE_FALSE(problem.key.risks.empty());
    REQUIRE(probes.at(opening).source == "risk/" + problem.id);
    REQUIRE(probes[opening].text == risk_question(problem.key.risks.front()));
    REQUIRE_THAT(probes[opening].text, Catch::Contains(headline(problem.key.risks.front())));
    REQUIRE(probes[opening].dimension == plan.phases[dive].dimension);
    std::size_t last_rank = 0;
    for (std::size_t i = opening + 1; i < probes.size(); ++i) {
        const Area* area = area_by_source(*set, probes[i].source);
        REQUIRE(area != nullptr);
        REQUIRE(probes[i].area == area->name);
        REQUIRE(std::find(area->dimensions.begin(), area->dimensions.end(), probes[i].dimension) !=
                area->dimensions.end());
        auto rank = static_cast<std::size_t>(
            std::find(problem.focus.begin(), problem.focus.end(), probes[i].dimension) - problem.focus.begin());
        REQUIRE(rank < problem.focus.size());
        REQUIRE(rank >= last_rank);
        last_rank = rank;
    }

    // Every focus dimension asked about; none more than its share.
    std::size_t share = (slots + problem.focus.size() - 1) / problem.focus.size();
    for (const auto& dim : problem.focus) {
        INFO("focus dimension " << dim);
        REQUIRE(std::any_of(probes.begin(), probes.end(), [&](const Cue& c) { return c.dimension == dim; }));
    }
    for (const auto& dim : kDimensionIds) {
        INFO("dimension " << dim);
        REQUIRE(static_cast<std::size_t>(std::count_if(probes.begin(), probes.end(),
                                                       [&](const Cue& c) { return c.dimension == dim; })) <= share);
    }

    // No question twice in the session; evenly paced over the phase.
    std::set<std::string> texts;
    for (const auto& c : all)
        REQUIRE(texts.insert(c.text).second);
    for (std::size_t i = 0; i < probes.size(); ++i)
        REQUIRE(probes[i].at == length / static_cast<Duration::rep>(probes.size()) * static_cast<Duration::rep>(i));
    return probes;
}

} // namespace

TEST_CASE("schedule_cues: every problem's deep dive opens with its follow-ups and covers its focus") {
    for (const auto& plan_id : {"standard-45", "extended-60"})
        for (const auto& problem : shipped_content().problems) {
            INFO("plan " << plan_id << ", problem " << problem.id);
            check_deep_dive(shipped_plan(plan_id), problem, 5);
        }
}

TEST_CASE("schedule_cues: url-shortener's deep dive asks about caching and two of its own follow-ups") {
    const Problem& problem = shipped_problem("url-shortener");
    auto probes = check_deep_dive(shipped_plan("standard-45"), problem, 11);
    REQUIRE(std::any_of(probes.begin(), probes.end(), [](const Cue& c) { return c.dimension == "caching"; }));
    REQUIRE(std::count_if(probes.begin(), probes.end(),
                          [](const Cue& c) { return c.source == "problem/url-shortener"; }) >= 2);
    // Focus is estimation, data, caching, scaling and no follow-up is on estimation: data's comes first.
    REQUIRE(probes.front().dimension == "data");
    REQUIRE(probes.front().text.find("unique codes") != std::string::npos);
}

TEST_CASE("schedule_cues: a curveball fits the problem by its traits, and lands in the deep dive only") {
    Content content = shipped_content();
    QuestionSet* set = nullptr;
    for (auto& s : content.question_sets)
        if (s.kind == SetKind::curveballs) set = &s;
    REQUIRE(set != nullptr);
    REQUIRE(set->questions.size() > 2);
    for (auto& q : set->questions)
        q.traits = {"search"};
    set->questions[1].traits = {"read-heavy", "money"};
    Problem problem = shipped_problem("url-shortener");
    problem.key.traits = {"read-heavy", "infrastructure"};
    REQUIRE(curveball_fits(set->questions[1], problem));
    REQUIRE_FALSE(curveball_fits(set->questions[0], problem));
    Question any = set->questions[0];
    any.traits.clear();
    REQUIRE(curveball_fits(any, problem));

    Plan plan = shipped_plan("standard-45");
    for (std::uint64_t seed = 1; seed <= 20; ++seed) {
        auto curveballs = of_kind(schedule_cues(plan, problem, content, seed), CueKind::curveball);
        REQUIRE(curveballs.size() == 1);
        REQUIRE(curveballs[0].text == set->questions[1].text);
    }
    problem.key.traits = {"geo"}; // fits none of them: no curveball at all
    REQUIRE(of_kind(schedule_cues(plan, problem, content, 3), CueKind::curveball).empty());

    problem.key.traits = {"read-heavy"};
    plan.phases[0].cues.push_back(set->id); // a plan that offers curveballs while requirements are taken
    auto cues = schedule_cues(plan, problem, content, 4);
    REQUIRE(of(cues, 0, CueKind::curveball).empty());
    REQUIRE(of(cues, phase_index(plan, "deep-dive"), CueKind::curveball).size() == 1);
}

TEST_CASE("schedule_cues: one curveball in the deep dive of standard-45, due in its middle half") {
    const auto& content = shipped_content();
    const Plan& plan = shipped_plan("standard-45");
    std::size_t dive = phase_index(plan, "deep-dive");
    const QuestionSet* set = set_of(plan.phases[dive], SetKind::curveballs);
    REQUIRE(set != nullptr);
    Duration length = plan.phases[dive].planned();
    const CuePacing pacing;
    for (std::uint64_t seed = 0; seed < 200; ++seed) {
        auto curveballs = of_kind(schedule_cues(plan, shipped_problem("uber"), content, seed), CueKind::curveball);
        INFO("seed " << seed);
        REQUIRE(curveballs.size() == 1);
        const Cue& c = curveballs[0];
        REQUIRE(c.phase == dive);
        REQUIRE(c.source == set->id);
        auto ms = static_cast<double>(c.at.count());
        REQUIRE(ms >= static_cast<double>(length.count()) * pacing.curveball_from - 1.0);
        REQUIRE(ms <= static_cast<double>(length.count()) * pacing.curveball_to);
        REQUIRE(std::any_of(set->questions.begin(), set->questions.end(),
                            [&](const Question& q) { return q.text == c.text && q.dimension == c.dimension; }));
    }
}

TEST_CASE("schedule_cues: mini-25 has no deep dive, so no probes and no curveball") {
    const auto& content = shipped_content();
    const Plan& plan = shipped_plan("mini-25");
    for (const auto& phase : plan.phases) {
        REQUIRE(set_of(phase, SetKind::deep_dive) == nullptr);
        REQUIRE(set_of(phase, SetKind::curveballs) == nullptr);
    }
    for (std::uint64_t seed = 0; seed < 20; ++seed) {
        auto cues = schedule_cues(plan, shipped_problem("uber"), content, seed);
        REQUIRE_FALSE(cues.empty());
        REQUIRE(of_kind(cues, CueKind::curveball).empty());
        REQUIRE(of_kind(cues, CueKind::probe).empty());
    }
}

TEST_CASE("schedule_cues: cues are sorted by phase, then time") {
    const auto& content = shipped_content();
    for (const auto& plan : content.plans)
        for (std::uint64_t seed = 0; seed < 20; ++seed) {
            auto cues = schedule_cues(plan, shipped_problem("youtube"), content, seed);
            INFO("plan " << plan.id << ", seed " << seed);
            REQUIRE(std::is_sorted(cues.begin(), cues.end(), [](const Cue& a, const Cue& b) {
                return std::tie(a.phase, a.at) < std::tie(b.phase, b.at);
            }));
            for (const auto& c : cues) {
                REQUIRE(c.phase < plan.phases.size());
                REQUIRE(c.at >= 0ms);
                REQUIRE(c.at < plan.phases[c.phase].planned());
            }
        }
}

TEST_CASE("schedule_cues: a custom CuePacing changes the counts") {
    const auto& content = shipped_content();
    const Plan& plan = shipped_plan("standard-45");
    const Problem& problem = shipped_problem("url-shortener");
    CuePacing pacing;
    pacing.prompt_interval = 2min;
    pacing.probe_interval = 3min;
    pacing.curveball_from = 0.5;
    pacing.curveball_to = 0.5;
    auto custom = schedule_cues(plan, problem, content, 9, pacing);
    auto standard = schedule_cues(plan, problem, content, 9);

    check_prompts(plan, custom, pacing);
    std::size_t requirements = phase_index(plan, "requirements");
    REQUIRE(of(custom, requirements, CueKind::prompt).size() < of(standard, requirements, CueKind::prompt).size());

    std::size_t dive = phase_index(plan, "deep-dive");
    Duration length = plan.phases[dive].planned();
    REQUIRE(check_deep_dive(plan, problem, 9, pacing).size() == 6); // 18 minutes, one every 3
    REQUIRE(of(standard, dive, CueKind::probe).size() == 12);

    auto curveballs = of_kind(custom, CueKind::curveball);
    REQUIRE(curveballs.size() == 1);
    REQUIRE(curveballs[0].at == length / 2);
}

namespace {

Cue make_cue(std::size_t phase, Duration at, CueKind kind, std::string text) {
    Cue c;
    c.phase = phase;
    c.at = at;
    c.kind = kind;
    c.text = std::move(text);
    return c;
}

/// Phase 0: three prompts; phase 1: a probe, a curveball, a probe.
CueBoard small_board() {
    return CueBoard({make_cue(0, 10s, CueKind::prompt, "a"), make_cue(0, 40s, CueKind::prompt, "b"),
                     make_cue(0, 70s, CueKind::prompt, "c"), make_cue(1, 0s, CueKind::probe, "d"),
                     make_cue(1, 30s, CueKind::curveball, "e"), make_cue(1, 60s, CueKind::probe, "f")});
}

} // namespace

TEST_CASE("CueBoard: nothing is waiting before the first cue is due") {
    CueBoard board = small_board();
    REQUIRE(board.waiting(0, 0ms).empty());
    REQUIRE(board.waiting(0, 9999ms).empty());
    REQUIRE_FALSE(board.current(0, 9999ms).has_value());
    REQUIRE(board.waiting(0, 10s) == std::vector<std::size_t>{0});
    REQUIRE(board.current(0, 10s) == std::size_t{0});
    // Cues of another phase never show up.
    REQUIRE(board.waiting(2, 1h).empty());
    for (auto i : board.waiting(0, 1h))
        REQUIRE(board.cue(i).phase == 0);
}

TEST_CASE("CueBoard: waiting lists due unanswered cues, oldest first") {
    CueBoard board = small_board();
    REQUIRE(board.waiting(0, 45s) == std::vector<std::size_t>{0, 1});
    REQUIRE(board.waiting(0, 70s) == std::vector<std::size_t>{0, 1, 2});
    REQUIRE(board.current(0, 70s) == std::size_t{0});
}

TEST_CASE("CueBoard: answered and skipped cues stop waiting") {
    CueBoard board = small_board();
    REQUIRE(board.state(1) == CueState::pending);
    board.mark(1, CueState::answered);
    REQUIRE(board.state(1) == CueState::answered);
    REQUIRE(board.waiting(0, 70s) == std::vector<std::size_t>{0, 2});
    board.mark(0, CueState::skipped);
    REQUIRE(board.state(0) == CueState::skipped);
    REQUIRE(board.waiting(0, 70s) == std::vector<std::size_t>{2});
    REQUIRE(board.current(0, 70s) == std::size_t{2});
    board.mark(2, CueState::answered);
    REQUIRE(board.waiting(0, 1h).empty());
    REQUIRE_FALSE(board.current(0, 1h).has_value());
    REQUIRE_THROWS_AS(board.mark(board.schedule().size(), CueState::answered), std::out_of_range);
}

TEST_CASE("CueBoard: current prefers a due curveball") {
    CueBoard board = small_board();
    REQUIRE(board.current(1, 29s) == std::size_t{3});
    REQUIRE(board.current(1, 30s) == std::size_t{4});
    REQUIRE(board.current(1, 90s) == std::size_t{4});
    board.mark(4, CueState::answered);
    REQUIRE(board.current(1, 90s) == std::size_t{3});
}

TEST_CASE("CueBoard: next_due gives the time of the next cue of the phase") {
    CueBoard board = small_board();
    REQUIRE(board.next_due(0, 0ms) == 10s);
    REQUIRE(board.next_due(0, 10s) == 40s);
    REQUIRE(board.next_due(0, 69999ms) == 70s);
    REQUIRE_FALSE(board.next_due(0, 70s).has_value());
    REQUIRE(board.next_due(1, 0ms) == 30s);
    REQUIRE_FALSE(board.next_due(2, 0ms).has_value());
}

TEST_CASE("CueBoard: find locates a cue by phase and text") {
    CueBoard board = small_board();
    REQUIRE(board.find(1, "e") == std::size_t{4});
    REQUIRE(board.find(0, "b") == std::size_t{1});
    REQUIRE_FALSE(board.find(0, "e").has_value());
    REQUIRE_FALSE(board.find(1, "no such text").has_value());
}

TEST_CASE("CueBoard: over a real schedule the curveball takes the floor when it lands") {
    const auto& content = shipped_content();
    const Plan& plan = shipped_plan("standard-45");
    auto cues = schedule_cues(plan, shipped_problem("pastebin"), content, 77);
    CueBoard board(cues);
    auto curveball = of_kind(cues, CueKind::curveball).at(0);
    auto index = board.find(curveball.phase, curveball.text);
    REQUIRE(index.has_value());
    REQUIRE(board.cue(*index).kind == CueKind::curveball);

    Duration before = curveball.at - 1ms;
    auto shown = board.current(curveball.phase, before);
    REQUIRE(shown.has_value()); // the first probe is due at 0:00
    REQUIRE(board.cue(*shown).kind == CueKind::probe);
    REQUIRE(board.current(curveball.phase, curveball.at) == index);
}

TEST_CASE("schedule_cues: a drill's focus keeps every deep-dive rule, for every problem and probed dimension") {
    Plan dive = drill_plan(shipped_plan("standard-45"), kDeepDivePhase);
    const QuestionSet* set = set_of(dive.phases.front(), SetKind::deep_dive);
    REQUIRE(set != nullptr);
    std::set<std::string> probed; // a focus no area probes (requirements, communication) has no question to ask
    for (const auto& area : set->areas)
        probed.insert(area.dimensions.begin(), area.dimensions.end());
    REQUIRE(probed.count("caching") == 1);
    for (const auto& problem : shipped_content().problems)
        for (const auto& dim : probed) {
            INFO("problem " << problem.id << ", focus " << dim);
            check_deep_dive(dive, drill_problem(problem, dim), 3);
        }
}
