#!/usr/bin/env bash
# The manual page against the program: every command and every option that `--help` lists, every
# environment variable the source reads and every exit code is in sdmock(1); the page renders.
BIN=$1 SRC=$2
source "$(dirname "$0")/../support/e2e_lib.sh"
need man
PAGE="$SRC/doc/sdmock.1.scd"
BUILT="$(dirname "$BIN")/sdmock.1.gz"
[ -f "$BUILT" ] || fail "the build made no manual page at $BUILT"
MANWIDTH=100 man -l "$BUILT" >"$WORK/page.txt" 2>"$WORK/man.err" || fail "man could not render the page"
[ ! -s "$WORK/man.err" ] || fail "man warned: $(cat "$WORK/man.err")"

python3 - "$BIN" "$PAGE" "$SRC" <<'PY'
import re, subprocess, sys, pathlib
binary, page_path, src = sys.argv[1:]
page = pathlib.Path(page_path).read_text()
missing = []

def help_of(path):
    out = subprocess.run([binary, *path, "--help"], capture_output=True, text=True, check=True).stdout
    section, subs, options = None, [], []
    for line in out.splitlines():
        if line.endswith(":") and not line.startswith(" "):
            section = line[:-1]
            continue
        m = re.match(r"^  (\S+)", line)
        if not m:
            continue
        if section == "Subcommands":
            subs.append(m.group(1))
        elif section == "Options":
            options += re.findall(r"--[a-z][a-z-]*", m.group(1))
    return subs, options

def walk(path):
    subs, options = help_of(path)
    if path and f"*{' '.join(path)}" not in page and f"*{path[-1]}*" not in page:
        missing.append("command: sdmock " + " ".join(path))
    for opt in options:
        if f"*{opt}*" not in page:
            missing.append(f"option {opt} of: sdmock {' '.join(path)}".rstrip())
    for sub in subs:
        walk(path + [sub])

walk([])
# Every environment variable the program reads, and every exit code.
names = set()
for f in pathlib.Path(src, "src").rglob("*.cpp"):
    names |= set(re.findall(r'(?:getenv|env)\("([A-Z_]+)"\)', f.read_text()))
for name in sorted(names):
    if f"*{name}*" not in page:
        missing.append("environment variable " + name)
for code in ("0", "1", "2"):
    if not re.search(r"^\*" + code + r"\*$", page, re.M):
        missing.append("exit code " + code)
for section in ("# FILES", "# ENVIRONMENT", "# EXIT STATUS"):
    if section not in page:
        missing.append("section " + section)
if missing:
    print("sdmock(1) is missing:\n  " + "\n  ".join(missing), file=sys.stderr)
    sys.exit(1)
print(f"ok: every command, option, variable and exit code is in sdmock(1) ({len(names)} variables)")
PY
