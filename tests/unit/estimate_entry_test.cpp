#include "tui/estimate_entry.hpp"

#include "core/text.hpp"

#include <catch2/catch.hpp>

using namespace sdmock;
using namespace sdmock::tui;

namespace {

Key text(const char* t) {
    return Key{Key::Kind::text, t};
}
Key named(Key::Kind k) {
    return Key{k, {}};
}

AnswerKey key() {
    AnswerKey k;
    k.estimates = {{"write QPS", 40, "/s", "100M / 2.592M s"}, {"storage per year", 1.8, "TB", "600 GB x 3"}};
    return k;
}

} // namespace

TEST_CASE("EstimateEntry: arrows choose, text edits, Enter asks to save, Esc closes") {
    EstimateEntry e;
    open_entry(e, 2);
    REQUIRE(e.open);
    CHECK(update_entry(e, named(Key::Kind::enter), 2) == EntryAction::none); // nothing typed
    CHECK(e.error);
    for (const char* c : {"3", "8", "x"})
        (void)update_entry(e, text(c), 2);
    (void)update_entry(e, named(Key::Kind::backspace), 2);
    CHECK(e.text == "38");
    CHECK(update_entry(e, named(Key::Kind::enter), 2) == EntryAction::save);
    entry_saved(e, "write QPS", "03:12", 2);
    CHECK(e.saved[0] == "38");
    CHECK(e.selected == 1); // on to the next reference
    CHECK(e.text.empty());
    CHECK(e.message == "Saved write QPS = 38 at 03:12.");
    (void)update_entry(e, named(Key::Kind::up), 2);
    CHECK(e.selected == 0);
    CHECK(update_entry(e, named(Key::Kind::escape), 2) == EntryAction::close);
    CHECK_FALSE(e.open);
}

TEST_CASE("EstimateEntry: the box names the references and their kinds, never their values") {
    EstimateEntry e;
    open_entry(e, 2);
    entry_refused(e, "write QPS is a rate per second (e.g. 40/s or 40 QPS), but \"GB\" is a size in bytes");
    Frame f;
    f.width = 80;
    f.height = 24;
    add_estimate_entry(f, e, key(), 80, 24);
    std::string screen = f.text();
    CHECK(screen.find("write QPS") != std::string::npos);
    CHECK(screen.find("a size in bytes") != std::string::npos);
    CHECK(screen.find("1.8") == std::string::npos);
    CHECK(screen.find("\"GB\" is a size") != std::string::npos);
    for (const auto& line : f.lines)
        CHECK(display_width(line.text()) <= 80);
}
