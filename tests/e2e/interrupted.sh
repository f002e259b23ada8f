#!/usr/bin/env bash
# A running session whose process is gone (killed with kill -9) shows as interrupted, not running,
# in history (text and json), show (text and json) and on the home screen, where `x` abandons it;
# `sdmock abandon` closes one and `resume` continues another.
BIN=$1 SRC=$2
source "$(dirname "$0")/../support/e2e_lib.sh"

# killed NAME PROBLEM: starts a mock in tmux session NAME, kills it with kill -9, prints its id.
killed() {
    tui_start_in "$1" 100 30 start --problem "$2" --plan mini-25
    wait_in "$1" "Phase 1 of 3 · Requirements"
    local pid; pid=$(pid_in "$1"); [ -n "$pid" ] || fail "no sdmock process in $1"
    kill -9 "$pid"; wait_dead_in "$1" >/dev/null
    sqlite3 "$SDMOCK_DB" 'SELECT max(id) FROM sessions'
}
first=$(killed a url-shortener)
second=$(killed b pastebin)
third=$(killed c uber)
# And one still running.
tui_start_in live 100 30 start --problem zoom --plan mini-25
wait_in live "Phase 1 of 3 · Requirements"
live=$(sqlite3 "$SDMOCK_DB" 'SELECT max(id) FROM sessions')

# history: interrupted in the STATUS column; json keeps status running and adds interrupted.
"$BIN" history > "$WORK/history.txt"
for id in $first $second $third; do
    grep -E "^$id +" "$WORK/history.txt" | grep -q " interrupted " || fail "history row $id: $(cat "$WORK/history.txt")"
done
grep -E "^$live +" "$WORK/history.txt" | grep -q " running " || fail "the live session is not running"
"$BIN" history --format json > "$WORK/history.json"
[ "$(json "[s['status'] for s in d if s['id'] == $first][0]" < "$WORK/history.json")" = running ] || fail "json status"
[ "$(json "[s['interrupted'] for s in d if s['id'] == $first][0]" < "$WORK/history.json")" = True ] || fail "json interrupted"
[ "$(json "[s['interrupted'] for s in d if s['id'] == $live][0]" < "$WORK/history.json")" = False ] || fail "live interrupted"

# show: text and json.
"$BIN" show "$first" > "$WORK/show.txt"
sed -n 2p "$WORK/show.txt" | grep -qF " · interrupted · " || fail "show line 2: $(sed -n 2p "$WORK/show.txt")"
grep -qF "sdmock resume $first" "$WORK/show.txt" || fail "show does not offer resume"
grep -qF "sdmock abandon $first" "$WORK/show.txt" || fail "show does not offer abandon"
"$BIN" show "$live" | sed -n 2p | grep -qF " · running · " || fail "show of the live session"
"$BIN" show "$first" --format json > "$WORK/show.json"
[ "$(json 'd["status"]' < "$WORK/show.json")" = running ] || fail "show json status"
[ "$(json 'd["interrupted"]' < "$WORK/show.json")" = True ] || fail "show json interrupted"

# The home screen: the Resume rows say interrupted (the live one says who runs it); x abandons.
tui_start_in home 100 30
wait_in home "Resume session $first"
screen_of home | grep "Resume session $second" | grep -qF "interrupted" || fail "home: no interrupted on the row"
screen_of home | grep "Resume session $live" | grep -qF "running in process" || fail "home: the live row"
keys_to home Down Down Down Down Down Down Down Down Down  # Today, the six entries to start one, then live, third, second
wait_in home "x abandon it"
screen_of home | grep -F "▶" | grep -qF "Resume session $second" || fail "home: not on session $second"
keys_to home x
status_is() { [ "$(sqlite3 "$SDMOCK_DB" "SELECT status FROM sessions WHERE id = $1")" = "$2" ]; }
wait_until 10 "session $second abandoned from home" status_is "$second" abandoned
dropped() { ! screen_of home | grep -qF "Resume session $second"; }
wait_until 10 "the home screen dropping session $second" dropped
# x on the live session is refused with a notice, and changes nothing.
keys_to home Home Down Down Down Down Down Down Down  # the live one
keys_to home x
wait_in home "Cannot abandon session $live"
[ "$(sqlite3 "$SDMOCK_DB" "SELECT status FROM sessions WHERE id = $live")" = running ] || fail "the live one changed"
keys_to home Enter
wait_in home "Resume session $live"
keys_to home q
[ "$(wait_dead_in home)" = 0 ] || fail "home exit status"

# abandon on the command line; resume on another.
"$BIN" abandon "$first" >/dev/null || fail "abandon $first"
"$BIN" history | grep -E "^$first +" | grep -q " abandoned " || fail "history after abandon"
tui_start_in r 100 30 resume "$third"
wait_in r "Phase 1 of 3 · Requirements"
"$BIN" history | grep -E "^$third +" | grep -q " running " || fail "a resumed session is running again"
keys_to r q; wait_in r "Leave the mock?"; keys_to r y
[ "$(wait_dead_in r)" = 0 ] || fail "resume exit status"
screen_of r | grep -qx "session $third" || fail "resume did not print 'session $third'"
"$BIN" history | grep -E "^$third +" | grep -q " interrupted " || fail "left with q: interrupted again"
keys_to live q; wait_in live "Leave the mock?"; keys_to live y
[ "$(wait_dead_in live)" = 0 ] || fail "the live mock did not leave cleanly"
echo ok
