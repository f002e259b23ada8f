#pragma once
/// The session history in SQLite: schema versioned with PRAGMA user_version and migrated
/// forward, WAL, a busy timeout, prepared statements only, one transaction per user action.
#include "core/coverage.hpp"
#include "core/estimate.hpp"
#include "core/file_place.hpp"
#include "core/history_csv.hpp"
#include "core/picker.hpp"
#include "core/review_items.hpp"
#include "core/session.hpp"
#include "core/trends.hpp"

#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace SQLite {
class Database;
}

namespace sdmock {

struct NewSession {
    std::string problem;
    std::string plan;
    Mode mode = Mode::solo;
    std::string started_at; ///< ISO 8601 with offset
    std::uint64_t seed = 0;
    double speed = 1.0;
    PracticeReasons practice{};       ///< what it is as it starts (speed, flag); finish() settles it
    std::string level{kDefaultLevel}; ///< the level it is run at
    std::optional<Drill> drill{};     ///< one phase run on its own; none: a full mock
};

/// What a streamed read of sessions fills in besides each session's row and its scores.
struct SessionParts {
    bool events = true;
    bool evidence = true;
    bool estimates = true;
};

/// A scorecard as the history's listing shows it: its total so far and whether all twelve are in.
struct CardSummary {
    int total = 0;
    bool complete = false;
};

/// One line of the history's listing: the session's row and its two scorecards, summed.
struct ListedSession {
    SessionInfo info;
    std::optional<CardSummary> self;
    std::optional<CardSummary> interviewer;
};

namespace detail {
class RowReader;
}

class History {
public:
    /// Opens (creating with mode 0600 if needed) and migrates the history at `path`, or
    /// ":memory:". Throws StoreError with a one-line message when it cannot.
    explicit History(const std::filesystem::path& path);
    /// How a history is opened: `shared`, as every command does (a write-ahead log, so readers
    /// and one writer work side by side); `staged`, for a file no other process knows of yet (an
    /// import into a new history builds it beside its final name): no log and no syncs while it
    /// is written, so each page is written once. `seal` then makes it a history like any other.
    enum class Open : std::uint8_t { shared, staged };
    History(const std::filesystem::path& path, Open how);
    /// For a staged history: the write-ahead log from now on, and the file on disk, synced, so
    /// it may be given its final name.
    void seal();
    ~History();
    History(const History&) = delete;
    History& operator=(const History&) = delete;

    static constexpr int kSchemaVersion = 12;
    /// The file it was opened from, as given.
    [[nodiscard]] const std::string& path() const { return path_; }
    [[nodiscard]] int schema_version() const;

    std::int64_t create_session(const NewSession& session);
    /// Appends one event and moves the saved elapsed time forward to it, in one transaction.
    /// `quick`: wait for another writer's lock a moment only (a retry), not the full timeout.
    /// Throws BusyError when the history stays locked.
    void record(std::int64_t session, const Event& event, bool quick = false);
    /// Saves how far the session clock has run (so a crash loses at most one heartbeat). It waits
    /// for a lock only a moment: a heartbeat can be skipped.
    void heartbeat(std::int64_t session, Duration elapsed, WallTime at);
    /// Makes process `pid` the one that runs the session; throws Error naming the owner when
    /// another live process runs it already.
    void claim(std::int64_t session, std::int64_t pid);
    /// Gives the session up (only if `pid` owns it).
    void release(std::int64_t session, std::int64_t pid);
    [[nodiscard]] std::optional<SessionInfo> info(std::int64_t session) const;
    /// The id of the session's newest event (0: none): events are only ever added, so a reader
    /// that saw this id has every event (one indexed lookup).
    [[nodiscard]] std::int64_t last_event_id(std::int64_t session) const;
    /// The session's row and the id of its newest event (0: none), in one statement kept
    /// prepared: what a follower reads at each of the interviewer's heartbeats.
    struct Glance {
        SessionInfo info;
        std::int64_t last_event = 0;
    };
    [[nodiscard]] std::optional<Glance> glance(std::int64_t session) const;
    /// Changes whenever another connection commits: a cheap "anything new?" for followers (a
    /// statement kept prepared).
    [[nodiscard]] std::int64_t data_version() const;
    void set_status(std::int64_t session, Status status);
    /// Marks the session finished with its practice verdict, in one statement.
    void finish(std::int64_t session, const PracticeReasons& practice);
    /// Replaces the scorecard of this scorer, in one transaction.
    void save_scorecard(std::int64_t session, Scorer scorer, const Scorecard& card);

