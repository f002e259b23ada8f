#include "store/history.hpp"
#include "support/temp_dir.hpp"

#include <SQLiteCpp/SQLiteCpp.h>
#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace sdmock;

namespace {

std::vector<std::int64_t> ids(const std::vector<SessionRecord>& records) {
    std::vector<std::int64_t> out;
    for (const auto& r : records)
        out.push_back(r.info.id);
    return out;
}

} // namespace

TEST_CASE("History: a version 7 history gains the start instant and offset, sessions sort by instant") {
    test::TempDir dir;
    auto path = dir.path() / "v7.db";
    {
        History fresh(path); // the tables as they are, then put back to version 7 without the new columns
    }
    {
        SQLite::Database db(path.string(), SQLite::OPEN_READWRITE);
        db.exec("DROP TRIGGER sessions_instant_insert; DROP TRIGGER sessions_instant_update; "
                "DROP INDEX sessions_by_instant; ALTER TABLE sessions DROP COLUMN started_ms; "
                "ALTER TABLE sessions DROP COLUMN utc_offset_s; DROP TABLE estimates; DROP TABLE reviews; "
                "DROP INDEX scorecards_by_total; DROP INDEX sessions_by_problem; PRAGMA user_version = 7;");
        // 05:00 in UTC, then 09:00 in Kolkata (03:30 UTC, earlier): the strings sort the other way.
        db.exec("INSERT INTO sessions (problem, plan, mode, status, started_at, seed) VALUES "
                "('uber', 'standard-45', 'solo', 'finished', '2026-11-02T05:00:00+00:00', 1), "
                "('yelp-proximity', 'standard-45', 'solo', 'finished', '2026-11-02T09:00:00+05:30', 2)");
    }
    History history(path);
    REQUIRE(history.schema_version() == History::kSchemaVersion);
    CHECK(ids(history.list()) == std::vector<std::int64_t>{2, 1});
    SQLite::Database db(path.string(), SQLite::OPEN_READONLY);
    CHECK(db.execAndGet("SELECT started_ms FROM sessions WHERE id = 2").getInt64() == 1793590200000);
    CHECK(db.execAndGet("SELECT utc_offset_s FROM sessions WHERE id = 2").getInt64() == 19800);
    CHECK(db.execAndGet("SELECT utc_offset_s FROM sessions WHERE id = 1").getInt64() == 0);
}

TEST_CASE("History: a new session stores its instant and offset, whatever writes the row") {
    test::TempDir dir;
    History history(dir.path() / "h.db");
    NewSession s;
    s.problem = "uber";
    s.plan = "standard-45";
    s.started_at = "2026-11-30T23:30:00-08:00"; // already 1 December in UTC
    auto late = history.create_session(s);
    s.started_at = "2026-12-01T01:00:00+00:00";
    auto early = history.create_session(s);
    CHECK(ids(history.list()) == std::vector<std::int64_t>{early, late});
    SQLite::Database db((dir.path() / "h.db").string(), SQLite::OPEN_READONLY);
    CHECK(db.execAndGet("SELECT utc_offset_s FROM sessions WHERE id = " + std::to_string(late)).getInt64() == -28800);
}
