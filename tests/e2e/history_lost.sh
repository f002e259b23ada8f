#!/usr/bin/env bash
# The history deleted or replaced while a session runs: the next write notices, the user is told
# at once instead of being told it is saved, the session goes on in a private recovery file
# beside the history, and `sdmock resume` brings it back.
BIN=$1 SRC=$2
source "$(dirname "$0")/../support/e2e_lib.sh"
export SDMOCK_DB="$WORK/hist/sdmock.db"
says() { grep -E -- "$2" "$1" >/dev/null; }
mode() { stat -c %a "$1"; }

# 1. Line mode: the history deleted mid-phase.
printf '%s\n' 4 3 4 3 4 3 4 3 4 3 4 3 > "$WORK/scores"
"$BIN" start --plain --problem uber --plan mini-25 --speed 60 < "$WORK/scores" > "$WORK/plain.out" 2>"$WORK/plain.err" &
app=$!
wait_until 10 "the first phase" says "$WORK/plain.out" "Phase 1/3"
id=$(sqlite3 "$SDMOCK_DB" 'SELECT max(id) FROM sessions')
sleep 1
rm "$SDMOCK_DB"
wait_until 10 "the loss being said" says "$WORK/plain.out" \
    "^\[[0-9:]+\] The history $SDMOCK_DB was deleted while this session ran; the session is kept in $WORK/hist/recovery/session-$id-[0-9]+\.db and \`sdmock resume\` brings it back$"
kept=$(ls "$WORK"/hist/recovery/*.db)
[ "$(mode "$kept")" = 600 ] || fail "the recovery file is $(mode "$kept")"
[ "$(mode "$WORK/hist/recovery")" = 700 ] || fail "the recovery folder is $(mode "$WORK/hist/recovery")"
sleep 1
kill -TERM "$app"
set +e; wait "$app"; rc=$?; set -e
[ "$rc" = 143 ] || fail "SIGTERM after the loss: exit $rc: $(cat "$WORK/plain.err")"
grep -F "brings it back" "$WORK/plain.err" >/dev/null || fail "the end does not say where the session is: $(cat "$WORK/plain.err")"
! grep -F "stays resumable" "$WORK/plain.err" >/dev/null || fail "the end claims the history has it: $(cat "$WORK/plain.err")"
[ "$(sqlite3 "$kept" "SELECT count(*) FROM events WHERE session_id = $id AND kind = 'phase_start'")" = 1 ] \
    || fail "the recovery file lacks the session's start"

# resume brings it back into the (new) history and carries on.
"$BIN" resume --plain < "$WORK/scores" > "$WORK/resume.out" 2>"$WORK/resume.err" \
    || fail "resume after the loss: $(cat "$WORK/resume.err")"
grep -E "^sdmock: session $id, kept in $kept when the history went away, is back in it as session [0-9]+$" \
    "$WORK/resume.err" >/dev/null || fail "resume did not say the session is back: $(cat "$WORK/resume.err")"
[ ! -e "$kept" ] || fail "the recovery file stayed after it was brought back"
back=$(sed -n 's/.* is back in it as session \([0-9]*\)$/\1/p' "$WORK/resume.err")
"$BIN" show "$back" --format json > "$WORK/show.json"
[ "$(json "d['status']" < "$WORK/show.json")" = finished ] || fail "not finished: $(cat "$WORK/show.json")"
[ "$(json "d['scores']['self']['total']" < "$WORK/show.json")" = 42 ] || fail "no scores: $(cat "$WORK/show.json")"
json "[e['kind'] for e in d['events']].count('phase_start')" < "$WORK/show.json" | grep -x 3 >/dev/null \
    || fail "the phases are not all in the history: $(cat "$WORK/show.json")"

# 2. The TUI: the history replaced by another file; a note shows the loss on screen.
tui_start 100 30 start --problem uber --plan mini-25
wait_for "Phase 1 of 3 · Requirements"
"$BIN" --db "$WORK/other.db" history >/dev/null
mv "$WORK/other.db" "$SDMOCK_DB"
keys a; type_text "after the swap"; keys Enter
wait_for "was replaced by another file while this session ran"
keys q; wait_for "Leave the mock?"; keys y
[ "$(wait_dead)" = 0 ] || fail "leaving after the swap: $(cat "$WORK/t.stderr")"
grep -F "was replaced by another file" "$WORK/t.stderr" >/dev/null || fail "no word at the end: $(cat "$WORK/t.stderr")"
[ "$("$BIN" history --format csv | wc -l)" -le 1 ] || fail "the replacement got sessions it never had"
kept=$(ls "$WORK"/hist/recovery/*.db)
sqlite3 "$kept" "SELECT text FROM events WHERE kind = 'note'" | grep -x "after the swap" >/dev/null \
    || fail "the note is not in the recovery file"
echo ok
