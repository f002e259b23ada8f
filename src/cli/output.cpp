#include "cli/output.hpp"

#include "core/error.hpp"

#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <iostream>

namespace sdmock::cli {
namespace {

/// Bytes gathered before a write: a terminal sees each line as it comes anyway, a file or a pipe
/// gets few large writes.
constexpr std::size_t kBufferSize = std::size_t{64} << 10U;

} // namespace

CheckedOutput::CheckedOutput(int fd) : fd_(fd), line_buffered_(::isatty(fd) != 0) {
    buffer_.reserve(kBufferSize);
}

CheckedOutput::~CheckedOutput() {
    (void)finish();
}

void CheckedOutput::write_all(const std::string& bytes) {
    std::size_t done = 0;
    while (error_ == 0 && done < bytes.size()) {
        ssize_t n = ::write(fd_, bytes.data() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            error_ = n < 0 ? errno : EIO;
            return;
        }
        done += static_cast<std::size_t>(n);
    }
}

bool CheckedOutput::drain() {
    if (!buffer_.empty()) {
        if (filter_.passes(buffer_)) { // nearly always: plain text, written as it is
            write_all(buffer_);
        } else {
            filtered_.clear();
            filter_.feed_into(buffer_, filtered_);
            write_all(filtered_);
        }
        buffer_.clear();
    }
    return error_ == 0 || error_ == EPIPE;
}

CheckedOutput::int_type CheckedOutput::overflow(int_type ch) {
    if (traits_type::eq_int_type(ch, traits_type::eof())) return drain() ? 0 : traits_type::eof();
    buffer_ += traits_type::to_char_type(ch);
    bool full = buffer_.size() >= kBufferSize || (line_buffered_ && buffer_.back() == '\n');
    if (full && !drain()) return traits_type::eof();
    return ch;
}

std::streamsize CheckedOutput::xsputn(const char* s, std::streamsize n) {
    std::string_view piece(s, static_cast<std::size_t>(n));
    buffer_.append(piece);
    bool full = buffer_.size() >= kBufferSize || (line_buffered_ && piece.find('\n') != std::string_view::npos);
    if (full && !drain()) return 0;
    return n;
}

int CheckedOutput::sync() {
    return drain() ? 0 : -1;
}

void CheckedOutput::write_styled(std::string_view text) {
    drain();
    write_all(filter_.finish() + terminal_safe_styled(text));
}

void write_styled(std::ostream& out, std::string_view text) {
    out.flush();
    if (auto* checked = dynamic_cast<CheckedOutput*>(out.rdbuf()))
        checked->write_styled(text);
    else
        out << text;
}

int CheckedOutput::finish() {
    drain();
    write_all(filter_.finish());
    return error_ == EPIPE ? 0 : error_;
}

StandardStreams::StandardStreams()
    : out_(STDOUT_FILENO), err_(STDERR_FILENO), old_out_(std::cout.rdbuf(&out_)), old_err_(std::cerr.rdbuf(&err_)) {}

StandardStreams::~StandardStreams() {
    (void)finish(0);
    std::cout.rdbuf(old_out_);
    std::cerr.rdbuf(old_err_);
}

int StandardStreams::finish(int code) {
    if (finished_) return code;
    finished_ = true;
    std::cout.clear();
    int failed = out_.finish();
    if (failed != 0) {
        std::cerr.clear();
        std::cerr << "sdmock: cannot write to standard output: " << std::strerror(failed) << '\n';
        // A failure already on its way out (a lost terminal's hang-up: 129) keeps its own code.
        if (code == kExitOk) code = kExitFailure;
    }
    std::cerr.flush();
    (void)err_.finish();
    return code;
}

} // namespace sdmock::cli
