# Shared by the end-to-end tests: a private tmux server, a temp history, polling helpers.
# Usage: source this file with BIN (the sdmock binary) and SRC (the source tree) set.
set -euo pipefail
WORK=$(mktemp -d)
export SDMOCK_DB="$WORK/history.db" SDMOCK_HOME="$SRC" LANG=C.UTF-8
unset NO_COLOR
T="tmux -S $WORK/tmux.sock"
cleanup() { $T kill-server 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT
trap 'echo "FAIL at line $LINENO: $BASH_COMMAND" >&2' ERR

fail() {
    echo "FAIL: $*" >&2
    if $T has-session 2>/dev/null; then echo "--- screen ---" >&2; $T capture-pane -p -t t >&2 || true; fi
    exit 1
}

# tui_start WIDTH HEIGHT ARGS...: runs sdmock in a fresh tmux session named t.
tui_start() {
    local w=$1 h=$2; shift 2
    $T -f /dev/null new-session -d -s t -x "$w" -y "$h" \
        -e LANG=C.UTF-8 -e SDMOCK_DB="$SDMOCK_DB" -e SDMOCK_HOME="$SRC" \
        "$BIN $* 2>$WORK/stderr; echo \$? > $WORK/exit"
    $T set-option -t t remain-on-exit on >/dev/null
}

screen() { $T capture-pane -p -t t -S -100; }

# wait_for TEXT [SECONDS]: polls the screen until it shows TEXT.
wait_for() {
    local text=$1 limit=${2:-10} i=0
    while ! screen | grep -qF -- "$text"; do
        i=$((i + 1)); [ "$i" -le $((limit * 10)) ] || fail "screen never showed '$text'"
        sleep 0.1
    done
}

keys() { $T send-keys -t t "$@"; }
type_text() { $T send-keys -t t -l "$1"; }

# wait_dead: waits for the program to exit; prints its exit status.
wait_dead() {
    local i=0
    until [ -s "$WORK/exit" ]; do
        i=$((i + 1)); [ "$i" -le 100 ] || fail "the program did not exit"
        sleep 0.1
    done
    cat "$WORK/exit"
}

# app_pid: the process id of sdmock inside the tmux pane.
app_pid() { pgrep -P "$($T display -p -t t '#{pane_pid}')" -x sdmock; }

# json EXPR < file: evaluates a Python expression over the JSON document `d` on stdin.
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }
