// Whether the history a session opened is still the one at its path, and where a session is kept
// when it is not.
#include "core/file_place.hpp"

#include <catch2/catch.hpp>

using namespace sdmock;

TEST_CASE("place_of: the same device and inode is the same file, another is a replacement, none is gone") {
    FileId opened{64, 1234};
    REQUIRE(place_of(opened, FileId{64, 1234}) == Place::same);
    REQUIRE(place_of(opened, FileId{64, 1235}) == Place::replaced);
    REQUIRE(place_of(opened, FileId{65, 1234}) == Place::replaced); // same inode number, another disk
    REQUIRE(place_of(opened, std::nullopt) == Place::gone);
}

TEST_CASE("recovery_path: beside the history, in recovery/, named by session and time") {
    WallTime at{std::chrono::seconds(1'795'000'000)};
    REQUIRE(recovery_folder("/data/sdmock/sdmock.db") == "/data/sdmock/recovery");
    REQUIRE(recovery_path("/data/sdmock/sdmock.db", 7, at) == "/data/sdmock/recovery/session-7-1795000000.db");
    REQUIRE(recovery_path("sdmock.db", 7, at) == "recovery/session-7-1795000000.db");
}

TEST_CASE("lost_text: says what happened to the history and where the session is now") {
    std::string gone = lost_text(Place::gone, "/h/sdmock.db", "/h/recovery/s.db");
    REQUIRE(gone == "The history /h/sdmock.db was deleted while this session ran; the session is kept in "
                    "/h/recovery/s.db and `sdmock resume` brings it back");
    REQUIRE(lost_text(Place::replaced, "/h/sdmock.db", "/h/recovery/s.db").find("was replaced by another file") !=
            std::string::npos);
}
