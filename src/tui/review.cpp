#include "tui/input_loop.hpp"
#include "tui/keys.hpp"
#include "tui/screens.hpp"
#include "tui/terminal.hpp"
#include "tui/tui.hpp"

namespace sdmock::tui {
void run_review(const SessionRecord& record, const Content& content, const Problem& problem, const Plan& plan,
                const Options& options, const ReviewHooks& hooks, const Clock& clock, const std::atomic<int>& stop) {
    Terminal term(options.color);
    Ticks ticks = hooks.ticks();
    Review review = build_review(record, problem, plan, content, ticks);
    ReviewKeys keys;
    bool tail = false;
    LoopScreen screen;
    screen.frame = [&](SteadyTime, int width, int height) {
        ReviewView view{&review,       &ticks,         &content.rubric, record.self ? &*record.self : nullptr,
                        problem.title, record.info.id, keys.phase,      keys.selected};
        return layout_review(view, width, height);
    };
    screen.on_key = [&](const Key& key, SteadyTime) {
        auto action = update_review(keys, key, review, ticks);
        if (std::holds_alternative<act::Leave>(action)) return false;
        if (const auto* t = std::get_if<act::Tick>(&action)) {
            hooks.tick(t->point, t->covered); // saved before it is shown
            ticks[t->point] = t->covered;
            review.coverage = coverage_by_dimension(key_points(problem, plan), ticks);
        }
        if (std::holds_alternative<act::ShowTail>(action)) tail = true;
        return !tail;
    };
    for (;;) {
        tail = false;
        run_loop(term, clock, screen, stop);
        if (!tail || stop.load() != 0) return;
        pager_screen(term, clock, "Review · session " + std::to_string(record.info.id), hooks.tail, kPagerKeys, stop);
    }
}

} // namespace sdmock::tui
