#pragma once
// Internal: a box over the screen whose text scrolls (the problem, the keys, the interviewer's
// answer), and the text fitted to the width of a line being typed.
#include "core/content.hpp"
#include "tui/frame.hpp"
#include "tui/key.hpp"

#include <cstddef>
#include <string>
#include <vector>

namespace sdmock::tui {

struct PagerKeys;

/// The widest text a box on a screen `width` wide holds.
int box_inner_width(int width);
/// How many lines of a box's body (every line after its title) show at once on a screen `height`
/// tall: the box keeps its title, its borders and a line saying how to scroll and close.
std::size_t box_body_rows(int height);
/// Sets `keys` for a box of `lines` (title included) on a screen `height` tall, the offset kept in range.
void fit_box_scroll(PagerKeys& keys, std::size_t lines, int height);
/// A centred box: its first line stays as the title, the rest shows from `offset`; when it is
/// longer than the screen, its last line says where it is and that ↑/↓ PgUp/PgDn Home/End scroll.
void add_scroll_box(Frame& f, const std::vector<std::string>& box, std::size_t offset, int width, int height);
/// One key on an open box: true when it scrolled (↑/↓ k/j, PgUp/PgDn, Home/End); any other key closes it.
bool scroll_key(PagerKeys& keys, const Key& key);

/// The whole problem statement, the phase checklist and the question on screen, wrapped to `inner`.
/// `figures`: the numbers handed over for the estimation phase, shown after the question.
std::vector<std::string> full_text_lines(const std::string& prompt, const Phase* phase, const std::string& question,
                                         int inner, const std::vector<std::string>& figures = {});

/// `label: text▏` in `width` columns: when it is longer, the start of the text gives way (shown
/// as "…") so the end being typed and the cursor stay in view.
std::string typed_line(const std::string& label, const std::string& text, int width);

} // namespace sdmock::tui
