#include "core/history_csv.hpp"

#include "core/csv.hpp"
#include "core/dates.hpp"
#include "core/terminal_text.hpp"
#include "core/text.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <unordered_map>
#include <unordered_set>
#include <utility>

namespace sdmock {
namespace {

constexpr std::size_t kColumnCount = 5 + kDimensionCount + 3; // identity, scores, total, notes, practice
constexpr std::size_t kLegacyColumnCount = kColumnCount - 1;  // the header before practice was added
constexpr std::size_t kFirstScore = 5;
constexpr std::size_t kTotalColumn = kFirstScore + kDimensionCount;
constexpr std::size_t kNotesColumn = kTotalColumn + 1;
constexpr std::size_t kPracticeColumn = kNotesColumn + 1;

struct LineError {
    int line = 0;
    std::string message;
};

/// A record as read, with whether it was malformed (its error is already reported).
struct RawRecord {
    CsvRecord record;
    bool bad = false;
};

/// RFC 4180 reader: one pass over the text, counting lines as it goes.
class CsvReader {
public:
    CsvReader(std::string_view text, std::vector<LineError>& errors) : text_(text), errors_(errors) {}

    /// Hands each record to `take` as it is read, so only one record is held at a time (one
    /// record's storage, reused: no allocation per field once the first rows are read).
    template <typename Take> void read(Take&& take) {
        static constexpr std::string_view kBom = "\xEF\xBB\xBF";
        if (text_.substr(0, kBom.size()) == kBom) pos_ = kBom.size();
        RawRecord record;
        while (!at_end()) {
            if (at_line_end()) { // a blank line
                skip_line_end();
                continue;
            }
            record.bad = false;
            record.record.line = line_;
            std::size_t start = pos_;
            read_record(record);
            if (pos_ - start > kImportMaxRecordBytes)
                fail(record, record.record.line,
                     "the record is longer than " + std::to_string(kImportMaxRecordBytes / 1024) + " KiB");
            take(static_cast<const RawRecord&>(record));
        }
    }

    std::vector<RawRecord> read() {
        std::vector<RawRecord> records;
        read([&](const RawRecord& r) { records.push_back(r); });
        return records;
    }

private:
    [[nodiscard]] bool at_end() const { return pos_ >= text_.size(); }
    [[nodiscard]] char peek() const { return text_[pos_]; }

    /// LF, or CR LF; a lone CR is data.
    [[nodiscard]] bool at_line_end() const {
        if (at_end()) return false;
        if (peek() == '\n') return true;
        return peek() == '\r' && pos_ + 1 < text_.size() && text_[pos_ + 1] == '\n';
    }

    void skip_line_end() {
        pos_ += peek() == '\r' ? 2U : 1U;
        ++line_;
    }

    void fail(RawRecord& record, int line, std::string message) {
        if (record.bad) return;
        record.bad = true;
        errors_.push_back({line, std::move(message)});
    }

    void read_record(RawRecord& record) {
        auto& fields = record.record.fields;
        std::size_t count = 0;
        for (;;) {
            if (count == fields.size()) fields.emplace_back();
            std::string& field = fields[count++];
            field.clear();
            if (!at_end() && peek() == '"')
                read_quoted(field, record);
            else
                read_plain(field, record);
            bool last = at_end() || peek() != ',';
            if (last) fields.resize(count);
            if (at_end()) return;
            if (peek() == ',') {
                ++pos_;
                continue;
            }
            skip_line_end();
            return;
        }
    }

    void read_plain(std::string& field, RawRecord& record) {
        const std::size_t start = pos_;
        const std::size_t size = text_.size();
        while (pos_ < size) {
            const char c = text_[pos_];
            if (!kSpecial[static_cast<unsigned char>(c)]) { // nearly every byte
                ++pos_;
                continue;
            }
            if (c == ',' || c == '\n') break;
            if (c == '\r' && pos_ + 1 < size && text_[pos_ + 1] == '\n') break; // a lone CR is data
            if (c == '"')
                fail(record, line_,
                     "a '\"' inside a field that does not start with one; quote the whole field and double the '\"'");
            ++pos_;
        }
        field.append(text_.substr(start, pos_ - start));
    }

