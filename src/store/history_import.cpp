// The import: rows written as the reader hands them on, in one transaction.
#include "store/history.hpp"

#include "core/dates.hpp"
#include "core/session.hpp"
#include "store/sql_util.hpp"

#include <string_view>

namespace sdmock {
using detail::dims_list;
using detail::guarded;

namespace {

constexpr int kImportCacheKiB = 16384;

/// The full start (seconds and the local zone's offset) of a CSV date, as iso_with_offset makes
/// it, with the offset worked out once for a run of rows of the same day (a file is usually in
/// date order): a day whose first and last minutes have the same offset has it all day, the zone
/// changing it at most once a day, and only a day that changes it is worked out row by row.
class StartTimes {
public:
    const std::string& full(const std::string& date) {
        const bool minute = date.size() == 16;
        if (!minute && date.size() != 10) return text_ = iso_with_offset(date);
        if (date.compare(0, 10, day_) != 0) {
            day_.assign(date, 0, 10);
            constexpr std::size_t kUntilOffset = 19; // 2026-11-23T19:05:00
            const std::string first = iso_with_offset(day_ + "T00:00");
            const std::string last = iso_with_offset(day_ + "T23:59");
            offset_.clear();
            if (first.size() > kUntilOffset && last.size() > kUntilOffset &&
                first.compare(kUntilOffset, std::string::npos, last, kUntilOffset) == 0)
                offset_.assign(first, kUntilOffset);
        }
        if (offset_.empty()) return text_ = iso_with_offset(date); // the day the clocks change
        text_.assign(date).append(minute ? ":00" : "T00:00:00").append(offset_);
        return text_;
    }

private:
    std::string day_;    ///< the date of the last row
    std::string offset_; ///< its offset all day ("+01:00"); empty when it changes that day
    std::string text_;
};

/// For an import: a bigger page cache (kImportCacheKiB) and no foreign-key checks, each scorecard
/// going to the session just written for it; the defaults again afterwards.
struct ImportSettings {
    explicit ImportSettings(SQLite::Database& db) : db_(db) {
        // With the default 2 MiB a large import spills pages to the log mid-transaction and writes
        // them again, which made the cost of 100,000 rows 14x that of 10,000 instead of 10x.
        db_.exec("PRAGMA cache_size = -" + std::to_string(kImportCacheKiB));
        db_.exec("PRAGMA foreign_keys = OFF"); // outside the transaction, where it takes effect
    }
    ~ImportSettings() {
        try {
            db_.exec("PRAGMA cache_size = -2000");
            db_.exec("PRAGMA foreign_keys = ON");
        } catch (const SQLite::Exception&) { // the next statement reports a lost connection
        }
    }
    ImportSettings(const ImportSettings&) = delete;
    ImportSettings& operator=(const ImportSettings&) = delete;

private:
    SQLite::Database& db_;
};

} // namespace

History::ImportCounts
History::import_rows(const std::function<bool(const std::function<void(const GroupedRow&)>&)>& read) {
    return guarded(path_, "import into", [&] {
        ImportCounts counts;
        ImportSettings settings(*db_);
        SQLite::Transaction tx(*db_, SQLite::TransactionBehavior::IMMEDIATE);
        // The same minute, problem, plan and mode: a range of the start index holding that minute only.
        SQLite::Statement exists(*db_, "SELECT 1 FROM sessions WHERE started_at >= ?1 AND started_at < ?1 || '~' AND "
                                       "substr(started_at, 1, 16) = ?1 AND problem = ? AND plan = ? AND mode = ?");
        SQLite::Statement add(*db_,
                              "INSERT INTO sessions (problem, plan, mode, status, started_at, seed, speed, "
                              "practice, started_ms, utc_offset_s) VALUES (?, ?, ?, 'finished', ?, 0, 1, ?, ?, ?)");
        std::string marks;
        for (std::size_t i = 0; i < kDimensionCount; ++i)
            marks += ", ?";
        SQLite::Statement card(*db_, "INSERT INTO scorecards (session_id, scorer, notes, " + dims_list() +
                                         ", total) VALUES (?, ?, ?" + marks + ", ?)");
        std::vector<std::int64_t> ids; // by the reader's session number; 0: already in the history, skipped
        // Into an empty history (a first import, a restore) nothing can be there already.
        const bool empty = db_->execAndGet("SELECT NOT EXISTS (SELECT 1 FROM sessions)").getInt() != 0;
        // There the secondary indexes are dropped and built again once the rows are in (a sort,
        // cheaper than keeping each one up to date row by row), in the same transaction: a crash
        // or a bad file rolls the drop back with the rows.
        std::vector<std::string> rebuild;
        if (empty) {
            SQLite::Statement indexes(*db_, "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND "
                                            "tbl_name IN ('sessions', 'scorecards') AND sql IS NOT NULL");
            std::vector<std::string> names;
            // The index of unfinished cards is kept: it holds nearly nothing, and checking its
            // condition row by row costs less than reading every card again to build it.
            while (indexes.executeStep()) {
                if (indexes.getColumn(0).getString() == detail::kListingIndex) continue;
                names.push_back(indexes.getColumn(0).getString());
                rebuild.push_back(indexes.getColumn(1).getString());
            }
            for (const auto& name : names)
                db_->exec("DROP INDEX \"" + name + "\"");
        }
        StartTimes starts;
        std::string minute;
        std::string mode;
        std::string scorer;
        // The texts are bound without a copy: each lives until its statement has run.
        auto take = [&](const GroupedRow& g) {
            const HistoryRow& row = g.row;
            if (g.first) {
                const std::string& started = starts.full(row.date);
                mode.assign(to_string(row.mode));
                bool present = false;
                if (!empty) {
                    minute.assign(started, 0, 16);
                    exists.bindNoCopy(1, minute);
                    exists.bindNoCopy(2, row.problem);
                    exists.bindNoCopy(3, row.plan);
                    exists.bindNoCopy(4, mode);
                    present = exists.executeStep();
                    exists.reset();
                }
                if (ids.size() <= g.session) ids.resize(g.session + 1, 0);
                if (present) {
                    ++counts.skipped;
                    return;
                }
                add.bindNoCopy(1, row.problem);
                add.bindNoCopy(2, row.plan);
                add.bindNoCopy(3, mode);
                add.bindNoCopy(4, started);
                add.bind(5, row.practice ? detail::kImportedBit : std::int64_t{0});
                if (auto instant = parse_instant(started)) { // else the trigger works it out
                    add.bind(6, static_cast<std::int64_t>(instant->ms));
                    add.bind(7, instant->offset_s);
                } else {
                    add.bind(6);
                    add.bind(7, 0);
                }
                add.exec();
                add.reset();
                ids[g.session] = db_->getLastInsertRowid();
                ++counts.imported;
            }
            if (g.session >= ids.size() || ids[g.session] == 0) return;
            scorer.assign(to_string(row.scorer));
            card.bind(1, static_cast<std::int64_t>(ids[g.session]));
            card.bindNoCopy(2, scorer);
            card.bindNoCopy(3, row.notes);
            for (std::size_t i = 0; i < kDimensionCount; ++i)
                card.bind(4 + static_cast<int>(i), row.card.scores[i].value_or(0));
            card.bind(4 + static_cast<int>(kDimensionCount), row.card.total());
            card.exec();
            card.reset();
        };
        if (!read(take)) return counts; // rolled back, the indexes with the rows
        for (const auto& sql : rebuild)
            db_->exec(sql);
        tx.commit();
        return counts;
    });
}

History::ImportCounts History::import_sessions(const std::vector<ImportedSession>& sessions) {
    return import_rows([&](const std::function<void(const GroupedRow&)>& take) {
        for (std::size_t i = 0; i < sessions.size(); ++i) {
            const ImportedSession& s = sessions[i];
            GroupedRow g;
            g.line = s.line;
            g.session = i;
            g.first = true;
            g.row.date = s.date;
            g.row.problem = s.problem;
            g.row.plan = s.plan;
            g.row.mode = s.mode;
            g.row.practice = s.practice;
            auto put = [&](Scorer scorer, const std::optional<Scorecard>& card, const std::string& notes) {
                if (!card) return;
                g.row.scorer = scorer;
                g.row.card = *card;
                g.row.notes = notes;
                take(g);
                g.first = false;
            };
            put(Scorer::self, s.self, s.self_notes);
            put(Scorer::interviewer, s.interviewer, s.interviewer_notes);
        }
        return true;
    });
}

} // namespace sdmock
