// Review items: ids, dimensions and misses; their schedule and the order of a review session.
#include "core/review_items.hpp"

#include "core/dates.hpp"
#include "support/shipped_content.hpp"

#include <catch2/catch.hpp>

#include <set>

using namespace sdmock;
using namespace std::chrono_literals;

namespace {

WallTime at_day(long long day, int hour = 9) {
    return WallTime{std::chrono::seconds(day * 86400 + hour * 3600)};
}

RecordedReview review_of(const std::string& item, const std::string& dim, long long day, fsrs::Grade g, int hour = 9) {
    return {item, dim, {at_day(day, hour), day, g}};
}

SessionRecord mock_with_misses() {
    SessionRecord r;
    r.info.id = 7;
    r.info.problem = "ticketmaster";
    r.info.started_at = "2026-12-01T19:00:00+00:00";
    r.info.status = Status::finished;
    const Problem& p = test::shipped_problem("ticketmaster");
    const auto& f0 = p.key.follow_ups.at(0);
    const auto& f1 = p.key.follow_ups.at(1);
    r.events.push_back({1000ms, std::string(event::cue_skipped), "deep-dive", f0.dimension, f0.question, 0});
    r.events.push_back({2000ms, std::string(event::cue_unreached), "deep-dive", f1.dimension, f1.question, 0});
    r.events.push_back({3000ms, std::string(event::cue_unreached), "deep-dive", "data", "shown and left open", 1});
    r.events.push_back({4000ms, std::string(event::cue_marked), "deep-dive", "caching", "marked twice", 0});
    r.events.push_back({5000ms, std::string(event::cue_marked), "deep-dive", "caching", "marked twice", 2});
    r.events.push_back({6000ms, std::string(event::cue_marked), "wrap-up", "reliability", "not answered", 0});
    return r;
}

} // namespace

TEST_CASE("Review items: every bank pair and card, with unique ids and a rubric dimension") {
    const Content& c = test::shipped_content();
    auto bank = bank_items(c);
    auto cards = card_items(c);
    // The guide's 85 pairs and those added since (Part 3's loose questions, the phrasing bank):
    // every question with a model answer in a bank file, read from the TOML itself.
    std::size_t answered = 0;
    for (const auto& set : c.question_sets)
        if (set.kind == SetKind::bank)
            for (const auto& q : set.questions)
                answered += q.answer.empty() ? 0U : 1U;
    REQUIRE(bank.size() >= 85);
    REQUIRE(bank.size() == answered);
    REQUIRE(cards.size() == c.cards.size());
    std::set<std::string> ids;
    for (const auto& v : {bank, cards})
        for (const auto& item : v) {
            INFO(item.id);
            CHECK(ids.insert(item.id).second);
            CHECK(dimension_index(item.dimension).has_value());
            CHECK_FALSE(item.back.empty());
        }
    CHECK(ids.count("bank:b-tree-or-lsm-tree") == 1);
    CHECK(ids.count("card:latency-numbers") == 1);
}

TEST_CASE("Review items: a mock's misses are its skipped, unreached and not-answered questions") {
    const Content& c = test::shipped_content();
    auto record = mock_with_misses();
    auto misses = miss_items(record, test::shipped_problem("ticketmaster"), c);
    REQUIRE(misses.size() == 3);
    const auto& f0 = test::shipped_problem("ticketmaster").key.follow_ups.at(0);
    CHECK(misses[0].id == "miss:7:1");
    CHECK(misses[0].front == "Ticketmaster: " + f0.question);
    CHECK(misses[0].dimension == f0.dimension);
    CHECK_FALSE(misses[0].back.empty()); // the follow-up's strong-answer points
    CHECK(misses[1].id == "miss:7:2");
    CHECK(misses[2].id == "miss:7:3");
    CHECK(misses[2].front == "Ticketmaster: not answered");
    CHECK(misses[2].dimension == "reliability");
}