    /// The bytes that may end a plain field or be wrong in it.
    static constexpr std::array<bool, 256> kSpecial = [] {
        std::array<bool, 256> special{};
        for (char c : std::string_view(",\n\r\""))
            special[static_cast<unsigned char>(c)] = true;
        return special;
    }();

    void read_quoted(std::string& field, RawRecord& record) {
        const int open_line = line_;
        ++pos_;
        for (;;) {
            if (at_end()) {
                fail(record, open_line, "a quoted field is not closed; add the closing '\"'");
                return;
            }
            const char c = peek();
            ++pos_;
            if (c == '"') {
                if (at_end() || peek() != '"') break;
                ++pos_;
            } else if (c == '\n') {
                ++line_;
            }
            field += c;
        }
        if (at_end() || peek() == ',' || at_line_end()) return;
        fail(record, line_, "text after a closing quote; a field that starts with '\"' must end with it");
        while (!at_end() && peek() != ',' && !at_line_end())
            ++pos_;
    }

    std::string_view text_;
    std::vector<LineError>& errors_;
    std::size_t pos_ = 0;
    int line_ = 1;
};

std::string header_text() {
    return join(history_csv_columns(), ",");
}

/// A field as an error message shows it: on one line, control characters escaped, and cut short
/// (on a UTF-8 boundary) when long.
std::string shown(std::string_view text) {
    static constexpr std::size_t kMaxBytes = 60;
    static constexpr std::string_view kHex = "0123456789abcdef";
    std::string out;
    std::size_t i = 0;
    for (; i < text.size() && out.size() < kMaxBytes; ++i) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte == '\n')
            out += "\\n";
        else if (byte == '\r')
            out += "\\r";
        else if (byte == '\t')
            out += "\\t";
        else if (byte < 0x20 || byte == 0x7f)
            out += std::string("\\x") + kHex[byte >> 4] + kHex[byte & 0xf];
        else
            out += static_cast<char>(byte);
    }
    if (i == text.size()) return out;
    while (i > 0 && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) { // back to a code point start
        --i;
        out.pop_back();
    }
    return out + "...";
}

/// What is wrong with a header that is not the contract's, or "" when it is right (with or
/// without the last column, practice).
std::string header_problem(const std::vector<std::string>& fields) {
    const auto columns = history_csv_columns();
    const std::vector<std::string> legacy(columns.begin(), columns.end() - 1);
    if (fields == columns || fields == legacy) return "";
    const std::vector<std::string> dimensions(kDimensionIds.begin(), kDimensionIds.end());
    for (const auto& field : fields) {
        if (std::find(columns.begin(), columns.end(), field) != columns.end()) continue;
        auto near = closest(field, dimensions, 1);
        if (!near.empty()) return "unknown dimension column '" + shown(field) + "' (did you mean '" + near[0] + "'?)";
        return "unknown column '" + shown(field) + "'";
    }
    for (const auto& column : legacy)
        if (std::find(fields.begin(), fields.end(), column) == fields.end()) return "missing column '" + column + "'";
    if (fields.size() != columns.size() && fields.size() != legacy.size()) return "a column appears twice";
    return "the columns are out of order";
}

/// `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`, a real calendar date and a real time of day.
bool valid_date(std::string_view text) {
    static constexpr std::string_view kPattern = "0000-00-00T00:00";
    if (text.size() != 10 && text.size() != kPattern.size()) return false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const bool digit = text[i] >= '0' && text[i] <= '9';
        if (kPattern[i] == '0' ? !digit : text[i] != kPattern[i]) return false;
    }
    if (!parse_date(text)) return false;
    if (text.size() == 10) return true;
    const int hour = (text[11] - '0') * 10 + (text[12] - '0');
    const int minute = (text[14] - '0') * 10 + (text[15] - '0');
    return hour <= 23 && minute <= 59;
}

