#pragma once
/// The scores each reviewed solo mock's coverage of the answer key suggests, added to the mocks
/// the trends read, so self-scores are calibrated against them as against an interviewer.
#include "core/content.hpp"
#include "core/trends.hpp"
#include "store/history.hpp"

#include <vector>

namespace sdmock::cli {

/// Sets ScoredMock::suggested for every solo mock with review ticks whose problem and plan the
/// content still has.
void add_suggested_scores(std::vector<ScoredMock>& mocks, const History& history, const Content& content);

} // namespace sdmock::cli
