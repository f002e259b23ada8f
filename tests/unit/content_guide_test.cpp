// The shipped content against the guide: the audit's corrections stay in, and the trade-off
// tables, the mistakes and red flags, the study plans and the checklist load and link up.
#include "content/loader.hpp"
#include "core/review.hpp"
#include "report/review_view.hpp"
#include "support/builders.hpp"
#include "support/diagnostics.hpp"
#include "support/shipped_content.hpp"
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <set>

using namespace sdmock;
using sdmock::test::find_diagnostic;
using sdmock::test::shipped_content;
using sdmock::test::shipped_problem;

namespace {

bool contains(const std::string& text, std::string_view part) {
    return text.find(part) != std::string::npos;
}

/// Every text a candidate or an interviewer can read: cards, question answers, the answer keys.
std::vector<std::string> all_texts(const Content& c) {
    std::vector<std::string> out;
    for (const auto& card : c.cards)
        out.push_back(card.text);
    for (const auto& set : c.question_sets)
        for (const auto& q : set.questions)
            out.push_back(q.text + " " + q.answer);
    for (const auto& p : c.problems) {
        for (const auto& e : p.key.estimates)
            out.push_back(e.how);
        for (const auto& list : {p.key.assumptions, p.key.architecture, p.key.risks, p.key.extensions})
            for (const auto& line : list)
                out.push_back(line);
        for (const auto& f : p.key.follow_ups)
            for (const auto& point : f.points)
                out.push_back(point);
    }
    return out;
}

const Estimate& estimate(const Problem& p, std::string_view name) {
    auto it =
        std::find_if(p.key.estimates.begin(), p.key.estimates.end(), [&](const Estimate& e) { return e.name == name; });
    INFO(p.id << ": estimate " << name);
    REQUIRE(it != p.key.estimates.end());
    return *it;
}

bool has_follow_up(const Problem& p, std::string_view dimension, std::string_view word) {
    return std::any_of(p.key.follow_ups.begin(), p.key.follow_ups.end(),
                       [&](const FollowUp& f) { return f.dimension == dimension && contains(f.question, word); });
}

bool in_focus(const Problem& p, std::string_view dimension) {
    return std::find(p.focus.begin(), p.focus.end(), dimension) != p.focus.end();
}

} // namespace

TEST_CASE("content: the audit's corrections are in every place the wrong claim was") {
    const Content& c = shipped_content();
    for (const auto& text : all_texts(c)) {
        INFO(text);
        REQUIRE_FALSE(contains(text, "$1.25 per GB"));         // DynamoDB storage is ~$0.25
        REQUIRE_FALSE(contains(text, "LIST results can lag")); // S3 is strongly consistent since 2020
        REQUIRE_FALSE(contains(text, "LRU by default"));       // Redis defaults to noeviction
        REQUIRE_FALSE(contains(text, "need L4 balancing"));    // WebSockets pass through L7
        REQUIRE_FALSE(contains(text, "suits long-lived connections such as WebSockets"));
        // Keeping every failed trace needs the tail-based kind of sampling.
        if (contains(text, "every failed") || contains(text, "every error")) REQUIRE(contains(text, "tail"));
    }
    REQUIRE(contains(c.card("redis-cache")->text, "noeviction"));
    REQUIRE(contains(c.card("blob-storage")->text, "$0.25"));
    REQUIRE(contains(c.card("load-balancer")->text, "L7"));

    // url-shortener: 4,000/s is the average; the peak has its factor, as in every other problem.
    const Problem& url = shipped_problem("url-shortener");
    REQUIRE(estimate(url, "peak read QPS").value == 3 * estimate(url, "read QPS").value);
    REQUIRE(contains(url.key.scope, "average"));
    // stack-overflow: the edge hit ratio is stated, not taken as 100%.
    const Problem& so = shipped_problem("stack-overflow");
    REQUIRE(estimate(so, "origin QPS after the CDN").value > 700);
    REQUIRE(std::any_of(so.key.assumptions.begin(), so.key.assumptions.end(),
                        [](const std::string& a) { return contains(a, "hit ratio"); }));
    // metrics: ten tag keys are not ten series; the series multiply by the tag values.
    const Problem& metrics = shipped_problem("metrics-monitoring");
    REQUIRE_FALSE(contains(estimate(metrics, "active time series").how, "x 10 tag combinations"));
    REQUIRE(contains(metrics.key.scope, "cardinality"));
    REQUIRE(estimate(metrics, "series of one metric tagged by host, endpoint and status").value == 100000);
}

