#pragma once
/// Who may change what in a session and what the candidate may see (the calibration of a
/// self-score against an interviewer's is in core/calibration.hpp).
#include "core/calibration.hpp"
#include "core/scorecard.hpp"
#include "core/session.hpp"

#include <array>
#include <string_view>
#include <vector>

namespace sdmock {

/// solo: one person, the whole session. interviewer: drives a paired session (clock, questions,
/// marks). candidate: follows a paired session (own notes, own self-score).
enum class Role { solo, interviewer, candidate };
[[nodiscard]] std::string_view to_string(Role role);

/// How well a question put by the interviewer was answered.
enum class Grade : int { not_answered = 0, partly = 1, well = 2 };
[[nodiscard]] std::string_view to_string(Grade grade);

/// Whether `role` may record an event of this kind.
[[nodiscard]] bool may_record(Role role, std::string_view kind);
/// The role that drives a session of this mode: its interviewer in a paired mock, else the candidate alone.
[[nodiscard]] Role driver_of(Mode mode);
/// The scorecard a role keeps: the interviewer's, or the candidate's own.
[[nodiscard]] Scorer scorer_of(Role role);
/// Whether `role` may save (or change) the scorecard of `scorer`: only the one it keeps.
[[nodiscard]] bool may_score(Role role, Scorer scorer);
/// Whether the candidate's view may show an event of this kind (never the interviewer's marks
/// or notes).
[[nodiscard]] bool visible_to_candidate(std::string_view kind);

} // namespace sdmock
