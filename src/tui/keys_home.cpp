#include "tui/keys.hpp"

#include <algorithm>

namespace sdmock::tui {

ListAction update_list(std::size_t& selected, const Key& key, std::size_t count, bool q_quits) {
    std::size_t last = count == 0 ? 0 : count - 1;
    if (q_quits && key.is('q')) return ListAction::quit;
    if (key.kind == Key::Kind::up || key.is('k'))
        selected = selected == 0 ? 0 : selected - 1;
    else if (key.kind == Key::Kind::down || key.is('j'))
        selected = std::min(selected + 1, last);
    else if (key.kind == Key::Kind::home)
        selected = 0;
    else if (key.kind == Key::Kind::end)
        selected = last;
    else if (key.kind == Key::Kind::page_up)
        selected = selected > 10 ? selected - 10 : 0;
    else if (key.kind == Key::Kind::page_down)
        selected = std::min(selected + 10, last);
    else if (key.kind == Key::Kind::escape || key.kind == Key::Kind::backspace)
        return ListAction::back;
    else if ((key.kind == Key::Kind::enter || key.is('l')) && count > 0)
        return ListAction::choose;
    return ListAction::none;
}

bool wants_abandon(const Key& key) {
    return key.is('x');
}

PagerAction update_pager(PagerKeys& keys, const Key& key) {
    std::size_t& offset = keys.offset;
    if (key.kind == Key::Kind::up || key.is('k'))
        offset = offset == 0 ? 0 : offset - 1;
    else if (key.kind == Key::Kind::down || key.is('j'))
        offset = std::min(offset + 1, keys.last);
    else if (key.is(' ') || key.kind == Key::Kind::page_down)
        offset = std::min(offset + keys.rows, keys.last);
    else if (key.is('b') || key.kind == Key::Kind::page_up)
        offset = offset > keys.rows ? offset - keys.rows : 0;
    else if (key.kind == Key::Kind::home || key.is('g'))
        offset = 0;
    else if (key.kind == Key::Kind::end || key.is('G'))
        offset = keys.last;
    else if (key.kind == Key::Kind::escape || key.kind == Key::Kind::backspace || key.is('q') ||
             key.kind == Key::Kind::enter)
        return PagerAction::leave;
    return PagerAction::none;
}

SummaryAction update_summary(const Key& key) {
    if (key.kind == Key::Kind::enter || key.is('q') || key.kind == Key::Kind::escape) return SummaryAction::leave;
    if (key.is('r')) return SummaryAction::review;
    return SummaryAction::none;
}

NoticeAction update_notice(const Key& key) {
    if (key.kind == Key::Kind::enter) return NoticeAction::accept;
    if (key.kind == Key::Kind::escape || key.is('q')) return NoticeAction::cancel;
    return NoticeAction::none;
}

} // namespace sdmock::tui