TEST_CASE("content: the framework's seven trade-off tables and Part 28's matrices are cards the dimensions link") {
    const Content& c = shipped_content();
    std::set<std::string> linked;
    for (const auto& d : c.rubric.dimensions)
        for (const auto& id : d.cards) {
            linked.insert(id);
            const Card* card = c.card(id);
            REQUIRE(card != nullptr);
        }
    int tables = 0;
    int matrices = 0;
    for (const auto& card : c.cards) {
        bool table = card.id.rfind("choose-", 0) == 0;
        bool matrix = card.id.rfind("matrix-", 0) == 0;
        if (!table && !matrix) continue;
        (table ? tables : matrices) += 1;
        INFO(card.id);
        REQUIRE(linked.count(card.id) == 1);
        // The dimension that links it is one the card says it serves.
        for (const auto& d : c.rubric.dimensions)
            if (std::find(d.cards.begin(), d.cards.end(), card.id) != d.cards.end())
                REQUIRE(std::find(card.dimensions.begin(), card.dimensions.end(), d.id) != card.dimensions.end());
    }
    REQUIRE(tables == 7);
    REQUIRE(matrices >= 9);
    for (const char* id :
         {"choose-data-store", "choose-communication", "choose-compute", "choose-cache-layer", "choose-event-pattern",
          "choose-consistency", "choose-edge-routing", "matrix-sql-nosql", "matrix-push-pull", "matrix-fan-out",
          "matrix-cache", "matrix-cp-ap", "matrix-monolith", "matrix-rest-grpc"})
        REQUIRE(c.card(id) != nullptr);
    // Part 28 is among the references of communication and of the trade-off-heavy dimensions.
    for (const char* id : {"communication", "architecture", "data"}) {
        const auto& parts = c.rubric.dimension(id)->parts;
        INFO(id);
        REQUIRE(std::find(parts.begin(), parts.end(), 28) != parts.end());
    }
}

TEST_CASE("content: Part 29's mistakes and red flags, Part 30's scripts, Part 1's levels") {
    const Content& c = shipped_content();
    std::set<std::string> ids;
    int flags = 0;
    for (const auto& m : c.rubric.mistakes) {
        ids.insert(m.id);
        flags += m.red_flag ? 1 : 0;
    }
    for (const char* id :
         {"boxes-before-requirements", "no-numbers", "single-point-of-failure", "ignored-hot-path", "cache-everything",
          "database-by-habit", "over-engineering", "weak-critical-path", "silent-design", "missed-hints",
          "no-operations", "time-sink", "going-quiet", "no-tradeoff-summary", "average-only-estimates", "vague-scaling",
          "no-failure-talk", "buzzwords", "borrowed-giant-stack"})
        REQUIRE(ids.count(id) == 1);
    REQUIRE(flags == 4);

    for (const char* id : {"when-stuck", "instead-of-say"})
        REQUIRE(c.card(id) != nullptr);
    const QuestionSet* phrasing = c.question_set("phrasing");
    REQUIRE(phrasing != nullptr);
    REQUIRE(phrasing->kind == SetKind::bank);
    REQUIRE(phrasing->questions.size() >= 3);
    for (const auto& q : phrasing->questions)
        REQUIRE_FALSE(q.answer.empty());

    // Part 1: senior means CAP and consistency, and a candidate who drives the discussion.
    REQUIRE(contains(c.rubric.level("senior")->summary, "CAP"));
    REQUIRE(contains(c.rubric.level("senior")->summary, "drives the discussion"));
    REQUIRE(contains(c.rubric.level("mid")->summary, "order of magnitude"));
}

