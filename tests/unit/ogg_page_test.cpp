// Whole Ogg pages of a real Ogg Vorbis file made by sox, cut at many offsets, and of garbage.
#include "core/ogg_page.hpp"

#include "support/audio_fixtures.hpp"

#include <catch2/catch.hpp>

#include <random>
#include <string>

using namespace sdmock;
using namespace sdmock::test;

TEST_CASE("ogg_crc: the CRC of RFC 3533's polynomial on a known value", "[ogg]") {
    // CRC-32/POSIX without its final XOR: the check value of "123456789".
    CHECK(ogg_crc("123456789") == 0x89a1897fU);
}

TEST_CASE("last_complete_ogg_page_end: a sox Ogg file cut anywhere ends at its last whole page", "[ogg]") {
    TempDir dir;
    auto wav = speech(dir.path(), "s", "a short answer about the queue and the cache");
    auto ogg = dir.path() / "s.ogg";
    shell("sox " + quoted(wav) + " " + quoted(ogg));
    std::string bytes = read_text(ogg);
    auto pages = complete_ogg_pages(bytes);
    REQUIRE(pages.size() >= 3);
    CHECK(pages.front().first);
    CHECK(pages.back().last);
    CHECK(last_complete_ogg_page_end(bytes) == bytes.size());
    REQUIRE(ogg_links(bytes).size() == 1);

    for (std::size_t cut = 0; cut <= bytes.size(); cut += 37) {
        std::string_view part(bytes.data(), cut);
        std::size_t end = last_complete_ogg_page_end(part);
        std::size_t expected = 0;
        for (const OggPage& p : pages) {
            if (p.offset + p.size <= cut) {
                expected = p.offset + p.size;
            }
        }
        INFO("cut at " << cut);
        CHECK(end == expected);
    }

    // A damaged byte in the third page: the file is whole up to the second.
    std::string damaged = bytes;
    damaged[pages[2].offset + pages[2].size / 2] ^= 0x5a;
    CHECK(last_complete_ogg_page_end(damaged) == pages[2].offset);

    // Two files one after the other: a chained file of two links.
    std::string chained = bytes + bytes;
    auto links = ogg_links(chained);
    REQUIRE(links.size() == 2);
    CHECK(links[1].offset == bytes.size());
    CHECK(links[1].size == bytes.size());
}

TEST_CASE("last_complete_ogg_page_end: garbage and empty input have no page", "[ogg]") {
    CHECK(last_complete_ogg_page_end("") == 0);
    CHECK(last_complete_ogg_page_end("OggS") == 0);
    std::mt19937 rng(7);
    std::string garbage(4096, '\0');
    for (char& c : garbage) {
        c = static_cast<char>(rng() & 0xffU);
    }
    CHECK(last_complete_ogg_page_end(garbage) == 0);
    std::string fake = "OggS" + garbage; // a capture pattern but a wrong CRC
    fake[4] = 0;
    CHECK(last_complete_ogg_page_end(fake) == 0);
    CHECK(ogg_links(fake).empty());
}
