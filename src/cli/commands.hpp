#pragma once
/// One function per command: options in a plain struct, the work in the domain, the result
/// printed. CLI11 stays in app.cpp.
#include "cli/context.hpp"
#include "core/trends.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace sdmock::cli {

int run_check(const Context& context);
/// `sdmock --version`: the program's version, the content's (with what it holds) and where the
/// content and the history are.
int run_version(const Context& context);

struct ProblemsOptions {
    std::string id;              ///< `show ID`
    std::string format = "text"; ///< text | json
};
int run_problems_list(const Context& context, const ProblemsOptions& options);
int run_problems_show(const Context& context, const ProblemsOptions& options);

struct CardsOptions {
    std::vector<std::string> name; ///< `show ID`: a card id, or its title (the words are joined)
    std::string format = "text";   ///< text | json
};
int run_cards_list(const Context& context, const CardsOptions& options);
int run_cards_show(const Context& context, const CardsOptions& options);
int run_cards_parts(const Context& context, const CardsOptions& options);

} // namespace sdmock::cli

namespace sdmock::cli {

struct StartOptions {
    std::string problem;
    bool random = false;
    bool weakest = false;
    std::string plan; ///< empty: the config's default plan
    std::string mode = "solo";
    double speed = 1.0;
    bool plain = false;
    bool practice = false;   ///< a practice run: listed and marked, left out of reports
    std::string level;       ///< mid, senior or staff; empty: the config's default level
    std::string phase;       ///< a drill of this phase of the plan; empty: a full mock
    std::string focus;       ///< with phase: the dimension the drill's questions are steered to
    bool record = false;     ///< record the mock's audio (also the config's `record`)
    std::string audio_input; ///< with record: a sound file taken as the input, on the session's timeline
    bool voice = false;      ///< speak the questions aloud (solo; also the config's `voice`)
    bool no_record = false;  ///< not recorded, whatever the config says
    bool no_voice = false;   ///< not spoken, whatever the config says
};
int run_start(const Context& context, const StartOptions& options);

struct FollowOptions {
    std::int64_t session = 0; ///< 0: the newest running paired session
};
int run_follow(const Context& context, const FollowOptions& options);

struct ResumeOptions {
    std::int64_t session = 0; ///< 0: the newest running session
    bool plain = false;
    bool voice = false; ///< speak the questions aloud from now on (solo)
};
int run_resume(const Context& context, const ResumeOptions& options);

struct ScoreOptions {
    std::int64_t session = 0;
    std::string scorer = "self";
    std::vector<std::string> scores; ///< DIM=N
    std::vector<std::string> notes;  ///< DIM=TEXT
};
int run_score(const Context& context, const ScoreOptions& options);

struct ShowOptions {
    std::int64_t session = 0;
    std::string format = "text";
};
int run_show(const Context& context, const ShowOptions& options);

struct PlayOptions {
    std::int64_t session = 0;
    std::string phase; ///< from the start of this phase
    std::string from;  ///< from this point, MM:SS or H:MM:SS
    std::string to;    ///< write that part to this sound file instead of playing it
};
/// Plays a recorded mock from a mark (cmd_play.cpp).
int run_play(const Context& context, const PlayOptions& options);

struct AbandonOptions {
    std::int64_t session = 0;
};
/// Closes an unfinished session (cmd_tidy.cpp).
int run_abandon(const Context& context, const AbandonOptions& options);

struct DeleteOptions {
    std::int64_t session = 0;
    bool yes = false; ///< do not ask
};
/// Removes a session and everything of it, after asking on the terminal unless `yes`.
int run_delete(const Context& context, const DeleteOptions& options);

struct ReviewOptions {
    std::int64_t session = 0;
    bool plain = false;
    std::string format = "text"; ///< text (the screen, or line mode) | json
};
int run_review(const Context& context, const ReviewOptions& options);

struct HistoryOptions {
    std::string since;
    std::string format = "text";
};
int run_history(const Context& context, const HistoryOptions& options);

} // namespace sdmock::cli

namespace sdmock::cli {

/// `sdmock` with no command: the home screen on a terminal, else the help text.
int run_home(const Context& context, const std::string& help);

} // namespace sdmock::cli

namespace sdmock::cli {

struct ReportOptions {
    bool weekly = false;
    int weeks = kDefaultWeeks;
    std::string scorer = "self";
    std::string format = "text";
    std::string out;   ///< empty: standard output
    std::string until; ///< the last day of the window (default: today)
    bool include_practice = false;
};
int run_report(const Context& context, const ReportOptions& options);

struct ExportOptions {
    std::string format = "csv";
    std::string out;
};
int run_export(const Context& context, const ExportOptions& options);

struct ImportOptions {
    std::string file;
};
int run_import(const Context& context, const ImportOptions& options);

} // namespace sdmock::cli

namespace sdmock::cli {

struct EstimateOptions {
    std::int64_t session = 0;
    std::vector<std::string> values; ///< NAME=VALUE, the name one of the problem's reference estimates
};
/// Records estimates against the problem's reference figures (cmd_estimate.cpp); with no values,
/// lists the names that can be entered.
int run_estimate(const Context& context, const EstimateOptions& options);

struct DrillEstimateOptions {
    std::string problem;    ///< the scale comes from this problem; empty: any problem, by the seed
    std::int64_t seed = -1; ///< -1: from the clock (printed, so the drill can be run again)
    int count = 5;
    bool plain = false;          ///< one answer per line from standard input, no re-asking
    std::string format = "text"; ///< text (asks) | json (prints the exercises, asks nothing)
};
/// `drill estimate` (cmd_drill_estimate.cpp).
int run_drill_estimate(const Context& context, const DrillEstimateOptions& options);
// Spaced review (cmd_drill_cards.cpp).

struct DrillCardsOptions {
    bool plain = false; ///< line mode: the answer and the grade read from standard input
};
int run_drill_cards(const Context& context, const DrillCardsOptions& options);

struct DrillGradeOptions {
    std::string item;
    std::string grade; ///< 1-4, or again, hard, good, easy
    std::string at;    ///< when the review was made (default: now)
};
int run_drill_grade(const Context& context, const DrillGradeOptions& options);

struct DrillListOptions {
    bool due = false;
    std::string format = "text"; ///< text | json
    std::string at;              ///< the time `--due` looks at (default: now)
};
int run_drill_list(const Context& context, const DrillListOptions& options);

struct DrillExportOptions {
    std::string out; ///< empty: standard output
};
/// The items as a CSV that Anki imports: front, back, tags.
int run_drill_export(const Context& context, const DrillExportOptions& options);

struct TodayOptions {
    std::string at; ///< the moment to plan for (default: now)
};
/// What to do today: reviews due, a mock to run, a drill (cmd_today.cpp).
int run_today(const Context& context, const TodayOptions& options);
/// The same plan as text of this width, as of `now` (the home screen's Today page).
[[nodiscard]] std::string today_text(const Context& context, WallTime now, int width);

} // namespace sdmock::cli
