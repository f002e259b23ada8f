#include "cli/commands.hpp"

#include "cli/home_trends.hpp"
#include "cli/signals.hpp"
#include "cli/system_clock.hpp"

#include "core/error.hpp"
#include "core/text.hpp"
#include "report/cards_view.hpp"
#include "report/problem_card.hpp"
#include "report/session_view.hpp"
#include "store/history.hpp"
#include "tui/home.hpp"
#include <iostream>

#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <ostream>

namespace sdmock::cli {
namespace {

std::vector<std::string> split_lines(const std::string& text) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start < text.size()) {
        auto nl = text.find('\n', start);
        if (nl == std::string::npos) nl = text.size();
        out.push_back(text.substr(start, nl - start));
        start = nl + 1;
    }
    return out;
}

std::vector<std::pair<std::int64_t, std::string>> history_rows(const History& history) {
    std::vector<std::pair<std::int64_t, std::string>> rows;
    auto records = history.list();
    std::reverse(records.begin(), records.end()); // newest first
    for (const auto& r : records) {
        auto shown = [](const std::optional<Scorecard>& card) -> std::string {
            if (!card) return "unscored";
            if (!card->complete())
                return "scoring (" + std::to_string(card->scored()) + " of " + std::to_string(kDimensionCount) + ")";
            return std::to_string(card->total()) + "/" + std::to_string(kMaxTotal);
        };
        std::string score = shown(r.self);
        if (r.info.mode == Mode::interviewer) score = "self " + score + " · interviewer " + shown(r.interviewer);
        if (r.info.practice.any()) score += " · practice";
        rows.emplace_back(r.info.id, r.info.started_at.substr(0, 16) + "  " + fit(r.info.problem, 20) + " " +
                                         fit(r.info.plan, 12) + " " + fit(std::string(shown_status(r.info)), 11) + " " +
                                         score);
    }
    return rows;
}

/// Runs what `choice` names (a command of its own), with any error shown as a notice so the user
/// comes back to the menu. `what` names it in the notice's title.
template <class Run>
void run_or_notice(const tui::Options& options, const SystemClock& clock, const std::string& what, Run run) {
    try {
        run();
    } catch (const Error& e) {
        tui::run_notice(what, {e.what()}, clock, options, stop_signal());
    }
}

} // namespace

int run_home(const Context& context, const std::string& help) {
    if (isatty(STDIN_FILENO) == 0 || isatty(STDOUT_FILENO) == 0) {
        context.out << help;
        return kExitOk;
    }
    Content content = load_valid_content(context);
    install_stop_handlers();
    tui::Options options = tui_options(context, 0);
    SystemClock clock;
    bool recorded = context.config.record; // the menu's toggles, kept from one visit to the next
    bool spoken = context.config.voice;
    for (;;) {
        tui::HomeChoice choice;
        {
            History history(context.db);
            tui::HomeData data;
            data.content = &content;
            data.resumable = history.running();
            data.default_plan = context.config.plan;
            data.record = recorded;
            data.voice = spoken;
            data.problem_card = [&](const Problem& p, int width) {
                return split_lines(render_problem_text(p, content, {.width = width, .answer_key = false}));
            };
            data.history = [&] { return history_rows(history); };
            data.trends = [&](int width) {
                TrendOptions window;
                window.week_start = context.config.week_start;
                window.until = local_today();
                return split_lines(home_trends_text(history, content, window, width, options.color));
            };
            data.running = [&] { return history.running(); };
            data.today = [&](int width) { return split_lines(today_text(context, clock.wall_now(), width)); };
            data.card_text = [&](const Card& card, int width) {
                return split_lines(render_card_text(card, content, width));
            };
            data.session_text = [&](std::int64_t id, int width) {
                auto record = history.load(id);
                return record ? split_lines(render_session_text(*record, content, width)) : std::vector<std::string>{};
            };
            choice = tui::run_home(data, clock, options, stop_signal());
        }
        if (stop_signal().load() != 0 || choice.action == tui::HomeChoice::Action::quit) return kExitOk;
        recorded = choice.record;
        spoken = choice.voice || (spoken && choice.mode != "solo"); // a paired mock leaves the toggle as it was
        if (choice.action == tui::HomeChoice::Action::resume) {
            run_resume(context, {choice.session, false, false});
        } else if (choice.action == tui::HomeChoice::Action::abandon) {
            try {
                History(context.db).abandon(choice.session);
            } catch (const Error& e) { // e.g. another process runs it: say so, and go back home
                tui::run_notice("Cannot abandon session " + std::to_string(choice.session), {e.what()}, clock, options,
                                stop_signal());
            }
        } else if (choice.action == tui::HomeChoice::Action::review_cards) {
            run_or_notice(options, clock, "Cannot review cards", [&] { run_drill_cards(context, {false}); });
        } else if (choice.action == tui::HomeChoice::Action::drill_estimate) {
            run_or_notice(options, clock, "Cannot run the estimation drill", [&] {
                run_drill_estimate(context, {});
                // The drill asks and answers on the plain screen: keep its results in view.
                context.out << "\nPress Enter to go back to the menu." << std::flush;
                std::string line;
                std::getline(std::cin, line);
            });
        } else if (choice.action == tui::HomeChoice::Action::review ||
                   choice.action == tui::HomeChoice::Action::follow) {
            bool review = choice.action == tui::HomeChoice::Action::review;
            run_or_notice(options, clock,
                          review ? "Cannot review session " + std::to_string(choice.session) : "No paired mock to join",
                          [&] {
                              if (review)
                                  run_review(context, {choice.session, false, "text"});
                              else
                                  run_follow(context, {0});
                          });
        } else {
            StartOptions start;
            start.problem = choice.problem;
            start.random = choice.problem.empty() && !choice.weakest;
            start.weakest = choice.weakest;
            start.plan = choice.plan;
            start.mode = choice.mode;
            start.phase = choice.phase;
            start.record = choice.record;
            start.voice = choice.voice;
            run_or_notice(options, clock, "Cannot start the mock", [&] { run_start(context, start); });
        }
        if (stop_signal().load() != 0) return kExitOk;
    }
}

} // namespace sdmock::cli
