// A history deleted or replaced while a session runs: the session notices at its next write,
// goes on in a recovery file beside it, and `resume` brings it back. Real SQLite files.
#include "cli/session_run.hpp"
#include "core/error.hpp"
#include "support/shipped_content.hpp"
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>

#include <sys/stat.h>

#include <filesystem>
#include <sstream>

using namespace sdmock;
using namespace sdmock::cli;
using namespace std::chrono_literals;
using sdmock::test::shipped_content;
namespace fs = std::filesystem;

namespace {

std::vector<std::string> notes(const History& history, std::int64_t id) {
    std::vector<std::string> out;
    auto record = history.load(id);
    if (!record) return out;
    for (const auto& e : record->events)
        if (e.kind == event::note) out.push_back(e.text);
    return out;
}

std::vector<fs::path> kept_files(const fs::path& dir) {
    std::vector<fs::path> out;
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(dir / "recovery", ec))
        if (e.path().extension() == ".db") out.push_back(e.path());
    return out;
}

struct Bench {
    test::TempDir dir;
    fs::path path = dir.path() / "sdmock.db";
    std::unique_ptr<History> history = std::make_unique<History>(path);
    const Content& content = shipped_content();
    FakeClock clock;

    std::unique_ptr<SessionRun> start() {
        RunSetup setup{*content.problem("url-shortener"), *content.plan("standard-45"), Mode::solo, 1.0, 42};
        return SessionRun::start(*history, content, setup, clock);
    }
    void note(SessionRun& run, const std::string& text) {
        clock.advance(5s);
        run.mock().add_note(clock.steady_now(), "caching", text);
    }
};

} // namespace

TEST_CASE("History: a write finds the history deleted or replaced, and writes nothing to it") {
    test::TempDir dir;
    auto path = dir.path() / "sdmock.db";
    History history(path);
    REQUIRE_NOTHROW(history.check_in_place());
    fs::remove(path);
    try {
        history.check_in_place();
        FAIL("no LostError");
    } catch (const LostError& e) {
        REQUIRE_FALSE(e.replaced());
        REQUIRE(std::string(e.what()).find("was deleted") != std::string::npos);
    }
    REQUIRE_THROWS_AS(history.record(1, Event{1s, "note", "requirements", "caching", "x", 0}), LostError);
    { History other(dir.path() / "other.db"); }
    fs::rename(dir.path() / "other.db", path);
    try {
        history.check_in_place();
        FAIL("no LostError");
    } catch (const LostError& e) {
        REQUIRE(e.replaced());
    }
    History memory(":memory:");
    REQUIRE_NOTHROW(memory.check_in_place());
}

TEST_CASE("SessionRun: the history deleted mid-session: said at once, kept in a private recovery file, resumed") {
    Bench b;
    auto run = b.start();
    std::int64_t id = run->id();
    b.note(*run, "before");
    REQUIRE(run->lost().empty());
    fs::remove(b.path);
    b.note(*run, "after the delete");
    REQUIRE(run->lost().find("was deleted while this session ran") != std::string::npos);
    auto kept = kept_files(b.dir.path());
    REQUIRE(kept.size() == 1);
    REQUIRE(run->lost().find(kept[0].string()) != std::string::npos);
    struct stat st {};
    REQUIRE(::stat(kept[0].c_str(), &st) == 0);
    REQUIRE((st.st_mode & 0777) == 0600);
    REQUIRE(::stat(kept[0].parent_path().c_str(), &st) == 0);
    REQUIRE((st.st_mode & 0777) == 0700);
    b.note(*run, "later");
    REQUIRE(run->waiting() == 0);
    {
        History recovery(kept[0]);
        REQUIRE(notes(recovery, id) == std::vector<std::string>{"before", "after the delete", "later"});
    }
    std::ostringstream out, err;
    REQUIRE(run->close(RunEnd::left_running, out, err, 15) == 128 + 15);
    REQUIRE(err.str().find("`sdmock resume` brings it back") != std::string::npos);
    REQUIRE(err.str().find("stays resumable") == std::string::npos);
    run.reset();
    b.history.reset(); // the process that ran it is gone

    // A fresh history at the path (as `resume` opens it) takes the session back.
    b.history = std::make_unique<History>(b.path);
    auto back = b.history->take_recovered();
    REQUIRE(back.size() == 1);
    REQUIRE(back[0].was == id);
    REQUIRE(notes(*b.history, back[0].now) == std::vector<std::string>{"before", "after the delete", "later"});
    REQUIRE(b.history->info(back[0].now)->status == Status::running);
    REQUIRE(kept_files(b.dir.path()).empty());
    REQUIRE(b.history->take_recovered().empty());
    auto again = SessionRun::resume(*b.history, b.content, back[0].now, b.clock);
    REQUIRE(again->mock().notes().size() == 3);
}

TEST_CASE("History: a kept session comes back under a new id when the history at the path has sessions") {
    Bench b;
    auto run = b.start();
    std::int64_t id = run->id();
    b.note(*run, "mine");
    // Another history is put in place (a backup restored), with sessions of its own.
    fs::path other = b.dir.path() / "backup.db";
    {
        History backup(other);
        RunSetup setup{*b.content.problem("uber"), *b.content.plan("mini-25"), Mode::solo, 1.0, 7};
        for (int i = 0; i < 3; ++i)
            SessionRun::start(backup, b.content, setup, b.clock);
    }
    {
        History check(other);
        REQUIRE(check.list().size() == 3);
    }
    fs::rename(other, b.path);
    b.note(*run, "after the swap");
    REQUIRE(run->lost().find("was replaced by another file") != std::string::npos);
    std::ostringstream out, err;
    run->close(RunEnd::left_running, out, err, 0);
    run.reset();
    b.history.reset();
    b.history = std::make_unique<History>(b.path);
    auto back = b.history->take_recovered();
    REQUIRE(back.size() == 1);
    REQUIRE(back[0].was == id);
    REQUIRE(back[0].now == 4);
    REQUIRE(notes(*b.history, 4) == std::vector<std::string>{"mine", "after the swap"});
    REQUIRE(b.history->load(1)->info.problem == "uber"); // its own sessions untouched
}