TEST_CASE("Review items: misses are due at once, new bank items are not due") {
    const Content& c = test::shipped_content();
    std::vector<ReviewItem> items = bank_items(c);
    auto misses = miss_items(mock_with_misses(), test::shipped_problem("ticketmaster"), c);
    items.insert(items.end(), misses.begin(), misses.end());
    auto scheduled = schedule(items, {});
    WallTime now = at_day(20000);
    int due = 0;
    for (const auto& s : scheduled)
        if (is_due(s, now)) {
            ++due;
            CHECK(s.item.kind == ItemKind::miss);
        }
    CHECK(due == 3);
}

TEST_CASE("Review items: reviews replay in time order into the schedule") {
    std::vector<ReviewItem> items{{"card:x", ItemKind::card, "caching", "q", "a", "", 0, 0}};
    // Recorded out of order: replayed by time.
    std::vector<RecordedReview> reviews{review_of("card:x", "caching", 103, fsrs::Grade::good),
                                        review_of("card:x", "caching", 100, fsrs::Grade::good)};
    auto s = schedule(items, reviews);
    REQUIRE(s[0].state.reps == 2);
    CHECK(s[0].state.interval == 14); // good on time twice (the reference's first sequence)
    CHECK_FALSE(is_due(s[0], at_day(116)));
    CHECK(is_due(s[0], at_day(117)));
}

TEST_CASE("Review items: a session takes due items weakest dimension first, then the new-item limit") {
    std::vector<ReviewItem> items{{"bank:a", ItemKind::bank, "api", "q", "a", "", 0, 0},
                                  {"bank:b", ItemKind::bank, "caching", "q", "a", "", 0, 0},
                                  {"card:c", ItemKind::card, "caching", "q", "a", "", 0, 0},
                                  {"card:d", ItemKind::card, "data", "q", "a", "", 0, 0},
                                  {"bank:e", ItemKind::bank, "api", "q", "a", "", 0, 0},
                                  {"miss:1:1", ItemKind::miss, "data", "q", "", "", 0, 1}};
    std::vector<RecordedReview> reviews{review_of("bank:a", "api", 100, fsrs::Grade::again),
                                        review_of("bank:b", "caching", 100, fsrs::Grade::again)};
    auto s = schedule(items, reviews);
    auto order = session_order(s, at_day(102), {"caching", "data"}, 1);
    std::vector<std::string> ids;
    for (const auto* i : order)
        ids.push_back(i->item.id);
    // Due: bank:b (caching, weakest), miss:1:1 (data), bank:a (api, not weak); then one new item,
    // from the weakest dimension.
    CHECK(ids == std::vector<std::string>{"bank:b", "miss:1:1", "bank:a", "card:c"});
    CHECK(session_order(s, at_day(102), {}, 0).size() == 3);
}

TEST_CASE("Review items: new items started today count against the daily limit, misses do not") {
    std::vector<RecordedReview> reviews{
        review_of("bank:a", "api", 99, fsrs::Grade::good), review_of("bank:a", "api", 100, fsrs::Grade::good),
        review_of("bank:b", "api", 100, fsrs::Grade::good), review_of("miss:1:1", "api", 100, fsrs::Grade::good)};
    CHECK(new_items_started_on(reviews, 100) == 1);
    CHECK(new_items_started_on(reviews, 99) == 1);
}

TEST_CASE("Review items: retention per dimension is the share of reviews not graded again") {
    std::vector<RecordedReview> reviews{
        review_of("bank:a", "api", 100, fsrs::Grade::good), review_of("bank:a", "api", 103, fsrs::Grade::again),
        review_of("bank:b", "api", 104, fsrs::Grade::hard), review_of("card:c", "caching", 104, fsrs::Grade::easy),
        review_of("card:c", "caching", 200, fsrs::Grade::again)};
    auto r = retention_by_dimension(reviews, 100, 150);
    REQUIRE(r.size() == 2);
    CHECK(r[0].dimension == "api");
    CHECK(r[0].reviews == 3);
    CHECK(r[0].recalled == 2);
    CHECK(r[1].dimension == "caching");
    CHECK(r[1].share() == Approx(1.0));
}
