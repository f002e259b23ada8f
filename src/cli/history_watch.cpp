#include "cli/history_watch.hpp"

#include <sys/inotify.h>
#include <unistd.h>

#include <array>
#include <cstring>

namespace sdmock::cli {

HistoryWatch::HistoryWatch(const std::filesystem::path& db)
    : db_name_(db.filename().string()), wal_name_(db.filename().string() + "-wal") {
    fd_ = ::inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
    if (fd_ < 0) return;
    std::filesystem::path folder = db.has_parent_path() ? db.parent_path() : std::filesystem::path(".");
    if (::inotify_add_watch(fd_, folder.c_str(), IN_MODIFY | IN_CLOSE_WRITE | IN_CREATE | IN_MOVED_TO) < 0) {
        ::close(fd_);
        fd_ = -1;
    }
}

HistoryWatch::~HistoryWatch() {
    if (fd_ >= 0) ::close(fd_);
}

bool HistoryWatch::drain() {
    if (fd_ < 0) return false;
    bool changed = false;
    alignas(inotify_event) std::array<char, 4096> buffer{};
    for (;;) {
        ssize_t got = ::read(fd_, buffer.data(), buffer.size());
        if (got <= 0) break; // EAGAIN: nothing more pending
        for (ssize_t at = 0; at < got;) {
            inotify_event event{};
            std::memcpy(&event, buffer.data() + at, sizeof event);
            std::string name = event.len > 0 ? std::string(buffer.data() + at + sizeof event) : std::string();
            if (name == db_name_ || name == wal_name_) changed = true;
            at += static_cast<ssize_t>(sizeof event + event.len);
        }
    }
    return changed;
}

} // namespace sdmock::cli
