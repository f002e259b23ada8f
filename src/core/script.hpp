#pragma once
/// The interviewer's script: for each phase, what the candidate should ask or do (with the answer
/// to give when they ask), and what the interviewer asks (with what a strong answer mentions and
/// the hints to offer). Built from the plan, the problem's answer key and the question sets; the
/// candidate never sees it.
#include "core/content.hpp"
#include "core/cue_scheduler.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace sdmock {

enum class ScriptKind {
    listen, ///< the candidate should raise it; the interviewer answers it or checks it off
    ask,    ///< the interviewer puts it to the candidate
};

struct ScriptLine {
    ScriptKind kind = ScriptKind::listen;
    std::string text; ///< listen: what the candidate should do ("Asks about users and scale"); ask: the question
    std::string dimension;
    std::string source;              ///< "clarifying", "figures", "estimate", "design", "follow-up", "risk", …
    std::string topic;               ///< listen lines answered by the key: what the reply is about
    std::string reply;               ///< listen: what to say when the candidate asks
    std::vector<std::string> points; ///< what a strong answer mentions (or what covering it well shows)
    std::string why;                 ///< why a strong candidate raises it
    std::vector<std::string> hints;  ///< suggested hints, the first offered first
    std::string put;                 ///< what putting it shows the candidate: the question, or a nudge

    /// The cue recorded when the line is put to the candidate in phase `phase`.
    [[nodiscard]] Cue cue(std::size_t phase) const;
};

/// The script of phase `phase` of `plan`, in the order an interviewer works through it:
/// - a `prompts` set with questions the problem answers (the clarifying questions): one listen
///   line per answered question, with the problem's reply; its other questions: listen lines with
///   what a good answer covers;
/// - the estimation phase opens with the figures to hand over and one line per reference
///   estimate, its value and arithmetic as the points;
/// - the high-level phase opens with the API, the main components and the data model;
/// - a `deep-dive` set: ask lines, the problem's follow-ups first, then its main risks, then the
///   area probes the schedule put in this phase;
/// - the wrap-up (`kWrapUpPhase`): after its prompts, the key's extensions to ask about;
/// - a plan without a deep dive offers the follow-ups in its last phase.
/// `curveballs` sets add nothing here: curveballs are chosen with MockSession::curveball_choices.
[[nodiscard]] std::vector<ScriptLine> interviewer_script(const Plan& plan, std::size_t phase, const Problem& problem,
                                                         const Content& content, const std::vector<Cue>& schedule);

/// A curveball as a script line: its text, what a good answer covers and its hints.
[[nodiscard]] ScriptLine curveball_line(const Question& curveball, const std::string& set_id);

/// The id of the closing phase, whose script asks about the key's extensions.
inline constexpr std::string_view kWrapUpPhase = "wrap-up";

/// The sections of the answer key, in the order the interviewer's screen shows them.
enum class KeySection {
    scope,
    functional,
    non_functional,
    figures,
    assumptions,
    estimates,
    api,
    architecture,
    data_model,
    risks,
    follow_ups,
    extensions,
};
inline constexpr std::size_t kKeySectionCount = 12;

[[nodiscard]] std::string_view title(KeySection section);
/// The section the answer key opens at while `phase` runs: by the phase's id, else its dimension.
[[nodiscard]] KeySection key_section_for(const Phase& phase);

} // namespace sdmock
