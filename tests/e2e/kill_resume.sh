#!/usr/bin/env bash
# kill -9 mid-phase loses nothing that was on screen; `resume` continues with the elapsed time
# it had (within a second) and does not count the time the process was dead.
BIN=$1 SRC=$2
source "$(dirname "$0")/../support/e2e_lib.sh"

seconds() { awk -F: '{ print $1 * 60 + $2 }' <<<"$1"; }
total_on_screen() { screen | grep -o 'Total [0-9:]* of' | tail -1 | awk '{print $2}'; }

tui_start 100 30 start --problem whatsapp-chat
wait_for "Phase 1 of 5 · Requirements"
keys n; wait_for "Move on already?"; keys y
wait_for "Phase 2 of 5 · Estimation"
keys a
type_text "one gateway per 100k connections"
keys Enter
wait_for "one gateway per 100k connections"
keys x
wait_for "Total 00:04 of"
pid=$(app_pid)
[ -n "$pid" ] || fail "no sdmock process"
shown_text=$(total_on_screen)
[ -n "$shown_text" ] || fail "no total time on the screen"
shown=$(seconds "$shown_text")
kill -9 "$pid"
wait_dead >/dev/null
id=$(sqlite3 "$SDMOCK_DB" 'SELECT max(id) FROM sessions')

"$BIN" show "$id" --format json > "$WORK/show.json"
[ "$(json 'd["status"]' < "$WORK/show.json")" = running ] || fail "status after kill"
saved=$(json 'd["elapsed_s"]' < "$WORK/show.json")
python3 -c "import sys; s=float('$saved'); sys.exit(0 if abs(s - $shown) <= 1.0 else 1)" \
    || fail "saved elapsed $saved s, screen showed $shown s"
json '[e["text"] for e in d["events"] if e["kind"]=="note"]' < "$WORK/show.json" | grep -qF "100k connections" \
    || fail "note lost"
[ "$(json 'sum(1 for e in d["events"] if e["kind"]=="cue_answered")' < "$WORK/show.json")" -ge 1 ] || fail "answer lost"

sleep 3   # dead time: must not be counted
tmux_reset
tui_start 100 30 resume
wait_for "Phase 2 of 5 · Estimation"
wait_for "one gateway per 100k connections"
now_text=$(total_on_screen)
[ -n "$now_text" ] || fail "no total time on the resumed screen"
now=$(seconds "$now_text")
[ "$now" -ge "$shown" ] && [ "$now" -le $((shown + 2)) ] || fail "resumed at $now s, was $shown s (dead time counted?)"
keys q; keys y
[ "$(wait_dead)" = 0 ] || fail "exit status after q"
screen | grep -qx "session $id" || fail "resume did not print 'session $id'"
"$BIN" show "$id" --format json > "$WORK/show.json"
[ "$(json 'd["phases"][0]["id"]' < "$WORK/show.json")" = requirements ] || fail "phases lost"
[ "$(json 'len(d["phases"])' < "$WORK/show.json")" = 2 ] || fail "phase count after resume"

# Killed while scoring: the scores given so far are kept, and resume goes back to scoring.
tmux_reset
tui_start 100 30 start --problem pastebin --plan mini-25
wait_for "Phase 1 of 3"
early_next() { keys n; wait_for "Move on already?"; keys y; }
early_next; wait_for "Phase 2 of 3"; early_next; wait_for "Phase 3 of 3"; keys n; wait_for "End the mock?"; keys y
wait_for "Score the mock"
keys 4 3 5
wait_for "3 of 12 scored · total 12/60"
kill -9 "$(app_pid)"
wait_dead >/dev/null
id=$(sqlite3 "$SDMOCK_DB" 'SELECT max(id) FROM sessions')
[ "$(sqlite3 "$SDMOCK_DB" "SELECT requirements || estimation || api FROM scorecards WHERE session_id = $id")" = 435 ] \
    || fail "scores given before the kill were lost"
tmux_reset
tui_start 100 30 resume "$id"
wait_for "3 of 12 scored · total 12/60"
for s in 3 3 3 3 3 3 3 3 3; do keys "$s"; done
keys s
wait_for "Total 39/60"
keys Enter
[ "$(wait_dead)" = 0 ] || fail "exit after scoring a resumed session"
"$BIN" show "$id" --format json > "$WORK/show.json"
[ "$(json 'd["scores"]["self"]["total"]' < "$WORK/show.json")" = 39 ] || fail "total after resume"
echo ok
