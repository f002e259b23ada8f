#include "tui/home.hpp"

#include "core/text.hpp"
#include "tui/menu.hpp"
#include "tui/terminal.hpp"

#include <algorithm>
#include <cctype>
#include <tuple>

namespace sdmock::tui {
namespace {

using std::chrono::milliseconds;

constexpr const char* kListKeys = "↑/↓ move · Enter choose · Esc back · q quit";
constexpr const char* kPagerKeys = "↑/↓ scroll · space/PgDn page · Home/End · Esc back";

/// Moves a selection; returns true on Enter. `back` is set on Esc, Backspace or 'h'.
bool navigate(const Key& key, std::size_t& selected, std::size_t count, bool& back) {
    if (key.kind == Key::Kind::up || key.is('k')) selected = selected == 0 ? 0 : selected - 1;
    else if (key.kind == Key::Kind::down || key.is('j')) selected = std::min(selected + 1, count == 0 ? 0 : count - 1);
    else if (key.kind == Key::Kind::home) selected = 0;
    else if (key.kind == Key::Kind::end) selected = count == 0 ? 0 : count - 1;
    else if (key.kind == Key::Kind::page_up) selected = selected > 10 ? selected - 10 : 0;
    else if (key.kind == Key::Kind::page_down) selected = std::min(selected + 10, count == 0 ? 0 : count - 1);
    else if (key.kind == Key::Kind::escape || key.kind == Key::Kind::backspace) back = true;
    return key.kind == Key::Kind::enter || key.is('l');
}

class Home {
public:
    Home(Terminal& term, const HomeData& data, const std::atomic<int>& stop) : term_(term), data_(data), stop_(stop) {}

    HomeChoice run() {
        std::size_t selected = 0;
        for (;;) {
            std::vector<MenuItem> items{{"Start a solo mock", "choose the problem and the plan"},
                                        {"Random problem", "one you have not practised lately, " + data_.default_plan}};
            for (const auto& s : data_.resumable)
                items.push_back({"Resume session " + std::to_string(s.id),
                                 s.problem + " · " + s.plan + " · " + clock_text(s.elapsed) + " in"});
            std::size_t browse = items.size();
            items.push_back({"Browse problems", std::to_string(data_.content->problems.size()) + " walkthroughs"});
            items.push_back({"Trends", "weekly scores, weakest areas, what to practise next"});
            items.push_back({"History", "every session, with its scores"});
            items.push_back({"Quit", ""});
            std::vector<std::string> intro{"Timed mock system-design interviews: the clock, the questions, the score."};
            term_.draw(layout_menu("sdmock", intro, items, selected, kListKeys, term_.width(), term_.height()));
            Key key = wait();
            if (stop_.load() != 0 || key.is('q')) return {};
            bool back = false;
            if (!navigate(key, selected, items.size(), back)) continue;
            if (selected == 0) {
                if (auto choice = choose_problem_and_plan()) return *choice;
            } else if (selected == 1) {
                return {HomeChoice::Action::start, "", data_.default_plan, 0};
            } else if (selected < browse) {
                return {HomeChoice::Action::resume, "", "", data_.resumable[selected - 2].id};
            } else if (selected == browse) {
                browse_problems();
            } else if (selected == browse + 1) {
                page("Trends", data_.trends);
            } else if (selected == browse + 2) {
                browse_history();
            } else {
                return {};
            }
        }
    }

private:
    Key wait() {
        for (;;) {
            Key key = term_.read(milliseconds(1000));
            if (key.kind != Key::Kind::none || stop_.load() != 0) return key;
        }
    }

    /// The problems by title, as the list shows them.
    std::vector<const Problem*> problems_by_title() const {
        std::vector<const Problem*> out;
        for (const auto& p : data_.content->problems) out.push_back(&p);
        auto key = [](const Problem* p) {
            std::string k = p->title;
            for (auto& c : k) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            return k;
        };
        std::sort(out.begin(), out.end(), [&](const Problem* a, const Problem* b) { return key(a) < key(b); });
        return out;
    }

    std::vector<MenuItem> problem_items(bool with_random) const {
        std::vector<MenuItem> items;
        if (with_random) items.push_back({"(random)", "one you have not practised lately"});
        for (const Problem* p : problems_by_title()) items.push_back({p->title, join(p->focus, " ")});
        return items;
    }

    /// What the user did with a list.
    enum class Picked { chosen, back, quit };

