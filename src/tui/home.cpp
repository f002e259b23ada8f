#include "tui/home.hpp"

#include "core/text.hpp"
#include "tui/input_loop.hpp"
#include "tui/keys.hpp"
#include "tui/list_search.hpp"
#include "tui/menu.hpp"
#include "tui/screens.hpp"
#include "tui/terminal.hpp"

#include <algorithm>
#include <cctype>
#include <functional>
#include <tuple>

namespace sdmock::tui {
namespace {

constexpr const char* kRootKeys = "↑/↓ move · Enter choose · / search · q quit";
constexpr const char* kListKeys = "↑/↓ move · Enter choose · / search · q back · Q quit";
constexpr const char* kResumeKeys = "↑/↓ · Enter resume · x abandon it · / search · q quit";
constexpr const char* kPageKeys = "↑/↓ PgUp/PgDn Home/End · q back · Q quit";

/// A problem's difficulty as the problem card names it.
std::string difficulty_word(int difficulty) {
    return difficulty == 1 ? "warm-up" : (difficulty == 3 ? "advanced" : "core");
}

HomeChoice make_choice(HomeChoice::Action action, std::string problem = "", std::string plan = "",
                       std::int64_t session = 0) {
    HomeChoice c;
    c.action = action;
    c.problem = std::move(problem);
    c.plan = std::move(plan);
    c.session = session;
    return c;
}

class Home {
public:
    Home(Terminal& term, const Clock& clock, const HomeData& data, const std::atomic<int>& stop)
        : term_(term), clock_(clock), data_(data), stop_(stop), resumable_(data.resumable), record_(data.record),
          voice_(data.voice) {}

    HomeChoice run() {
        std::size_t selected = 0;
        for (;;) {
            refresh();
            Root root = root_items();
            std::vector<std::string> intro{"Timed mock system-design interviews: the clock, the questions, the score."};
            std::function<bool()> on_resume_row = [&] {
                return selected >= root.first_resume && selected < root.first_resume + resumable_.size();
            };
            // While the menu is open, a session interrupted elsewhere joins the Resume rows.
            std::function<bool()> changed = [&] {
                if (!refresh()) return false;
                root = root_items();
                return true;
            };
            Picked picked = pick("sdmock", intro, root.items, selected, kRootKeys, &on_resume_row, &changed);
            if (picked == Picked::abandon)
                return make_choice(HomeChoice::Action::abandon, "", "", resumable_[selected - root.first_resume].id);
            if (picked != Picked::chosen) return {};
            if (auto choice = open(root, selected)) {
                choice->record = record_;
                choice->voice = voice_ && choice->mode == "solo";
                return *choice;
            }
            if (quit_) return {};
        }
    }

private:
    /// What the user did with a list or a page.
    enum class Picked { chosen, back, quit, abandon, key };
    enum class Entry {
        today,
        solo,
        random,
        weakest,
        interviewer,
        candidate,
        drill,
        record,
        voice,
        estimate,
        review_cards,
        resume,
        browse,
        review,
        cards,
        trends,
        history,
        quit
    };

    struct Root {
        std::vector<MenuItem> items;
        std::vector<Entry> entries;
        std::size_t first_resume = 0;
    };

    Root root_items() const {
        Root r;
        auto add = [&](Entry e, std::string label, std::string detail) {
            r.items.push_back({std::move(label), std::move(detail)});
            r.entries.push_back(e);
        };
        if (data_.today) add(Entry::today, "Today", "what to do today: reviews due, a mock, a drill");
        add(Entry::solo, "Start a solo mock", "choose the problem and the plan");
        add(Entry::random, "Random problem", "one you have not practised lately, " + data_.default_plan);
        add(Entry::weakest, "Practise the weakest", "a problem that works your lowest-scored dimensions");
        add(Entry::interviewer, "Paired mock: interview", "run it for a peer, with the answer key");
        add(Entry::candidate, "Paired mock: join", "follow the running paired mock as the candidate");
        add(Entry::drill, "Drill one phase", "one phase of a mock on its own (start --phase)");
        r.first_resume = r.items.size();
        for (const auto& s : resumable_)
            add(Entry::resume, "Resume session " + std::to_string(s.id), resume_detail(s));
        // The switches for the mocks started above, kept while the menu is open.
        add(Entry::record, std::string("Record audio: ") + (record_ ? "on" : "off"),
            record_ ? "mocks started here are recorded; Enter turns it off" : "Enter: record the mocks started here");
        add(Entry::voice, std::string("Ask aloud: ") + (voice_ ? "on" : "off"),
            voice_ ? "solo mocks speak their questions; Enter turns it off"
                   : "Enter: a voice asks a solo mock's questions");
        add(Entry::browse, "Browse problems",
            std::to_string(data_.content->problems.size()) + " walkthroughs; s starts the one shown");
        add(Entry::review, "Review a mock", "your notes against the answer key");
        add(Entry::cards, "Study cards", std::to_string(data_.content->cards.size()) + " cards for weak dimensions");
        add(Entry::review_cards, "Review cards", "spaced review of the bank and your misses");
        add(Entry::estimate, "Estimation drill", "five timed estimates, checked (drill estimate)");
        add(Entry::trends, "Trends", "weekly scores, weakest areas, what to practise next");
        add(Entry::history, "History", "every session, with its scores");
        add(Entry::quit, "Quit", "");
        return r;
    }

