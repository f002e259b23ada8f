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

/// One session of `history --format json`: an object on one line.
std::string history_entry_json(const ListedSession& r) {
    JsonWriter json(1);
    json.begin_object().key("id").value(static_cast<std::int64_t>(r.info.id));
    json.key("started_at").value(r.info.started_at).key("problem").value(r.info.problem);
    json.key("plan").value(r.info.plan).key("mode").value(to_string(r.info.mode));
    json.key("status").value(to_string(r.info.status));
    json.key("interrupted").value(interrupted(r.info));
    json.key("elapsed_s").value(static_cast<double>(r.info.elapsed.count()) / 1000.0);
    json.key("practice").value(r.info.practice.any());
    json.key("practice_reasons").string_array(practice_reason_ids(r.info.practice));
    if (r.info.level.empty())
        json.key("level").null();
    else
        json.key("level").value(r.info.level);
    json.key("drill");
    if (r.info.drill)
        json.begin_object()
            .key("phase")
            .value(r.info.drill->phase)
            .key("focus")
            .value(r.info.drill->focus)
            .end_object();
    else
        json.null();
    if (r.self) json.key("self_total").value(r.self->total);
    if (r.interviewer) json.key("interviewer_total").value(r.interviewer->total);
    json.end_object();
    return json.text();
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
    if (options.format == "json") {
        bool first = true;
        history.each_listed(options.since, [&](const ListedSession& r) {
            context.out << (first ? "[\n  " : ",\n  ") << history_entry_json(r);
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