    /// Shows a list until the user chooses a row (Enter), goes back (Esc), or quits (a signal, and
    /// `q` when `q_quits`); `selected` keeps the row across calls.
    Picked pick(const std::string& title, const std::vector<std::string>& intro, const std::vector<MenuItem>& items,
                std::size_t& selected, bool q_quits = true) {
        for (;;) {
            term_.draw(layout_menu(title, intro, items, selected, kListKeys, term_.width(), term_.height()));
            Key key = wait();
            if (stop_.load() != 0 || (q_quits && key.is('q'))) return Picked::quit;
            bool back = false;
            bool chosen = navigate(key, selected, items.size(), back);
            if (back) return Picked::back;
            if (chosen && !items.empty()) return Picked::chosen;
        }
    }

    std::optional<HomeChoice> choose_problem_and_plan() {
        std::size_t selected = 0;
        auto items = problem_items(true);
        for (;;) {
            Picked picked = pick("Choose a problem", {}, items, selected);
            if (picked == Picked::quit) return HomeChoice{};
            if (picked == Picked::back) return std::nullopt;
            std::string problem = selected == 0 ? "" : problems_by_title()[selected - 1]->id;
            if (auto plan = choose_plan()) return HomeChoice{HomeChoice::Action::start, problem, *plan, 0};
        }
    }

    std::optional<std::string> choose_plan() {
        // The default plan first, then the others from shortest to longest.
        std::vector<const Plan*> plans;
        for (const auto& p : data_.content->plans) plans.push_back(&p);
        std::stable_sort(plans.begin(), plans.end(), [&](const Plan* a, const Plan* b) {
            return std::make_tuple(a->id != data_.default_plan, a->planned()) <
                   std::make_tuple(b->id != data_.default_plan, b->planned());
        });
        std::vector<MenuItem> items;
        for (const Plan* plan : plans) {
            std::vector<std::string> minutes;
            for (const auto& ph : plan->phases) minutes.push_back(format_number(ph.minutes));
            items.push_back({plan->name, join(minutes, "+") + " minutes"});
        }
        std::size_t selected = 0;
        if (pick("Choose a plan", {}, items, selected, false) != Picked::chosen) return std::nullopt;
        return plans[selected]->id;
    }

    void browse_problems() {
        std::size_t selected = 0;
        auto items = problem_items(false);
        while (pick("Problems", {}, items, selected) == Picked::chosen) {
            const Problem& p = *problems_by_title()[selected];
            page(p.title, [&](int w) { return data_.problem_card(p, w); });
        }
    }

    void browse_history() {
        auto rows = data_.history();
        std::vector<MenuItem> items;
        for (const auto& [id, text] : rows) items.push_back({"#" + std::to_string(id), text});
        std::vector<std::string> intro;
        if (rows.empty()) intro.emplace_back("No sessions yet. Start one from the home screen.");
        std::size_t selected = 0;
        while (pick("History", intro, items, selected) == Picked::chosen) {
            std::int64_t id = rows[selected].first;
            page("Session " + std::to_string(id), [&](int w) { return data_.session_text(id, w); });
        }
    }

    void page(const std::string& title, const std::function<std::vector<std::string>(int)>& text) {
        std::size_t offset = 0;
        int width = -1;
        std::vector<std::string> lines;
        for (;;) {
            if (width != term_.width()) {  // render again only when the width changed
                width = term_.width();
                lines = text(width - 2);
            }
            auto rows = static_cast<std::size_t>(std::max(1, term_.height() - 3));
            std::size_t last = lines.size() > rows ? lines.size() - rows : 0;
            offset = std::min(offset, last);
            term_.draw(layout_pager(title, lines, offset, kPagerKeys, term_.width(), term_.height()));
            Key key = wait();
            if (stop_.load() != 0) return;
            if (key.kind == Key::Kind::up || key.is('k')) offset = offset == 0 ? 0 : offset - 1;
            else if (key.kind == Key::Kind::down || key.is('j')) offset = std::min(offset + 1, last);
            else if (key.is(' ') || key.kind == Key::Kind::page_down) offset = std::min(offset + rows, last);
            else if (key.is('b') || key.kind == Key::Kind::page_up) offset = offset > rows ? offset - rows : 0;
            else if (key.kind == Key::Kind::home || key.is('g')) offset = 0;
            else if (key.kind == Key::Kind::end || key.is('G')) offset = last;
            else if (key.kind == Key::Kind::escape || key.kind == Key::Kind::backspace || key.is('q') ||
                     key.kind == Key::Kind::enter)
                return;
        }
    }

    Terminal& term_;
    const HomeData& data_;
    const std::atomic<int>& stop_;
};

} // namespace

HomeChoice run_home(const HomeData& data, const Options& options, const std::atomic<int>& stop) {
    Terminal term(options.color);
    return Home(term, data, stop).run();
}

} // namespace sdmock::tui
