#!/usr/bin/env python3
"""The layering of DESIGN.md, checked on every test run: cli -> tui / store / content / report / audio -> core.

- src/core includes only C++ standard library headers and core/ headers, and never reads the real
  clock: it is given a Clock (the real one, SystemClock, is in src/cli/system_clock.hpp).
- src/report (renderers: pure functions of state and "now") never reads the real clock either.
- An adapter (content, store, report, tui, audio) includes core/, its own folder, the standard
  library and system headers; not another adapter's or cli/ headers, and not the library another
  adapter wraps (toml++ is content's, SQLiteCpp and sqlite3 store's, curses tui's, libsox and
  espeak-ng audio's, CLI11 cli's).
- src/cli may include everything.

Usage: layering.py SOURCE_DIR. Prints each offence as file:line and exits 1 if there is any.
"""
import pathlib
import re
import sys

STD_HEADERS = set("""
algorithm any array atomic barrier bit bitset cassert cctype cerrno cfenv cfloat charconv chrono
cinttypes climits clocale cmath codecvt compare complex concepts condition_variable coroutine csetjmp
csignal cstdarg cstddef cstdint cstdio cstdlib cstring ctime cuchar cwchar cwctype deque exception
execution expected filesystem flat_map flat_set format forward_list fstream functional future
generator initializer_list iomanip ios iosfwd iostream istream iterator latch limits list locale map
mdspan memory memory_resource mutex new numbers numeric optional ostream print queue random ranges
ratio regex scoped_allocator semaphore set shared_mutex source_location span spanstream sstream stack
stacktrace stdexcept stdfloat stop_token streambuf string string_view strstream syncstream
system_error thread tuple type_traits typeindex typeinfo unordered_map unordered_set utility valarray
variant vector version
""".split())

LAYERS = ("core", "content", "store", "report", "tui", "audio", "cli")
ADAPTERS = ("content", "store", "report", "tui", "audio")
# The third-party library each layer wraps, by the first part of its include path.
LIBRARY_OWNER = {
    "toml++": "content",
    "SQLiteCpp": "store",
    "sqlite3.h": "store",
    "curses.h": "tui",
    "ncurses.h": "tui",
    "ncursesw": "tui",
    "term.h": "tui",
    "sox.h": "audio",
    "espeak-ng": "audio",
    "CLI": "cli",
}
# Calls that read the real clock.
CLOCK_READS = [
    re.compile(r"\b(?:system_clock|steady_clock|high_resolution_clock|utc_clock|tai_clock|gps_clock|file_clock)"
               r"\s*::\s*now\b"),
    re.compile(r"(?<![\w.>])time\s*\("),
    re.compile(r"(?<![\w.>])clock\s*\(\s*\)"),
    re.compile(r"\b(?:gettimeofday|clock_gettime|timespec_get|ftime)\s*\("),
    re.compile(r"(?<![\w.>])(?:localtime|gmtime|ctime|asctime)\s*\("),
]
CLOCK_ALLOWED: set[str] = set()  # the real clock, SystemClock, lives in src/cli/system_clock.hpp
CLOCK_FREE_LAYERS = ("core", "report")
INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^>"]+)[>"]')


def code_only(text):
    """The text with comments and string and character literals blanked, line breaks kept."""
    out, i, n = [], 0, len(text)
    while i < n:
        c = text[i]
        if text.startswith("//", i):
            j = text.find("\n", i)
            i = n if j < 0 else j
        elif text.startswith("/*", i):
            j = text.find("*/", i + 2)
            j = n if j < 0 else j + 2
            out.append("".join(ch if ch == "\n" else " " for ch in text[i:j]))
            i = j
        elif c in "\"'" and in_include(out):
            j = text.find("\n", i)  # an include's "path" is kept as it is, to the end of the line
            j = n if j < 0 else j
            out.append(text[i:j])
            i = j
        elif c in "\"'":
            j = i + 1
            while j < n and text[j] != c and text[j] != "\n":
                j += 2 if text[j] == "\\" else 1
            closed = j < n and text[j] == c
            out.append(c + " " * (min(j, n) - i - 1) + (c if closed else ""))
            i = j + 1 if closed else j
        else:
            out.append(c)
            i += 1
    return "".join(out)


def in_include(out):
    """Whether the line written so far is the start of an #include (its "path" must survive)."""
    line = "".join(out).rsplit("\n", 1)[-1]
    return re.match(r"^\s*#\s*include\s*$", line) is not None


def check_include(rel, layer, line_no, quote, target, folder, offences):
    where = f"{rel}:{line_no}: #include {quote}{target}{'>' if quote == '<' else quote}"
    first = target.split("/", 1)[0]
    if quote == '"' and first not in LAYERS:
        # A path relative to the including file: the same folder, so the same layer.
        if (folder / target).exists():
            first = layer
        else:
            offences.append(f"{where}: name project headers from src/ (e.g. \"{layer}/...\")")
            return
    if layer == "core":
        if quote == "<" and target in STD_HEADERS:
            return
        if quote == '"' and first == "core":
            return
        offences.append(f"{where}: core includes only the C++ standard library and core/ headers")
    elif layer in ADAPTERS:
        if quote == '"' and first not in ("core", layer):
            offences.append(f"{where}: {layer} includes only core/ and {layer}/ of the project, not {first}/")
        elif quote == "<" and LIBRARY_OWNER.get(first, layer) != layer:
            offences.append(f"{where}: {first} belongs to {LIBRARY_OWNER[first]}, not {layer}")


def check_file(path, src, offences):
    rel = path.relative_to(src.parent).as_posix()
    layer = path.relative_to(src).parts[0]
    code = code_only(path.read_text(encoding="utf-8", errors="replace"))
    for line_no, line in enumerate(code.splitlines(), 1):
        match = INCLUDE.match(line)
        if match:
            check_include(rel, layer, line_no, match.group(1), match.group(2).strip(), path.parent, offences)
            continue
        if layer in CLOCK_FREE_LAYERS and rel not in CLOCK_ALLOWED:
            for pattern in CLOCK_READS:
                found = pattern.search(line)
                if found:
                    offences.append(f"{rel}:{line_no}: reads the real clock ({found.group(0).rstrip('( ')}): "
                                    f"{layer} is given a Clock (the real one is SystemClock in cli/system_clock.hpp)")


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: layering.py SOURCE_DIR")
    src = pathlib.Path(sys.argv[1]).resolve() / "src"
    offences, counts = [], {}
    for layer in LAYERS:
        files = sorted(p for p in (src / layer).rglob("*") if p.suffix in (".cpp", ".hpp", ".h"))
        counts[layer] = len(files)
        for path in files:
            check_file(path, src, offences)
    missing = [layer for layer, count in counts.items() if count == 0]
    if missing:
        sys.exit(f"layering: no sources found in src/{', src/'.join(missing)}: is {src} the source tree?")
    for offence in offences:
        print(offence)
    if offences:
        print(f"layering: {len(offences)} offence(s) against cli -> tui/store/content/report/audio -> core")
        return 1
    print(f"layering: ok ({sum(counts.values())} files)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
