// The history keeps every review (schema 10), on real SQLite.
#include "store/history.hpp"

#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>

using namespace sdmock;

TEST_CASE("History: reviews are saved and read back oldest first") {
    test::TempDir dir;
    auto path = dir.path() / "h.db";
    {
        History h(path);
        REQUIRE(h.schema_version() == History::kSchemaVersion);
        h.add_review({"card:b", "caching", {WallTime{std::chrono::seconds(2000)}, 0, fsrs::Grade::easy}},
                     "1970-01-01T00:33:20+00:00");
        h.add_review({"bank:a", "api", {WallTime{std::chrono::seconds(1000)}, 0, fsrs::Grade::again}},
                     "1970-01-01T00:16:40+00:00");
    }
    History h(path);
    auto r = h.reviews();
    REQUIRE(r.size() == 2);
    CHECK(r[0].item == "bank:a");
    CHECK(r[0].log.grade == fsrs::Grade::again);
    CHECK(r[0].dimension == "api");
    CHECK(r[1].item == "card:b");
    CHECK(r[1].log.at == WallTime{std::chrono::seconds(2000)});
}

TEST_CASE("History: deleting a mock deletes the reviews of its misses") {
    test::TempDir dir;
    History h(dir.path() / "h.db");
    auto id = h.create_session({"uber", "standard-45", Mode::solo, "2026-12-01T09:00:00+00:00", 1, 1.0});
    h.set_status(id, Status::finished);
    h.add_review({"miss:" + std::to_string(id) + ":1", "data", {WallTime{}, 0, fsrs::Grade::good}}, "x", id);
    h.add_review({"bank:a", "api", {WallTime{}, 0, fsrs::Grade::good}}, "x");
    h.remove(id);
    auto r = h.reviews();
    REQUIRE(r.size() == 1);
    CHECK(r[0].item == "bank:a");
}

TEST_CASE("History: a grade outside 1-4 is refused by the schema") {
    test::TempDir dir;
    History h(dir.path() / "h.db");
    RecordedReview bad{"bank:a", "api", {WallTime{}, 0, static_cast<fsrs::Grade>(7)}};
    CHECK_THROWS(h.add_review(bad, "x"));
    CHECK(h.reviews().empty());
}
