#include "core/error.hpp"
#include "store/history.hpp"
#include "support/temp_dir.hpp"

#include <SQLiteCpp/SQLiteCpp.h>
#include <catch2/catch.hpp>
#include <unistd.h>

using namespace sdmock;

TEST_CASE("History: a version 1 history is migrated forward and keeps its sessions") {
    test::TempDir dir;
    auto path = dir.path() / "v1.db";
    {
        // The version 1 schema as it shipped: no owner, no heartbeat time.
        SQLite::Database db(path.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        db.exec(R"sql(
            CREATE TABLE sessions (id INTEGER PRIMARY KEY, problem TEXT NOT NULL, plan TEXT NOT NULL,
                mode TEXT NOT NULL, status TEXT NOT NULL, started_at TEXT NOT NULL, seed INTEGER NOT NULL,
                speed REAL NOT NULL DEFAULT 1, elapsed_ms INTEGER NOT NULL DEFAULT 0);
            CREATE TABLE events (id INTEGER PRIMARY KEY, session_id INTEGER NOT NULL, t_ms INTEGER NOT NULL,
                kind TEXT NOT NULL, phase TEXT NOT NULL DEFAULT '', dimension TEXT NOT NULL DEFAULT '',
                text TEXT NOT NULL DEFAULT '', value INTEGER NOT NULL DEFAULT 0);
            CREATE TABLE scorecards (session_id INTEGER NOT NULL, scorer TEXT NOT NULL,
                requirements INTEGER, estimation INTEGER, api INTEGER, architecture INTEGER, data INTEGER,
                caching INTEGER, async INTEGER, scaling INTEGER, reliability INTEGER, security INTEGER,
                observability INTEGER, communication INTEGER, total INTEGER NOT NULL,
                PRIMARY KEY (session_id, scorer));
            CREATE TABLE evidence (session_id INTEGER NOT NULL, scorer TEXT NOT NULL, dimension TEXT NOT NULL,
                text TEXT NOT NULL, PRIMARY KEY (session_id, scorer, dimension));
            INSERT INTO sessions (problem, plan, mode, status, started_at, seed, elapsed_ms)
                VALUES ('uber', 'standard-45', 'solo', 'running', '2026-11-02T09:00:00+01:00', 7, 125000);
            INSERT INTO events (session_id, t_ms, kind, phase) VALUES (1, 0, 'phase_start', 'requirements');
            PRAGMA user_version = 1;
        )sql");
    }
    History history(path);
    REQUIRE(history.schema_version() == History::kSchemaVersion);
    auto record = history.load(1);
    REQUIRE(record.has_value());
    REQUIRE(record->info.problem == "uber");
    REQUIRE(record->info.elapsed == Duration(125000));
    REQUIRE(record->info.owner_pid == 0);
    REQUIRE(record->events.size() == 1);
    // The new columns work.
    history.claim(1, 4242);
    REQUIRE(history.info(1)->owner_pid == 4242);
}

TEST_CASE("History: a live owner keeps a session; a dead one does not") {
    History history(":memory:");
    auto id = history.create_session({"uber", "standard-45", Mode::interviewer, "2026-11-02T09:00:00+01:00", 1, 1.0});
    auto me = static_cast<std::int64_t>(getpid());
    history.claim(id, me);
    history.claim(id, me); // claiming again is fine
    // Another process claiming while this one lives is refused, naming the owner.
    try {
        history.claim(id, me + 1);
        FAIL("a second owner was accepted");
    } catch (const Error& e) {
        REQUIRE(std::string(e.what()).find("already being run by another sdmock (process " + std::to_string(me)) !=
                std::string::npos);
    }
    history.release(id, me + 1); // not the owner: no effect
    REQUIRE(history.info(id)->owner_pid == me);
    history.release(id, me);
    REQUIRE(history.info(id)->owner_pid == 0);
    // An owner that no longer exists (a crashed process) does not block a new one.
    history.claim(id, 999'999'999);
    history.claim(id, me);
    REQUIRE(history.info(id)->owner_pid == me);
}

TEST_CASE("History: data_version changes when another connection commits") {
    test::TempDir dir;
    auto path = dir.path() / "h.db";
    History reader(path);
    History writer(path);
    auto id = writer.create_session({"uber", "standard-45", Mode::interviewer, "2026-11-02T09:00:00+01:00", 1, 1.0});
    auto before = reader.data_version();
    REQUIRE(reader.data_version() == before);
    writer.record(id, {Duration(1000), "phase_start", "requirements", "", "", 0});
    REQUIRE(reader.data_version() != before);
    writer.heartbeat(id, Duration(2000), WallTime(std::chrono::milliseconds(1'800'000'000'000)));
    auto info = reader.info(id);
    REQUIRE(info->elapsed == Duration(2000));
    REQUIRE(info->heartbeat_at == WallTime(std::chrono::milliseconds(1'800'000'000'000)));
}
