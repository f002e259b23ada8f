#include "tui/home.hpp"

#include "core/text.hpp"
#include "tui/input_loop.hpp"
#include "tui/keys.hpp"
#include "tui/menu.hpp"
#include "tui/screens.hpp"
#include "tui/terminal.hpp"

#include <algorithm>
#include <cctype>
#include <functional>
#include <tuple>

namespace sdmock::tui {
namespace {

constexpr const char* kListKeys = "↑/↓ move · Enter choose · Esc back · q quit";
constexpr const char* kResumeKeys = "↑/↓ move · Enter resume · x abandon this session · q quit";
constexpr const char* kSessionKeys = "↑/↓ scroll · space/PgDn page · r review against the key · Esc back";

class Home {
public:
    Home(Terminal& term, const Clock& clock, const HomeData& data, const std::atomic<int>& stop)
        : term_(term), clock_(clock), data_(data), stop_(stop) {}

    HomeChoice run() {
        std::size_t selected = 0;
        for (;;) {
            std::vector<MenuItem> items{{"Start a solo mock", "choose the problem and the plan"},
                                        {"Random problem", "one you have not practised lately, " + data_.default_plan}};
            for (const auto& s : data_.resumable)
                items.push_back({"Resume session " + std::to_string(s.id), resume_detail(s)});
            std::size_t browse = items.size();
            items.push_back({"Browse problems", std::to_string(data_.content->problems.size()) + " walkthroughs"});
            items.push_back({"Trends", "weekly scores, weakest areas, what to practise next"});
            items.push_back({"History", "every session, with its scores"});
            items.push_back({"Quit", ""});
            std::vector<std::string> intro{"Timed mock system-design interviews: the clock, the questions, the score."};
            // `x` on a Resume row abandons that session.
            std::function<bool()> on_resume_row = [&] { return selected >= 2 && selected < browse; };
            Picked picked =
                pick("sdmock", intro, items, selected, true, false, data_.resumable.empty() ? nullptr : &on_resume_row);
            if (picked == Picked::abandon)
                return {HomeChoice::Action::abandon, "", "", data_.resumable[selected - 2].id};
            if (picked != Picked::chosen) return {};
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
                if (auto choice = browse_history()) return *choice;
            } else {
                return {};
            }
        }
    }

private:
    /// The problems by title, as the list shows them.
    std::vector<const Problem*> problems_by_title() const {
        std::vector<const Problem*> out;
        for (const auto& p : data_.content->problems)
            out.push_back(&p);
        auto key = [](const Problem* p) {
            std::string k = p->title;
            for (auto& c : k)
                c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            return k;
        };
        std::sort(out.begin(), out.end(), [&](const Problem* a, const Problem* b) { return key(a) < key(b); });
        return out;
    }

    std::vector<MenuItem> problem_items(bool with_random) const {
        std::vector<MenuItem> items;
        if (with_random) items.push_back({"(random)", "one you have not practised lately"});
        for (const Problem* p : problems_by_title())
            items.push_back({p->title, join(p->focus, " ")});
        return items;
    }

    /// What the user did with a list.
    enum class Picked { chosen, back, quit, abandon };

    /// A Resume row: whether the session is interrupted (its process gone) or still run elsewhere.
    std::string resume_detail(const SessionInfo& s) const {
        std::string state = interrupted(s) ? "interrupted" : "running in process " + std::to_string(s.owner_pid);
        return state + " · " + s.problem + " · " + s.plan + " · " + clock_text(s.elapsed) + " in";
    }

    /// Shows a list until the user chooses a row (Enter), goes back (Esc, unless `back_leaves` is
    /// false), or quits (a signal, and `q` when `q_quits`); `selected` keeps the row across calls.
    /// With `abandon_row`, `x` on a row it accepts leaves with Picked::abandon.
    Picked pick(const std::string& title, const std::vector<std::string>& intro, const std::vector<MenuItem>& items,
                std::size_t& selected, bool q_quits = true, bool back_leaves = true,
                const std::function<bool()>* abandon_row = nullptr) {
        Picked picked = Picked::quit;
        LoopScreen screen;
        screen.frame = [&](SteadyTime, int width, int height) {
            bool abandonable = abandon_row != nullptr && (*abandon_row)();
            return layout_menu(title, intro, items, selected, abandonable ? kResumeKeys : kListKeys, width, height);
        };
        screen.on_key = [&](const Key& key, SteadyTime) {
            if (abandon_row != nullptr && (*abandon_row)() && wants_abandon(key)) {
                picked = Picked::abandon;
                return false;
            }
            ListAction action = update_list(selected, key, items.size(), q_quits);
            if (action == ListAction::back && !back_leaves) return true;
            picked = action == ListAction::choose ? Picked::chosen
                                                  : (action == ListAction::back ? Picked::back : Picked::quit);
            return action == ListAction::none;
        };
        run_loop(term_, clock_, screen, stop_);
        return picked;
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
        for (const auto& p : data_.content->plans)
            plans.push_back(&p);
        std::stable_sort(plans.begin(), plans.end(), [&](const Plan* a, const Plan* b) {
            return std::make_tuple(a->id != data_.default_plan, a->planned()) <
                   std::make_tuple(b->id != data_.default_plan, b->planned());
        });
        std::vector<MenuItem> items;
        for (const Plan* plan : plans) {
            std::vector<std::string> minutes;
            for (const auto& ph : plan->phases)
                minutes.push_back(format_number(ph.minutes));
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

    std::optional<HomeChoice> browse_history() {
        auto rows = data_.history();
        std::vector<MenuItem> items;
        for (const auto& [id, text] : rows)
            items.push_back({"#" + std::to_string(id), text});
        std::vector<std::string> intro;
        if (rows.empty()) intro.emplace_back("No sessions yet. Start one from the home screen.");
        std::size_t selected = 0;
        while (pick("History", intro, items, selected) == Picked::chosen) {
            std::int64_t id = rows[selected].first;
            if (page(
                    "Session " + std::to_string(id), [&](int w) { return data_.session_text(id, w); }, true))
                return HomeChoice{HomeChoice::Action::review, "", "", id};
        }
        return std::nullopt;
    }

    /// A page of text until the user leaves; with `review`, `r` leaves asking for the review (true).
    bool page(const std::string& title, const std::function<std::vector<std::string>(int)>& text, bool review = false) {
        return pager_screen(term_, clock_, title, text, review ? kSessionKeys : kPagerKeys, stop_, review ? 'r' : 0);
    }

    Terminal& term_;
    const Clock& clock_;
    const HomeData& data_;
    const std::atomic<int>& stop_;
};

} // namespace

HomeChoice run_home(const HomeData& data, const Clock& clock, const Options& options, const std::atomic<int>& stop) {
    Terminal term(options.color);
    return Home(term, clock, data, stop).run();
}

} // namespace sdmock::tui
