// What the screens say about actions waiting for another program's lock on the history.
#include "core/save_notice.hpp"

#include <catch2/catch.hpp>

using namespace sdmock;
using namespace std::chrono_literals;

TEST_CASE("SaveNotice: counts the waiting actions, singular for one") {
    REQUIRE(waiting_text(1) == "1 action waiting: the history is locked by another program");
    REQUIRE(waiting_text(3) == "3 actions waiting: the history is locked by another program");
    REQUIRE(saved_text(1) == "The waiting action is saved.");
    REQUIRE(saved_text(3) == "The 3 waiting actions are saved.");
}

TEST_CASE("SaveNotice: says each change of the count once, then that the waiting actions are saved") {
    SaveNotice n;
    SteadyTime t{std::chrono::hours(1)};
    REQUIRE_FALSE(n.update(0, t)); // nothing waits: nothing to say
    REQUIRE(n.line(t).empty());
    REQUIRE(n.update(1, t) == waiting_text(1));
    REQUIRE_FALSE(n.update(1, t + 1s)); // no change, no new line
    REQUIRE(n.update(3, t + 2s) == waiting_text(3));
    REQUIRE(n.line(t + 2s) == waiting_text(3));
    REQUIRE(n.update(2, t + 3s) == waiting_text(2)); // one written, the lock taken again
    REQUIRE(n.waiting() == 2);
    // All written: the most that waited are saved.
    REQUIRE(n.update(0, t + 4s) == saved_text(3));
    REQUIRE(n.waiting() == 0);
}

TEST_CASE("SaveNotice: a screen shows the count while any wait, then 'saved' for a few seconds") {
    SaveNotice n;
    SteadyTime t{std::chrono::hours(1)};
    n.update(2, t);
    REQUIRE(n.line(t + 60s) == waiting_text(2)); // however long the lock lasts
    n.update(0, t + 61s);
    REQUIRE(n.line(t + 61s) == saved_text(2));
    REQUIRE(n.line(t + 61s + SaveNotice::kSavedShownFor - 1ms) == saved_text(2));
    REQUIRE(n.line(t + 61s + SaveNotice::kSavedShownFor).empty());
    // A new wait counts from one again.
    REQUIRE(n.update(1, t + 70s) == waiting_text(1));
    REQUIRE(n.update(0, t + 71s) == saved_text(1));
}

TEST_CASE("session_write_failed: says the session is saved up to the failed action, not that nothing changed") {
    std::string store = "cannot write to /h/sdmock.db: the disk is full; nothing was changed";
    REQUIRE(session_write_failed(store, 12) ==
            "cannot write to /h/sdmock.db: the disk is full; the session is saved up to the action before this one: "
            "sdmock resume 12");
    std::string busy = "cannot write to /h/sdmock.db: another program has held it locked for more than 5 seconds; "
                       "nothing was changed, try again";
    REQUIRE(session_write_failed(busy, 3).find("nothing was changed") == std::string::npos);
    REQUIRE(session_write_failed("cannot write to /h/sdmock.db: the history is read-only", 3) ==
            "cannot write to /h/sdmock.db: the history is read-only; the session is saved up to the action before "
            "this one: sdmock resume 3");
}
