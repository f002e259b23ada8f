#pragma once
/// Standard output and standard error as sdmock writes them: every byte through the terminal
/// filter of core/terminal_text.hpp (no control character from a note, an import or a content
/// file reaches a terminal raw), and every write checked, so a full disk or a closed file
/// becomes a one-line error and exit 1 instead of a silent loss. A closed pipe (`| head`) ends
/// the output quietly.
#include "core/terminal_text.hpp"

#include <ostream>
#include <streambuf>
#include <string>

namespace sdmock::cli {

/// A buffered stream buffer over a file descriptor that escapes what a terminal would act on.
class CheckedOutput : public std::streambuf {
public:
    explicit CheckedOutput(int fd);
    ~CheckedOutput() override;
    CheckedOutput(const CheckedOutput&) = delete;
    CheckedOutput& operator=(const CheckedOutput&) = delete;

    /// Writes what is buffered and held back; the errno of the first failed write, or 0. A closed
    /// pipe is not a failure: the rest of the output is dropped.
    int finish();
    /// Writes `text` with its colour changes kept (terminal_safe_styled), after what is buffered.
    void write_styled(std::string_view text);
    /// The errno of the first failed write so far (EPIPE included), or 0.
    [[nodiscard]] int error() const { return error_; }

protected:
    int_type overflow(int_type ch) override;
    std::streamsize xsputn(const char* s, std::streamsize n) override;
    int sync() override;

private:
    bool drain();
    void write_all(const std::string& bytes);

    int fd_;
    TerminalFilter filter_;
    std::string buffer_;
    std::string filtered_; ///< what the filter made of the buffer, when it had to change it
    int error_ = 0;
    bool line_buffered_; ///< a terminal sees each line as it is written
};

/// `text` on `out`, its colour changes kept when `out` is a CheckedOutput (else as it is).
void write_styled(std::ostream& out, std::string_view text);

/// Puts CheckedOutput under std::cout and std::cerr for its lifetime.
class StandardStreams {
public:
    StandardStreams();
    ~StandardStreams();
    StandardStreams(const StandardStreams&) = delete;
    StandardStreams& operator=(const StandardStreams&) = delete;

    /// Flushes both; for a failed standard output says so on standard error in one line and
    /// returns 1 (or `code` when that already says the command failed), else `code`.
    int finish(int code);

private:
    CheckedOutput out_;
    CheckedOutput err_;
    bool finished_ = false;
    std::streambuf* old_out_;
    std::streambuf* old_err_;
};

} // namespace sdmock::cli
