#include "cli/commands.hpp"

#include "core/dates.hpp"
#include "core/error.hpp"
#include "core/history_csv.hpp"
#include "core/json.hpp"
#include "core/practice_run.hpp"
#include "core/text.hpp"
#include "report/session_view.hpp"
#include "store/history.hpp"

#include <algorithm>
#include <charconv>
#include <ostream>

namespace sdmock::cli {
namespace {

std::string score_text(const std::optional<CardSummary>& card) {
    if (!card) return "-";
    return std::to_string(card->total) + (card->complete ? "" : "*");
}

/// The "level" and "drill" of a session's JSON (each null when it has none), appended to `out`.
void append_level_and_drill(std::string& out, const SessionInfo& info) {
    out += ",\"level\":";
    if (info.level.empty())
        out += "null";
    else
        append_json_string(out, info.level);
    out += ",\"drill\":";
    if (!info.drill) {
        out += "null";
        return;
    }
    out += "{\"phase\":";
    append_json_string(out, info.drill->phase);
    out += ",\"focus\":";
    append_json_string(out, info.drill->focus);
    out += '}';
}

/// One session of `history --format json` appended to `out`: a compact object, its keys written
/// as they are (they need no escape).
void history_entry_json(std::string& out, const ListedSession& r) {
    const SessionInfo& info = r.info;
    out += "{\"id\":";
    append_json_number(out, static_cast<std::int64_t>(info.id));
    out += ",\"started_at\":";
    append_json_string(out, info.started_at);
    out += ",\"problem\":";
    append_json_string(out, info.problem);
    out += ",\"plan\":";
    append_json_string(out, info.plan);
    out += ",\"mode\":";
    append_json_string(out, to_string(info.mode));
    out += ",\"status\":";
    append_json_string(out, to_string(info.status));
    out += interrupted(info) ? ",\"interrupted\":true" : ",\"interrupted\":false";
    out += ",\"elapsed_s\":";
    append_json_number(out, static_cast<double>(info.elapsed.count()) / 1000.0);
    out += info.practice.any() ? ",\"practice\":true" : ",\"practice\":false";
    out += ",\"practice_reasons\":[";
    bool first = true;
    for (const auto& reason : practice_reason_ids(info.practice)) {
        if (!first) out += ',';
        first = false;
        append_json_string(out, reason);
    }
    out += ']';
    append_level_and_drill(out, info);
    if (r.self) {
        out += ",\"self_total\":";
        append_json_number(out, static_cast<std::int64_t>(r.self->total));
    }
    if (r.interviewer) {
        out += ",\"interviewer_total\":";
        append_json_number(out, static_cast<std::int64_t>(r.interviewer->total));
    }
    out += '}';
}

/// `text` fitted to `width` columns (as `fit`) at the end of `line`; plain ASCII, nearly every
/// field, is padded without measuring it code point by code point.
void put(std::string& line, std::string_view text, int width) {
    const auto w = static_cast<std::size_t>(width);
    bool ascii = text.size() < w && std::all_of(text.begin(), text.end(), [](char c) { return c >= ' ' && c <= '~'; });
    if (ascii) {
        line.append(text).append(w - text.size(), ' ');
        return;
    }
    line += fit(text, width);
}

} // namespace

int run_history(const Context& context, const HistoryOptions& options) {
    if (!options.since.empty() && !parse_date(options.since))
        throw UsageError("--since \"" + options.since + "\" is not a date; give it as YYYY-MM-DD, e.g. 2026-11-01");
    History history(context.db);
    if (options.format == "csv") {
        context.out << history_csv_header();
        history.each_history_row(options.since, [&](const HistoryRow& row) { context.out << history_csv_row(row); });
        return kExitOk;
    }
    // Each session is written as it is read: the history is never held whole (one statement).
    // One compact object a line.
    if (options.format == "json") {
        bool first = true;
        std::string entry;
        history.each_listed(options.since, [&](const ListedSession& r) {
            entry.assign(first ? "[\n" : ",\n");
            history_entry_json(entry, r);
            context.out << entry;
            first = false;
        });
        context.out << (first ? "[]\n" : "\n]\n");
        return kExitOk;
    }
    bool any = false;
    std::string line;
    history.each_listed(options.since, [&](const ListedSession& r) {
        if (!any)
            context.out << fit("ID", 5) << fit("DATE", 17) << fit("PROBLEM", 21) << fit("PLAN", 12) << fit("MODE", 12)
                        << fit("LEVEL", 8) << fit("STATUS", 12) << fit("SELF", 6) << fit("INTERVIEWER", 13)
                        << "PRACTICE\n";
        any = true;
        line.clear(); // written whole, in one go
        char id[24];
        put(line, std::string_view(id, static_cast<std::size_t>(std::to_chars(id, id + sizeof id, r.info.id).ptr - id)),
            5);
        put(line, std::string_view(r.info.started_at).substr(0, 16), 17);
        put(line, r.info.problem, 21);
        put(line, r.info.plan, 12);
        put(line, to_string(r.info.mode), 12);
        put(line, r.info.level.empty() ? "-" : r.info.level, 8);
        put(line, shown_status(r.info), 12);
        put(line, score_text(r.self), 6);
        std::string practice = practice_text(r.info.practice, r.info.speed);
        std::string tail = practice.empty() ? "" : "yes (" + practice + ")";
        if (r.info.drill) tail += (tail.empty() ? "" : " · ") + ("drill: " + drill_text(*r.info.drill));
        if (tail.empty()) {
            line += score_text(r.interviewer);
        } else {
            put(line, score_text(r.interviewer), 13);
            line += tail;
        }
        line += '\n';
        context.out << line;
    });
    if (!any)
        context.out << (options.since.empty() ? "No sessions yet" : "No sessions since " + options.since)
                    << ". Start one with `sdmock start`.\n";
    return kExitOk;
}

} // namespace sdmock::cli
