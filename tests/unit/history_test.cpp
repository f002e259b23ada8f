#include "core/error.hpp"
#include "store/history.hpp"
#include "support/builders.hpp"
#include "support/temp_dir.hpp"

#include <SQLiteCpp/SQLiteCpp.h>
#include <catch2/catch.hpp>

#include <sys/stat.h>

#include <filesystem>

using namespace sdmock;
using namespace std::chrono_literals;
using sdmock::test::read_text;
using sdmock::test::TempDir;
using sdmock::test::write_text;

namespace {

NewSession new_session(std::string started_at, std::string problem = "url-shortener") {
    NewSession s;
    s.problem = std::move(problem);
    s.plan = "standard-45";
    s.mode = Mode::interviewer;
    s.started_at = std::move(started_at);
    s.seed = 0xDEADBEEFCAFEF00DULL; // above INT64_MAX: must survive the signed column
    s.speed = 2.5;
    return s;
}

/// An event of the requirements phase, about the requirements dimension.
Event make_event(Duration t, std::string_view kind, std::string text = {}, std::int64_t value = 0) {
    Event e = test::event_at(t, kind, "requirements", value);
    e.dimension = "requirements";
    e.text = std::move(text);
    return e;
}

Scorecard sample_card() {
    Scorecard card;
    for (std::size_t i = 0; i < kDimensionCount; ++i)
        card.set(i, static_cast<int>(i % 5) + 1);
    card.evidence[*dimension_index("caching")] = "chose cache-aside, named TTL and invalidation";
    card.evidence[*dimension_index("api")] = "idempotency keys on POST";
    return card;
}

SessionRecord load_or_fail(const History& h, std::int64_t id) {
    auto r = h.load(id);
    INFO("session " << id);
    REQUIRE(r.has_value());
    return *r;
}

std::string store_error(const std::filesystem::path& path) {
    try {
        History h(path);
    } catch (const StoreError& e) {
        return e.what();
    }
    FAIL("no StoreError opening " << path);
    return {};
}

} // namespace

TEST_CASE("History: a new history has the current schema version") {
    History memory(":memory:");
    REQUIRE(memory.schema_version() == History::kSchemaVersion);
    TempDir dir;
    History file(dir.path() / "history.db");
    REQUIRE(file.schema_version() == History::kSchemaVersion);
}

TEST_CASE("History: create_session then load returns its fields") {
    History h(":memory:");
    NewSession s = new_session("2026-11-23T19:05:00+01:00");
    auto id = h.create_session(s);
    SessionRecord r = load_or_fail(h, id);
    REQUIRE(r.info.id == id);
    REQUIRE(r.info.problem == s.problem);
    REQUIRE(r.info.plan == s.plan);
    REQUIRE(r.info.mode == s.mode);
    REQUIRE(r.info.status == Status::running);
    REQUIRE(r.info.started_at == s.started_at);
    REQUIRE(r.info.seed == s.seed);
    REQUIRE(r.info.speed == Approx(s.speed));
    REQUIRE(r.info.elapsed == 0ms);
    REQUIRE(r.events.empty());
    REQUIRE_FALSE(r.self.has_value());
    REQUIRE_FALSE(r.interviewer.has_value());
}

TEST_CASE("History: load of an unknown id returns nothing") {
    History h(":memory:");
    REQUIRE_FALSE(h.load(1).has_value());
    auto id = h.create_session(new_session("2026-11-23T19:05:00+01:00"));
    REQUIRE_FALSE(h.load(id + 1).has_value());
}