TEST_CASE("content: the review lists the red flags first, apart from the other mistakes, and in its JSON") {
    const Content& c = shipped_content();
    SessionRecord record;
    record.info.id = 3;
    record.info.problem = "url-shortener";
    record.info.plan = "standard-45";
    record.info.status = Status::finished;
    Review review = build_review(record, shipped_problem("url-shortener"), test::shipped_plan("standard-45"), c, {});
    REQUIRE(review.mistakes.size() == c.rubric.mistakes.size());
    std::string tail;
    for (const auto& l : review_tail_lines(review, record, c.rubric, 80))
        tail += l + "\n";
    auto flags = tail.find("Red flags an interviewer notices at once (Part 29)");
    auto rest = tail.find("Check yourself against the common mistakes (Part 29)");
    REQUIRE(flags != std::string::npos);
    REQUIRE(rest != std::string::npos);
    REQUIRE(flags < rest);
    auto vague = tail.find("with no key [scaling]");
    auto hints = tail.find("Hints not taken [communication]");
    REQUIRE(vague > flags);
    REQUIRE(vague < rest);
    REQUIRE(hints > rest);
    std::string json = render_review_json(review, record, {}, {});
    REQUIRE_THAT(json, Catch::Contains("\"id\": \"no-failure-talk\""));
    REQUIRE_THAT(json, Catch::Contains("\"red_flag\": true"));
    REQUIRE_THAT(json, Catch::Contains("\"red_flag\": false"));
}

TEST_CASE("content: security and observability follow-ups where the guide raises them, in those problems' focus") {
    const Problem& tm = shipped_problem("ticketmaster");
    REQUIRE(in_focus(tm, "security"));
    REQUIRE(has_follow_up(tm, "security", "scalper"));
    const Problem& chat = shipped_problem("whatsapp-chat");
    REQUIRE(in_focus(chat, "security"));
    REQUIRE(has_follow_up(chat, "security", "end-to-end encryption"));
    const Problem& wallet = shipped_problem("payment-wallet");
    REQUIRE(in_focus(wallet, "security"));
    REQUIRE(in_focus(wallet, "observability"));
    REQUIRE(has_follow_up(wallet, "security", "fraud checks"));
    REQUIRE(has_follow_up(wallet, "observability", "ledger"));
    const Problem& metrics = shipped_problem("metrics-monitoring");
    REQUIRE(in_focus(metrics, "observability"));
    REQUIRE(has_follow_up(metrics, "observability", "monitor the monitoring"));
    for (const auto& p : shipped_content().problems) {
        INFO(p.id);
        REQUIRE(p.focus.size() >= 3);
        REQUIRE(p.focus.size() <= 5);
    }
}

TEST_CASE("content: Part 3's worked drills and loose questions are in the bank") {
    const QuestionSet* bank = shipped_content().question_set("bank-foundations");
    REQUIRE(bank != nullptr);
    auto has = [&](std::string_view start) {
        return std::any_of(bank->questions.begin(), bank->questions.end(), [&](const Question& q) {
            return q.part == 3 && q.text.rfind(start, 0) == 0 && !q.answer.empty();
        });
    };
    REQUIRE(has("Chat drill:"));
    REQUIRE(has("News-site estimate:"));
    REQUIRE(has("Why choose a power of two"));
    REQUIRE(has("How many application servers"));
    REQUIRE(has("Photo app practice:"));
    REQUIRE(has("An API must answer in 200 ms"));
    REQUIRE(has("A 99.9% monthly target"));
}

