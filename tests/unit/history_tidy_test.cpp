#include "core/error.hpp"
#include "store/history.hpp"
#include "support/builders.hpp"
#include "support/temp_dir.hpp"

#include <SQLiteCpp/SQLiteCpp.h>
#include <catch2/catch.hpp>

#include <sys/wait.h>
#include <unistd.h>

#include <functional>
#include <string>
#include <vector>

using namespace sdmock;
using namespace std::chrono_literals;
using sdmock::test::TempDir;

namespace {

NewSession new_session(std::string started_at = "2026-11-23T19:05:00+01:00") {
    NewSession s;
    s.problem = "url-shortener";
    s.plan = "standard-45";
    s.started_at = std::move(started_at);
    return s;
}

/// The id of a process that has ended (a child that exits at once, reaped).
std::int64_t dead_pid() {
    pid_t child = ::fork();
    if (child == 0) ::_exit(0);
    int status = 0;
    ::waitpid(child, &status, 0);
    return child;
}

/// A session with an event, a note, a complete scorecard with evidence and a review tick.
std::int64_t full_session(History& h) {
    auto id = h.create_session(new_session());
    h.record(id, test::event_at(0s, event::phase_start, "requirements", 300000));
    Event note = test::event_at(5s, event::note, "requirements");
    note.text = "100:1 reads";
    h.record(id, note);
    Scorecard card = test::card_of(4);
    card.evidence[0] = "scope agreed";
    h.save_scorecard(id, Scorer::self, card);
    h.set_coverage(id, "requirements-1", true);
    return id;
}

/// Rows that refer to `session` in every table of the file that has a session_id column, plus
/// its row in sessions.
int rows_of(const std::filesystem::path& path, std::int64_t session) {
    SQLite::Database db(path.string(), SQLite::OPEN_READONLY);
    std::vector<std::string> tables;
    SQLite::Statement t(db, "SELECT name FROM sqlite_master WHERE type = 'table'");
    while (t.executeStep())
        tables.push_back(t.getColumn(0).getString());
    int rows = 0;
    for (const auto& table : tables) {
        bool has = false;
        SQLite::Statement c(db, "SELECT name FROM pragma_table_info(?)");
        c.bind(1, table);
        while (c.executeStep())
            has = has || c.getColumn(0).getString() == "session_id";
        if (!has) continue;
        SQLite::Statement q(db, "SELECT count(*) FROM \"" + table + "\" WHERE session_id = ?");
        q.bind(1, static_cast<std::int64_t>(session));
        q.executeStep();
        rows += q.getColumn(0).getInt();
    }
    SQLite::Statement s(db, "SELECT count(*) FROM sessions WHERE id = ?");
    s.bind(1, static_cast<std::int64_t>(session));
    s.executeStep();
    return rows + s.getColumn(0).getInt();
}

std::string error_of(const std::function<void()>& f) {
    try {
        f();
    } catch (const Error& e) {
        return e.what();
    }
    FAIL("no Error");
    return {};
}

} // namespace

TEST_CASE("History: abandon closes an unfinished session, which stays listed and is no longer running") {
    History h(":memory:");
    auto id = h.create_session(new_session());
    h.abandon(id);
    auto info = h.info(id);
    REQUIRE(info->status == Status::abandoned);
    REQUIRE_FALSE(interrupted(*info));
    REQUIRE(h.running().empty());
    REQUIRE(h.list().size() == 1);
}

TEST_CASE("History: abandon refuses a finished, an abandoned, an unknown and a live session") {
    TempDir dir;
    History h(dir.path() / "h.db");
    auto finished = h.create_session(new_session());
    h.finish(finished, {});
    REQUIRE_THAT(error_of([&] { h.abandon(finished); }), Catch::Contains("is finished"));
    REQUIRE(h.info(finished)->status == Status::finished);
    auto gone = h.create_session(new_session());
    h.abandon(gone);
    REQUIRE_THAT(error_of([&] { h.abandon(gone); }), Catch::Contains("already abandoned"));
    REQUIRE_THAT(error_of([&] { h.abandon(99); }), Catch::Contains("no session 99"));
    auto live = h.create_session(new_session());
    h.claim(live, ::getpid());
    REQUIRE_THAT(error_of([&] { h.abandon(live); }), Catch::Contains("process " + std::to_string(::getpid())));
    REQUIRE(h.info(live)->status == Status::running);
}

TEST_CASE("History: an abandoned session's scores are kept but never counted") {
    History h(":memory:");
    auto counted = h.create_session(new_session("2026-11-23T19:05:00+01:00"));
    h.save_scorecard(counted, Scorer::self, test::card_of(3));
    h.finish(counted, {});
    auto dropped = h.create_session(new_session("2026-11-24T19:05:00+01:00"));
    h.save_scorecard(dropped, Scorer::self, test::card_of(5));
    h.abandon(dropped);
    REQUIRE(h.load(dropped)->self->total() == 60);
    auto mocks = h.scored_mocks();
    REQUIRE(mocks.size() == 1);
    REQUIRE(mocks.front().session == counted);
    REQUIRE(h.history_rows().size() == 1);
}

TEST_CASE("History: a running session whose process is gone is interrupted") {
    History h(":memory:");
    auto never_claimed = h.create_session(new_session());
    REQUIRE(interrupted(*h.info(never_claimed)));
    REQUIRE(shown_status(*h.info(never_claimed)) == "interrupted");
    auto died = h.create_session(new_session());
    h.claim(died, dead_pid());
    REQUIRE(interrupted(*h.info(died)));
    auto live = h.create_session(new_session());
    h.claim(live, ::getpid());
    REQUIRE_FALSE(interrupted(*h.info(live)));
    REQUIRE(shown_status(*h.info(live)) == "running");
    auto done = h.create_session(new_session());
    h.finish(done, {});
    REQUIRE(shown_status(*h.info(done)) == "finished");
    // A dead owner's session can be abandoned.
    h.abandon(died);
    REQUIRE(h.info(died)->status == Status::abandoned);
}

TEST_CASE("History: delete removes the session and every row of it, leaving the others") {
    TempDir dir;
    auto path = dir.path() / "h.db";
    std::int64_t doomed = 0;
    std::int64_t kept = 0;
    {
        History h(path);
        doomed = full_session(h);
        kept = full_session(h);
        REQUIRE(rows_of(path, doomed) >= 6); // the session, 2 events, a scorecard, evidence, a tick
        h.remove(doomed);
    }
    REQUIRE(rows_of(path, doomed) == 0);
    REQUIRE(rows_of(path, kept) >= 6);
    History h(path);
    REQUIRE_FALSE(h.load(doomed).has_value());
    REQUIRE(h.load(kept)->self.has_value());
    REQUIRE(h.coverage(kept).size() == 1);
}

TEST_CASE("History: delete refuses an unknown session and one a live process runs, changing nothing") {
    TempDir dir;
    auto path = dir.path() / "h.db";
    History h(path);
    auto live = full_session(h);
    h.claim(live, ::getpid());
    int before = rows_of(path, live);
    REQUIRE_THAT(error_of([&] { h.remove(live); }), Catch::Contains("is running it"));
    REQUIRE_THAT(error_of([&] { h.remove(42); }), Catch::Contains("no session 42"));
    REQUIRE(rows_of(path, live) == before);
    // Its process gone, it can be deleted.
    h.release(live, ::getpid());
    h.remove(live);
    REQUIRE(rows_of(path, live) == 0);
}
