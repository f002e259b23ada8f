#include "store/history.hpp"
#include "support/temp_dir.hpp"

#include <SQLiteCpp/SQLiteCpp.h>
#include <catch2/catch.hpp>

using namespace sdmock;
using sdmock::test::TempDir;

namespace {

NewSession mock() {
    NewSession s;
    s.problem = "url-shortener";
    s.plan = "standard-45";
    s.started_at = "2026-11-25T10:00:00+01:00";
    return s;
}

EstimateRecord estimate(std::int64_t session, std::string name, double value) {
    EstimateRecord r;
    r.session = session;
    r.kind = "qps";
    r.name = std::move(name);
    r.given = std::to_string(value) + "/s";
    r.value = value;
    r.reference = 40;
    r.unit = QuantityKind::rate;
    r.how = "100M / 2.592M s";
    r.t = Duration(61'000);
    r.recorded_at = "2026-11-25T10:05:00+01:00";
    return r;
}

} // namespace

TEST_CASE("History: estimates are saved at once and read back with the session, in order") {
    TempDir dir;
    History history(dir.path() / "h.db");
    auto id = history.create_session(mock());
    history.add_estimate(estimate(id, "write QPS", 38));
    history.add_estimates({estimate(id, "read QPS", 4000), estimate(id, "write QPS", 41)});
    History reader(dir.path() / "h.db");
    auto record = reader.load(id);
    REQUIRE(record->estimates.size() == 3);
    CHECK(record->estimates[0].value == 38);
    CHECK(record->estimates[2].name == "write QPS");
    CHECK(record->estimates[2].unit == QuantityKind::rate);
    CHECK(record->estimates[2].t == Duration(61'000));
    CHECK(record->estimates[2].how == "100M / 2.592M s");
}

TEST_CASE("History: a drill's answers have no session, abandoned mocks' estimates leave the trends") {
    History history(":memory:");
    auto kept = history.create_session(mock());
    auto gone = history.create_session(mock());
    auto practice = history.create_session(mock());
    history.add_estimate(estimate(kept, "write QPS", 38));
    history.add_estimate(estimate(gone, "write QPS", 38));
    history.add_estimate(estimate(practice, "write QPS", 38));
    history.add_estimate(estimate(0, "drill", 12));
    history.abandon(gone);
    PracticeReasons flagged;
    flagged.flagged = true;
    history.finish(practice, flagged);
    auto all = history.all_estimates();
    REQUIRE(all.size() == 3);
    CHECK(all[0].session == kept);
    CHECK_FALSE(all[0].practice);
    CHECK(all[1].practice);
    CHECK(all[2].session == 0);
}

TEST_CASE("History: deleting a session removes its estimates, two rejected together save nothing") {
    TempDir dir;
    History history(dir.path() / "h.db");
    auto id = history.create_session(mock());
    history.add_estimate(estimate(id, "write QPS", 38));
    history.remove(id);
    CHECK(history.all_estimates().empty());
    // A session that is not there: the foreign key refuses the batch, and none of it is kept.
    CHECK_THROWS(history.add_estimates({estimate(0, "drill", 1), estimate(999, "write QPS", 38)}));
    CHECK(history.all_estimates().empty());
}

TEST_CASE("History: a version 8 history gains the estimates table") {
    TempDir dir;
    auto path = dir.path() / "v8.db";
    {
        History h(path);
        (void)h.create_session(mock());
    }
    {
        SQLite::Database raw(path.string(), SQLite::OPEN_READWRITE);
        raw.exec("DROP TABLE reviews; DROP TABLE estimates; PRAGMA user_version = 8;");
    }
    History history(path);
    CHECK(history.schema_version() == History::kSchemaVersion);
    history.add_estimate(estimate(1, "write QPS", 38));
    CHECK(history.load(1)->estimates.size() == 1);
}
