#pragma once
/// Text that may come from a user, a file or the history, made safe to reach a terminal, and
/// the checks every input boundary makes before such text is stored. Pure.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace sdmock {

/// The length of the run at the start of `text` that every filter passes as it is: printable
/// ASCII, line feeds and tabs. Reads a word at a time.
[[nodiscard]] std::size_t clean_prefix(std::string_view text);

/// Escapes what a terminal would act on instead of showing: C0 control characters (ESC, BEL,
/// backspace, ...) as caret notation (`^[`, `^G`), DEL as `^?`, C1 controls (U+0080-U+009F, of
/// which U+009B starts a CSI sequence) and the bidirectional overrides and isolates that reorder
/// a line (U+202A-U+202E, U+2066-U+2069) as `<U+009B>`, and bytes that are not UTF-8 as U+FFFD.
/// Newline and tab are kept; a carriage return is kept only as part of CRLF. Fed piece by piece
/// (a stream cut at any byte), it gives what one call on the whole text would.
class TerminalFilter {
public:
    explicit TerminalFilter(bool allow_sgr = false) : allow_sgr_(allow_sgr) {}
    /// The escaped form of `piece`; an unfinished UTF-8 sequence or a final CR waits for the next.
    [[nodiscard]] std::string feed(std::string_view piece);
    /// As feed, appending to `out` (no string of its own: the output's loop).
    void feed_into(std::string_view piece, std::string& out);
    /// Whether a piece would pass through feed unchanged and whole: nothing held back from the
    /// last piece, every byte printable ASCII, a line feed or a tab. The writer's fast path.
    [[nodiscard]] bool passes(std::string_view piece) const {
        return held_.empty() && clean_prefix(piece) == piece.size();
    }
    /// What is still held back, escaped: the end of the stream.
    [[nodiscard]] std::string finish();

private:
    void emit(std::string_view bytes, std::string& out) const;
    std::string held_;
    bool allow_sgr_;
};

/// The whole of `text` through a TerminalFilter.
[[nodiscard]] std::string terminal_safe(std::string_view text);
/// As terminal_safe, but colour and weight changes (`ESC [ 0;32 m`, SGR sequences only) pass: for
/// sdmock's own coloured report, whose text comes from validated content.
[[nodiscard]] std::string terminal_safe_styled(std::string_view text);

/// Where plain text breaks the rules of an input: the byte offset, the 1-based column
/// (code points), and what was found ("ESC", "NUL", "U+009B", "invalid UTF-8").
struct TextFault {
    std::size_t offset = 0;
    int column = 1;
    int line = 1;
    std::string what;
};

/// The first fault of `text` as plain text: invalid UTF-8, or a control character (C0, DEL, C1,
/// bidirectional override). Tab is allowed; newline (and CR) only when `multiline`.
[[nodiscard]] std::optional<TextFault> text_fault(std::string_view text, bool multiline);

/// "ESC at column 3" (with "line L, " first when the text has more than one line).
[[nodiscard]] std::string describe(const TextFault& fault);

/// Markdown text that renders as itself inside a table cell or a paragraph: table pipes,
/// emphasis, links, code and HTML are escaped, line breaks become spaces.
[[nodiscard]] std::string markdown_text(std::string_view text);

} // namespace sdmock
