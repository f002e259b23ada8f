# Shared by the end-to-end tests: a private tmux server, a temp history, a home of their own,
# polling helpers.
# Usage: source this file with BIN (the sdmock binary) and SRC (the source tree) set.
set -euo pipefail
# need TOOL...: fails at once, with what to do, when a tool the test drives is missing (`make
# test` installs them: PACKAGES and TEST_PACKAGES in the Makefile). Tests install nothing.
need() {
    local tool
    for tool in "$@"; do
        command -v "$tool" >/dev/null ||
            { echo "FAIL: $tool is not installed; \`make test-deps\` installs what the tests need" >&2; exit 1; }
    done
}
need tmux sqlite3 python3 pgrep
WORK=$(mktemp -d)
# The user's own HOME, settings and data stay out of every result: the program sees only
# folders made here (a `plan = "mini-25"` in ~/.config/sdmock/config.toml changes nothing).
export HOME="$WORK/home" XDG_CONFIG_HOME="$WORK/config" XDG_DATA_HOME="$WORK/data" \
    XDG_CACHE_HOME="$WORK/cache" XDG_STATE_HOME="$WORK/state"
mkdir -p "$HOME" "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$XDG_STATE_HOME"
unset XDG_RUNTIME_DIR NO_COLOR
export SDMOCK_DB="$WORK/history.db" SDMOCK_HOME="$SRC" LANG=C.UTF-8
T="tmux -S $WORK/tmux.sock"
cleanup() {
    $T kill-server 2>/dev/null || true
    chmod -R u+rwX "$WORK" 2>/dev/null || true  # a test may have made folders read-only
    rm -rf "$WORK"
}
trap cleanup EXIT
trap '[[ $- == *e* ]] && echo "FAIL at line $LINENO: $BASH_COMMAND" >&2' ERR

fail() {
    echo "FAIL: $*" >&2
    local name
    for name in $($T list-sessions -F '#{session_name}' 2>/dev/null); do
        echo "--- screen $name ---" >&2; $T capture-pane -p -t "$name" >&2 || true
    done
    exit 1
}

# tui_start_in NAME WIDTH HEIGHT ARGS...: runs sdmock in a fresh tmux session NAME; its stderr
# goes to $WORK/NAME.stderr and its exit status to $WORK/NAME.exit.
tui_start_in() {
    local name=$1 w=$2 h=$3; shift 3
    rm -f "$WORK/$name.exit"
    $T -f /dev/null new-session -d -s "$name" -x "$w" -y "$h" \
        -e LANG=C.UTF-8 -e SDMOCK_DB="$SDMOCK_DB" -e SDMOCK_HOME="$SRC" -e HOME="$HOME" \
        -e XDG_CONFIG_HOME="$XDG_CONFIG_HOME" -e XDG_DATA_HOME="$XDG_DATA_HOME" \
        "$BIN $* 2>$WORK/$name.stderr; echo \$? > $WORK/$name.exit; exec sleep 100000"
    # The pane outlives the program (the sleep), so its last screen can be read however fast it
    # exits; the exit status is in $WORK/NAME.exit.
}
# tui_start WIDTH HEIGHT ARGS...: the same in the session named t.
tui_start() { tui_start_in t "$@"; }

screen_of() { $T capture-pane -p -t "$1" -S -100; }
screen() { screen_of t; }

# wait_until SECONDS WHAT CMD...: runs CMD every 50 ms until it succeeds; fails the test with
# "WHAT did not happen within SECONDS s" if it never does.
wait_until() {
    local limit=$1 what=$2; shift 2
    local deadline=$(($(date +%s%N) + limit * 1000000000))
    until "$@"; do
        [ "$(date +%s%N)" -lt "$deadline" ] || fail "$what did not happen within $limit s"
        sleep 0.05
    done
}

# wait_file FILE [SECONDS]: waits until FILE exists and is not empty.
wait_file() { wait_until "${2:-10}" "$1 appearing" test -s "$1"; }

# wait_in NAME TEXT [SECONDS]: polls NAME's screen until it shows TEXT.
shows() { screen_of "$1" | grep -qF -- "$2"; }
wait_in() {
    [ -n "$2" ] || fail "wait_in $1: nothing to wait for (an empty text is on every screen)"
    wait_until "${3:-10}" "screen $1 showing '$2'" shows "$1" "$2"
}
wait_for() { wait_in t "$@"; }

# tmux_reset: ends the private tmux server and waits until it is gone, so the next session
# starts a fresh one instead of racing the old one's shutdown.
tmux_reset() {
    $T kill-server 2>/dev/null || true
    wait_until 5 "the old tmux server ending" tmux_gone
    rm -f "$WORK/tmux.sock"
}
tmux_gone() { ! $T has-session 2>/dev/null; }

keys_to() { local name=$1; shift; $T send-keys -t "$name" "$@"; }
keys() { keys_to t "$@"; }
type_text() { $T send-keys -t t -l "$1"; }

# wait_dead_in NAME: waits for the program in NAME to exit; prints its exit status.
wait_dead_in() {
    wait_until 10 "the program in $1 exiting" test -s "$WORK/$1.exit"
    cat "$WORK/$1.exit"
}
wait_dead() { wait_dead_in t; }

# pid_in NAME: the process id of sdmock inside NAME's pane.
pid_in() { pgrep -P "$($T display -p -t "$1" '#{pane_pid}')" -x sdmock; }
app_pid() { pid_in t; }

# stamped CMD...: runs CMD (standard input is this shell's) and prints each line it writes to
# standard output after the seconds since CMD was started, by the monotonic clock:
# "2.503 [25:01] Time is up." Exits with CMD's status.
stamped() {
    python3 -c '
import subprocess, sys, time
began = time.monotonic()
child = subprocess.Popen(sys.argv[1:], stdout=subprocess.PIPE)
for line in child.stdout:
    sys.stdout.write(f"{time.monotonic() - began:.3f} " + line.decode("utf-8", "replace"))
    sys.stdout.flush()
sys.exit(child.wait())' "$@"
}

# max_width < file: the widest line in columns (characters, not bytes).
max_width() { python3 -c 'import sys; print(max((len(l) for l in sys.stdin.read().splitlines()), default=0))'; }

# json EXPR < file: evaluates a Python expression over the JSON document `d` on stdin.
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }

# portable_copy: a copy of the binary and the content (prompts/, rubrics/) that any user can
# read, in a folder of its own under $WORK; prints the folder. Run the copy with --home (or
# SDMOCK_HOME) set to it: the build tree and the checkout may sit where others cannot reach
# (a checkout in root's home folder, a `mktemp -d`).
portable_copy() {
    local dir="$WORK/portable"
    if [ ! -x "$dir/sdmock" ]; then
        mkdir -p "$dir"
        cp "$BIN" "$dir/sdmock"
        cp -r "$SRC/prompts" "$SRC/rubrics" "$dir/"
        chmod -R a+rX "$dir"
        chmod a+x "$WORK"
    fi
    echo "$dir"
}
