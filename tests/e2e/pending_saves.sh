#!/usr/bin/env bash
# Nothing is shown as saved that is not saved: while another program holds the history locked,
# the session goes on and counts the actions waiting to be written; once the lock is gone they
# are written and the screen says so.
BIN=$1 SRC=$2
source "$(dirname "$0")/../support/e2e_lib.sh"

# lock_until NAME: holds a write lock on the history from when $WORK/NAME.held appears until
# $WORK/NAME.release does (a minute at most).
lock_until() {
    python3 - "$SDMOCK_DB" "$WORK/$1.held" "$WORK/$1.release" <<'PY' &
import pathlib, sqlite3, sys, time
c = sqlite3.connect(sys.argv[1], isolation_level=None)
c.execute("BEGIN EXCLUSIVE")
pathlib.Path(sys.argv[2]).write_text("held\n")
deadline = time.monotonic() + 60
while not pathlib.Path(sys.argv[3]).exists() and time.monotonic() < deadline:
    time.sleep(0.05)
c.execute("ROLLBACK")
PY
    locker=$!
    wait_file "$WORK/$1.held"
}
release() { touch "$WORK/$1.release"; wait "$locker"; }
says() { grep -E -- "$2" "$1" >/dev/null; }

# 1. Line mode: the phase change during the lock is counted, then written.
printf '%s\n' 4 3 4 3 4 3 4 3 4 3 4 3 > "$WORK/scores"
"$BIN" start --plain --problem uber --plan mini-25 --speed 120 < "$WORK/scores" > "$WORK/plain.out" 2>"$WORK/plain.err" &
app=$!
wait_until 10 "the first phase" says "$WORK/plain.out" "Phase 1/3"
id=$(sqlite3 "$SDMOCK_DB" 'SELECT max(id) FROM sessions')
lock_until plain
wait_until 20 "the waiting actions being counted" \
    says "$WORK/plain.out" '^\[[0-9:]+\] [0-9]+ actions? waiting: the history is locked by another program$'
sqlite3 "$SDMOCK_DB" "SELECT count(*) FROM events WHERE session_id = $id AND kind = 'phase_start'" | grep -x 1 >/dev/null \
    || fail "the phase change was written during the lock"
release plain
wait_until 10 "the waiting actions being saved" \
    says "$WORK/plain.out" '^\[[0-9:]+\] The ([0-9]+ )?waiting actions? (is|are) saved\.$'
"$BIN" show "$id" --format json > "$WORK/show.json"
json "sum(1 for e in d['events'] if e['kind'] == 'phase_start')" < "$WORK/show.json" | grep -x '[23]' >/dev/null \
    || fail "the phase change made during the lock is not in the history: $(cat "$WORK/show.json")"
wait "$app" || fail "the line-mode session failed: $(cat "$WORK/plain.err")"
grep -x "session $id" "$WORK/plain.out" >/dev/null || fail "no 'session $id': $(cat "$WORK/plain.out")"
[ "$(sqlite3 "$SDMOCK_DB" "SELECT status FROM sessions WHERE id = $id")" = finished ] || fail "not finished"

# 2. The TUI: a note taken during the lock is counted on screen until it is written.
tui_start 100 30 start --problem uber --plan mini-25
wait_for "Phase 1 of 3 · Requirements"
id=$(sqlite3 "$SDMOCK_DB" 'SELECT max(id) FROM sessions')
lock_until tui
keys a; type_text "written during a lock"; keys Enter
wait_for "waiting: the history is locked by another program" 15
screen | grep -E '[0-9]+ actions? waiting: the history is locked by another program' >/dev/null || fail "no count"
note_saved() { sqlite3 "$SDMOCK_DB" "SELECT text FROM events WHERE session_id = $id AND kind = 'note'" | grep -x "$1" >/dev/null; }
! note_saved "written during a lock" || fail "the note was written during the lock"
keys q
wait_for "leaving tries once more to save them"
keys Escape
release tui
wait_until 10 "the screen saying the waiting actions are saved" \
    eval "screen | grep -E 'The ([0-9]+ )?waiting actions? (is|are) saved\.' >/dev/null"
! shows t "waiting: the history is locked" || fail "the count stayed after the lock was gone"
note_saved "written during a lock" || fail "the note is not in the history after the lock"
"$BIN" show "$id" --format json | json "[e['text'] for e in d['events'] if e['kind'] == 'note']" \
    | grep -F "written during a lock" >/dev/null || fail "show does not list the note"
keys q; wait_for "Everything so far is saved"; keys y
[ "$(wait_dead)" = 0 ] || fail "leaving after the lock: $(cat "$WORK/t.stderr")"

# 3. A full disk (a file size limit) during a line-mode session: the message says what is saved
# (everything shown before the failed write), not "nothing was changed", and how to go on.
export SDMOCK_DB="$WORK/small/sdmock.db"
set +e
bash -c "ulimit -f 150; exec \"$BIN\" start --plain --problem uber --plan mini-25 --speed 600" \
    < "$WORK/scores" > "$WORK/full.out" 2>"$WORK/full.err"
rc=$?
set -e
[ "$rc" = 1 ] || fail "a full disk mid-session exited $rc: $(cat "$WORK/full.err")"
id=$(sqlite3 "$SDMOCK_DB" 'SELECT max(id) FROM sessions')
grep -E "^sdmock: cannot write to .*; the session is saved up to the action before this one: sdmock resume $id$" \
    "$WORK/full.err" >/dev/null || fail "the full-disk message: $(cat "$WORK/full.err")"
! grep -F "nothing was changed" "$WORK/full.err" >/dev/null || fail "it says nothing was changed: $(cat "$WORK/full.err")"
shown=$(grep -cE '^\[[0-9:]+\] (Ask|Deep dive|Curveball) ' "$WORK/full.out" || true)
saved=$(sqlite3 "$SDMOCK_DB" "SELECT count(*) FROM events WHERE session_id = $id AND kind = 'cue_shown'")
[ "$shown" -gt 0 ] && [ "$shown" = "$saved" ] || fail "$shown questions shown, $saved saved"
[ "$(sqlite3 "$SDMOCK_DB" "SELECT status FROM sessions WHERE id = $id")" = running ] || fail "not resumable"
echo ok
