#pragma once
/// Wakes a reader when another process writes the history: inotify on the database's folder,
/// filtered to the database and its write-ahead log (a commit appends to the log; a checkpoint
/// writes the database). Reads of the shared-memory index are not changes and never wake it.
#include <filesystem>
#include <string>

namespace sdmock::cli {

class HistoryWatch {
public:
    explicit HistoryWatch(const std::filesystem::path& db);
    ~HistoryWatch();
    HistoryWatch(const HistoryWatch&) = delete;
    HistoryWatch& operator=(const HistoryWatch&) = delete;

    /// Readable when the history may have changed; -1 when inotify is not available (the
    /// reader then polls).
    [[nodiscard]] int fd() const { return fd_; }
    /// Reads every pending event; true if one was a write to the database or its log.
    bool drain();

private:
    int fd_ = -1;
    std::string db_name_;
    std::string wal_name_;
};

} // namespace sdmock::cli
