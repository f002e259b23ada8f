#!/usr/bin/env bash
# `sdmock abandon N`: closes an interrupted session for good (kept in the history, never resumed,
# never counted); refuses a finished session, an unknown id and a session a live process runs,
# with a one-line error, exit 1 and the history untouched.
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
# refused WHY ARGS...: sdmock ARGS exits 1 with one line on stderr containing WHY, history unchanged.
refused() {
    local why=$1; shift
    local before rc=0 err
    before=$(dump)
    "$BIN" "$@" >/dev/null 2>"$WORK/err" || rc=$?
    err=$(cat "$WORK/err")
    [ "$rc" = 1 ] || fail "sdmock $* exited $rc, want 1: $err"
    [ "$(wc -l <"$WORK/err")" = 1 ] || fail "sdmock $*: not one line: $err"
    grep -qF -- "$why" <<<"$err" || fail "sdmock $* said: $err"
    [ "$(dump)" = "$before" ] || fail "sdmock $* changed the history"
}

# A finished, scored mock.
today=$(date +%F)
dims="requirements,estimation,api,architecture,data,caching,async,scaling,reliability,security,observability,communication"
printf '%s\n' "date,problem,plan,mode,scorer,$dims,total,notes" \
    "$today,uber,standard-45,solo,self,3,3,3,3,3,3,3,3,3,3,3,3,," > "$WORK/sheet.csv"
"$BIN" import "$WORK/sheet.csv" >/dev/null
finished=1

# A mock whose process is killed: interrupted. It is scored 5s before it is abandoned.
tui_start 100 30 start --problem url-shortener --plan mini-25
wait_for "Phase 1 of 3 · Requirements"
pid=$(app_pid); [ -n "$pid" ] || fail "no sdmock process"
kill -9 "$pid"; wait_dead >/dev/null
gone=$(sqlite3 "$SDMOCK_DB" 'SELECT max(id) FROM sessions')
"$BIN" score "$gone" $(for d in ${dims//,/ }; do printf '%s=5 ' "$d"; done) >/dev/null

# A mock still being run by a live process.
tui_start_in live 100 30 start --problem pastebin --plan mini-25
wait_in live "Phase 1 of 3 · Requirements"
live=$(sqlite3 "$SDMOCK_DB" 'SELECT max(id) FROM sessions')

refused "is finished" abandon "$finished"
refused "no session 99" abandon 99
refused "process $(pid_in live) is running it" abandon "$live"
rc=0; "$BIN" abandon seven 2>"$WORK/err" || rc=$?
[ "$rc" = 2 ] || fail "abandon seven exited $rc, want 2"

out=$("$BIN" abandon "$gone") || fail "abandon $gone failed"
grep -qF "Session $gone abandoned" <<<"$out" || fail "abandon said: $out"
[ "$(sqlite3 "$SDMOCK_DB" "SELECT status FROM sessions WHERE id = $gone")" = abandoned ] || fail "status"
"$BIN" show "$gone" --format json > "$WORK/show.json"
[ "$(json 'd["status"]' < "$WORK/show.json")" = abandoned ] || fail "show json status"
[ "$(json 'd["interrupted"]' < "$WORK/show.json")" = False ] || fail "an abandoned session is not interrupted"
[ "$(json 'd["scores"]["self"]["total"]' < "$WORK/show.json")" = 60 ] || fail "its scores were not kept"
"$BIN" history | grep -E "^$gone +" | grep -q abandoned || fail "history does not show it abandoned"
# Never counted: the report sees only the imported mock.
[ "$("$BIN" report --format json | json 'd["mocks"]')" = 1 ] || fail "the abandoned mock is counted in the report"
# Never resumable, and not abandoned twice.
refused "is abandoned" resume "$gone" --plain
refused "already abandoned" abandon "$gone"
keys_to live q; wait_in live "Leave the mock?"; keys_to live y
[ "$(wait_dead_in live)" = 0 ] || fail "the live mock did not leave cleanly"
echo ok
