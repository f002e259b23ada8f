// Spaced review: `drill cards` (the session, on screen or in line mode), `drill grade` (one review
// from the command line), `drill list` and `drill export` (the CSV Anki imports).
#include "cli/commands.hpp"

#include "cli/review_deck.hpp"
#include "cli/signals.hpp"
#include "cli/system_clock.hpp"
#include "core/error.hpp"
#include "core/text.hpp"
#include "report/review_items_view.hpp"
#include "tui/card_review.hpp"
#include "tui/tui.hpp"

#include <unistd.h>

#include <cmath>
#include <fstream>
#include <iostream>
#include <ostream>

namespace sdmock::cli {
namespace {

std::optional<fsrs::Grade> parse_grade(const std::string& text) {
    if (text == "again") return fsrs::Grade::again;
    if (text == "hard") return fsrs::Grade::hard;
    if (text == "good") return fsrs::Grade::good;
    if (text == "easy") return fsrs::Grade::easy;
    if (text.size() == 1 && text[0] >= '1' && text[0] <= '4') return fsrs::grade_from(text[0] - '0');
    return std::nullopt;
}

std::string_view grade_name(fsrs::Grade g) {
    switch (g) {
    case fsrs::Grade::again:
        return "again";
    case fsrs::Grade::hard:
        return "hard";
    case fsrs::Grade::good:
        return "good";
    case fsrs::Grade::easy:
        return "easy";
    }
    return "good";
}

/// Saves one review at once and says when the item comes back; `memory`, when given, gets a line
/// with the stability and the difficulty it leaves.
std::string save_review(History& history, const ScheduledItem& item, fsrs::Grade grade, WallTime at,
                        std::string* memory = nullptr) {
    RecordedReview review{item.item.id, item.item.dimension, {at, local_day(at), grade}};
    history.add_review(review, iso_local(at), item.item.session);
    fsrs::ItemState next = fsrs::review({}, item.state, review.log);
    if (memory != nullptr)
        *memory = "stability " + fixed_decimals(next.memory->stability) + " days, difficulty " +
                  fixed_decimals(next.memory->difficulty) + " (of 10), " + std::to_string(next.reps) +
                  (next.reps == 1 ? " review, " : " reviews, ") + std::to_string(next.lapses) +
                  (next.lapses == 1 ? " lapse" : " lapses");
    return item.item.id + ": " + std::string(grade_name(grade)) + "; next review in " + std::to_string(next.interval) +
           (next.interval == 1 ? " day, " : " days, ") + iso_local(next.due).substr(0, 16).replace(10, 1, " ");
}

const ScheduledItem& find_item(const Deck& deck, const std::string& id) {
    if (const ScheduledItem* s = deck.find(id)) return *s;
    std::vector<std::string> ids;
    for (const auto& s : deck.items)
        ids.push_back(s.item.id);
    std::string message = "no review item \"" + id + "\"";
    auto near = closest(id, ids, 3);
    message += near.empty() ? " (`sdmock drill list` lists them)" : "; did you mean " + join(near, ", ") + "?";
    throw UsageError(message);
}

/// Today's session: what is due today, then today's allowance of new items.
std::vector<const ScheduledItem*> todays_items(const Context& context, const Content& content, const History& history,
                                               const Deck& deck, WallTime now) {
    int started = new_items_started_on(deck.reviews, local_day(now));
    return session_order(deck.items, end_of_local_day(now) - std::chrono::seconds(1),
                         weakest_dimensions(context, content, history),
                         std::max(0, context.config.new_cards_per_day - started));
}

std::string heading(const Content& content, const ScheduledItem& s, std::size_t n, std::size_t total) {
    const Dimension* d = content.rubric.dimension(s.item.dimension);
    return "[" + std::to_string(n) + "/" + std::to_string(total) + "] " + s.item.id + " · " +
           (d != nullptr ? d->name : s.item.dimension) + (s.is_new() ? " · new" : "");
}

int run_plain_cards(const Context& context, const Content& content, History& history,
                    const std::vector<const ScheduledItem*>& todo) {
    std::size_t done = 0;
    for (std::size_t i = 0; i < todo.size(); ++i) {
        const ScheduledItem& s = *todo[i];
        context.out << "\n" << heading(content, s, i + 1, todo.size()) << "\n";
        for (const auto& line : wrap(s.item.front, 76))
            context.out << "  " << line << "\n";
        context.out << "Your answer (type it, or think it), then Enter:\n" << std::flush;
        std::string answer;
        if (!std::getline(std::cin, answer)) break;
        context.out << "Model answer:\n";
        for (const auto& line : wrap(s.item.back.empty() ? "(none in the bank)" : s.item.back, 76))
            context.out << "  " << line << "\n";
        std::optional<fsrs::Grade> grade;
        std::string line;
        for (;;) {
            context.out << "Grade: 1 again, 2 hard, 3 good, 4 easy (q stops): " << std::flush;
            if (!std::getline(std::cin, line) || line == "q") break;
            if ((grade = parse_grade(line))) break;
            context.out << "\"" << fit(line, 20) << "\" is not a grade\n";
        }
        if (!grade) break;
        context.out << save_review(history, s, *grade, SystemClock{}.wall_now()) << "\n";
        ++done;
    }
    context.out << "\n" << done << " of " << todo.size() << " reviewed; every grade is saved.\n";
    return kExitOk;
}

} // namespace

int run_drill_cards(const Context& context, const DrillCardsOptions& options) {
    Content content = load_valid_content(context);
    History history(context.db);
    Deck deck = load_deck(content, history);
    SystemClock clock;
    auto todo = todays_items(context, content, history, deck, clock.wall_now());
    if (todo.empty()) {
        context.out << "Nothing to review today: no item is due and today's new items ("
                    << context.config.new_cards_per_day << ", new_cards_per_day in the config) are done.\n";
        return kExitOk;
    }
    if (options.plain || isatty(STDIN_FILENO) == 0 || isatty(STDOUT_FILENO) == 0)
        return run_plain_cards(context, content, history, todo);
    std::vector<tui::ReviewCard> cards;
    for (const ScheduledItem* s : todo) {
        const Dimension* d = content.rubric.dimension(s->item.dimension);
        cards.push_back({s->item.id, d != nullptr ? d->name : s->item.dimension, s->item.front, s->item.back,
                         s->item.source, s->is_new()});
    }
    std::vector<std::string> saved;
    tui::CardReviewHooks hooks;
    hooks.grade = [&](std::size_t index, int grade) {
        auto g = fsrs::grade_from(grade);
        if (!g) return std::string();
        std::string line = save_review(history, *todo[index], *g, clock.wall_now());
        saved.push_back(line);
        return line;
    };
    install_stop_handlers();
    tui::run_card_review(cards, hooks, clock, tui_options(context, 0), stop_signal());
    for (const auto& line : saved)
        context.out << line << "\n";
    context.out << saved.size() << " of " << todo.size() << " reviewed; every grade is saved.\n";
    return stop_signal().load() != 0 ? 128 + stop_signal().load() : kExitOk;
}

int run_drill_grade(const Context& context, const DrillGradeOptions& options) {
    auto grade = parse_grade(options.grade);
    if (!grade) throw UsageError("grade \"" + options.grade + "\" should be 1 again, 2 hard, 3 good or 4 easy");
    WallTime at = time_option(options.at, "--at");
    Content content = load_valid_content(context);
    History history(context.db);
    Deck deck = load_deck(content, history);
    const ScheduledItem& item = find_item(deck, options.item);
    if (!item.is_new() && at < item.state.last_review)
        throw UsageError("--at " + iso_local(at) + " is before the last review of " + item.item.id + " (" +
                         iso_local(item.state.last_review) + "); reviews are recorded in order");
    std::string memory;
    context.out << save_review(history, item, *grade, at, &memory) << "\n  " << memory << "\n";
    return kExitOk;
}

int run_drill_list(const Context& context, const DrillListOptions& options) {
    WallTime now = time_option(options.at, "--at");
    Content content = load_valid_content(context);
    History history(context.db);
    Deck deck = load_deck(content, history);
    std::vector<const ScheduledItem*> shown;
    for (const auto& s : deck.items)
        if (!options.due || is_due(s, now)) shown.push_back(&s);
    if (options.format == "json")
        context.out << render_review_list_json(shown);
    else
        context.out << render_review_list(shown, now, 100);
    return kExitOk;
}

int run_drill_export(const Context& context, const DrillExportOptions& options) {
    Content content = load_valid_content(context);
    History history(context.db);
    std::string text = render_anki_csv(load_deck(content, history).items);
    if (options.out.empty() || options.out == "-") {
        context.out << text;
        return kExitOk;
    }
    std::string tmp = options.out + ".tmp";
    {
        std::ofstream file(tmp, std::ios::binary | std::ios::trunc);
        if (!file || !(file << text) || !file.flush()) throw Error("cannot write " + options.out);
    }
    if (std::rename(tmp.c_str(), options.out.c_str()) != 0) throw Error("cannot write " + options.out);
    return kExitOk;
}

} // namespace sdmock::cli