std::optional<int> whole_number(std::string_view text) {
    int value = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
    return value;
}

/// The ids a file's rows may name, looked up by hash.
struct KnownIds {
    explicit KnownIds(const std::vector<std::string>& ids) : list(ids), set(ids.begin(), ids.end()) {}
    const std::vector<std::string>& list;
    std::unordered_set<std::string_view> set;
};

/// "" when `id` is known, else the message naming it and the closest known id.
std::string unknown_id(std::string_view what, const std::string& id, const KnownIds& ids) {
    if (ids.set.count(id) != 0) return "";
    const std::vector<std::string>& known = ids.list;
    std::string message = "unknown " + std::string(what) + " '" + shown(id) + "'";
    auto near = closest(id, known, 1);
    if (!near.empty()) return message + "; did you mean '" + near[0] + "'?";
    if (known.empty()) return message + "; there are no " + std::string(what) + "s to import into";
    return message + "; known " + std::string(what) + "s: " + join(known, ", ");
}

/// Checks date, problem, plan, mode and scorer; "" when they are good.
std::string check_identity(const std::vector<std::string>& f, const KnownIds& problems, const KnownIds& plans,
                           HistoryRow& row) {
    if (!valid_date(f[0])) return "bad date \"" + shown(f[0]) + "\"; use YYYY-MM-DD or YYYY-MM-DDTHH:MM";
    if (auto problem = unknown_id("problem", f[1], problems); !problem.empty()) return problem;
    if (auto plan = unknown_id("plan", f[2], plans); !plan.empty()) return plan;
    auto mode = mode_from(f[3]);
    if (!mode) return "mode \"" + shown(f[3]) + "\" should be solo or interviewer";
    auto scorer = scorer_from(f[4]);
    if (!scorer) return "scorer \"" + shown(f[4]) + "\" should be self or interviewer";
    if (*mode == Mode::solo && *scorer == Scorer::interviewer)
        return "an interviewer row for a solo mock: a solo mock has only a self scorecard (a paired mock has mode "
               "interviewer)";
    row.date = f[0];
    row.problem = f[1];
    row.plan = f[2];
    row.mode = *mode;
    row.scorer = *scorer;
    return "";
}

/// Checks the twelve scores and the total; "" when they are good.
std::string check_scores(const std::vector<std::string>& f, HistoryRow& row) {
    for (std::size_t i = 0; i < kDimensionCount; ++i) {
        const std::string& text = f[kFirstScore + i];
        auto score = whole_number(text);
        if (!score || *score < 1 || *score > 5)
            return std::string(kDimensionIds[i]) + " score \"" + shown(text) +
                   "\" should be a whole number from 1 to 5";
        row.card.scores[i] = *score;
    }
    const std::string& total_text = f[kTotalColumn];
    if (total_text.empty()) return "";
    auto total = whole_number(total_text);
    if (!total) return "total \"" + shown(total_text) + "\" should be a whole number, or empty to have it added up";
    if (*total != row.card.total())
        return "total " + total_text + " disagrees with the scores, which add up to " +
               std::to_string(row.card.total());
    return "";
}

/// `true` or `false` in any case (a spreadsheet writes TRUE), empty for false; "" when good.
std::string check_practice(const std::string& text, HistoryRow& row) {
    std::string lower = text;
    for (auto& c : lower)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (lower.empty() || lower == "false" || lower == "true") {
        row.practice = lower == "true";
        return "";
    }
    return "practice \"" + shown(text) + "\" should be true or false";
}