TEST_CASE("content: Part 31's study plans and Part 32's day-before checklist load") {
    const Content& c = shipped_content();
    const StudyPlan* eight = c.study_plan("eight-week");
    const StudyPlan* twelve = c.study_plan("twelve-week");
    REQUIRE(eight != nullptr);
    REQUIRE(twelve != nullptr);
    REQUIRE(eight->length() == 8);
    REQUIRE(eight->weeks.size() == 8);
    REQUIRE(twelve->length() == 12);
    REQUIRE(twelve->week(2) == &twelve->weeks[0]); // weeks 1-2 share a row
    REQUIRE(twelve->week(12)->parts == std::vector<int>{27, 32, 33});
    REQUIRE(twelve->week(13) == nullptr);
    REQUIRE(eight->revisit == std::vector<int>{3, 11, 28});
    REQUIRE(eight->revisit_weeks == 2);
    REQUIRE(eight->daily.size() == 3);
    for (const auto* plan : {eight, twelve})
        for (const auto& w : plan->weeks) {
            REQUIRE_FALSE(w.practice.empty());
            REQUIRE_FALSE(w.parts.empty());
        }

    const Checklist* day = c.checklist("day-before");
    REQUIRE(day != nullptr);
    std::vector<std::string> sections;
    for (const auto& s : day->sections) {
        sections.push_back(s.id);
        REQUIRE_FALSE(s.items.empty());
    }
    REQUIRE(sections == std::vector<std::string>{"day-before", "two-hours-before", "fifteen-minutes-before", "during",
                                                 "setup", "after"});
    REQUIRE(day->sections[0].parts == std::vector<int>{3, 28, 30, 32});
}

TEST_CASE("loader: a study plan's weeks run from week 1 with no gap, bad kinds and Parts are errors") {
    test::ContentCopy home;
    auto dir = home.path() / "prompts/study";
    test::write_text(dir / "gappy.toml", R"(id = "gappy"
kind = "study-plan"
name = "Gappy"
revisit = [3, 404]
revisit_weeks = 2

[[weeks]]
first = 1
last = 2
focus = "One"
parts = [1]
practice = ["read"]

[[weeks]]
first = 4
focus = "Two"
parts = [999]
practice = ["read"]
)");
    test::write_text(dir / "riddle.toml", "id = \"riddle\"\nkind = \"riddle\"\nname = \"x\"\n");
    test::write_text(dir / "twice.toml", R"(id = "twice"
kind = "checklist"
name = "Twice"

[[sections]]
id = "a"
name = "A"
items = ["x"]

[[sections]]
id = "a"
name = "A again"
items = []
)");
    test::write_text(dir / "misnamed.toml", "id = \"other\"\nkind = \"checklist\"\nname = \"x\"\n[[sections]]\n"
                                            "id = \"a\"\nname = \"A\"\nitems = [\"x\"]\n");
    LoadResult r = load_content(home.path());
    const Diagnostic* gap = find_diagnostic(r, "weeks[1] starts at week 4 where week 3 was expected");
    REQUIRE(gap != nullptr);
    REQUIRE(gap->where.file == "prompts/study/gappy.toml");
    REQUIRE(find_diagnostic(r, "names Part 999, which has no title") != nullptr);
    REQUIRE(find_diagnostic(r, "names Part 404, which has no title") != nullptr);
    REQUIRE(find_diagnostic(r, "unknown kind \"riddle\"") != nullptr);
    REQUIRE(find_diagnostic(r, "has two sections with id \"a\"") != nullptr);
    REQUIRE(find_diagnostic(r, "should list at least one item") != nullptr);
    REQUIRE(find_diagnostic(r, "id \"other\" does not match the file name") != nullptr);
    // The shipped ones still load beside the broken ones.
    REQUIRE(r.content.study_plan("eight-week") != nullptr);
}

TEST_CASE("loader: a home without prompts/study loads as before") {
    test::ContentCopy home;
    std::filesystem::remove_all(home.path() / "prompts/study");
    LoadResult r = load_content(home.path());
    REQUIRE_FALSE(r.diagnostics.has_errors());
    REQUIRE(r.content.study_plans.empty());
    REQUIRE(r.content.checklists.empty());
}
