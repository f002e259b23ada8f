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

TEST_CASE("History: a live owner keeps a session, a dead one does not") {
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

TEST_CASE("History: a version 5 history gains the drill columns, its sessions are full mocks") {
    test::TempDir dir;
    auto path = dir.path() / "v5.db";
    {
        // The version 5 schema as it shipped (versions 1 to 5), with one finished, scored session.
        SQLite::Database db(path.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        db.exec(R"sql(
            CREATE TABLE sessions (id INTEGER PRIMARY KEY, problem TEXT NOT NULL, plan TEXT NOT NULL,
                mode TEXT NOT NULL, status TEXT NOT NULL, started_at TEXT NOT NULL, seed INTEGER NOT NULL,
                speed REAL NOT NULL DEFAULT 1, elapsed_ms INTEGER NOT NULL DEFAULT 0,
                heartbeat_ms INTEGER NOT NULL DEFAULT 0, owner_pid INTEGER NOT NULL DEFAULT 0,
                practice INTEGER NOT NULL DEFAULT 0);
            CREATE TABLE events (id INTEGER PRIMARY KEY, session_id INTEGER NOT NULL REFERENCES sessions(id)
                ON DELETE CASCADE, t_ms INTEGER NOT NULL, kind TEXT NOT NULL, phase TEXT NOT NULL DEFAULT '',
                dimension TEXT NOT NULL DEFAULT '', text TEXT NOT NULL DEFAULT '', value INTEGER NOT NULL DEFAULT 0);
            CREATE INDEX events_by_session ON events(session_id, id);
            CREATE TABLE scorecards (session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
                scorer TEXT NOT NULL, requirements INTEGER, estimation INTEGER, api INTEGER,
                architecture INTEGER, data INTEGER, caching INTEGER, async INTEGER, scaling INTEGER,
                reliability INTEGER, security INTEGER, observability INTEGER, communication INTEGER,
                total INTEGER NOT NULL, notes TEXT NOT NULL DEFAULT '', PRIMARY KEY (session_id, scorer));
            CREATE TABLE evidence (session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
                scorer TEXT NOT NULL, dimension TEXT NOT NULL, text TEXT NOT NULL,
                PRIMARY KEY (session_id, scorer, dimension));
            CREATE INDEX sessions_by_start ON sessions(started_at);
            CREATE TABLE coverage (session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
                point TEXT NOT NULL, covered INTEGER NOT NULL, PRIMARY KEY (session_id, point));
            INSERT INTO sessions (problem, plan, mode, status, started_at, seed, elapsed_ms)
                VALUES ('uber', 'standard-45', 'solo', 'finished', '2026-11-02T09:00:00+01:00', 7, 2700000);
            INSERT INTO scorecards VALUES (1, 'self', 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 48, '');
            INSERT INTO coverage VALUES (1, 'architecture/0', 1);
            PRAGMA user_version = 5;
        )sql");
    }
    History history(path);
    REQUIRE(history.schema_version() == History::kSchemaVersion);
    auto record = history.load(1);
    REQUIRE(record.has_value());
    REQUIRE_FALSE(record->info.drill.has_value());
    REQUIRE(record->self->total() == 48);
    REQUIRE(history.coverage(1).size() == 1);
    auto mocks = history.scored_mocks();
    REQUIRE(mocks.size() == 1);
    REQUIRE_FALSE(mocks.front().drill);
    // The new columns work: a drill is recorded with its phase and focus.
    NewSession drill{"url-shortener", "standard-45", Mode::solo, "2026-11-03T09:00:00+01:00", 3, 1.0};
    drill.drill = Drill{"deep-dive", "caching"};
    auto id = history.create_session(drill);
    REQUIRE(history.info(id)->drill == Drill{"deep-dive", "caching"});
}

TEST_CASE("History: a drill's partial scorecard is a drill in the trends' input, and not a history row") {
    History history(":memory:");
    NewSession s{"url-shortener", "standard-45", Mode::solo, "2026-11-03T09:00:00+01:00", 3, 1.0};
    s.drill = Drill{"estimation", ""};
    auto id = history.create_session(s);
    REQUIRE(history.load(id)->info.drill == Drill{"estimation", ""});
    Scorecard card;
    card.set(1, 4);
    history.save_scorecard(id, Scorer::self, card);
    auto mocks = history.scored_mocks();
    REQUIRE(mocks.size() == 1);
    REQUIRE(mocks.front().drill);
    REQUIRE(mocks.front().self->scored() == 1);
    REQUIRE(history.history_rows().empty()); // only complete scorecards are rows (and exported)
    auto full = history.create_session({"uber", "standard-45", Mode::solo, "2026-11-04T09:00:00+01:00", 3, 1.0});
    REQUIRE_FALSE(history.info(full)->drill.has_value());
}
