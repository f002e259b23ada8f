#include "report/today_view.hpp"

#include "core/text.hpp"

#include <cmath>

namespace sdmock {
namespace {

constexpr std::array<const char*, 7> kWeekdays = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                                                  "Friday", "Saturday", "Sunday"};
constexpr std::array<const char*, 12> kMonths = {"January", "February", "March",     "April",   "May",      "June",
                                                 "July",    "August",   "September", "October", "November", "December"};

std::string one_decimal(double x) {
    return format_number(std::round(x * 10) / 10);
}

std::string plural(int n, const std::string& one, const std::string& many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

void item(std::string& out, int n, const std::string& text, const std::string& command, int width) {
    auto lines = wrap(text, std::max(20, width - 4));
    for (std::size_t i = 0; i < lines.size(); ++i)
        out += (i == 0 ? std::to_string(n) + ". " : std::string("   ")) + lines[i] + "\n";
    out += "   $ " + command + "\n\n";
}

std::string reviews_text(const TodayPlan& plan) {
    if (plan.due == 0 && plan.new_items == 0)
        return "Reviews: nothing is due today and today's new items are done. Come back tomorrow.";
    std::string text = "Reviews: ";
    if (plan.due == 0)
        text += plan.reviewed_items == 0 ? "you have not started spaced review yet; " : "nothing is due today; ";
    else
        text +=
            plural(plan.due, "item is", "items are") + " due" +
            (plan.due_misses > 0 ? " (" + plural(plan.due_misses, "question", "questions") + " you missed in a mock)"
                                 : "") +
            "; ";
    text += plan.new_items == 0 ? "no new items left for today."
                                : plural(plan.new_items, "new item", "new items") + " from the bank and the cards.";
    return text;
}

std::string mock_text(const TodayPlan& plan, const Content& content) {
    const Problem& p = *plan.problem;
    std::string text = "Mock: " + p.title + ". ";
    if (plan.why == TodayPlan::Why::weakest) {
        std::vector<std::string> weak;
        for (const auto& w : plan.choice.weakest)
            weak.push_back(content.rubric.dimensions[w.dimension].name + " " + one_decimal(w.average));
        text += std::string(plan.choice.basis == WeakestBasis::recent ? "Your weakest dimensions lately: "
                                                                      : "Your weakest dimensions: ") +
                join(weak, ", ") + ". ";
        std::vector<std::string> covers;
        for (const auto& d : plan.choice.covers)
            covers.push_back(content.rubric.dimension(d)->name);
        text += covers.empty() ? "No problem stresses them directly; this one was practised least recently. "
                               : "It stresses " + join(covers, ", ") + ". ";
    } else if (plan.why == TodayPlan::Why::rotation && plan.stage != nullptr) {
        text += "No scored mock yet, so no weak dimension to aim at: the next problem of the guide's rotation (Part " +
                std::to_string(plan.stage->part) + ", " + plan.stage->name + "). ";
    } else {
        text += "No scored mock yet: a problem not practised lately. ";
    }
    if (plan.why == TodayPlan::Why::weakest && plan.stage != nullptr)
        text += "It is on the guide's rotation (Part " + std::to_string(plan.stage->part) + "). ";
    text += plan.last_practised.empty() ? "You have not mocked it before."
                                        : "Last mocked " + plan.last_practised.substr(0, 10) + ".";
    return text;
}

} // namespace

std::string render_today(const TodayPlan& plan, const Content& content, const Date& today, int width) {
    std::string out = "Today, " + std::string(kWeekdays[static_cast<std::size_t>(iso_weekday(today) - 1)]) + " " +
                      std::to_string(today.day) + " " + kMonths[static_cast<std::size_t>(today.month - 1)] + " " +
                      std::to_string(today.year) + "\n\n";
    int n = 0;
    item(out, ++n, reviews_text(plan), "sdmock drill cards", width);
    item(out, ++n, mock_text(plan, content), "sdmock start --problem " + plan.problem->id, width);
    if (plan.estimation_drill && plan.estimation_average)
        item(out, ++n,
             "Estimation drill: your estimation scores average " + one_decimal(*plan.estimation_average) +
                 "; a few generated exercises sharpen the arithmetic.",
             "sdmock drill estimate", width);
    if (plan.choice.basis == WeakestBasis::no_scores)
        out += "Once a mock is scored, today aims the mock at its weakest dimensions.\n";
    return out;
}

} // namespace sdmock
