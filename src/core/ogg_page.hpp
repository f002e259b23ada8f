#pragma once
/// The pages of an Ogg file (RFC 3533), read without decoding them: enough to find where a
/// recording cut short by a crash stops being whole, and where each link of a chained file
/// begins.
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace sdmock {

struct OggPage {
    std::size_t offset = 0; ///< of "OggS" in the file
    std::size_t size = 0;   ///< header, segment table and body
    std::uint32_t serial = 0;
    bool first = false; ///< beginning of a logical stream (a link of a chained file)
    bool last = false;  ///< end of a logical stream
};

/// The CRC-32 Ogg uses: polynomial 0x04c11db7, not reflected, no initial or final XOR.
[[nodiscard]] std::uint32_t ogg_crc(std::string_view bytes);

/// The whole, CRC-valid pages from the start of `bytes`, in order, up to the first that is cut
/// short or damaged. Nothing after a damaged page is trusted: a recording is written in order,
/// so what follows a torn page is what was being written when the program died.
[[nodiscard]] std::vector<OggPage> complete_ogg_pages(std::string_view bytes);

/// The offset just after the last page of complete_ogg_pages (0 when there is none): where a
/// recording cut short by a kill is truncated before a new link is appended to it.
[[nodiscard]] std::size_t last_complete_ogg_page_end(std::string_view bytes);

/// The links of a chained Ogg file, each a run of whole pages starting with a first page, as
/// offset and size in `bytes`. Pages before the first link's first page are dropped.
struct OggLink {
    std::size_t offset = 0;
    std::size_t size = 0;
};
[[nodiscard]] std::vector<OggLink> ogg_links(std::string_view bytes);

} // namespace sdmock
