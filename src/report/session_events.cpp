// The events of `show`: notes, questions and marks in full, in aligned columns.
#include "report/session_view.hpp"

#include "core/roles.hpp"
#include "core/text.hpp"

#include <algorithm>

namespace sdmock {

std::vector<std::string> event_lines(const std::vector<Event>& events, int width) {
    constexpr int kKind = 15;
    std::size_t time_width = 0;
    for (const auto& e : events)
        time_width = std::max(time_width, clock_text(e.t).size());
    const int column = 2 + static_cast<int>(time_width) + 2 + kKind;
    const std::string indent(static_cast<std::size_t>(column), ' ');
    std::vector<std::string> out;
    for (const auto& e : events) {
        if (e.kind == event::reopen) continue;
        std::string time = clock_text(e.t);
        std::string head = "  " + std::string(time_width - time.size(), ' ') + time + "  " + fit(e.kind, kKind);
        std::string text;
        if (e.kind == event::cue_marked)
            text += "(" + std::string(to_string(static_cast<Grade>(std::clamp<std::int64_t>(e.value, 0, 2)))) + ") ";
        if (!e.dimension.empty() && e.kind != event::phase_start) text += "[" + e.dimension + "] ";
        text += e.text;
        auto lines = wrap(text, std::max(20, width - column));
        if (lines.empty()) {
            // fit pads the kind; a line without text ends there.
            out.push_back(head.substr(0, head.find_last_not_of(' ') + 1));
            continue;
        }
        for (std::size_t k = 0; k < lines.size(); ++k)
            out.push_back((k == 0 ? head : indent) + lines[k]);
    }
    return out;
}

} // namespace sdmock