/// Every field plain text of a bounded size: no control character (the notes may hold line
/// breaks and tabs), nothing that is not UTF-8; "" when good.
std::string check_text(const std::vector<std::string>& f) {
    static const auto columns = history_csv_columns();
    auto name = [&](std::size_t i) { return i < columns.size() ? columns[i] : std::string("field"); };
    for (std::size_t i = 0; i < f.size(); ++i) {
        if (f[i].size() > kImportMaxFieldBytes)
            return name(i) + " is longer than " + std::to_string(kImportMaxFieldBytes / 1024) + " KiB";
        // The other fields are ids, dates and numbers, checked (and any control character
        // refused) by what they must be.
        if (auto fault = i == kNotesColumn ? text_fault(f[i], true) : std::nullopt)
            return name(i) + " \"" + shown(f[i]) + "\" holds " + describe(*fault) + "; fields are plain text";
    }
    return "";
}

/// Checks one row of a file whose header has `columns` fields.
std::string check_row(const CsvRecord& record, std::size_t columns, const KnownIds& problems, const KnownIds& plans,
                      HistoryRow& row) {
    const auto& f = record.fields;
    if (f.size() != columns)
        return std::to_string(f.size()) + (f.size() == 1 ? " field" : " fields") + ", expected " +
               std::to_string(columns);
    if (auto problem = check_text(f); !problem.empty()) return problem;
    if (auto problem = check_identity(f, problems, plans, row); !problem.empty()) return problem;
    if (auto problem = check_scores(f, row); !problem.empty()) return problem;
    row.notes = f[kNotesColumn];
    if (columns > kPracticeColumn) return check_practice(f[kPracticeColumn], row);
    return "";
}

/// Groups rows into sessions by date, problem, plan and mode, keeping per session only what the
/// rules need (its first line, its practice mark, which scorecards it has), never the rows.
class SessionGrouper {
public:
    /// "" when the row joins (or opens) a session, numbered in `session`; else why it cannot.
    std::string add(const HistoryRow& row, int line, std::size_t& session, bool& first) {
        key_.clear();
        key_.append(row.date).append(1, '\x1f').append(row.problem).append(1, '\x1f').append(row.plan);
        key_.append(1, '\x1f').append(to_string(row.mode));
        auto [it, inserted] = index_.try_emplace(key_, State{line, index_.size(), row.practice, false, false});
        State& state = it->second;
        const bool self = row.scorer == Scorer::self;
        bool& has = self ? state.self : state.interviewer;
        if (has)
            return "a second " + std::string(to_string(row.scorer)) + " row for the session of line " +
                   std::to_string(state.line) + "; keep one of them";
        if (row.practice != state.practice)
            return std::string("practice ") + (row.practice ? "true" : "false") + " disagrees with line " +
                   std::to_string(state.line) + " of the same session; mark both rows alike";
        has = true;
        session = state.number;
        first = inserted;
        return "";
    }

private:
    struct State {
        int line;
        std::size_t number;
        bool practice;
        bool self;
        bool interviewer;
    };
    std::string key_;
    std::unordered_map<std::string, State> index_;
};

std::vector<std::string> format_errors(std::vector<LineError> errors) {
    std::stable_sort(errors.begin(), errors.end(),
                     [](const LineError& a, const LineError& b) { return a.line < b.line; });
    std::vector<std::string> out;
    out.reserve(errors.size());
    for (auto& e : errors)
        out.push_back("line " + std::to_string(e.line) + ": " + e.message);
    return out;
}

} // namespace

std::vector<std::string> history_csv_columns() {
    std::vector<std::string> columns{"date", "problem", "plan", "mode", "scorer"};
    for (auto d : kDimensionIds)
        columns.emplace_back(d);
    columns.emplace_back("total");
    columns.emplace_back("notes");
    columns.emplace_back("practice");
    return columns;
}

std::vector<CsvRecord> parse_csv(std::string_view text, std::vector<std::string>& errors) {
    std::vector<LineError> found;
    auto raw = CsvReader(text, found).read();
    std::vector<CsvRecord> records;
    for (auto& r : raw)
        if (!r.bad) records.push_back(std::move(r.record));
    for (auto& message : format_errors(std::move(found)))
        errors.push_back(std::move(message));
    return records;
}

