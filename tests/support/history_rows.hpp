#pragma once
// Rows back from imported sessions (the self row, then the interviewer row): what an export of
// them would write. Shared by the CSV tests and the CSV fuzz target.
#include "core/history_csv.hpp"

#include <vector>

namespace sdmock::test {

inline std::vector<HistoryRow> rows_of(const std::vector<ImportedSession>& sessions) {
    std::vector<HistoryRow> rows;
    for (const auto& s : sessions) {
        HistoryRow row;
        row.date = s.date;
        row.problem = s.problem;
        row.plan = s.plan;
        row.mode = s.mode;
        row.practice = s.practice;
        if (s.self) {
            row.scorer = Scorer::self;
            row.card = *s.self;
            row.notes = s.self_notes;
            rows.push_back(row);
        }
        if (s.interviewer) {
            row.scorer = Scorer::interviewer;
            row.card = *s.interviewer;
            row.notes = s.interviewer_notes;
            rows.push_back(row);
        }
    }
    return rows;
}

} // namespace sdmock::test
