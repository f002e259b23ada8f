// libFuzzer target: parse_history_csv never crashes, and whatever it accepts survives a write and a
// second parse unchanged.
#include "core/history_csv.hpp"
#include "support/history_rows.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

using namespace sdmock;

namespace {

const std::vector<std::string> kProblems{"url-shortener", "rate-limiter", "a"};
const std::vector<std::string> kPlans{"standard-45", "short-30", "p"};

using test::rows_of;

bool same_card(const std::optional<Scorecard>& a, const std::optional<Scorecard>& b) {
    if (a.has_value() != b.has_value()) return false;
    return !a || (a->scores == b->scores && a->complete() && b->complete());
}

/// Equal in everything but the line number, which moves when rows are regrouped.
bool same_session(const ImportedSession& a, const ImportedSession& b) {
    return a.date == b.date && a.problem == b.problem && a.plan == b.plan && a.mode == b.mode &&
           same_card(a.self, b.self) && same_card(a.interviewer, b.interviewer) && a.self_notes == b.self_notes &&
           a.interviewer_notes == b.interviewer_notes && a.practice == b.practice;
}

/// Parses `text`; when it is valid, writes it back and checks nothing changed.
void check(std::string_view text) {
    std::vector<std::string> csv_errors;
    (void)parse_csv(text, csv_errors);
    const ImportParse first = parse_history_csv(text, kProblems, kPlans);
    if (!first.errors.empty()) {
        if (!first.sessions.empty()) std::abort();
        return;
    }
    const std::string written = write_history_csv(rows_of(first.sessions));
    const ImportParse second = parse_history_csv(written, kProblems, kPlans);
    if (!second.errors.empty() || second.sessions.size() != first.sessions.size()) std::abort();
    for (std::size_t i = 0; i < first.sessions.size(); ++i)
        if (!same_session(first.sessions[i], second.sessions[i])) std::abort();
    if (write_history_csv(rows_of(second.sessions)) != written) std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    check(text);
    // The same bytes as rows under a valid header, so that mutations reach the row checks.
    check(write_history_csv({}) + std::string(text));
    // ... and as the notes of a valid row under the header without the practice column, so that
    // odd notes (and the rows after them) go round.
    std::string legacy_header = write_history_csv({});
    legacy_header.replace(legacy_header.rfind(",practice"), std::string_view(",practice").size(), "");
    check(legacy_header + "2026-11-23T19:05,a,p,solo,self,1,2,3,4,5,1,2,3,4,5,1,2,," + std::string(text));
    // ... and as the practice value of a valid row.
    check(write_history_csv({}) + "2026-11-23T19:05,a,p,solo,self,1,2,3,4,5,1,2,3,4,5,1,2,,n," + std::string(text));
    return 0;
}
