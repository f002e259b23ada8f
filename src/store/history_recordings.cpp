// A mock's recording: one row per recorded session beside the sound file it names.
#include "store/history.hpp"

#include "core/recording.hpp"
#include "store/sql_util.hpp"

#include <SQLiteCpp/SQLiteCpp.h>

#include <filesystem>

namespace sdmock {
using detail::guarded;

namespace {

constexpr const char* kColumns = "r.session_id, r.file, r.input, r.window_ms, r.levels, r.length_ms";

Recording read_recording(const SQLite::Statement& q) {
    Recording r;
    r.file = q.getColumn(1).getString();
    r.input = q.getColumn(2).getString();
    r.levels.window = Duration(q.getColumn(3).getInt64());
    const auto* bytes = static_cast<const char*>(q.getColumn(4).getBlob());
    auto size = static_cast<std::size_t>(q.getColumn(4).getBytes());
    r.levels.levels = decode_levels(std::string_view(bytes == nullptr ? "" : bytes, bytes == nullptr ? 0 : size));
    r.length = Duration(q.getColumn(5).getInt64());
    return r;
}

} // namespace

void History::set_recording(std::int64_t session, const Recording& recording) {
    check_in_place();
    guarded(path_, "write to", [&] {
        SQLite::Statement q(*db_, "INSERT INTO recordings (session_id, file, input, window_ms, levels, length_ms) "
                                  "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(session_id) DO UPDATE SET file = "
                                  "excluded.file, input = excluded.input, window_ms = excluded.window_ms, levels = "
                                  "excluded.levels, length_ms = excluded.length_ms");
        std::string levels = encode_levels(recording.levels.levels);
        q.bind(1, static_cast<std::int64_t>(session));
        q.bind(2, recording.file);
        q.bind(3, recording.input);
        q.bind(4, static_cast<std::int64_t>(recording.levels.window.count()));
        q.bind(5, levels.data(), static_cast<int>(levels.size()));
        q.bind(6, static_cast<std::int64_t>(recording.length.count()));
        q.exec();
        return 0;
    });
}

std::optional<Recording> History::recording(std::int64_t session) const {
    return guarded(path_, "read", [&] {
        SQLite::Statement q(*db_, std::string("SELECT ") + kColumns + " FROM recordings r WHERE r.session_id = ?");
        q.bind(1, static_cast<std::int64_t>(session));
        std::optional<Recording> out;
        if (q.executeStep()) out = read_recording(q);
        return out;
    });
}

std::map<std::int64_t, Recording> History::recordings(const std::string& since) const {
    return guarded(path_, "read", [&] {
        SQLite::Statement q(*db_, std::string("SELECT ") + kColumns +
                                      " FROM recordings r JOIN sessions s ON s.id = r.session_id WHERE "
                                      "s.started_at >= ?1 AND s.started_ms >= ?2");
        q.bind(1, since);
        q.bind(2, detail::earliest_ms(since));
        std::map<std::int64_t, Recording> out;
        while (q.executeStep())
            out.emplace(q.getColumn(0).getInt64(), read_recording(q));
        return out;
    });
}

std::string History::recording_path(const std::string& file) const {
    std::string folder = recordings_folder();
    return folder.empty() ? folder : (std::filesystem::path(folder).parent_path() / file).string();
}

std::string History::recordings_folder() const {
    if (path_.empty() || path_ == ":memory:") return {};
    return (std::filesystem::path(path_).parent_path() / "recordings").string();
}

} // namespace sdmock