TEST_CASE("History: record appends events in order and moves elapsed forward only") {
    History h(":memory:");
    auto id = h.create_session(new_session("2026-11-23T19:05:00+01:00"));
    auto other = h.create_session(new_session("2026-11-23T20:00:00+01:00"));
    h.record(id, make_event(0ms, event::phase_start, "", 300000));
    h.record(id, make_event(12000ms, event::cue_shown, "What must the system do?", 3));
    h.record(other, make_event(1000ms, event::note, "another session"));
    h.record(id, make_event(15000ms, event::note, "asked about DAU"));
    REQUIRE(load_or_fail(h, id).info.elapsed == 15000ms);

    // An event stamped earlier than the saved elapsed time does not move it back.
    h.heartbeat(id, 20000ms, WallTime{});
    h.record(id, make_event(14000ms, event::cue_answered, "What must the system do?", 3));

    SessionRecord r = load_or_fail(h, id);
    REQUIRE(r.info.elapsed == 20000ms);
    REQUIRE(r.events.size() == 4);
    REQUIRE(r.events[0].kind == event::phase_start);
    REQUIRE(r.events[0].value == 300000);
    REQUIRE(r.events[0].phase == "requirements");
    REQUIRE(r.events[1].kind == event::cue_shown);
    REQUIRE(r.events[1].t == 12000ms);
    REQUIRE(r.events[1].text == "What must the system do?");
    REQUIRE(r.events[1].dimension == "requirements");
    REQUIRE(r.events[1].value == 3);
    REQUIRE(r.events[2].kind == event::note);
    REQUIRE(r.events[3].kind == event::cue_answered);
    REQUIRE(r.events[3].t == 14000ms);

    SessionRecord o = load_or_fail(h, other);
    REQUIRE(o.events.size() == 1);
    REQUIRE(o.events[0].text == "another session");
}

TEST_CASE("History: heartbeat sets the elapsed time") {
    History h(":memory:");
    auto id = h.create_session(new_session("2026-11-23T19:05:00+01:00"));
    h.heartbeat(id, 61234ms, WallTime{});
    REQUIRE(load_or_fail(h, id).info.elapsed == 61234ms);
    h.heartbeat(id, 90000ms, WallTime{});
    REQUIRE(load_or_fail(h, id).info.elapsed == 90000ms);
}

TEST_CASE("History: save_scorecard stores scores, evidence and total, saving again replaces it") {
    History h(":memory:");
    auto id = h.create_session(new_session("2026-11-23T19:05:00+01:00"));
    Scorecard card = sample_card();
    h.save_scorecard(id, Scorer::self, card);

    SessionRecord r = load_or_fail(h, id);
    REQUIRE(r.self.has_value());
    REQUIRE(r.self->scores == card.scores);
    REQUIRE(r.self->evidence == card.evidence);
    REQUIRE(r.self->total() == card.total());
    REQUIRE_FALSE(r.interviewer.has_value());

    Scorecard second;
    second.set(*dimension_index("security"), 2);
    second.evidence[*dimension_index("security")] = "no authentication discussed";
    h.save_scorecard(id, Scorer::self, second);

    r = load_or_fail(h, id);
    REQUIRE(r.self.has_value());
    REQUIRE(r.self->scores == second.scores);
    REQUIRE(r.self->scored() == 1);
    REQUIRE(r.self->evidence == second.evidence); // the old evidence is gone
    REQUIRE(r.self->total() == 2);
}

TEST_CASE("History: self and interviewer scorecards are kept apart") {
    History h(":memory:");
    auto id = h.create_session(new_session("2026-11-23T19:05:00+01:00"));
    Scorecard self = sample_card();
    Scorecard interviewer;
    for (std::size_t i = 0; i < kDimensionCount; ++i)
        interviewer.set(i, 3);
    interviewer.evidence[*dimension_index("caching")] = "interviewer: cache sizing missing";
    h.save_scorecard(id, Scorer::self, self);
    h.save_scorecard(id, Scorer::interviewer, interviewer);

    SessionRecord r = load_or_fail(h, id);
    REQUIRE(r.self.has_value());
    REQUIRE(r.interviewer.has_value());
    REQUIRE(r.self->scores == self.scores);
    REQUIRE(r.self->evidence == self.evidence);
    REQUIRE(r.interviewer->scores == interviewer.scores);
    REQUIRE(r.interviewer->evidence == interviewer.evidence);
    REQUIRE(r.interviewer->total() == 3 * static_cast<int>(kDimensionCount));
}

TEST_CASE("History: running lists only running sessions, newest first, set_status changes it") {
    History h(":memory:");
    auto first = h.create_session(new_session("2026-11-20T10:00:00+01:00"));
    auto second = h.create_session(new_session("2026-11-21T10:00:00+01:00"));
    auto third = h.create_session(new_session("2026-11-22T10:00:00+01:00"));

    auto running = h.running();
    REQUIRE(running.size() == 3);
    REQUIRE(running[0].id == third);
    REQUIRE(running[1].id == second);
    REQUIRE(running[2].id == first);

    h.set_status(second, Status::finished);
    h.set_status(third, Status::abandoned);
    REQUIRE(load_or_fail(h, second).info.status == Status::finished);
    REQUIRE(load_or_fail(h, third).info.status == Status::abandoned);
    running = h.running();
    REQUIRE(running.size() == 1);
    REQUIRE(running[0].id == first);
}

