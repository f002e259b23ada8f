#pragma once
/// Which question to put in front of the candidate, and when. A schedule is a pure function of
/// the plan, the problem, the question sets and a seed, so a resumed session rebuilds the very
/// same one.
#include "core/clock.hpp"
#include "core/content.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace sdmock {

enum class CueKind { prompt, probe, curveball };

struct Cue {
    std::size_t phase = 0; ///< index of the phase it belongs to
    Duration at{0};        ///< phase time at which it falls due
    CueKind kind = CueKind::prompt;
    std::string text;
    std::string dimension;
    std::string source; ///< the question set id, and for probes "deep-dive/<area id>"
    std::string area;   ///< the deep-dive area's name, for probes
};

/// Pacing rules, named so tests and the README can state them.
struct CuePacing {
    Duration prompt_interval{std::chrono::seconds(60)}; ///< at most one prompt a minute
    Duration probe_interval{std::chrono::seconds(90)};  ///< deep-dive questions: one every 90 s
    double follow_up_share = 1.0 / 3;                   ///< the deep dive opens with this share of
    std::size_t min_follow_ups = 2;                     ///< its questions (at least this many) from
                                                        ///< the problem's own follow-ups
    double curveball_from = 0.25;                       ///< the curveball lands in this part
    double curveball_to = 0.75;                         ///< of the deep-dive phase
};

/// The full schedule of a session: every cue of every phase, in the order they fall due.
/// - `prompts` sets: a seeded selection of their questions, in file order, one per
///   `prompt_interval` of the phase (the first at 0:00).
/// - `deep-dive` sets: one question per `probe_interval`. The problem's own follow-ups open it
///   (`follow_up_share` of the questions less one, at least `min_follow_ups`, those on its focus
///   first) with its main risk (the first of its `risks`, risk_question) after them, then the probes of the areas that
///   meet its focus, focus order; every focus dimension gets at least one question and no dimension more than its share
///   (the questions over the focus dimensions, rounded up).
/// - `curveballs` sets, in the deep-dive phase only: one curveball that fits the problem
///   (`curveball_fits`), chosen by the seed, due at a seeded moment between `curveball_from` and
///   `curveball_to` of the phase.
/// No question is asked twice in a session.
/// The id of the phase curveballs land in.
inline constexpr std::string_view kDeepDivePhase = "deep-dive";
/// The id of the phase the problem's figures (`givens`) are handed over in.
inline constexpr std::string_view kEstimationPhase = "estimation";

/// The question a deep dive asks about one of the problem's risks, by its headline:
/// "A main risk here: Hot counter shard. How does your design handle it?"
[[nodiscard]] std::string risk_question(std::string_view risk);

/// The problem's reply to a clarifying question on screen (a prompt whose question has an id the
/// problem answers), or nullptr.
[[nodiscard]] const Reply* reply_to(const Cue& cue, const Problem& problem, const Content& content);

/// A curveball fits a problem that has one of its traits; one with no traits fits any.
[[nodiscard]] bool curveball_fits(const Question& curveball, const Problem& problem);

[[nodiscard]] std::vector<Cue> schedule_cues(const Plan& plan, const Problem& problem, const Content& content,
                                             std::uint64_t seed, const CuePacing& pacing = {});

/// What the candidate has done with each cue.
enum class CueState { pending, answered, skipped };

/// Tracks which cues are due, answered or skipped during a session.
class CueBoard {
public:
    explicit CueBoard(std::vector<Cue> schedule);

    /// Cues of `phase` that fell due by `phase_time` and were not answered or skipped, oldest first.
    [[nodiscard]] std::vector<std::size_t> waiting(std::size_t phase, Duration phase_time) const;
    /// The one to show: the oldest waiting cue, if any.
    [[nodiscard]] std::optional<std::size_t> current(std::size_t phase, Duration phase_time) const;
    /// Phase time at which the next not-yet-due cue of `phase` falls due.
    [[nodiscard]] std::optional<Duration> next_due(std::size_t phase, Duration phase_time) const;
    void mark(std::size_t cue, CueState state);
    [[nodiscard]] CueState state(std::size_t cue) const { return states_.at(cue); }
    [[nodiscard]] const Cue& cue(std::size_t index) const { return schedule_.at(index); }
    [[nodiscard]] const std::vector<Cue>& schedule() const { return schedule_; }
    /// Index of the cue with this text in this phase (to replay recorded events), if any.
    [[nodiscard]] std::optional<std::size_t> find(std::size_t phase, const std::string& text) const;

private:
    std::vector<Cue> schedule_;
    std::vector<CueState> states_;
};

[[nodiscard]] std::string_view to_string(CueKind kind);

} // namespace sdmock
