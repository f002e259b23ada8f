#pragma once
// A folder under the system temp dir, removed when the test ends.
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>

namespace sdmock::test {

class TempDir {
public:
    TempDir() {
        std::random_device rd;
        path_ = std::filesystem::temp_directory_path() / ("sdmock-test-" + std::to_string(rd()) + std::to_string(rd()));
        std::filesystem::create_directories(path_);
    }
    ~TempDir() {
        std::error_code ec;
        std::filesystem::remove_all(path_, ec);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    [[nodiscard]] const std::filesystem::path& path() const { return path_; }

private:
    std::filesystem::path path_;
};

inline std::string read_text(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

inline void write_text(const std::filesystem::path& path, const std::string& text) {
    std::filesystem::create_directories(path.parent_path());
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << text;
}

/// A temp home holding a copy of the shipped prompts/ and rubrics/.
class ContentCopy : public TempDir {
public:
    ContentCopy() {
        namespace fs = std::filesystem;
        fs::path source = SDMOCK_SOURCE_DIR;
        fs::copy(source / "prompts", path() / "prompts", fs::copy_options::recursive);
        fs::copy(source / "rubrics", path() / "rubrics", fs::copy_options::recursive);
    }
};

inline std::string fixture(const std::string& name) {
    return read_text(std::filesystem::path(SDMOCK_TEST_FIXTURES) / name);
}

} // namespace sdmock::test
