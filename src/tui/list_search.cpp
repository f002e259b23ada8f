#include "tui/list_search.hpp"

#include <algorithm>
#include <cctype>

namespace sdmock::tui {
namespace {

std::string lower(std::string s) {
    for (auto& c : s)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

void pop_utf8(std::string& text) {
    while (!text.empty()) {
        auto c = static_cast<unsigned char>(text.back());
        text.pop_back();
        if ((c & 0xC0U) != 0x80U) break;
    }
}

} // namespace

bool update_search(ListSearch& search, const Key& key) {
    if (!search.typing) {
        if (key.is('/')) {
            search.typing = true;
            return true;
        }
        if (key.kind == Key::Kind::escape && !search.text.empty()) {
            search.text.clear();
            return true;
        }
        return false;
    }
    if (key.kind == Key::Kind::text) {
        search.text += key.text;
    } else if (key.kind == Key::Kind::backspace) {
        if (search.text.empty()) search.typing = false;
        pop_utf8(search.text);
    } else if (key.kind == Key::Kind::enter) {
        search.typing = false;
    } else if (key.kind == Key::Kind::escape) {
        search = ListSearch{};
    } else {
        return false; // the arrows still move in the list while the search is typed
    }
    return true;
}

std::vector<std::size_t> matching(const std::vector<MenuItem>& items, const std::string& text) {
    std::vector<std::size_t> out;
    std::string needle = lower(text);
    for (std::size_t i = 0; i < items.size(); ++i)
        if (needle.empty() || lower(items[i].label + " " + items[i].detail).find(needle) != std::string::npos)
            out.push_back(i);
    return out;
}

} // namespace sdmock::tui
