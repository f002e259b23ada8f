#include "core/file_place.hpp"

namespace sdmock {

Place place_of(const FileId& opened, const std::optional<FileId>& at_path) {
    if (!at_path) return Place::gone;
    return *at_path == opened ? Place::same : Place::replaced;
}

std::string recovery_folder(const std::string& history_path) {
    auto slash = history_path.rfind('/');
    return slash == std::string::npos ? std::string("recovery") : history_path.substr(0, slash + 1) + "recovery";
}

std::string recovery_path(const std::string& history_path, std::int64_t session, WallTime at) {
    auto seconds = std::chrono::duration_cast<std::chrono::seconds>(at.time_since_epoch()).count();
    return recovery_folder(history_path) + "/session-" + std::to_string(session) + "-" + std::to_string(seconds) +
           ".db";
}

std::string lost_text(Place place, const std::string& history_path, const std::string& kept_in) {
    std::string what = place == Place::replaced ? " was replaced by another file" : " was deleted";
    return "The history " + history_path + what + " while this session ran; the session is kept in " + kept_in +
           " and `sdmock resume` brings it back";
}

} // namespace sdmock
