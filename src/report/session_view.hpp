#pragma once
/// Text and JSON renderings of one recorded session: pure functions of the record and content.
#include "core/content.hpp"
#include "core/coverage.hpp"
#include "core/findings.hpp" // study_hint
#include "core/session.hpp"

#include <string>
#include <vector>

namespace sdmock {

/// Total, band, planned vs actual time per phase, and the three lowest dimensions with what to
/// study: the summary screen and the end of `show`. The candidate's summary of a paired mock
/// (`scorer` self) also has the interviewer's scores beside theirs and the gap once the
/// interviewer's scorecard is complete, else a line saying it is still to come.
[[nodiscard]] std::vector<std::string> summary_lines(const SessionRecord& record, const Content& content, int width,
                                                     Scorer scorer = Scorer::self);
/// One scorecard's lines: `Requirements & scope  4  evidence…`.
[[nodiscard]] std::vector<std::string> scorecard_lines(const Scorecard& card, const Rubric& rubric, int width);

/// Both scorecards side by side with the gap per dimension and in total, the verdict on a bias
/// (as `calibrate` finds it), and where the candidate over- or under-rates themselves by
/// kCalloutGap or more on a single dimension.
[[nodiscard]] std::vector<std::string> calibration_lines(const Scorecard& self, const Scorecard& interviewer,
                                                         const Rubric& rubric, int width);

/// The events of `show` in aligned columns: the time (mm:ss, or h:mm:ss past an hour, right-aligned
/// to the widest), the kind, then the text in full, wrapped to `width` under its own column
/// (session_events.cpp).
[[nodiscard]] std::vector<std::string> event_lines(const std::vector<Event>& events, int width);

/// A recorded session's talk and silence: in all, per phase, and each silence of 15 s or more
/// with its time in the recording. Empty when the session was not recorded.
[[nodiscard]] std::vector<std::string> talk_lines(const SessionRecord& record, int width);
/// A recorded session's recording: the file, talk and silence per phase with the long silences,
/// and the marks (phase starts, questions, notes, pauses, the voice) at their times in it. Empty
/// when the session was not recorded.
[[nodiscard]] std::vector<std::string> recording_lines(const SessionRecord& record, int width);

[[nodiscard]] std::string render_session_text(const SessionRecord& record, const Content& content, int width = 80);
/// The review's ticks against the key's points, for the `coverage` field.
struct CoverageInput {
    std::vector<KeyPoint> points;
    Ticks ticks;
};
/// `coverage`: given when the session's problem and plan are known (see coverage_json).
[[nodiscard]] std::string render_session_json(const SessionRecord& record, const CoverageInput* coverage = nullptr);

} // namespace sdmock
