#include "tui/estimate_entry.hpp"

#include "core/quantity.hpp"
#include "core/text.hpp"
#include "tui/parts.hpp"

#include <algorithm>

namespace sdmock::tui {

void open_entry(EstimateEntry& entry, std::size_t count) {
    entry.open = true;
    entry.saved.resize(count);
    if (entry.selected >= count) entry.selected = 0;
    entry.message.clear();
    entry.error = false;
}

EntryAction update_entry(EstimateEntry& entry, const Key& key, std::size_t count) {
    using K = Key::Kind;
    if (count == 0 || key.kind == K::escape) {
        entry.open = false;
        return EntryAction::close;
    }
    if (key.kind == K::up) {
        entry.selected = (entry.selected + count - 1) % count;
        entry.text.clear();
    } else if (key.kind == K::down || key.kind == K::tab) {
        entry.selected = (entry.selected + 1) % count;
        entry.text.clear();
    } else if (key.kind == K::backspace) {
        while (!entry.text.empty() && (static_cast<unsigned char>(entry.text.back()) & 0xC0U) == 0x80U)
            entry.text.pop_back(); // the continuation bytes of a UTF-8 character
        if (!entry.text.empty()) entry.text.pop_back();
    } else if (key.kind == K::enter) {
        if (entry.text.find_first_not_of(' ') == std::string::npos) {
            entry.message = "Type a value with its unit first (e.g. 40/s, 35 GB).";
            entry.error = true;
            return EntryAction::none;
        }
        return EntryAction::save;
    } else if (key.kind == K::text && entry.text.size() < 40) {
        entry.text += key.text;
    }
    return EntryAction::none;
}

void entry_saved(EstimateEntry& entry, const std::string& name, const std::string& at, std::size_t count) {
    if (entry.selected < entry.saved.size()) entry.saved[entry.selected] = entry.text;
    entry.message = "Saved " + name + " = " + entry.text + " at " + at + ".";
    entry.error = false;
    entry.text.clear();
    if (count > 0) entry.selected = (entry.selected + 1) % count;
}

void entry_refused(EstimateEntry& entry, const std::string& error) {
    entry.message = error;
    entry.error = true;
}

void add_estimate_entry(Frame& f, const EstimateEntry& entry, const AnswerKey& key, int width, int height) {
    const int inner = std::max(30, std::min(72, width - 8));
    std::vector<std::string> box{"Your estimates (saved at once with the session time)", ""};
    int name_w = 8;
    for (const auto& e : key.estimates)
        name_w = std::min(30, std::max(name_w, display_width(e.name)));
    for (std::size_t i = 0; i < key.estimates.size(); ++i) {
        const Estimate& e = key.estimates[i];
        bool here = i == entry.selected;
        std::string value = here ? entry.text + "_" : (i < entry.saved.size() ? entry.saved[i] : "");
        std::string kind;
        if (auto q = reference_quantity(e.value, e.unit); q.quantity) kind = std::string(kind_phrase(q.quantity->kind));
        std::string shown = value.empty() || (here && entry.text.empty()) ? (here ? "_  " : "") + kind : value;
        if (here && entry.text.empty() && i < entry.saved.size() && !entry.saved[i].empty())
            shown = "_  (saved " + entry.saved[i] + ")";
        box.push_back(fit(std::string(here ? "> " : "  ") + fit(e.name, name_w) + "  " + shown, inner));
    }
    box.emplace_back();
    for (const auto& l : wrap(entry.message, inner))
        box.push_back(l);
    if (!entry.message.empty()) box.emplace_back();
    box.emplace_back("Up/Down choose · type the value with its unit · Enter saves · Esc closes");
    add_box(f, box, width, height);
}

} // namespace sdmock::tui
