#include "tui/input_loop.hpp"
#include "tui/keys.hpp"
#include "tui/menu.hpp"
#include "tui/terminal.hpp"
#include "tui/tui.hpp"

namespace sdmock::tui {
namespace {

constexpr const char* kPagerKeys = "↑/↓ scroll · space/PgDn page · Home/End · Esc back";

void page(Terminal& term, const Clock& clock, const std::string& title,
          const std::function<std::vector<std::string>(int)>& text, const std::atomic<int>& stop) {
    PagerKeys keys;
    int width = -1;
    std::vector<std::string> lines;
    LoopScreen screen;
    screen.frame = [&](SteadyTime, int w, int h) {
        if (width != w) {
            width = w;
            lines = text(width - 2);
        }
        keys.rows = static_cast<std::size_t>(std::max(1, h - 3));
        keys.last = lines.size() > keys.rows ? lines.size() - keys.rows : 0;
        keys.offset = std::min(keys.offset, keys.last);
        return layout_pager(title, lines, keys.offset, kPagerKeys, w, h);
    };
    screen.on_key = [&](const Key& key, SteadyTime) { return update_pager(keys, key) == PagerAction::none; };
    run_loop(term, clock, screen, stop);
}

} // namespace

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
        page(term, clock, "Review · session " + std::to_string(record.info.id), hooks.tail, stop);
    }
}

} // namespace sdmock::tui
