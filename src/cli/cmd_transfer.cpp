#include "cli/commands.hpp"

#include "core/error.hpp"
#include "core/history_csv.hpp"
#include "report/session_view.hpp"
#include "store/history.hpp"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdint>
#include <filesystem>
#include <optional>
#include <ostream>

namespace sdmock::cli {
namespace {

/// What a path that is not a regular file is, for the message refusing it.
std::string file_kind(mode_t mode) {
    if (S_ISDIR(mode)) return "a folder";
    if (S_ISCHR(mode) || S_ISBLK(mode)) return "a device";
    if (S_ISFIFO(mode)) return "a pipe (FIFO)";
    if (S_ISSOCK(mode)) return "a socket";
    return "not a regular file";
}

/// The whole of a regular file of at most kImportMaxFileBytes, or an Error saying why not.
std::string read_import_file(const std::string& path) {
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
    if (fd < 0) throw Error("cannot read " + path + ": " + std::strerror(errno));
    struct Closer {
        int fd;
        ~Closer() { ::close(fd); }
    } closer{fd};
    struct stat st {};
    if (::fstat(fd, &st) != 0) throw Error("cannot read " + path + ": " + std::strerror(errno));
    if (!S_ISREG(st.st_mode))
        throw Error("cannot import " + path + ": it is " + file_kind(st.st_mode) + ", not a CSV file");
    constexpr auto kLimit = kImportMaxFileBytes;
    auto too_big = [&] {
        return Error("cannot import " + path + ": it is larger than " + std::to_string(kLimit >> 20U) +
                     " MiB; split it and import each part");
    };
    if (static_cast<std::uintmax_t>(st.st_size) > kLimit) throw too_big();
    std::string text;
    text.reserve(static_cast<std::size_t>(st.st_size) + 1); // read in place, not grown and copied
    char buf[65536];
    for (;;) { // read what is there, never past the limit (the file may grow while read)
        ssize_t n = ::read(fd, buf, sizeof buf);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) throw Error("cannot read " + path + ": " + std::strerror(errno));
        if (n == 0) break;
        text.append(buf, static_cast<std::size_t>(n));
        if (text.size() > kLimit) throw too_big();
    }
    return text;
}

} // namespace

int run_export(const Context& context, const ExportOptions& options) {
    History history(context.db);
    // Each session is written as it is read: the history is never held whole (one statement per table).
    if (options.format == "json") {
        bool first = true;
        history.each_session({}, [&](const SessionRecord& record) {
            std::string doc = render_session_json(record);
            doc.pop_back(); // the trailing newline
            context.out << (first ? "[\n" : ",\n") << doc;
            first = false;
        });
        context.out << (first ? "[]\n" : "\n]\n");
    } else {
        context.out << history_csv_header();
        history.each_history_row({}, [&](const HistoryRow& row) { context.out << history_csv_row(row); });
    }
    return kExitOk;
}

namespace {

/// Imports into a history that does not exist yet, in its folder: the rows are written as they
/// are checked into a new file beside it, which becomes the history (a second name for it, never
/// over a history that appeared meanwhile) only once the whole file is good, so a bad file leaves
/// nothing, read once. None when that cannot be done here (the caller checks the file first).
std::optional<History::ImportCounts> import_into_new(const std::string& db, const std::string& text,
                                                     const std::vector<std::string>& problems,
                                                     const std::vector<std::string>& plans,
                                                     std::vector<std::string>& errors) {
    const std::filesystem::path target(db);
    std::error_code ec;
    if (db == ":memory:" ||
        !std::filesystem::is_directory(target.parent_path().empty() ? "." : target.parent_path(), ec))
        return std::nullopt;
    const std::string staged = db + ".import-" + std::to_string(::getpid());
    auto remove_staged = [&] {
        for (const char* suffix : {"", "-wal", "-shm", "-journal"})
            ::unlink((staged + suffix).c_str());
    };
    History::ImportCounts counts;
    try {
        History history(staged, History::Open::staged);
        counts = history.import_rows([&](const std::function<void(const GroupedRow&)>& take) {
            errors = read_history_csv(text, problems, plans, take);
            return errors.empty();
        });
        if (errors.empty()) history.seal();
    } catch (...) {
        remove_staged();
        throw;
    }
    // Closed and on disk. A history that appeared meanwhile is imported into instead.
    const bool placed = errors.empty() && ::link(staged.c_str(), db.c_str()) == 0;
    remove_staged();
    if (!errors.empty() || placed) return counts;
    return std::nullopt;
}

} // namespace

int run_import(const Context& context, const ImportOptions& options) {
    std::string text = read_import_file(options.file);
    Content content = load_valid_content(context);
    const auto problems = content.problem_ids();
    const auto plans = content.plan_ids();
    std::vector<std::string> errors;
    std::optional<History::ImportCounts> counts;
    struct stat st {};
    const bool exists = ::stat(context.db.c_str(), &st) == 0;
    if (!exists) counts = import_into_new(context.db, text, problems, plans, errors);
    if (!counts) {
        // Into a history that does not exist yet, the file is checked first, so a bad one creates nothing.
        if (!exists && errors.empty()) errors = read_history_csv(text, problems, plans, [](const GroupedRow&) {});
        if (errors.empty()) {
            History history(context.db);
            // Rows are written as they are checked, in one transaction kept only when the whole file is good.
            counts = history.import_rows([&](const std::function<void(const GroupedRow&)>& take) {
                errors = read_history_csv(text, problems, plans, take);
                return errors.empty();
            });
        }
    }
    if (!errors.empty()) {
        constexpr std::size_t kShown = 20; // enough to see the pattern; the count says the rest
        for (std::size_t i = 0; i < errors.size() && i < kShown; ++i)
            context.err << options.file << ":" << errors[i] << '\n';
        if (errors.size() > kShown)
            context.err << options.file << ": ... and " << errors.size() - kShown << " more bad lines\n";
        throw Error(options.file + " was not imported: " + std::to_string(errors.size()) + " bad line" +
                    (errors.size() == 1 ? "" : "s") + " (listed above); the history is unchanged");
    }
    context.out << "imported " << counts->imported << " session" << (counts->imported == 1 ? "" : "s");
    if (counts->skipped > 0) context.out << "; " << counts->skipped << " already in the history, left as they were";
    context.out << '\n';
    return kExitOk;
}

} // namespace sdmock::cli
