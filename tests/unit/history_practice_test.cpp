// Practice runs in the history: the schema 4 column, the migration of a real schema 3 file, and
// the verdict carried through every read and the import.
#include "store/history.hpp"
#include "support/builders.hpp"
#include "support/temp_dir.hpp"

#include <SQLiteCpp/SQLiteCpp.h>
#include <catch2/catch.hpp>

using namespace sdmock;
using namespace std::chrono_literals;
using sdmock::test::card_of;

namespace {

/// The schema 3 of sdmock as it shipped (versions 1 to 3 applied), with four sessions: a full mock
/// at speed 1 (1), a demo at speed 60 (2), a mock still running at speed 2 (3) and an imported one
/// (4); the first two and the last are scored.
void write_schema_3(const std::filesystem::path& path) {
    SQLite::Database db(path.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    db.exec(R"sql(
        CREATE TABLE sessions (id INTEGER PRIMARY KEY, problem TEXT NOT NULL, plan TEXT NOT NULL,
            mode TEXT NOT NULL, status TEXT NOT NULL, started_at TEXT NOT NULL, seed INTEGER NOT NULL,
            speed REAL NOT NULL DEFAULT 1, elapsed_ms INTEGER NOT NULL DEFAULT 0);
        CREATE TABLE events (id INTEGER PRIMARY KEY,
            session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE, t_ms INTEGER NOT NULL,
            kind TEXT NOT NULL, phase TEXT NOT NULL DEFAULT '', dimension TEXT NOT NULL DEFAULT '',
            text TEXT NOT NULL DEFAULT '', value INTEGER NOT NULL DEFAULT 0);
        CREATE INDEX events_by_session ON events(session_id, id);
        CREATE TABLE scorecards (session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            scorer TEXT NOT NULL,
            requirements INTEGER, estimation INTEGER, api INTEGER, architecture INTEGER, data INTEGER,
            caching INTEGER, async INTEGER, scaling INTEGER, reliability INTEGER, security INTEGER,
            observability INTEGER, communication INTEGER, total INTEGER NOT NULL,
            PRIMARY KEY (session_id, scorer));
        CREATE TABLE evidence (session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            scorer TEXT NOT NULL, dimension TEXT NOT NULL, text TEXT NOT NULL,
            PRIMARY KEY (session_id, scorer, dimension));
        ALTER TABLE sessions ADD COLUMN heartbeat_ms INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE sessions ADD COLUMN owner_pid INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE scorecards ADD COLUMN notes TEXT NOT NULL DEFAULT '';
        CREATE INDEX sessions_by_start ON sessions(started_at);
        INSERT INTO sessions (problem, plan, mode, status, started_at, seed, speed, elapsed_ms) VALUES
            ('uber', 'standard-45', 'solo', 'finished', '2026-11-02T09:00:00+01:00', 7, 1, 2700000),
            ('zoom', 'mini-25', 'solo', 'finished', '2026-11-03T09:00:00+01:00', 8, 60, 1500000),
            ('yelp-proximity', 'mini-25', 'solo', 'running', '2026-11-04T09:00:00+01:00', 9, 2, 60000),
            ('pastebin', 'standard-45', 'solo', 'finished', '2026-11-05T00:00:00+01:00', 0, 1, 0);
        INSERT INTO events (session_id, t_ms, kind, phase, value) VALUES
            (1, 0, 'phase_start', 'requirements', 300000), (1, 2700000, 'end', '', 0),
            (2, 0, 'phase_start', 'requirements', 480000), (2, 1500000, 'end', '', 0),
            (3, 0, 'phase_start', 'requirements', 480000);
        INSERT INTO scorecards (session_id, scorer, requirements, estimation, api, architecture, data, caching,
            async, scaling, reliability, security, observability, communication, total, notes) VALUES
            (1, 'self', 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 48, ''),
            (2, 'self', 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 24, ''),
            (4, 'self', 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 36, 'from a sheet');
        PRAGMA user_version = 3;
    )sql");
}

NewSession new_session(double speed, PracticeReasons practice = {}) {
    return {"uber", "standard-45", Mode::solo, "2026-11-23T19:05:00+01:00", 1, speed, practice};
}

} // namespace

TEST_CASE("History: a schema 3 file is migrated to 4, and a session at another speed becomes practice") {
    test::TempDir dir;
    auto path = dir.path() / "v3.db";
    write_schema_3(path);
    {
        History history(path);
        REQUIRE(history.schema_version() == History::kSchemaVersion);
        CHECK_FALSE(history.info(1)->practice.any());
        CHECK(history.info(2)->practice == PracticeReasons{true, false, false, false});
        CHECK(history.info(3)->practice.speed);       // running: judged by its speed
        CHECK_FALSE(history.info(4)->practice.any()); // imported before: not practice
        // Everything else is as it was.
        auto record = history.load(1);
        REQUIRE(record);
        CHECK(record->info.elapsed == 45min);
        CHECK(record->events.size() == 2);
        REQUIRE(record->self);
        CHECK(record->self->total() == 48);

        auto mocks = history.scored_mocks();
        REQUIRE(mocks.size() == 3);
        CHECK_FALSE(mocks[0].practice);
        CHECK(mocks[1].practice);
        CHECK_FALSE(mocks[2].practice);
        auto rows = history.history_rows();
        REQUIRE(rows.size() == 3);
        CHECK_FALSE(rows[0].practice);
        CHECK(rows[1].practice);
        CHECK(rows[2].notes == "from a sheet");
    }
    // Opened again: already at 4, nothing changes.
    History again(path);
    CHECK(again.schema_version() == History::kSchemaVersion);
    CHECK(again.info(2)->practice.speed);
    CHECK(again.history_rows().size() == 3);
}

TEST_CASE("History: a new session keeps its practice reasons and finish settles the verdict") {
    History history(":memory:");
    auto plain = history.create_session(new_session(1.0));
    auto flagged = history.create_session(new_session(1.0, {false, true, false, false}));
    CHECK_FALSE(history.info(plain)->practice.any());
    CHECK(history.info(flagged)->practice.flagged);

    history.finish(plain, {false, false, true, false});
    auto info = history.info(plain);
    CHECK(info->status == Status::finished);
    CHECK(info->practice == PracticeReasons{false, false, true, false});
    history.finish(flagged, {false, true, false, false});
    CHECK(history.info(flagged)->practice == PracticeReasons{false, true, false, false});

    history.save_scorecard(plain, Scorer::self, card_of(4));
    auto mocks = history.scored_mocks();
    REQUIRE(mocks.size() == 1);
    CHECK(mocks[0].practice);
    REQUIRE(history.history_rows().size() == 1);
    CHECK(history.history_rows()[0].practice);
    CHECK(history.list()[0].info.practice.ended_early);
}

TEST_CASE("History: an imported session keeps the practice mark of its file") {
    History history(":memory:");
    ImportedSession practice;
    practice.date = "2026-11-23T19:05";
    practice.problem = "uber";
    practice.plan = "standard-45";
    practice.self = card_of(3);
    practice.practice = true;
    ImportedSession counted = practice;
    counted.date = "2026-11-24";
    counted.practice = false;
    auto counts = history.import_sessions({practice, counted});
    CHECK(counts.imported == 2);
    auto rows = history.history_rows();
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].practice);
    CHECK_FALSE(rows[1].practice);
    auto records = history.list();
    CHECK(records[0].info.practice == PracticeReasons{false, false, false, true});
    CHECK_FALSE(records[1].info.practice.any());
}
