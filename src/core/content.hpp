#pragma once
/// The product's content as plain domain values: problems, plans, question sets, study cards
/// and the rubric. Loaded and validated by src/content; nothing here knows about TOML.
#include "core/diagnostic.hpp"

#include <array>
#include <chrono>
#include <cmath>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sdmock {

/// The twelve rubric dimension ids, in the order of the self-score sheet (a fixed contract).
inline constexpr auto kDimensionIds =
    std::to_array<std::string_view>({"requirements", "estimation", "api", "architecture", "data", "caching", "async",
                                     "scaling", "reliability", "security", "observability", "communication"});

/// The interview levels a mock can be run at, most junior first (`start --level`).
inline constexpr auto kLevelIds = std::to_array<std::string_view>({"mid", "senior", "staff"});
/// The level a mock is run at when neither `--level` nor the config names one.
inline constexpr std::string_view kDefaultLevel = "senior";
/// Whether `id` is one of kLevelIds.
[[nodiscard]] bool is_level(std::string_view id);

/// Every dimension is scored with a whole number from kMinScore to kMaxScore.
inline constexpr int kMinScore = 1;
inline constexpr int kMaxScore = 5;

/// A reference estimate of a problem's answer key: a number with its unit and the arithmetic.
struct Estimate {
    std::string name;
    double value = 0;
    std::string unit;
    std::string how;
};

/// The kinds of problem a curveball can fit (a problem's `traits`, a curveball's `traits`).
inline constexpr std::array<std::string_view, 16> kTraits = {
    "read-heavy", "write-heavy",  "realtime", "user-content", "media",     "search",         "geo",
    "money",      "inventory",    "social",   "messaging",    "analytics", "infrastructure", "third-party",
    "global",     "collaboration"};
[[nodiscard]] bool is_trait(std::string_view word);

/// A question a senior interviewer asks about this problem, with what a strong answer mentions
/// and the nudges to give a candidate who is stuck.
struct FollowUp {
    std::string question;
    std::string dimension;
    std::vector<std::string> points;
    std::vector<std::string> hints;
};

/// The interviewer's reply to one clarifying question, for one problem.
struct Reply {
    std::string question; ///< the clarifying question's id
    std::string text;
};

/// What only the interviewer sees.
struct AnswerKey {
    std::string scope;
    std::vector<std::string> givens; ///< the figures handed over for the estimation phase
    std::vector<std::string> traits; ///< kinds of problem it is (which curveballs fit it)
    std::vector<Reply> replies;      ///< by clarifying question id
    std::vector<std::string> functional;
    std::vector<std::string> non_functional;
    std::vector<std::string> assumptions;
    std::vector<Estimate> estimates;
    std::vector<std::string> api;
    std::vector<std::string> architecture;
    std::vector<std::string> data_model;
    std::vector<std::string> risks;
    std::vector<std::string> extensions;
    std::vector<FollowUp> follow_ups;

    /// The reply to the clarifying question `id`, or nullptr.
    [[nodiscard]] const Reply* reply(std::string_view id) const;
};

struct Problem {
    std::string id;
    std::string title;
    int difficulty = 2;
    std::string prompt;
    std::vector<std::string> focus;
    std::vector<int> parts;
    AnswerKey key;
    SourceLocation where;
    SourceLocation parts_where; ///< of its `parts`, for messages about them
};

struct Phase {
    std::string id;
    std::string name;
    double minutes = 0;
    std::string goal;
    std::vector<std::string> checklist;
    std::string dimension;
    std::vector<std::string> cues;
    SourceLocation where; ///< of its `cues`, for messages about them

