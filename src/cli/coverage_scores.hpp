#pragma once
/// The scores each reviewed solo mock's coverage of the answer key suggests, added to the mocks
/// the trends read, so self-scores are calibrated against them as against an interviewer.
#include "core/content.hpp"
#include "core/trends.hpp"
#include "store/history.hpp"

#include <string>
#include <vector>

namespace sdmock::cli {

/// Sets ScoredMock::suggested for every solo mock with review ticks whose problem and plan the
/// content still has; `since`: the mocks are only those started on or after it (a report's window).
void add_suggested_scores(std::vector<ScoredMock>& mocks, const History& history, const Content& content,
                          const std::string& since = {});

} // namespace sdmock::cli
