// prompts/rotation.toml: the guide's walkthrough rotation, loaded and checked.
#include "content/loader.hpp"

#include "support/shipped_content.hpp"
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>

#include <fstream>

using namespace sdmock;

TEST_CASE("Rotation: the shipped rotation follows Parts 31 and 27 with problems that exist") {
    const Content& c = test::shipped_content();
    REQUIRE(c.rotation.size() == 2);
    CHECK(c.rotation[0].part == 31);
    CHECK(c.rotation[1].part == 27);
    for (const auto& stage : c.rotation) {
        CHECK_FALSE(stage.problems.empty());
        for (const auto& id : stage.problems)
            CHECK(c.problem(id) != nullptr);
    }
}

TEST_CASE("Rotation: a stage without problems or part is an error naming the file and line") {
    LoadResult r;
    load_one("rotation", "[[stages]]\nname = \"x\"\n", "prompts/rotation.toml", r);
    REQUIRE(r.diagnostics.has_errors());
    std::string all;
    for (const auto& d : r.diagnostics.all())
        all += d.str() + "\n";
    CHECK(all.find("prompts/rotation.toml") != std::string::npos);
    CHECK(all.find("problems") != std::string::npos);
    CHECK(all.find("part") != std::string::npos);
}

TEST_CASE("Rotation: a problem the content lacks is a warning, not an error, a Part the guide lacks is an error") {
    test::TempDir dir;
    std::filesystem::copy(SDMOCK_SOURCE_DIR "/prompts", dir.path() / "prompts",
                          std::filesystem::copy_options::recursive);
    std::filesystem::copy(SDMOCK_SOURCE_DIR "/rubrics", dir.path() / "rubrics",
                          std::filesystem::copy_options::recursive);
    {
        std::ofstream out(dir.path() / "prompts" / "rotation.toml");
        out << "[[stages]]\nname = \"a\"\npart = 31\nproblems = [\"no-such-problem\", \"uber\"]\n";
    }
    auto r = load_content(dir.path());
    CHECK_FALSE(r.diagnostics.has_errors());
    bool warned = false;
    for (const auto& d : r.diagnostics.all())
        warned = warned || d.str().find("no-such-problem") != std::string::npos;
    CHECK(warned);
    {
        std::ofstream out(dir.path() / "prompts" / "rotation.toml");
        out << "[[stages]]\nname = \"a\"\npart = 99\nproblems = [\"uber\"]\n";
    }
    CHECK(load_content(dir.path()).diagnostics.has_errors());
}