TEST_CASE("History: list filters by the start date, oldest first") {
    History h(":memory:");
    auto late = h.create_session(new_session("2026-11-22T09:00:00+01:00", "uber"));
    auto early = h.create_session(new_session("2026-11-19T23:59:59+01:00", "pastebin"));
    auto middle = h.create_session(new_session("2026-11-20T00:00:00+01:00", "youtube"));

    auto all = h.list();
    REQUIRE(all.size() == 3);
    REQUIRE(all[0].info.id == early);
    REQUIRE(all[1].info.id == middle);
    REQUIRE(all[2].info.id == late);

    auto since = h.list("2026-11-20");
    REQUIRE(since.size() == 2);
    REQUIRE(since[0].info.id == middle);
    REQUIRE(since[1].info.id == late);
    REQUIRE(since[1].info.problem == "uber");

    REQUIRE(h.list("2026-11-22T09:00").size() == 1);
    REQUIRE(h.list("2026-12").empty());
}

TEST_CASE("History: the file is created private (mode 0600)") {
    TempDir dir;
    auto path = dir.path() / "nested" / "history.db";
    mode_t old_mask = ::umask(022);
    {
        History h(path);
        (void)h.create_session(new_session("2026-11-23T19:05:00+01:00"));
    }
    ::umask(old_mask);
    struct stat st {};
    REQUIRE(::stat(path.c_str(), &st) == 0);
    REQUIRE((st.st_mode & 0777U) == 0600U);
}

TEST_CASE("History: reopening the file keeps everything") {
    TempDir dir;
    auto path = dir.path() / "history.db";
    std::int64_t id = 0;
    Scorecard card = sample_card();
    {
        History h(path);
        id = h.create_session(new_session("2026-11-23T19:05:00+01:00"));
        h.record(id, make_event(0ms, event::phase_start, "", 300000));
        h.record(id, make_event(4000ms, event::pause));
        h.heartbeat(id, 4500ms, WallTime{});
        h.save_scorecard(id, Scorer::interviewer, card);
    } // as if the process ended here
    History reopened(path);
    REQUIRE(reopened.schema_version() == History::kSchemaVersion);
    SessionRecord r = load_or_fail(reopened, id);
    REQUIRE(r.info.problem == "url-shortener");
    REQUIRE(r.info.elapsed == 4500ms);
    REQUIRE(r.events.size() == 2);
    REQUIRE(r.events[1].kind == event::pause);
    REQUIRE(r.interviewer.has_value());
    REQUIRE(r.interviewer->scores == card.scores);
    REQUIRE(r.interviewer->evidence == card.evidence);
    auto running = reopened.running();
    REQUIRE(running.size() == 1);
    REQUIRE(running[0].id == id);
}

TEST_CASE("History: a file that is not a database is refused and left alone") {
    TempDir dir;
    auto path = dir.path() / "notes.txt";
    const std::string text = "these are my interview notes, not a database\n";
    write_text(path, text);

    std::string message = store_error(path);
    REQUIRE_THAT(message, Catch::Matchers::Contains(path.string()));
    REQUIRE_THAT(message, Catch::Matchers::Contains("not an sdmock history"));
    REQUIRE(read_text(path) == text);
    REQUIRE_FALSE(std::filesystem::exists(path.string() + "-wal"));
}

TEST_CASE("History: a history from a newer sdmock is refused") {
    TempDir dir;
    auto path = dir.path() / "history.db";
    { History h(path); }
    {
        SQLite::Database raw(path.string(), SQLite::OPEN_READWRITE);
        raw.exec("PRAGMA user_version = 99");
    }
    std::string message = store_error(path);
    REQUIRE_THAT(message, Catch::Matchers::Contains(path.string()));
    REQUIRE_THAT(message, Catch::Matchers::Contains("newer"));
    REQUIRE_THAT(message, Catch::Matchers::Contains("99"));

    SQLite::Database raw(path.string(), SQLite::OPEN_READONLY);
    REQUIRE(raw.execAndGet("PRAGMA user_version").getInt() == 99); // left as it was
}
