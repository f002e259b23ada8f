#pragma once
/// The history CSV of the contract (RFC 4180), both ways:
/// `date,problem,plan,mode,scorer,<12 dimensions>,total,notes,practice`, one row per scorecard;
/// rows with the same date, problem, plan and mode are one session. `practice` is `true` or
/// `false`; a file without that last column (the header before it was added) is read as not
/// practice.
#include "core/scorecard.hpp"
#include "core/session.hpp"

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace sdmock {

/// What import reads at most: a bigger file, a longer record (a row, with its quoted line breaks),
/// a longer field or more rows is refused whole, with the line it happened on.
constexpr std::size_t kImportMaxFileBytes = std::size_t{16} << 20U;   // 16 MiB
constexpr std::size_t kImportMaxRecordBytes = std::size_t{64} << 10U; // 64 KiB
constexpr std::size_t kImportMaxFieldBytes = std::size_t{16} << 10U;  // 16 KiB
constexpr std::size_t kImportMaxRows = 100000;

/// The header line's fields, in order (`practice` last).
[[nodiscard]] std::vector<std::string> history_csv_columns();

/// One record of a CSV file and the line it starts on (1-based; a quoted field may span lines).
struct CsvRecord {
    int line = 0;
    std::vector<std::string> fields;
};

/// Splits RFC 4180 text into records: fields separated by commas, records by CRLF or LF,
/// fields optionally quoted with '"' (a quoted field may hold commas, CR, LF and "" for a
/// quote). A final line break is optional; blank lines are skipped. Appends one message to
/// `errors` per malformed record (an unterminated quote, text after a closing quote).
[[nodiscard]] std::vector<CsvRecord> parse_csv(std::string_view text, std::vector<std::string>& errors);

/// One scorecard of the history, as a CSV row sees it.
struct HistoryRow {
    std::string date; ///< `2026-11-23T19:05` or `2026-11-23`
    std::string problem;
    std::string plan;
    Mode mode = Mode::solo;
    Scorer scorer = Scorer::self;
    Scorecard card; ///< complete: twelve scores
    std::string notes;
    bool practice = false; ///< the session is a practice run
};

/// The header line, CRLF-terminated.
[[nodiscard]] std::string history_csv_header();
/// One CRLF-terminated row.
[[nodiscard]] std::string history_csv_row(const HistoryRow& row);
/// The header and one CRLF-terminated row per entry, in the order given.
[[nodiscard]] std::string write_history_csv(const std::vector<HistoryRow>& rows);

/// A session to create from imported rows.
struct ImportedSession {
    int line = 0; ///< of its first row
    std::string date;
    std::string problem;
    std::string plan;
    Mode mode = Mode::solo;
    std::optional<Scorecard> self;
    std::optional<Scorecard> interviewer;
    std::string self_notes;
    std::string interviewer_notes;
    bool practice = false; ///< marked practice in the file
};

/// One good row of a history CSV as read_history_csv hands it on: the session it belongs to is
/// numbered from 0 in the order of the sessions' first rows, and `first` when this row opens it.
struct GroupedRow {
    int line = 0;
    std::size_t session = 0;
    bool first = false;
    HistoryRow row;
};

struct ImportParse {
    std::vector<ImportedSession> sessions; ///< in file order of their first row
    std::vector<std::string> errors;       ///< "line N: message", one per bad line; empty when valid
};

/// Reads a history CSV, with or without the `practice` column. Every bad line is named with its
/// number: a header that is not the contract's, a short or long row, a bad date, an unknown
/// problem, plan, mode or scorer, a score that is not a whole number 1-5, a total that disagrees
/// with the scores (an empty total is recomputed), a practice value other than true or false (in
/// any case; empty is false), two rows for the same session and scorer, or two rows of a session
/// that disagree on practice, an interviewer row for a solo mock, a field with a control character
/// (notes may hold line breaks and tabs) or past the limits above; a file with a NUL byte or
/// text that is not UTF-8 is refused at its first such byte. `problems` and `plans` are the
/// known ids. Records are checked one at a time as they are read.
[[nodiscard]] ImportParse parse_history_csv(std::string_view text, const std::vector<std::string>& problems,
                                            const std::vector<std::string>& plans);

/// The streaming form of parse_history_csv, under the same rules: each good row goes to `take` as
/// soon as it is checked, until the first bad line (the rest are only checked), so the sessions
/// are never all held in memory. Returns the errors, as ImportParse::errors; the rows taken count
/// only when it is empty.
[[nodiscard]] std::vector<std::string> read_history_csv(std::string_view text, const std::vector<std::string>& problems,
                                                        const std::vector<std::string>& plans,
                                                        const std::function<void(const GroupedRow&)>& take);

} // namespace sdmock
