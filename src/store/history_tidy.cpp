// Tidying the history: abandon an unfinished session, delete a session with everything of it.
#include "store/history.hpp"

#include "store/sql_util.hpp"

#include <SQLiteCpp/SQLiteCpp.h>

namespace sdmock {
using detail::guarded;

namespace {

struct Owned {
    Status status = Status::running;
    std::int64_t owner = 0;
};

/// The session's status and owner, read inside the caller's transaction; refuses an unknown id and
/// a session a live process runs.
Owned check_not_running(SQLite::Database& db, std::int64_t session, const char* verb) {
    SQLite::Statement q(db, "SELECT status, owner_pid FROM sessions WHERE id = ?");
    q.bind(1, static_cast<std::int64_t>(session));
    const std::string id = std::to_string(session);
    if (!q.executeStep()) throw Error("no session " + id + "; `sdmock history` lists them");
    Owned o{status_from(q.getColumn(0).getString()).value_or(Status::running), q.getColumn(1).getInt64()};
    if (o.status == Status::running && detail::process_alive(o.owner))
        throw Error("cannot " + std::string(verb) + " session " + id + ": process " + std::to_string(o.owner) +
                    " is running it; leave it there first (q), or stop that process");
    return o;
}

} // namespace

void History::abandon(std::int64_t session) {
    guarded(path_, "write to", [&] {
        SQLite::Transaction tx(*db_, SQLite::TransactionBehavior::IMMEDIATE);
        Owned o = check_not_running(*db_, session, "abandon");
        const std::string id = std::to_string(session);
        if (o.status == Status::finished)
            throw Error("session " + id + " is finished; only an unfinished one can be abandoned (`sdmock delete " +
                        id + "` removes it)");
        if (o.status == Status::abandoned) throw Error("session " + id + " is already abandoned");
        SQLite::Statement u(*db_, "UPDATE sessions SET status = 'abandoned', owner_pid = 0 WHERE id = ?");
        u.bind(1, static_cast<std::int64_t>(session));
        u.exec();
        tx.commit();
        return 0;
    });
}

void History::remove(std::int64_t session) {
    guarded(path_, "write to", [&] {
        SQLite::Transaction tx(*db_, SQLite::TransactionBehavior::IMMEDIATE);
        (void)check_not_running(*db_, session, "delete");
        // Every table of a session refers to it with ON DELETE CASCADE (foreign keys are on).
        SQLite::Statement d(*db_, "DELETE FROM sessions WHERE id = ?");
        d.bind(1, static_cast<std::int64_t>(session));
        d.exec();
        tx.commit();
        return 0;
    });
}

} // namespace sdmock
