// `sdmock abandon N` and `sdmock delete N [--yes]`: a tidy history.
#include "cli/commands.hpp"

#include "core/error.hpp"
#include "core/recording.hpp"
#include "store/history.hpp"

#include <unistd.h>

#include <filesystem>
#include <iostream>
#include <string>

namespace sdmock::cli {
namespace {

namespace fs = std::filesystem;

SessionInfo existing(const History& history, std::int64_t session) {
    auto info = history.info(session);
    if (!info) throw Error("no session " + std::to_string(session) + "; `sdmock history` lists them");
    return *info;
}

/// Asks on the terminal; true only for an answer starting with y or Y.
bool confirm_delete(const Context& context, const SessionInfo& info) {
    context.out << "Delete session " << info.id << " (" << info.problem << ", " << info.started_at.substr(0, 16) << ", "
                << shown_status(info) << ")? This cannot be undone. [y/N] " << std::flush;
    std::string answer;
    if (!std::getline(std::cin, answer)) return false;
    return !answer.empty() && (answer[0] == 'y' || answer[0] == 'Y');
}

} // namespace

int run_abandon(const Context& context, const AbandonOptions& options) {
    History history(context.db);
    history.abandon(options.session);
    context.out << "Session " << options.session
                << " abandoned: it stays in the history, is not resumable and counts in no report.\n";
    return kExitOk;
}

int run_delete(const Context& context, const DeleteOptions& options) {
    History history(context.db);
    SessionInfo info = existing(history, options.session);
    if (info.status == Status::running && info.owner_alive)
        history.remove(options.session); // refuses before asking, naming the process
    if (!options.yes) {
        if (isatty(STDIN_FILENO) == 0)
            throw UsageError("delete asks first, and standard input is not a terminal; to delete session " +
                             std::to_string(options.session) + " without asking, pass --yes");
        if (!confirm_delete(context, info)) {
            context.out << "Nothing deleted.\n";
            return kExitOk;
        }
    }
    history.remove(options.session);
    // The sound goes with the session, found by its name whether or not its row was ever written
    // (a crash before the first save leaves the file alone).
    std::error_code ec;
    std::string file = history.recording_path(recording_file(options.session));
    bool sound = !file.empty() && fs::remove(file, ec);
    context.out << "Session " << options.session << " deleted, with its events, scores"
                << (sound ? ", review and recording.\n" : " and review.\n");
    return kExitOk;
}

} // namespace sdmock::cli
