#include "cli/output.hpp"
#include "cli/safe_write.hpp"
#include "core/history_csv.hpp"
#include "core/terminal_text.hpp"

#include <catch2/catch.hpp>

#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fcntl.h>

#include <cerrno>
#include <csignal>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <ostream>
#include <string>
#include <vector>

using namespace sdmock;
namespace fs = std::filesystem;

namespace {

const std::vector<std::string> kProblems{"uber"};
const std::vector<std::string> kPlans{"standard-45"};
const std::string kHeader = "date,problem,plan,mode,scorer,requirements,estimation,api,architecture,data,caching,"
                            "async,scaling,reliability,security,observability,communication,total,notes,practice";

std::string row(const std::string& mode, const std::string& scorer, const std::string& notes) {
    return "2026-11-23T19:05,uber,standard-45," + mode + "," + scorer + ",3,3,3,3,3,3,3,3,3,3,3,3,36," + notes +
           ",false\n";
}

std::string first_error(const std::string& text) {
    auto parsed = parse_history_csv(text, kProblems, kPlans);
    return parsed.errors.empty() ? std::string() : parsed.errors.front();
}

fs::path temp_folder() {
    std::string pattern = (fs::temp_directory_path() / "sdmock-out-XXXXXX").string();
    REQUIRE(::mkdtemp(pattern.data()) != nullptr);
    return pattern;
}

std::string slurp(const fs::path& p) {
    std::ifstream in(p);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

} // namespace

TEST_CASE("terminal_safe: escape sequences that retitle, clear or write the clipboard are shown, not run") {
    CHECK(terminal_safe("A\x1b]0;pwned\aB") == "A^[]0;pwned^GB");
    CHECK(terminal_safe("\x1b[2J") == "^[[2J");
    CHECK(terminal_safe("\x1b]52;c;aGVsbG8=\a") == "^[]52;c;aGVsbG8=^G");
    CHECK(terminal_safe("a\bb\x7f") == "a^Hb^?");
    CHECK(terminal_safe(std::string("nul\0here", 8)) == "nul^@here");
}

TEST_CASE("terminal_safe: C1 controls, bidi overrides and broken UTF-8 are escaped, text and CRLF are kept") {
    CHECK(terminal_safe("\xc2\x9b"
                        "2J") == "<U+009B>2J");
    CHECK(terminal_safe("abc\xe2\x80\xae"
                        "def") == "abc<U+202E>def");
    CHECK(terminal_safe("bad \xff byte") == "bad \xef\xbf\xbd byte");
    CHECK(terminal_safe("caf\xc3\xa9 \xc2\xb7 ok\tand\r\nnext\n") == "caf\xc3\xa9 \xc2\xb7 ok\tand\r\nnext\n");
    CHECK(terminal_safe("over\rwrite") == "over^Mwrite");
}

TEST_CASE("TerminalFilter: a stream cut at any byte gives what one call gives") {
    const std::string text = "x\xc2\x9b"
                             "y\r\nz\xc3\xa9\x1b[1m\r";
    const std::string whole = terminal_safe(text);
    for (std::size_t cut = 0; cut <= text.size(); ++cut) {
        TerminalFilter f;
        std::string out = f.feed(text.substr(0, cut));
        out += f.feed(text.substr(cut));
        out += f.finish();
        CHECK(out == whole);
    }
}

TEST_CASE("clean_prefix: the run a terminal filter passes as it is, found a word at a time") {
    const std::string bytes = std::string("ab\tc\nd~ \x1f\x7f\x80\xc3\xa9\x1b", 15);
    std::uint64_t seed = 7;
    for (int round = 0; round < 2000; ++round) {
        std::string text;
        auto length = static_cast<std::size_t>(round % 40);
        for (std::size_t i = 0; i < length; ++i) {
            seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
            // Mostly plain text, now and then a byte that is not.
            text += (seed >> 60U) < 13 ? bytes[(seed >> 33U) % 7] : bytes[(seed >> 33U) % bytes.size()];
        }
        std::size_t expected = 0;
        while (expected < text.size()) {
            auto b = static_cast<unsigned char>(text[expected]);
            if ((b < 0x20 || b >= 0x7F) && b != '\n' && b != '\t') break;
            ++expected;
        }
        INFO(text);
        CHECK(clean_prefix(text) == expected);
    }
}

TEST_CASE("terminal_safe_styled: keeps the report's colours, nothing else") {
    CHECK(terminal_safe_styled("\x1b[32m+2\x1b[0m") == "\x1b[32m+2\x1b[0m");
    CHECK(terminal_safe_styled("\x1b]0;t\a\x1b[2J") == "^[]0;t^G^[[2J");
}

TEST_CASE("text_fault: names the control character and where it is") {
    auto fault = text_fault("A\x1b]0;x", false);
    REQUIRE(fault);
    CHECK(describe(*fault) == "ESC at column 2");
    auto nl = text_fault("one\ntwo\x07", true);
    REQUIRE(nl);
    CHECK(describe(*nl) == "BEL at line 2, column 4");
    CHECK(text_fault("line\nbreak\tand tab", true) == std::nullopt);
    CHECK(text_fault("line\nbreak", false));
    CHECK(text_fault("\xc3(", true)->what == "invalid UTF-8");
    CHECK(text_fault("\xe2\x80\xae", true)->what == "U+202E");
}

TEST_CASE("markdown_text: table pipes and HTML render as text") {
    CHECK(markdown_text("a|b <script>x</script> &amp; *y*") ==
          "a\\|b &lt;script&gt;x&lt;/script&gt; &amp;amp; \\*y\\*");
    CHECK(markdown_text("Caching & CDN, `sdmock start`, `a|b`") == "Caching & CDN, `sdmock start`, `a\\|b`");
    CHECK(markdown_text("two\nlines") == "two lines");
}

TEST_CASE("parse_history_csv: control characters, NUL, invalid UTF-8 and long fields are refused by line") {
    CHECK(first_error(kHeader + "\n" + row("solo", "self", "ok\x1b]0;x\a")).find("line 2: notes") == 0);
    CHECK(first_error(kHeader + "\n" + row("solo", "self", "\"two\nlines\ttab\"")).empty());
    CHECK(first_error(kHeader + "\n" + row("solo", "self", std::string("n\0l", 3))).find("NUL") != std::string::npos);
    CHECK(first_error(kHeader + "\n" + row("solo", "self", "\xff")).find("invalid UTF-8") != std::string::npos);
    CHECK(first_error(kHeader + "\n" + row("solo", "self", std::string(kImportMaxFieldBytes + 1, 'x')))
              .find("longer than 16 KiB") != std::string::npos);
}

TEST_CASE("parse_history_csv: an interviewer scorecard cannot join a solo mock") {
    CHECK(first_error(kHeader + "\n" + row("solo", "interviewer", "")).find("interviewer row for a solo mock") !=
          std::string::npos);
    CHECK(first_error(kHeader + "\n" + row("interviewer", "interviewer", "")).empty());
}

TEST_CASE("parse_history_csv: more rows than the limit are refused") {
    std::string text = kHeader + "\n";
    for (std::size_t i = 0; i <= kImportMaxRows; ++i)
        text += "2026-11-23,uber,standard-45,solo,self,3,3,3,3,3,3,3,3,3,3,3,3,,,\n";
    auto parsed = parse_history_csv(text, kProblems, kPlans);
    bool said = false;
    for (const auto& e : parsed.errors)
        said = said || e.find("more than 100000 rows") != std::string::npos;
    CHECK(said);
    CHECK(parsed.sessions.empty());
}

TEST_CASE("CheckedOutput: a full device is an error, not a silent loss") {
    int fd = ::open("/dev/full", O_WRONLY);
    REQUIRE(fd >= 0);
    {
        cli::CheckedOutput buf(fd);
        std::ostream out(&buf);
        out << "hello\n";
        CHECK(buf.finish() == ENOSPC);
    }
    ::close(fd);
}

TEST_CASE("CheckedOutput: a closed pipe ends quietly, what is written is escaped") {
    int fds[2];
    REQUIRE(::pipe(fds) == 0);
    {
        cli::CheckedOutput buf(fds[1]);
        std::ostream out(&buf);
        out << "a\x1b]0;t\ab\n" << std::flush;
        char got[64] = {};
        ssize_t n = ::read(fds[0], got, sizeof got);
        CHECK(std::string(got, static_cast<std::size_t>(n)) == "a^[]0;t^Gb\n");
        ::close(fds[0]);
        std::signal(SIGPIPE, SIG_IGN);
        out << std::string(100000, 'x') << std::flush;
        CHECK(buf.error() == EPIPE);
        CHECK(buf.finish() == 0);
    }
    ::close(fds[1]);
}

TEST_CASE("write_file_safely: keeps the mode, never follows a planted temp link, leaves no temp file") {
    fs::path dir = temp_folder();
    fs::path target = dir / "r.md";
    { std::ofstream(target) << "old"; }
    ::chmod(target.c_str(), 0600);
    { std::ofstream(dir / "victim") << "secret"; }
    fs::create_symlink(dir / "victim", dir / "r.md.tmp");
    cli::write_file_safely(target, "new");
    CHECK(slurp(target) == "new");
    CHECK(slurp(dir / "victim") == "secret");
    struct stat st {};
    REQUIRE(::stat(target.c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0600);
    std::size_t entries = 0;
    for ([[maybe_unused]] const auto& e : fs::directory_iterator(dir))
        ++entries;
    CHECK(entries == 3); // r.md, victim, the planted link
    CHECK_THROWS_WITH(cli::write_file_safely(dir, "x"), Catch::Contains("it is a folder"));
    fs::remove_all(dir);
}

TEST_CASE("write_file_safely: a write past the file size limit fails and removes its temp file") {
    fs::path dir = temp_folder();
    fs::path target = dir / "big.svg";
    { std::ofstream(target) << "old"; }
    std::signal(SIGXFSZ, SIG_IGN);
    struct rlimit old {};
    ::getrlimit(RLIMIT_FSIZE, &old);
    struct rlimit small = old;
    small.rlim_cur = 4096;
    ::setrlimit(RLIMIT_FSIZE, &small);
    CHECK_THROWS_WITH(cli::write_file_safely(target, std::string(100000, 'x')), Catch::Contains("File too large"));
    ::setrlimit(RLIMIT_FSIZE, &old);
    CHECK(slurp(target) == "old");
    std::size_t entries = 0;
    for ([[maybe_unused]] const auto& e : fs::directory_iterator(dir))
        ++entries;
    CHECK(entries == 1);
    fs::remove_all(dir);
}

TEST_CASE("write_file_safely: a device is written to, never replaced, a failed write says so") {
    CHECK_NOTHROW(cli::write_file_safely("/dev/null", "text"));
    struct stat st {};
    REQUIRE(::stat("/dev/null", &st) == 0);
    CHECK(S_ISCHR(st.st_mode));
    CHECK_THROWS_WITH(cli::write_file_safely("/dev/full", "text"), Catch::Contains("No space left"));
}