    [[nodiscard]] std::optional<SessionRecord> load(std::int64_t session) const;

    // Tidying the history (history_tidy.cpp). Both refuse, changing nothing, with an Error naming
    // the reason: no such session, or a live process runs it.

    /// Closes an unfinished session for good: status abandoned, never resumed, never counted in
    /// the trends (its events and any scores stay). Refuses a finished or abandoned session.
    void abandon(std::int64_t session);
    /// Removes the session and every row of it (events, scorecards, evidence, review ticks).
    void remove(std::int64_t session);

    // The review (history_review.cpp).

    /// What the candidate ticked in the review of `session`: key point id -> covered.
    [[nodiscard]] Ticks coverage(std::int64_t session) const;
    /// Saves one tick at once, replacing an earlier answer for the same point.
    void set_coverage(std::int64_t session, const std::string& point, bool covered);
    /// Every session's ticks, in one read (for the trends); with `since`, only of the sessions
    /// started on or after it.
    [[nodiscard]] std::map<std::int64_t, Ticks> all_coverage(const std::string& since = {}) const;
    /// Sessions started on or after `since` (an ISO date or date-time prefix; empty: all), oldest first.
    [[nodiscard]] std::vector<SessionRecord> list(const std::string& since = {}) const;
    using Parts = SessionParts;
    /// Calls `each` with every session `list` gives, one at a time and in the same order, each
    /// as `load` gives it (less the parts left out): one statement per table, walked side by side
    /// in one read transaction, so the history is never held in memory whole.
    void each_session(const std::string& since, const std::function<void(const SessionRecord&)>& each,
                      Parts parts = {}) const;
    /// The sessions `each_session` gives, in the same order, each with only its row and its
    /// scorecards' totals (summed by SQLite): one statement, the listing of `history`.
    void each_listed(const std::string& since, const std::function<void(const ListedSession&)>& each) const;
    /// Running sessions, newest first.
    [[nodiscard]] std::vector<SessionInfo> running() const;
    /// The last `limit` sessions of any status, newest first (one light query: shell completion).
    [[nodiscard]] std::vector<SessionInfo> recent(int limit) const;

    // Spaced review (history_reviews.cpp).

    /// Saves one review at once. `session`: the mock a miss comes from (0 for the bank and cards).
    void add_review(const RecordedReview& review, const std::string& reviewed_at, std::int64_t session = 0);
    /// Every review, oldest first.
    [[nodiscard]] std::vector<RecordedReview> reviews() const;

    // Bulk reads and writes (history_bulk.cpp): a few statements for the whole history.

    /// Every session with at least one scorecard, as the trends see it (abandoned ones left out);
    /// with `since` (a date), only those started on or after it, by their own local date.
    [[nodiscard]] std::vector<ScoredMock> scored_mocks(const std::string& since = {}) const;
    /// What compute_trends needs of the mocks started before `since` (two small queries).
    [[nodiscard]] TrendsBefore trends_before(const std::string& since, Scorer scorer, bool include_practice) const;
    /// When each of `problems` was last practised (its newest scored session); none for a
    /// problem never practised.
    [[nodiscard]] std::vector<Practice> last_practised(const std::vector<std::string>& problems) const;
    /// The local date of the newest session with a scorecard; none in an empty history.
    [[nodiscard]] std::optional<Date> last_scored_date() const;
    /// One row per complete scorecard, oldest session first, self before interviewer; abandoned
    /// sessions are left out (the CSV has no status to keep them apart).
    [[nodiscard]] std::vector<HistoryRow> history_rows(const std::string& since = {}) const;
    /// The rows `history_rows` gives, one at a time, in the same order (streamed as each_session).
    void each_history_row(const std::string& since, const std::function<void(const HistoryRow&)>& each) const;
    struct ImportCounts {
        int imported = 0;
        int skipped = 0; ///< already in the history (same start, problem, plan and mode)
    };
    /// Adds the sessions in one transaction: all of them or, on error, none.
    ImportCounts import_sessions(const std::vector<ImportedSession>& sessions);
    /// The rows a reader hands on (read_history_csv's), written as they come in one transaction:
    /// `read` is called with the function that takes each row, and what it wrote is kept only when
    /// `read` returns true (else none of it). A session already in the history (the same start
    /// minute, problem, plan and mode) is skipped whole.
    ImportCounts import_rows(const std::function<bool(const std::function<void(const GroupedRow&)>&)>& read);

