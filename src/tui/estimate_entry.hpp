#pragma once
/// The estimates entry of the session screen (`e` in the estimation phase): the problem's
/// reference quantities by name, with the kind each one asks for (never its value), a field for
/// the selected one, and what was saved. The keys and the box are pure functions; the session
/// screen saves what Enter hands back.
#include "core/content.hpp"
#include "tui/frame.hpp"
#include "tui/key.hpp"

#include <cstddef>
#include <string>
#include <vector>

namespace sdmock::tui {

struct EstimateEntry {
    bool open = false;
    std::size_t selected = 0;
    std::string text;               ///< the value being typed for the selected reference
    std::string message;            ///< the last save or error, shown in the box
    bool error = false;             ///< `message` is an error
    std::vector<std::string> saved; ///< per reference: what was saved for it ("" when nothing)
};

enum class EntryAction { none, close, save };

/// Opens the entry for `count` references (what was saved before stays).
void open_entry(EstimateEntry& entry, std::size_t count);
/// One key: ↑/↓ (or Tab) select, text edits, Backspace removes a character, Enter asks to save the
/// selected one (the caller grades it and calls entry_saved or entry_refused), Esc closes.
EntryAction update_entry(EstimateEntry& entry, const Key& key, std::size_t count);
/// After a save: the value kept beside its name, the field cleared, the next reference selected.
void entry_saved(EstimateEntry& entry, const std::string& name, const std::string& at, std::size_t count);
/// After a value that does not parse: the error in the box, the field kept for a fix.
void entry_refused(EstimateEntry& entry, const std::string& error);

/// The entry as a box over the session screen.
void add_estimate_entry(Frame& f, const EstimateEntry& entry, const AnswerKey& key, int width, int height);

} // namespace sdmock::tui
