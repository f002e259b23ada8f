# Shared by the end-to-end tests: a private tmux server, a temp history, polling helpers.
# Usage: source this file with BIN (the sdmock binary) and SRC (the source tree) set.
set -euo pipefail
WORK=$(mktemp -d)
export SDMOCK_DB="$WORK/history.db" SDMOCK_HOME="$SRC" LANG=C.UTF-8
unset NO_COLOR
T="tmux -S $WORK/tmux.sock"
cleanup() { $T kill-server 2>/dev/null || true; rm -rf "$WORK"; }
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
        -e LANG=C.UTF-8 -e SDMOCK_DB="$SDMOCK_DB" -e SDMOCK_HOME="$SRC" \
        "$BIN $* 2>$WORK/$name.stderr; echo \$? > $WORK/$name.exit; exec sleep 100000"
    # The pane outlives the program (the sleep), so its last screen can be read however fast it
    # exits; the exit status is in $WORK/NAME.exit.
}
# tui_start WIDTH HEIGHT ARGS...: the same in the session named t.
tui_start() { tui_start_in t "$@"; }

screen_of() { $T capture-pane -p -t "$1" -S -100; }
screen() { screen_of t; }

# wait_in NAME TEXT [SECONDS]: polls NAME's screen until it shows TEXT.
wait_in() {
    local name=$1 text=$2 limit=${3:-10} i=0
    while ! screen_of "$name" | grep -qF -- "$text"; do
        i=$((i + 1)); [ "$i" -le $((limit * 20)) ] || fail "screen $name never showed '$text'"
        sleep 0.05
    done
}
wait_for() { wait_in t "$@"; }

# tmux_reset: ends the private tmux server and waits until it is gone, so the next session
# starts a fresh one instead of racing the old one's shutdown.
tmux_reset() {
    $T kill-server 2>/dev/null || true
    local i=0
    while $T has-session 2>/dev/null && [ "$i" -lt 50 ]; do sleep 0.05; i=$((i + 1)); done
    rm -f "$WORK/tmux.sock"
}

keys_to() { local name=$1; shift; $T send-keys -t "$name" "$@"; }
keys() { keys_to t "$@"; }
type_text() { $T send-keys -t t -l "$1"; }

# wait_dead_in NAME: waits for the program in NAME to exit; prints its exit status.
wait_dead_in() {
    local i=0
    until [ -s "$WORK/$1.exit" ]; do
        i=$((i + 1)); [ "$i" -le 100 ] || fail "the program in $1 did not exit"
        sleep 0.1
    done
    cat "$WORK/$1.exit"
}
wait_dead() { wait_dead_in t; }

# pid_in NAME: the process id of sdmock inside NAME's pane.
pid_in() { pgrep -P "$($T display -p -t "$1" '#{pane_pid}')" -x sdmock; }
app_pid() { pid_in t; }

# max_width < file: the widest line in columns (characters, not bytes).
max_width() { python3 -c 'import sys; print(max((len(l) for l in sys.stdin.read().splitlines()), default=0))'; }

# json EXPR < file: evaluates a Python expression over the JSON document `d` on stdin.
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }
