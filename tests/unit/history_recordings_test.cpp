// A session's recording as the history keeps it: saved and replaced, read with the session, in
// the week's list, gone with the session, and the table added to an older history.
#include "core/recording.hpp"
#include "store/history.hpp"
#include "support/temp_dir.hpp"

#include <SQLiteCpp/SQLiteCpp.h>
#include <catch2/catch.hpp>

#include <cmath>

using namespace sdmock;
using sdmock::test::TempDir;

namespace {

NewSession mock(std::string started_at = "2026-11-25T10:00:00+01:00") {
    NewSession s;
    s.problem = "url-shortener";
    s.plan = "standard-45";
    s.started_at = std::move(started_at);
    return s;
}

Recording recorded(std::int64_t id, std::size_t windows) {
    Recording r;
    r.file = recording_file(id);
    r.input = "answer.wav";
    for (std::size_t i = 0; i < windows; ++i)
        r.levels.levels.push_back(i % 3 == 0 ? 0.0F : 0.25F);
    r.length = r.levels.end();
    return r;
}

} // namespace

TEST_CASE("History: a recording is saved, replaced as it grows, and read back with the session", "[recording]") {
    TempDir dir;
    History history(dir.path() / "h.db");
    auto id = history.create_session(mock());
    CHECK_FALSE(history.recording(id));
    CHECK_FALSE(history.load(id)->recording);
    history.set_recording(id, recorded(id, 10));
    history.set_recording(id, recorded(id, 1200)); // a minute later
    auto back = history.recording(id);
    REQUIRE(back);
    CHECK(back->file == "recordings/session-1.ogg");
    CHECK(back->input == "answer.wav");
    CHECK(back->length == Duration(60'000));
    REQUIRE(back->levels.levels.size() == 1200);
    CHECK(back->levels.levels[0] == 0.0F);
    CHECK(std::abs(20 * std::log10(back->levels.levels[1] / 0.25F)) < 0.2); // within the byte's step
    auto loaded = history.load(id);
    REQUIRE(loaded->recording);
    CHECK(loaded->recording->levels.levels.size() == 1200);
}

TEST_CASE("History: recordings of the sessions since a date, by session", "[recording]") {
    TempDir dir;
    History history(dir.path() / "h.db");
    auto old = history.create_session(mock("2026-10-01T09:00:00+02:00"));
    auto recent = history.create_session(mock("2026-11-30T09:00:00+01:00"));
    auto unrecorded = history.create_session(mock("2026-11-30T11:00:00+01:00"));
    history.set_recording(old, recorded(old, 5));
    history.set_recording(recent, recorded(recent, 7));
    auto all = history.recordings();
    CHECK(all.size() == 2);
    auto since = history.recordings("2026-11-01");
    REQUIRE(since.size() == 1);
    CHECK(since.count(recent) == 1);
    CHECK(since.at(recent).levels.levels.size() == 7);
    CHECK(since.count(unrecorded) == 0);
}

TEST_CASE("History: deleting a session deletes its recording's row; the folder is beside the history", "[recording]") {
    TempDir dir;
    History history(dir.path() / "h.db");
    auto id = history.create_session(mock());
    history.set_status(id, Status::finished);
    history.set_recording(id, recorded(id, 5));
    history.remove(id);
    CHECK_FALSE(history.recording(id));
    CHECK(history.recordings_folder() == (dir.path() / "recordings").string());
    CHECK(history.recording_path(recording_file(id)) == (dir.path() / "recordings" / "session-1.ogg").string());
    CHECK(History(":memory:").recordings_folder().empty());
    CHECK(History(":memory:").recording_path(recording_file(id)).empty());
}

TEST_CASE("History: a version 11 history gets the recordings table, its sessions kept", "[recording]") {
    TempDir dir;
    auto path = dir.path() / "h.db";
    std::int64_t id = 0;
    {
        History history(path);
        id = history.create_session(mock());
    }
    {
        SQLite::Database raw(path.string(), SQLite::OPEN_READWRITE);
        raw.exec("DROP TABLE recordings; PRAGMA user_version = 11;");
    }
    History history(path);
    CHECK(history.schema_version() == History::kSchemaVersion);
    REQUIRE(history.info(id));
    history.set_recording(id, recorded(id, 3));
    CHECK(history.recording(id)->levels.levels.size() == 3);
}
