// `sdmock play N [--phase ID | --from MM:SS] [--to FILE]`: a recorded mock, from a mark.
#include "cli/commands.hpp"

#include "audio/audio.hpp"
#include "core/error.hpp"
#include "core/recording.hpp"
#include "core/text.hpp"
#include "store/history.hpp"

#include <filesystem>
#include <ostream>

namespace sdmock::cli {
namespace {

namespace fs = std::filesystem;

/// Where to start: the phase's start, the time typed, else the beginning.
Duration start_of(const PlayOptions& options, const SessionRecord& record) {
    if (!options.phase.empty() && !options.from.empty()) throw UsageError("give --phase or --from, not both");
    if (!options.phase.empty()) {
        if (auto at = phase_offset(record.events, options.phase)) return *at;
        std::vector<std::string> reached;
        for (const auto& span : phase_spans(record.events, record.info.elapsed))
            reached.push_back(span.id);
        throw Error("session " + std::to_string(record.info.id) + " never reached the phase \"" + options.phase +
                    "\"; its phases: " + (reached.empty() ? std::string("none") : join(reached, ", ")));
    }
    if (options.from.empty()) return Duration{0};
    auto at = parse_offset(options.from);
    if (!at) throw UsageError("--from takes MM:SS or H:MM:SS (e.g. 12:30), got \"" + options.from + "\"");
    return *at;
}

} // namespace

int run_play(const Context& context, const PlayOptions& options) {
    History history(context.db);
    auto record = history.load(options.session);
    std::string id = std::to_string(options.session);
    if (!record) throw Error("no session " + id + "; `sdmock history` lists them");
    if (!record->recording)
        throw Error("session " + id + " was not recorded; record a mock with `sdmock start --record`");
    fs::path file = history.recording_path(record->recording->file);
    std::error_code ec;
    if (!fs::is_regular_file(file, ec)) throw Error("the recording of session " + id + " is gone: " + file.string());
    Duration from = start_of(options, *record);
    Duration length = record->recording->length;
    if (length.count() > 0 && from >= length)
        throw Error("session " + id + "'s recording is " + clock_text(length) + " long; " + clock_text(from) +
                    " is past its end");
    std::string where = options.phase.empty() ? clock_text(from) : clock_text(from) + " (" + options.phase + ")";
    try {
        if (options.to.empty()) {
            context.err << "Playing session " << id << " from " << where << " of " << clock_text(length)
                        << "; Ctrl-C stops.\n"
                        << std::flush;
            audio::play(file, from);
        } else {
            audio::play(file, from, options.to);
            context.err << "Session " << id << " from " << where << " written to " << options.to << '\n';
        }
    } catch (const audio::AudioError& e) {
        throw Error(std::string("cannot play session ") + id + ": " + e.what());
    }
    return kExitOk;
}

} // namespace sdmock::cli
