#include "tui/scroll_box.hpp"

#include "core/text.hpp"
#include "tui/keys.hpp"
#include "tui/parts.hpp"

#include <algorithm>

namespace sdmock::tui {

int box_inner_width(int width) {
    return std::max(10, std::min(width - 6, 76));
}

std::size_t box_body_rows(int height) {
    // Below the title (two rows): the border, the box's title, the body, the scroll line, the border.
    return static_cast<std::size_t>(std::max(1, height - 2 - 4));
}

void fit_box_scroll(PagerKeys& keys, std::size_t lines, int height) {
    std::size_t body = lines > 0 ? lines - 1 : 0;
    keys.rows = box_body_rows(height);
    keys.last = body > keys.rows ? body - keys.rows : 0;
    keys.offset = std::min(keys.offset, keys.last);
}

void add_scroll_box(Frame& f, const std::vector<std::string>& box, std::size_t offset, int width, int height) {
    std::size_t rows = box_body_rows(height);
    if (box.size() <= rows + 2) { // it fits whole, with room for its closing line
        add_box(f, box, width, height);
        return;
    }
    std::size_t body = box.size() - 1;
    std::size_t last = body > rows ? body - rows : 0;
    offset = std::min(offset, last);
    std::vector<std::string> shown{box.front()};
    for (std::size_t i = 0; i < rows; ++i)
        shown.push_back(box[1 + offset + i]);
    std::string where = std::to_string(offset + 1) + "-" + std::to_string(offset + rows) + " of " +
                        std::to_string(body) + (offset < last ? " · ↓ more" : " · the end");
    shown.push_back(where + " · ↑/↓ PgUp/PgDn Home/End · any other key closes");
    add_box(f, shown, width, height);
}

bool scroll_key(PagerKeys& keys, const Key& key) {
    bool scrolls = key.kind == Key::Kind::up || key.kind == Key::Kind::down || key.kind == Key::Kind::page_up ||
                   key.kind == Key::Kind::page_down || key.kind == Key::Kind::home || key.kind == Key::Kind::end ||
                   key.is('k') || key.is('j');
    if (scrolls) update_pager(keys, key);
    return scrolls;
}

std::vector<std::string> full_text_lines(const std::string& prompt, const Phase* phase, const std::string& question,
                                         int inner, const std::vector<std::string>& figures) {
    std::vector<std::string> box{"The problem, the checklist and the question"};
    auto add = [&](const std::string& text) {
        for (const auto& l : wrap(text, inner))
            box.push_back(l);
    };
    if (!question.empty()) { // first: it is what the candidate is answering now
        add("Question: " + question);
        box.emplace_back();
    }
    if (!figures.empty()) { // then the numbers the estimate starts from
        add("Figures to work from: " + join(figures, "; ") + ".");
        box.emplace_back();
    }
    add(prompt);
    if (phase != nullptr) {
        box.emplace_back();
        add(phase->name + ": " + phase->goal);
        for (const auto& item : phase->checklist)
            add("□ " + item);
    }
    box.emplace_back();
    box.emplace_back("Any key closes this.");
    return box;
}

std::string typed_line(const std::string& label, const std::string& text, int width) {
    std::string head = label + ": ";
    std::string line = head + text + "▏";
    if (display_width(line) <= width) return fit(line, width);
    // Keep the label, an ellipsis and as much of the end of the text as fits.
    int room = std::max(1, width - display_width(head) - 2); // "…" and the cursor
    std::string tail = text;
    while (display_width(tail) > room) { // drop whole UTF-8 characters from the front
        std::size_t cut = 1;
        while (cut < tail.size() && (static_cast<unsigned char>(tail[cut]) & 0xC0U) == 0x80U)
            ++cut;
        tail.erase(0, cut);
    }
    return fit(head + "…" + tail + "▏", width);
}

} // namespace sdmock::tui