    std::optional<HomeChoice> open(const Root& root, std::size_t selected) {
        switch (root.entries[selected]) {
        case Entry::today:
            page("Today", data_.today, "");
            return std::nullopt;
        case Entry::estimate:
            return make_choice(HomeChoice::Action::drill_estimate, "", "", 0);
        case Entry::review_cards:
            return make_choice(HomeChoice::Action::review_cards, "", "", 0);
        case Entry::solo:
            return choose_problem_and_plan("solo");
        case Entry::random:
            return make_choice(HomeChoice::Action::start, "", data_.default_plan, 0);
        case Entry::weakest: {
            HomeChoice c = make_choice(HomeChoice::Action::start, "", data_.default_plan, 0);
            c.weakest = true;
            return c;
        }
        case Entry::interviewer:
            return choose_problem_and_plan("interviewer");
        case Entry::candidate:
            return make_choice(HomeChoice::Action::follow, "", "", 0);
        case Entry::drill:
            return choose_drill();
        case Entry::record:
            record_ = !record_;
            return std::nullopt;
        case Entry::voice:
            voice_ = !voice_;
            return std::nullopt;
        case Entry::resume:
            return make_choice(HomeChoice::Action::resume, "", "", resumable_[selected - root.first_resume].id);
        case Entry::browse:
            return browse_problems();
        case Entry::review:
            return browse_history(true);
        case Entry::cards:
            browse_cards();
            return std::nullopt;
        case Entry::trends:
            page("Trends", data_.trends, "");
            return std::nullopt;
        case Entry::history:
            return browse_history(false);
        case Entry::quit:
            return HomeChoice{};
        }
        return std::nullopt;
    }

    /// Reads the resumable sessions again; true when they changed.
    bool refresh() {
        if (!data_.running) return false;
        auto now = data_.running();
        auto same = [](const SessionInfo& a, const SessionInfo& b) {
            return a.id == b.id && a.owner_pid == b.owner_pid && interrupted(a) == interrupted(b);
        };
        bool changed = now.size() != resumable_.size() ||
                       !std::equal(now.begin(), now.end(), resumable_.begin(), resumable_.end(), same);
        // An owner's process ending changes the row's words though the record did not change.
        bool any_interrupted_changed = false;
        for (std::size_t i = 0; i < now.size() && i < shown_interrupted_.size(); ++i)
            any_interrupted_changed = any_interrupted_changed || interrupted(now[i]) != shown_interrupted_[i];
        resumable_ = std::move(now);
        shown_interrupted_.clear();
        for (const auto& s : resumable_)
            shown_interrupted_.push_back(interrupted(s));
        return changed || any_interrupted_changed;
    }

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
            items.push_back({p->title, fit(difficulty_word(p->difficulty), 9) + join(p->focus, " ")});
        return items;
    }

    /// A Resume row: whether the session is interrupted (its process gone) or still run elsewhere.
    static std::string resume_detail(const SessionInfo& s) {
        std::string state = interrupted(s) ? "interrupted" : "running in process " + std::to_string(s.owner_pid);
        return state + " · " + s.problem + " · " + s.plan + " · " + clock_text(s.elapsed) + " in";
    }

