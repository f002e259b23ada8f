#!/usr/bin/env bash
# `sdmock delete N [--yes]`: removes the session and every row of it; without --yes it asks on
# the terminal (y deletes, anything else keeps it); with no terminal and no --yes it refuses
# (exit 2) naming --yes; an unknown id and a live session are refused (exit 1); refusals change
# nothing.
BIN=$1 SRC=$2
source "$(dirname "$0")/../support/e2e_lib.sh"

# dump: the whole history, except what a live mock ($live) changes by itself as it runs (its
# heartbeat and its events).
live=0
dump() {
    sqlite3 "$SDMOCK_DB" "SELECT id, problem, plan, status, started_at, owner_pid, practice FROM sessions; \
        SELECT * FROM events WHERE session_id <> $live; SELECT * FROM scorecards; SELECT * FROM evidence; \
        SELECT * FROM coverage; SELECT elapsed_ms, heartbeat_ms FROM sessions WHERE id <> $live"
}
rows_of() {
    sqlite3 "$SDMOCK_DB" "SELECT (SELECT count(*) FROM sessions WHERE id = $1) + \
        (SELECT count(*) FROM events WHERE session_id = $1) + (SELECT count(*) FROM scorecards WHERE session_id = $1) + \
        (SELECT count(*) FROM evidence WHERE session_id = $1) + (SELECT count(*) FROM coverage WHERE session_id = $1)"
}
dims="requirements,estimation,api,architecture,data,caching,async,scaling,reliability,security,observability,communication"

# Three finished line-mode mocks with notes as evidence, and review ticks on the first.
for i in 1 2 3; do
    printf '%s\n' "4 clear scope" 3 4 3 3 "2 no cache sizing" 4 3 4 3 4 5 |
        "$BIN" start --plain --problem url-shortener --plan mini-25 --speed 600 >/dev/null 2>&1
done
yes y | "$BIN" review 1 --plain >/dev/null 2>&1 || true
[ "$(rows_of 1)" -gt 10 ] || fail "session 1 has only $(rows_of 1) rows"
[ "$(sqlite3 "$SDMOCK_DB" 'SELECT count(*) FROM coverage WHERE session_id = 1')" -gt 0 ] || fail "no ticks"

# --yes: gone, every row of it; the others untouched.
other=$(sqlite3 "$SDMOCK_DB" 'SELECT * FROM events WHERE session_id <> 1')
out=$("$BIN" delete 1 --yes) || fail "delete --yes failed"
grep -qF "Session 1 deleted" <<<"$out" || fail "delete said: $out"
[ "$(rows_of 1)" = 0 ] || fail "rows of session 1 remain: $(rows_of 1)"
[ "$(sqlite3 "$SDMOCK_DB" 'SELECT * FROM events WHERE session_id <> 1')" = "$other" ] || fail "other sessions changed"

# No terminal, no --yes: refused with exit 2, naming --yes.
before=$(dump); rc=0
"$BIN" delete 2 < /dev/null > /dev/null 2>"$WORK/err" || rc=$?
[ "$rc" = 2 ] || fail "delete without a TTY exited $rc, want 2"
grep -qF -- "--yes" "$WORK/err" || fail "no hint at --yes: $(cat "$WORK/err")"
[ "$(wc -l <"$WORK/err")" = 1 ] || fail "not one line: $(cat "$WORK/err")"
[ "$(dump)" = "$before" ] || fail "a refused delete changed the history"

# Unknown id: exit 1, nothing changed.
rc=0; "$BIN" delete 99 --yes 2>"$WORK/err" || rc=$?
[ "$rc" = 1 ] && grep -qF "no session 99" "$WORK/err" || fail "delete 99: $rc $(cat "$WORK/err")"
[ "$(dump)" = "$before" ] || fail "delete 99 changed the history"

# Asked on the terminal: n keeps it.
tui_start 100 30 delete 2
wait_for "Delete session 2 (url-shortener, "
wait_for "This cannot be undone. [y/N]"
type_text n; keys Enter
[ "$(wait_dead)" = 0 ] || fail "exit after n"
wait_for "Nothing deleted."
[ "$(dump)" = "$before" ] || fail "answering n changed the history"

# y deletes it.
tmux_reset
tui_start 100 30 delete 2
wait_for "This cannot be undone. [y/N]"
type_text y; keys Enter
[ "$(wait_dead)" = 0 ] || fail "exit after y"
wait_for "Session 2 deleted"
[ "$(rows_of 2)" = 0 ] || fail "rows of session 2 remain"
[ "$(rows_of 3)" -gt 0 ] || fail "session 3 went too"

# A session a live process runs: refused, before asking.
tmux_reset
tui_start_in live 100 30 start --problem pastebin --plan mini-25
wait_in live "Phase 1 of 3 · Requirements"
live=$(sqlite3 "$SDMOCK_DB" 'SELECT max(id) FROM sessions')
before=$(dump); rc=0
"$BIN" delete "$live" --yes 2>"$WORK/err" || rc=$?
[ "$rc" = 1 ] && grep -qF "is running it" "$WORK/err" || fail "delete of a live session: $rc $(cat "$WORK/err")"
[ "$(dump)" = "$before" ] || fail "a refused delete of a live session changed the history"
keys_to live q; wait_in live "Leave the mock?"; keys_to live y
[ "$(wait_dead_in live)" = 0 ] || fail "the live mock did not leave cleanly"
echo ok
