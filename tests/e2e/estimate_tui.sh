#!/usr/bin/env bash
# The estimates entry of the session screen at 80x24: `e` does nothing before the estimation
# phase; in it, it lists the problem's reference quantities with the kind each asks for (never
# the value), a value that does not fit is refused in the box, one that does is saved at once
# with the session time (read back with `show --format json` while the mock still runs).
BIN=$1 SRC=$2
source "$(dirname "$0")/../support/e2e_lib.sh"

tui_start 80 24 start --problem url-shortener --plan standard-45
wait_for "Requirements"
keys e
sleep 0.3
screen | grep -F "Your estimates" >/dev/null && fail "the entry opened outside the estimation phase"
keys n; wait_for "Move on already?"; keys y
wait_for "Estimation"
keys '?'
wait_for "your estimates, beside the reference names (estimation phase)"
keys Escape
keys e
wait_for "Your estimates (saved at once with the session time)"
screen | grep -F "write QPS" >/dev/null || fail "no reference names: $(screen)"
screen | grep -F "a rate per second" >/dev/null || fail "no kind beside the names: $(screen)"
if screen | grep -F "1.8" >/dev/null; then fail "the entry gives a reference value away: $(screen)"; fi
type_text "38 GB"
keys Enter
wait_for 'but "GB" is a size'
[ "$(sqlite3 "$SDMOCK_DB" 'SELECT count(*) FROM estimates')" = 0 ] || fail "a refused value was saved"
keys BSpace BSpace BSpace
type_text "/s"
keys Enter
wait_for "Saved write QPS = 38/s at"
# Saved at once: the history has it while the mock still runs.
id=$(sqlite3 "$SDMOCK_DB" 'SELECT max(id) FROM sessions')
"$BIN" show "$id" --format json | json '[(e["name"], e["given"], e["verdict"]) for e in d["estimates"]]' \
    > "$WORK/est.txt"
[ "$(cat "$WORK/est.txt")" = "[('write QPS', '38/s', 'on target')]" ] || fail "saved: $(cat "$WORK/est.txt")"
t=$(sqlite3 "$SDMOCK_DB" 'SELECT t_ms FROM estimates')
[ "$t" -gt 0 ] || fail "no session time saved with the estimate: $t"
keys Escape
wait_for "Estimation"
screen | grep -F "Your estimates" >/dev/null && fail "Esc did not close the entry"
keys q; wait_for "y"; keys y
wait_dead
echo "ok"