    /// Shows a list until the user chooses a row (Enter), goes back (q, Esc), or quits (Q, a
    /// signal); `selected` keeps the row across calls. `/` searches the rows. With `abandon_row`,
    /// `x` on a row it accepts leaves with Picked::abandon. With `changed`, asked about once a
    /// second, the list is drawn again when it says the items changed.
    Picked pick(const std::string& title, const std::vector<std::string>& intro, const std::vector<MenuItem>& items,
                std::size_t& selected, const char* keys_help = kListKeys,
                const std::function<bool()>* abandon_row = nullptr, const std::function<bool()>* changed = nullptr) {
        Picked picked = Picked::quit;
        ListSearch search;
        LoopScreen screen;
        auto shown = [&] { return matching(items, search.text); };
        if (changed != nullptr)
            screen.advance = [&](SteadyTime) {
                (*changed)();
                selected = std::min(selected, items.empty() ? 0 : items.size() - 1);
                return true;
            };
        screen.frame = [&](SteadyTime, int width, int height) {
            auto rows = shown();
            std::vector<MenuItem> visible;
            std::size_t at = 0;
            for (std::size_t i = 0; i < rows.size(); ++i) {
                visible.push_back(items[rows[i]]);
                if (rows[i] == selected) at = i;
            }
            std::vector<std::string> lines = intro;
            if (search.typing || !search.text.empty())
                lines.push_back("Search: " + search.text + (search.typing ? "▏" : "") + "   (" +
                                std::to_string(rows.size()) + " of " + std::to_string(items.size()) +
                                (search.typing ? "; Enter keeps it, Esc clears it)" : "; Esc clears it)"));
            bool abandonable = abandon_row != nullptr && (*abandon_row)();
            return layout_menu(title, lines, visible, at, abandonable ? kResumeKeys : keys_help, width, height);
        };
        screen.on_key = [&](const Key& key, SteadyTime) {
            bool typing = search.typing;
            if (update_search(search, key)) {
                auto rows = shown();
                if (!rows.empty() && std::find(rows.begin(), rows.end(), selected) == rows.end()) selected = rows[0];
                return true;
            }
            if (!typing && key.is('Q')) {
                quit_ = true;
                picked = Picked::quit;
                return false;
            }
            if (!typing && key.is('q')) {
                picked = keys_help == kRootKeys ? Picked::quit : Picked::back;
                return false;
            }
            if (!typing && abandon_row != nullptr && (*abandon_row)() && wants_abandon(key)) {
                picked = Picked::abandon;
                return false;
            }
            auto rows = shown();
            auto it = std::find(rows.begin(), rows.end(), selected);
            std::size_t at = it == rows.end() ? 0 : static_cast<std::size_t>(it - rows.begin());
            ListAction action = update_list(at, key, rows.size(), false);
            if (!rows.empty()) selected = rows[std::min(at, rows.size() - 1)];
            if (action == ListAction::back && keys_help == kRootKeys) return true; // nothing to go back to
            if (action == ListAction::choose && rows.empty()) return true;
            picked = action == ListAction::choose ? Picked::chosen : Picked::back;
            return action == ListAction::none;
        };
        if (run_loop(term_, clock_, screen, stop_) == LoopEnd::stopped) quit_ = true;
        return quit_ ? Picked::quit : picked;
    }

    /// A page of text until the user leaves: q or Esc back, Q quits, and `key` (with its help
    /// `key_help`) leaves with Picked::key.
    Picked page(const std::string& title, const std::function<std::vector<std::string>(int)>& text,
                const std::string& key_help, char key = 0) {
        std::string help = key_help.empty() ? std::string(kPageKeys) : key_help + " · " + kPageKeys;
        std::string leave = key != 0 ? std::string{key, 'Q'} : std::string("Q");
        char left = pager_screen(term_, clock_, title, text, help, stop_, leave);
        if (stop_.load() != 0 || left == 'Q') quit_ = true;
        if (quit_) return Picked::quit;
        return key != 0 && left == key ? Picked::key : Picked::back;
    }

    std::optional<HomeChoice> choose_problem_and_plan(const std::string& mode) {
        std::size_t selected = 0;
        auto items = problem_items(true);
        std::string title =
            mode == "interviewer" ? "Paired mock: the problem you will interview on" : "Choose a problem";
        for (;;) {
            Picked picked = pick(title, {}, items, selected);
            if (picked == Picked::quit) return HomeChoice{};
            if (picked == Picked::back) return std::nullopt;
            std::string problem = selected == 0 ? "" : problems_by_title()[selected - 1]->id;
            if (auto choice = start_with_plan(problem, mode)) return choice;
            if (quit_) return HomeChoice{};
        }
    }

    /// The plan for `problem`, then the choice that starts it; none when the user went back.
    std::optional<HomeChoice> start_with_plan(const std::string& problem, const std::string& mode) {
        auto plan = choose_plan();
        if (!plan) return std::nullopt;
        HomeChoice c = make_choice(HomeChoice::Action::start, problem, *plan, 0);
        c.mode = mode;
        return c;
    }

    /// The plans, the default first, then the others from shortest to longest.
    std::vector<const Plan*> plans_in_order() const {
        std::vector<const Plan*> plans;
        for (const auto& p : data_.content->plans)
            plans.push_back(&p);
        std::stable_sort(plans.begin(), plans.end(), [&](const Plan* a, const Plan* b) {
            return std::make_tuple(a->id != data_.default_plan, a->planned()) <
                   std::make_tuple(b->id != data_.default_plan, b->planned());
        });
        return plans;
    }

