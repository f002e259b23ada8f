#include "report/review_items_view.hpp"

#include "core/csv.hpp"
#include "core/json.hpp"
#include "core/session.hpp"
#include "core/text.hpp"

#include <algorithm>
#include <cmath>

namespace sdmock {
namespace {

/// Four decimals: enough to compare with the reference figures, no float noise.
double rounded(double x) {
    return std::round(x * 10000) / 10000;
}

std::string pad(std::string text, std::size_t width) {
    if (text.size() < width) text.append(width - text.size(), ' ');
    return text;
}

} // namespace

std::string render_review_list(const std::vector<const ScheduledItem*>& items, WallTime now, int width) {
    (void)width; // the id comes last and whole: it is what `drill grade` takes
    std::string out = "DUE                REPS LAPSES  KIND  DIMENSION      ID\n";
    for (const auto* s : items) {
        bool due = is_due(*s, now);
        std::string when =
            s->is_new() ? (due ? "now (missed)" : "new") : iso_local(s->state.due).substr(0, 16).replace(10, 1, " ");
        out += pad(when + (due ? " *" : ""), 18) + " " + pad(std::to_string(s->state.reps), 4) + " " +
               pad(std::to_string(s->state.lapses), 6) + "  " + pad(std::string(to_string(s->item.kind)), 4) + "  " +
               pad(s->item.dimension, 13) + "  " + s->item.id + "\n";
    }
    out += std::to_string(items.size()) + (items.size() == 1 ? " item" : " items") + "; * due now\n";
    return out;
}

std::string render_review_list_json(const std::vector<const ScheduledItem*>& items) {
    JsonWriter json;
    json.begin_array();
    for (const auto* s : items) {
        json.begin_object();
        json.key("id").value(s->item.id);
        json.key("kind").value(to_string(s->item.kind));
        json.key("dimension").value(s->item.dimension);
        bool reviewed = !s->is_new() && s->state.memory;
        json.key("due");
        reviewed ? json.value(iso_local(s->state.due)) : json.null();
        json.key("stability");
        reviewed ? json.value(rounded(s->state.memory->stability)) : json.null();
        json.key("difficulty");
        reviewed ? json.value(rounded(s->state.memory->difficulty)) : json.null();
        json.key("reps").value(s->state.reps);
        json.key("lapses").value(s->state.lapses);
        json.key("last_review");
        reviewed ? json.value(iso_local(s->state.last_review)) : json.null();
        json.end_object();
    }
    json.end_array();
    return json.str();
}

std::string render_anki_csv(const std::vector<ScheduledItem>& items) {
    std::string out = "#separator:Comma\n#html:false\n#columns:Front,Back,Tags\n#tags column:3\n";
    for (const auto& s : items) {
        std::string back = s.item.back.empty() ? "(no model answer in the bank: check the guide)" : s.item.back;
        if (!s.item.source.empty()) back += " [" + s.item.source + "]";
        std::string tags = "sdmock sdmock::" + std::string(to_string(s.item.kind));
        if (!s.item.dimension.empty()) tags += " sdmock::" + s.item.dimension;
        out += csv_field(s.item.front) + "," + csv_field(back) + "," + csv_field(tags) + "\n";
    }
    return out;
}

} // namespace sdmock