    [[nodiscard]] std::chrono::milliseconds planned() const {
        return std::chrono::milliseconds(std::llround(minutes * 60'000.0));
    }
};

struct Plan {
    std::string id;
    std::string name;
    std::string description;
    std::vector<Phase> phases;
    SourceLocation where;

    [[nodiscard]] std::chrono::milliseconds planned() const;
};

enum class SetKind { prompts, deep_dive, curveballs, bank };

struct Question {
    std::string id;    ///< optional; clarifying questions have one, which problems key their replies by
    std::string topic; ///< with an id: what the question is about, as the interviewer's script names it
    std::string text;
    std::string dimension;
    std::string answer;
    int part = 0;
    bool always = false;             ///< prompts: in every session's selection, whatever the seed
    std::vector<std::string> traits; ///< curveballs: the kinds of problem it fits (empty: any)
    std::vector<std::string> hints;  ///< curveballs: nudges for a stuck candidate
};

/// A deep-dive area: what it probes and the questions that probe it.
struct Area {
    std::string id;
    std::string name;
    std::vector<std::string> dimensions;
    std::vector<std::string> questions;
};

struct QuestionSet {
    std::string id;
    std::string title;
    SetKind kind = SetKind::prompts;
    std::vector<Question> questions;
    std::vector<Area> areas;
    SourceLocation where;
};

struct Card {
    std::string id;
    std::string title;
    std::string text;
    std::vector<std::string> dimensions;
    SourceLocation where;
};

struct Dimension {
    std::string id;
    std::string name;
    std::string asks;             ///< worded for the candidate scoring themselves ("Did I ...")
    std::string interviewer_asks; ///< the same, for an interviewer ("Did the candidate ..."); may be empty
    std::string score_1;
    std::string score_3;
    std::string score_5;
    std::vector<int> parts;
    std::vector<std::string> cards;
    SourceLocation where;       ///< of its `cards`, for messages about them
    SourceLocation parts_where; ///< of its `parts`
    /// What a candidate at each level must show here, in the order of kLevelIds (empty: not given).
    std::array<std::string, kLevelIds.size()> expects{};
    SourceLocation expects_where; ///< of its `expects`

    /// What a candidate at `level` must show here; empty for an unknown level.
    [[nodiscard]] const std::string& expectation(std::string_view level) const;
};

/// An interview level: what the interviewer expects overall at it.
struct Level {
    std::string id; ///< one of kLevelIds
    std::string name;
    std::string summary;
    SourceLocation where;
};

struct Band {
    std::string id;
    int min = 0;
    int max = 0;
    std::string name;
    std::string advice;
};

/// A common interview mistake (Part 29 of the guide) a review checks the candidate against; a red
/// flag is one an interviewer notices at once and holds against the candidate.
struct Mistake {
    std::string id;
    std::string name;
    std::string dimension;
    std::string text;
    bool red_flag = false;
};

struct Rubric {
    std::string id;
    std::string name;
    std::vector<Dimension> dimensions;
    std::vector<Band> bands;
    std::vector<Mistake> mistakes;
    std::vector<Level> levels; ///< in the order of kLevelIds once validated

    [[nodiscard]] const Level* level(std::string_view wanted) const;
    /// The band a total falls in, or nullptr when no band covers it.
    [[nodiscard]] const Band* band_for(int total) const;
    [[nodiscard]] const Dimension* dimension(std::string_view wanted) const;
    [[nodiscard]] int max_total() const { return static_cast<int>(dimensions.size()) * kMaxScore; }
};

/// One Part of the guide that the study pointers name by number.
struct GuidePart {
    int number = 0;
    std::string title;
    SourceLocation where;
};

/// The guide: its title and its Parts, in file order.
struct Guide {
    std::string title;
    std::string version; ///< the content's version, as "2026.12" or "2026.12.1"
    std::vector<GuidePart> parts;
};

/// One row of a study plan: a week, or a run of weeks, on one theme (Part 31 of the guide).
struct StudyWeek {
    int first = 0; ///< the first week it covers, counted from 1
    int last = 0;  ///< the last, `first` for a single week
    std::string focus;
    std::vector<int> parts;            ///< the guide's Parts to read in it
    std::vector<std::string> practice; ///< what to do besides reading
};

/// A study plan of so many weeks: the weekly themes, the daily block, the weekend routine and the
/// Parts re-read on a cycle (`prompts/study/<id>.toml`, kind "study-plan").
struct StudyPlan {
    std::string id;
    std::string name;
    std::string description;
    std::vector<std::string> daily;
    std::vector<std::string> weekend;
    std::vector<int> revisit; ///< Parts re-read every `revisit_weeks` weeks
    int revisit_weeks = 0;
    std::vector<StudyWeek> weeks; ///< in order, from week 1, no gap or overlap once validated
    SourceLocation where;

    /// How many weeks the plan runs: the last week of its last row.
    [[nodiscard]] int length() const { return weeks.empty() ? 0 : weeks.back().last; }
    /// The row that covers week `n` (from 1), or nullptr.
    [[nodiscard]] const StudyWeek* week(int n) const;
};

/// One moment of a checklist ("The day before", "In the interview") and what to do in it.
struct ChecklistSection {
    std::string id;
    std::string name;
    std::vector<std::string> items;
    std::vector<int> parts; ///< the guide's Parts its items point to (may be empty)
};

/// A checklist in sections, such as the day before an interview (`prompts/study/<id>.toml`, kind
/// "checklist"; Part 32 of the guide).
struct Checklist {
    std::string id;
    std::string name;
    std::string description;
    std::vector<ChecklistSection> sections;
    SourceLocation where;
};

/// One stage of the guide's walkthrough rotation (prompts/rotation.toml): the problems to mock in
/// turn at that stage of the study plan, and the Part of the guide that sets it.
struct RotationStage {
    std::string name;
    int part = 0;
    std::vector<std::string> problems; ///< problem ids, in the order to take them
    SourceLocation where;
};

/// Everything under prompts/ and rubrics/.
struct Content {
    std::vector<Problem> problems;
    std::vector<Plan> plans;
    std::vector<QuestionSet> question_sets;
    std::vector<Card> cards;
    Rubric rubric;
    Guide guide;
    std::vector<StudyPlan> study_plans;  ///< prompts/study/, kind "study-plan"
    std::vector<Checklist> checklists;   ///< prompts/study/, kind "checklist"
    std::vector<RotationStage> rotation; ///< empty when the content has no rotation file

    [[nodiscard]] const Problem* problem(std::string_view wanted) const;
    [[nodiscard]] const Plan* plan(std::string_view wanted) const;
    [[nodiscard]] const QuestionSet* question_set(std::string_view wanted) const;
    [[nodiscard]] const Card* card(std::string_view wanted) const;
    [[nodiscard]] const StudyPlan* study_plan(std::string_view wanted) const;
    [[nodiscard]] const Checklist* checklist(std::string_view wanted) const;
    /// The Part of the guide with this number, or nullptr.
    [[nodiscard]] const GuidePart* part(int number) const;
    [[nodiscard]] std::vector<std::string> card_ids() const;
    [[nodiscard]] std::vector<std::string> problem_ids() const;
    [[nodiscard]] std::vector<std::string> plan_ids() const;
};

/// Two to four whole numbers joined by dots ("2026.12", "2026.12.1"): a content version.
[[nodiscard]] bool valid_content_version(std::string_view text);

[[nodiscard]] std::string_view to_string(SetKind kind);
[[nodiscard]] std::optional<SetKind> set_kind_from(std::string_view text);

} // namespace sdmock