std::string history_csv_header() {
    return csv_row(history_csv_columns());
}

std::string history_csv_row(const HistoryRow& row) {
    std::vector<std::string> fields{row.date, row.problem, row.plan, std::string(to_string(row.mode)),
                                    std::string(to_string(row.scorer))};
    fields.reserve(kColumnCount);
    for (const auto& score : row.card.scores)
        fields.push_back(score ? std::to_string(*score) : "");
    fields.push_back(std::to_string(row.card.total()));
    fields.push_back(row.notes);
    fields.emplace_back(row.practice ? "true" : "false");
    return csv_row(fields);
}

std::string write_history_csv(const std::vector<HistoryRow>& rows) {
    std::string out = history_csv_header();
    for (const auto& row : rows)
        out += history_csv_row(row);
    return out;
}

std::vector<std::string> read_history_csv(std::string_view text, const std::vector<std::string>& problems,
                                          const std::vector<std::string>& plans,
                                          const std::function<void(const GroupedRow&)>& take) {
    std::vector<LineError> errors;
    if (auto fault = text_fault(text, true); fault && (fault->what == "NUL" || fault->what == "invalid UTF-8")) {
        errors.push_back({fault->line, "the file holds " + fault->what + " at column " + std::to_string(fault->column) +
                                           "; a history CSV is UTF-8 text"});
        return format_errors(std::move(errors));
    }
    bool header_seen = false;
    std::size_t columns = kColumnCount;
    std::size_t rows = 0;
    SessionGrouper grouper;
    GroupedRow good;
    const KnownIds known_problems(problems);
    const KnownIds known_plans(plans);
    CsvReader(text, errors).read([&](const RawRecord& raw) {
        if (!header_seen) {
            header_seen = true;
            if (raw.bad) return;
            if (auto problem = header_problem(raw.record.fields); !problem.empty())
                errors.push_back({raw.record.line, "the header should be: " + header_text() + "; " + problem});
            // A header without the practice column (or a bad one, already reported) reads rows without it.
            if (raw.record.fields.size() == kLegacyColumnCount) columns = kLegacyColumnCount;
            return;
        }
        if (++rows == kImportMaxRows + 1)
            errors.push_back({raw.record.line, "more than " + std::to_string(kImportMaxRows) +
                                                   " rows; split the file and import each part"});
        if (raw.bad || rows > kImportMaxRows) return;
        // Every field is set by check_row (the texts reuse their storage); the rest starts anew.
        good.row.card.scores.fill(std::nullopt);
        good.row.practice = false;
        good.line = raw.record.line;
        std::string problem = check_row(raw.record, columns, known_problems, known_plans, good.row);
        if (problem.empty()) problem = grouper.add(good.row, good.line, good.session, good.first);
        if (!problem.empty())
            errors.push_back({raw.record.line, std::move(problem)});
        else if (errors.empty()) // after the first error nothing will be imported: only check the rest
            take(good);
    });
    if (!header_seen && errors.empty())
        errors.push_back({1, "the file is empty; the header should be: " + header_text()});
    return format_errors(std::move(errors));
}

ImportParse parse_history_csv(std::string_view text, const std::vector<std::string>& problems,
                              const std::vector<std::string>& plans) {
    ImportParse out;
    out.errors = read_history_csv(text, problems, plans, [&](const GroupedRow& g) {
        if (g.first) {
            ImportedSession& session = out.sessions.emplace_back();
            session.line = g.line;
            session.date = g.row.date;
            session.problem = g.row.problem;
            session.plan = g.row.plan;
            session.mode = g.row.mode;
            session.practice = g.row.practice;
        }
        ImportedSession& session = out.sessions[g.session];
        const bool self = g.row.scorer == Scorer::self;
        (self ? session.self : session.interviewer) = g.row.card;
        (self ? session.self_notes : session.interviewer_notes) = g.row.notes;
    });
    if (!out.errors.empty()) out.sessions.clear();
    return out;
}

} // namespace sdmock
