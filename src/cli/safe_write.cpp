#include "cli/safe_write.hpp"

#include "core/error.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <string>

namespace fs = std::filesystem;

namespace sdmock::cli {
namespace {

[[noreturn]] void fail(const fs::path& target, const std::string& why) {
    throw Error("cannot write " + target.string() + ": " + why);
}

/// Writes all of `text` to `fd`; the errno of a failure, or 0.
int write_all(int fd, std::string_view text) {
    std::size_t done = 0;
    while (done < text.size()) {
        ssize_t n = ::write(fd, text.data() + done, text.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return n < 0 ? errno : EIO;
        done += static_cast<std::size_t>(n);
    }
    return 0;
}

/// A device, FIFO or socket: opened as it is and written to, never replaced.
void write_special(const fs::path& target, std::string_view text) {
    int fd = ::open(target.c_str(), O_WRONLY | O_NOCTTY | O_CLOEXEC);
    if (fd < 0) fail(target, std::strerror(errno));
    int error = write_all(fd, text);
    if (::close(fd) != 0 && error == 0 && errno != EINTR) error = errno;
    if (error != 0) fail(target, std::strerror(error));
}

/// Removes the temp file unless it was renamed into place.
class TempFile {
public:
    explicit TempFile(std::string path) : path_(std::move(path)) {}
    ~TempFile() {
        if (!path_.empty()) ::unlink(path_.c_str());
    }
    TempFile(const TempFile&) = delete;
    TempFile& operator=(const TempFile&) = delete;
    void keep() { path_.clear(); }

private:
    std::string path_;
};

void replace_regular(const fs::path& target, const struct stat* old, std::string_view text) {
    fs::path folder = target.parent_path().empty() ? fs::path(".") : target.parent_path();
    std::string pattern = (folder / ("." + target.filename().string() + ".XXXXXX")).string();
    // mkostemp: O_CREAT | O_EXCL with a random name, mode 0600; an existing name (a planted link
    // included) is never opened.
    int fd = ::mkostemp(pattern.data(), O_CLOEXEC);
    if (fd < 0) fail(target, std::strerror(errno));
    TempFile temp(pattern);
    int error = 0;
    if (old != nullptr) {
        if (::fchown(fd, old->st_uid, old->st_gid) != 0) { /* another owner's file stays readable to its group only */
        }
        if (::fchmod(fd, old->st_mode & 07777) != 0) error = errno;
    } else {
        mode_t mask = ::umask(0);
        ::umask(mask);
        if (::fchmod(fd, 0666 & ~mask) != 0) error = errno;
    }
    if (error == 0) error = write_all(fd, text);
    if (error == 0 && ::fsync(fd) != 0) error = errno;
    if (::close(fd) != 0 && error == 0) error = errno;
    if (error != 0) fail(target, std::strerror(error));
    if (::rename(pattern.c_str(), target.c_str()) != 0) fail(target, std::strerror(errno));
    temp.keep();
}

} // namespace

void write_file_safely(const fs::path& given, std::string_view text) {
    fs::path target = given;
    struct stat link {};
    if (::lstat(target.c_str(), &link) == 0 && S_ISLNK(link.st_mode)) {
        char* real = ::realpath(target.c_str(), nullptr);
        if (real == nullptr)
            fail(given, "it is a symbolic link to nothing (" + std::string(std::strerror(errno)) + ")");
        target = real;
        std::free(real); // NOLINT(cppcoreguidelines-no-malloc): realpath's buffer
    }
    struct stat st {};
    if (::stat(target.c_str(), &st) != 0) {
        if (errno != ENOENT) fail(given, std::strerror(errno));
        replace_regular(target, nullptr, text);
        return;
    }
    if (S_ISDIR(st.st_mode)) fail(given, "it is a folder");
    if (!S_ISREG(st.st_mode)) {
        write_special(target, text);
        return;
    }
    replace_regular(target, &st, text);
}

} // namespace sdmock::cli
