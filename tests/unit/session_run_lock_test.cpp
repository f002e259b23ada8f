// A running session while another program holds the history locked: what waits is counted, and
// written once the lock is gone. Real SQLite: the lock is another connection's write transaction.
#include "cli/session_run.hpp"
#include "support/shipped_content.hpp"
#include "support/temp_dir.hpp"

#include <SQLiteCpp/SQLiteCpp.h>
#include <catch2/catch.hpp>

using namespace sdmock;
using namespace sdmock::cli;
using namespace std::chrono_literals;
using sdmock::test::shipped_content;

namespace {

std::size_t notes_saved(const History& history, std::int64_t id, const std::string& text) {
    auto record = history.load(id);
    std::size_t n = 0;
    for (const auto& e : record->events)
        if (e.kind == event::note && e.text == text) ++n;
    return n;
}

} // namespace

TEST_CASE("SessionRun: actions done while the history is locked are counted as waiting until written") {
    test::TempDir dir;
    auto path = dir.path() / "sdmock.db";
    History history(path);
    const Content& content = shipped_content();
    FakeClock clock;
    RunSetup setup{*content.problem("url-shortener"), *content.plan("standard-45"), Mode::solo, 1.0, 42};
    auto run = SessionRun::start(history, content, setup, clock);
    REQUIRE(run->waiting() == 0);
    REQUIRE(run->write_waiting() == 0);

    SQLite::Database other(path.string(), SQLite::OPEN_READWRITE);
    other.exec("BEGIN EXCLUSIVE");
    clock.advance(10s);
    run->mock().add_note(clock.steady_now(), "caching", "during the lock"); // waits out the busy timeout
    REQUIRE(run->waiting() == 1);
    REQUIRE(run->write_waiting() == 1); // still locked
    clock.advance(1s);
    run->mock().add_note(clock.steady_now(), "api", "second");
    REQUIRE(run->waiting() == 2);
    REQUIRE(run->write_waiting() == 2); // a second after the last try: tried, still locked

    other.exec("ROLLBACK");
    REQUIRE(notes_saved(history, run->id(), "during the lock") == 0);
    REQUIRE(run->write_waiting() == 2); // tried less than a second ago: not again yet
    clock.advance(1s);
    REQUIRE(run->write_waiting() == 0);
    REQUIRE(run->waiting() == 0);
    REQUIRE(notes_saved(history, run->id(), "during the lock") == 1);
    REQUIRE(notes_saved(history, run->id(), "second") == 1);
}
