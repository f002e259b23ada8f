// `sdmock today`: what to do today, from the history.
#include "cli/commands.hpp"

#include "cli/review_deck.hpp"
#include "core/error.hpp"
#include "core/today.hpp"
#include "report/today_view.hpp"

#include <ostream>

namespace sdmock::cli {

std::string today_text(const Context& context, WallTime now, int width) {
    Content content = load_valid_content(context);
    History history(context.db);
    Deck deck = load_deck(content, history);
    TodayInput in;
    in.content = &content;
    in.mocks = history.scored_mocks();
    for (const auto& record : history.list())
        in.practised.push_back({record.info.problem, record.info.started_at});
    in.items = std::move(deck.items);
    in.due_by = end_of_local_day(now);
    in.new_allowance =
        std::max(0, context.config.new_cards_per_day - new_items_started_on(deck.reviews, local_day(now)));
    in.today = civil_from_days(local_day(now));
    in.week_start = context.config.week_start;
    return render_today(plan_today(in), content, in.today, width);
}

int run_today(const Context& context, const TodayOptions& options) {
    WallTime now = time_option(options.at, "--at");
    context.out << today_text(context, now, 80);
    return kExitOk;
}

} // namespace sdmock::cli
