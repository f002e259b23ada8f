#include "core/ogg_page.hpp"

#include <array>
#include <optional>

namespace sdmock {

namespace {

constexpr std::size_t kHeaderSize = 27; // through the segment count
constexpr std::size_t kCrcOffset = 22;

constexpr std::array<std::uint32_t, 256> make_crc_table() {
    std::array<std::uint32_t, 256> table{};
    for (std::uint32_t i = 0; i < 256; ++i) {
        std::uint32_t r = i << 24;
        for (int bit = 0; bit < 8; ++bit) {
            r = (r & 0x80000000U) != 0 ? (r << 1) ^ 0x04c11db7U : r << 1;
        }
        table[i] = r;
    }
    return table;
}

constexpr auto kCrcTable = make_crc_table();

std::uint32_t crc_step(std::uint32_t crc, unsigned char byte) {
    return (crc << 8) ^ kCrcTable[((crc >> 24) ^ byte) & 0xffU];
}

std::uint32_t read_le32(std::string_view bytes, std::size_t at) {
    std::uint32_t v = 0;
    for (std::size_t i = 0; i < 4; ++i) {
        v |= static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[at + i])) << (8 * i);
    }
    return v;
}

/// The page starting at `at`, if it is whole and its CRC matches.
std::optional<OggPage> page_at(std::string_view bytes, std::size_t at) {
    std::string_view rest = bytes.substr(at);
    if (rest.size() < kHeaderSize || rest.substr(0, 4) != "OggS" || rest[4] != 0) {
        return std::nullopt;
    }
    auto segments = static_cast<unsigned char>(rest[26]);
    std::size_t header = kHeaderSize + segments;
    if (rest.size() < header) {
        return std::nullopt;
    }
    std::size_t body = 0;
    for (std::size_t i = 0; i < segments; ++i) {
        body += static_cast<unsigned char>(rest[kHeaderSize + i]);
    }
    if (rest.size() < header + body) {
        return std::nullopt;
    }
    std::string_view page = rest.substr(0, header + body);
    std::uint32_t crc = 0;
    for (std::size_t i = 0; i < page.size(); ++i) {
        bool in_crc_field = i >= kCrcOffset && i < kCrcOffset + 4;
        crc = crc_step(crc, in_crc_field ? 0 : static_cast<unsigned char>(page[i]));
    }
    if (crc != read_le32(page, kCrcOffset)) {
        return std::nullopt;
    }
    auto flags = static_cast<unsigned char>(rest[5]);
    return OggPage{at, page.size(), read_le32(page, 14), (flags & 0x02U) != 0, (flags & 0x04U) != 0};
}

} // namespace

std::uint32_t ogg_crc(std::string_view bytes) {
    std::uint32_t crc = 0;
    for (char c : bytes) {
        crc = crc_step(crc, static_cast<unsigned char>(c));
    }
    return crc;
}

std::vector<OggPage> complete_ogg_pages(std::string_view bytes) {
    std::vector<OggPage> pages;
    std::size_t at = 0;
    while (auto page = page_at(bytes, at)) {
        pages.push_back(*page);
        at += page->size;
    }
    return pages;
}

std::size_t last_complete_ogg_page_end(std::string_view bytes) {
    auto pages = complete_ogg_pages(bytes);
    return pages.empty() ? 0 : pages.back().offset + pages.back().size;
}

std::vector<OggLink> ogg_links(std::string_view bytes) {
    std::vector<OggLink> links;
    for (const OggPage& page : complete_ogg_pages(bytes)) {
        if (page.first) {
            links.push_back({page.offset, 0});
        }
        if (!links.empty()) {
            links.back().size = page.offset + page.size - links.back().offset;
        }
    }
    return links;
}

} // namespace sdmock