    // Estimates (history_estimates.cpp).

    /// Saves one estimate at once (`record.session` 0: a drill's answer); returns its row id.
    std::int64_t add_estimate(const EstimateRecord& record);
    /// Saves several estimates in one transaction: all of them or, on error, none.
    void add_estimates(const std::vector<EstimateRecord>& records);
    /// A session's estimates in the order entered (a later one for the same name corrects it).
    [[nodiscard]] std::vector<EstimateRecord> read_estimates(std::int64_t session) const;
    /// Every estimate of the history, mocks' and drills', oldest first; abandoned sessions' left
    /// out, practice runs' marked.
    [[nodiscard]] std::vector<EstimateRecord> all_estimates() const;

    // Recordings (history_recordings.cpp).

    /// Saves (or replaces) a session's recording: where it is, what it was taken from, its levels.
    void set_recording(std::int64_t session, const Recording& recording);
    /// A session's recording; none when it was not recorded.
    [[nodiscard]] std::optional<Recording> recording(std::int64_t session) const;
    /// The recordings of the sessions started since `since` (a local date or date-time; empty: all),
    /// by session id.
    [[nodiscard]] std::map<std::int64_t, Recording> recordings(const std::string& since = {}) const;
    /// The folder recordings are kept in: `recordings` beside the history file (empty for an
    /// in-memory history).
    [[nodiscard]] std::string recordings_folder() const;
    /// Where a recording's file (as Recording::file names it, relative to the history's folder)
    /// is on this machine; empty for an in-memory history.
    [[nodiscard]] std::string recording_path(const std::string& file) const;

    // When the history goes away mid-session (history_recovery.cpp).

    /// Throws LostError when the file opened is no longer the one at the path (deleted or
    /// replaced); every write of a session checks it first, so nothing is written to a lost file.
    void check_in_place() const;
    /// Copies session `session` with every row of it into a new history at `path` (created
    /// private, with its folders), read from the file this history opened even if it is gone;
    /// returns that history, for the session to go on in. This object is done with then (let_go).
    std::unique_ptr<History> keep_session_in(std::int64_t session, const std::string& path);
    struct Recovered {
        std::string file;
        std::int64_t was = 0; ///< its id in the recovery file
        std::int64_t now = 0; ///< its id in this history
    };
    /// Brings every session kept in the recovery folder beside this history back into it (each
    /// with a new id, in one transaction per file) and removes each file once it is in.
    std::vector<Recovered> take_recovered();

    /// How long a write waits for another process's write to finish.
    static constexpr int kBusyTimeoutMs = 5000;
    /// How long a retry or a heartbeat waits for a lock.
    static constexpr int kQuickTimeoutMs = 100;

private:
    /// Throws StoreError for a SQLite file of another program (tables, but no schema version).
    void refuse_foreign() const;
    void migrate();
    void open_read_only();
    /// Remembers which file was opened (see check_in_place), and its write-ahead log.
    void note_file();
    /// Once a lost file's session is kept elsewhere: writes what the log holds into the file
    /// opened (wherever it is now), closes it, and removes its log from the path, so that a new
    /// history there does not read this one's log. The object then reads and writes nothing.
    void let_go();
    std::unique_ptr<SQLite::Database> db_;
    /// Statements a follower runs again and again, prepared once (declared after db_: they go first).
    mutable std::unique_ptr<detail::RowReader> version_query_;
    mutable std::unique_ptr<detail::RowReader> glance_query_;
    std::string path_;
    bool staged_ = false;        ///< opened Open::staged and not yet sealed
    std::optional<FileId> file_; ///< the file opened; none for ":memory:"
    std::optional<FileId> wal_;  ///< its write-ahead log (-wal) as opened
    std::optional<FileId> shm_;  ///< and the log's index (-shm)
};

} // namespace sdmock