    std::optional<std::string> choose_plan() {
        auto plans = plans_in_order();
        std::vector<MenuItem> items;
        for (const Plan* plan : plans) {
            std::vector<std::string> minutes;
            for (const auto& ph : plan->phases)
                minutes.push_back(format_number(ph.minutes));
            items.push_back({plan->name, join(minutes, "+") + " minutes"});
        }
        std::size_t selected = 0;
        if (pick("Choose a plan", {}, items, selected) != Picked::chosen) return std::nullopt;
        return plans[selected]->id;
    }

    /// A drill: one phase of the default plan, on a problem you have not practised lately.
    std::optional<HomeChoice> choose_drill() {
        const Plan* plan = plans_in_order().front();
        std::vector<MenuItem> items;
        for (const auto& ph : plan->phases)
            items.push_back({ph.name, format_number(ph.minutes) + " minutes · " + ph.goal});
        std::size_t selected = 0;
        if (pick("Drill one phase", {"A problem you have not practised lately; the phase's time from " + plan->name},
                 items, selected) != Picked::chosen)
            return quit_ ? std::optional<HomeChoice>(HomeChoice{}) : std::nullopt;
        HomeChoice c = make_choice(HomeChoice::Action::start, "", plan->id, 0);
        c.phase = plan->phases[selected].id;
        return c;
    }

    std::optional<HomeChoice> browse_problems() {
        std::size_t selected = 0;
        auto items = problem_items(false);
        while (pick("Problems", {}, items, selected) == Picked::chosen) {
            const Problem& p = *problems_by_title()[selected];
            Picked seen = page(
                p.title, [&](int w) { return data_.problem_card(p, w); }, "s start a mock of it", 's');
            if (seen == Picked::key)
                if (auto choice = start_with_plan(p.id, "solo")) return choice;
            if (quit_) return HomeChoice{};
        }
        return quit_ ? std::optional<HomeChoice>(HomeChoice{}) : std::nullopt;
    }

    void browse_cards() {
        std::vector<MenuItem> items;
        for (const auto& card : data_.content->cards)
            items.push_back({card.title, join(card.dimensions, " ")});
        std::size_t selected = 0;
        while (pick("Study cards", {}, items, selected) == Picked::chosen) {
            const Card& card = data_.content->cards[selected];
            if (page(
                    card.title, [&](int w) { return data_.card_text(card, w); }, "") == Picked::quit)
                return;
        }
    }

    /// The interrupted session `id`, if it is one that can be resumed.
    [[nodiscard]] bool resumable(std::int64_t id) const {
        return std::any_of(resumable_.begin(), resumable_.end(),
                           [&](const SessionInfo& s) { return s.id == id && interrupted(s); });
    }

    /// The history; with `review`, Enter reviews the session chosen at once.
    std::optional<HomeChoice> browse_history(bool review) {
        refresh();
        auto rows = data_.history();
        std::vector<MenuItem> items;
        for (const auto& [id, text] : rows)
            items.push_back({"#" + std::to_string(id), text});
        std::vector<std::string> intro;
        if (rows.empty()) intro.emplace_back("No sessions yet. Start one from the home screen.");
        if (review) intro.emplace_back("Choose a finished mock to review against the answer key.");
        std::size_t selected = 0;
        while (pick(review ? "Review a mock" : "History", intro, items, selected) == Picked::chosen) {
            std::int64_t id = rows[selected].first;
            if (review) return make_choice(HomeChoice::Action::review, "", "", id);
            bool can_resume = resumable(id);
            Picked seen = page(
                "Session " + std::to_string(id), [&](int w) { return data_.session_text(id, w); },
                can_resume ? "r resume it" : "r review against the key", 'r');
            if (seen == Picked::key)
                return make_choice(can_resume ? HomeChoice::Action::resume : HomeChoice::Action::review, "", "", id);
            if (quit_) return HomeChoice{};
        }
        return quit_ ? std::optional<HomeChoice>(HomeChoice{}) : std::nullopt;
    }

    Terminal& term_;
    const Clock& clock_;
    const HomeData& data_;
    const std::atomic<int>& stop_;
    std::vector<SessionInfo> resumable_;
    bool record_; ///< the Record audio toggle
    bool voice_;  ///< the Ask aloud toggle
    std::vector<bool> shown_interrupted_;
    bool quit_ = false; ///< Q, or a signal: leave from wherever the user is
};

} // namespace

HomeChoice run_home(const HomeData& data, const Clock& clock, const Options& options, const std::atomic<int>& stop) {
    Terminal term(options.color);
    return Home(term, clock, data, stop).run();
}

} // namespace sdmock::tui
