#!/usr/bin/env bash
# What users and their machines throw at sdmock: each case gives a short clear error or degrades
# as a user would want, exits with the documented code, gives the terminal back, and loses
# nothing already saved.
BIN=$1 SRC=$2
source "$(dirname "$0")/../support/e2e_lib.sh"

# expect CODE PATTERN CMD...: runs CMD, wants exit CODE and one line on stderr matching PATTERN.
expect() {
    local code=$1 pattern=$2; shift 2
    set +e
    "$@" >"$WORK/out" 2>"$WORK/err"
    local rc=$?
    set -e
    [ "$rc" = "$code" ] || fail "'$*' exited $rc, want $code: $(cat "$WORK/err")"
    grep -qE -- "$pattern" "$WORK/err" || fail "'$*' said: $(cat "$WORK/err")"
    [ "$(wc -l < "$WORK/err")" -le 2 ] || fail "'$*' wrote more than a line or two: $(cat "$WORK/err")"
}
digest() { sqlite3 "$1" .dump | md5sum; }
# as_other ARGS...: runs sdmock ARGS as a user who owns none of the files here (nobody, when
# this runs as root; else the user running it, with the folders made read-only below). The
# copy of the binary and the content is one that user can reach wherever the checkout is.
PORTABLE=$(portable_copy)
as_other() {
    if [ "$(id -u)" = 0 ]; then
        setpriv --reuid=65534 --regid=65534 --clear-groups "$PORTABLE/sdmock" --home "$PORTABLE" "$@"
    else
        "$PORTABLE/sdmock" --home "$PORTABLE" "$@"
    fi
}

# A history with one scored session to protect.
printf '%s\n' 4 3 4 3 4 3 4 3 4 3 4 3 | "$BIN" start --plain --problem uber --plan mini-25 --speed 5000 >/dev/null 2>&1
saved=$(digest "$SDMOCK_DB")

# 1. A history file that is not a database.
echo "my shopping list" > "$WORK/notes.db"
expect 1 "is not an sdmock history" "$BIN" --db "$WORK/notes.db" history
[ "$(cat "$WORK/notes.db")" = "my shopping list" ] || fail "the file was changed"

# 1b. Another program's SQLite database: refused, not taken over.
sqlite3 "$WORK/other.db" "CREATE TABLE recipes (name TEXT); INSERT INTO recipes VALUES ('soup');"
other=$(digest "$WORK/other.db")
expect 1 "database of another program, not an sdmock history" "$BIN" --db "$WORK/other.db" history
[ "$(digest "$WORK/other.db")" = "$other" ] || fail "another program's database was changed"

# 2. A read-only history (file and folder): reads work, writes say so, nothing changes.
mkdir -p "$WORK/ro"; cp "$SDMOCK_DB" "$WORK/ro/h.db"; sqlite3 "$WORK/ro/h.db" 'PRAGMA wal_checkpoint(TRUNCATE)' >/dev/null
chmod 755 "$WORK"; chmod 555 "$WORK/ro"; chmod 444 "$WORK/ro/h.db"
ro_saved=$(digest "$WORK/ro/h.db")
as_other --db "$WORK/ro/h.db" history > "$WORK/out" 2>"$WORK/err" || fail "reading a read-only history failed: $(cat "$WORK/err")"
grep -q uber "$WORK/out" || fail "history of a read-only file: $(cat "$WORK/out")"
as_other --db "$WORK/ro/h.db" report >/dev/null 2>"$WORK/err" || fail "report on a read-only history failed: $(cat "$WORK/err")"
expect 1 "read-only" as_other --db "$WORK/ro/h.db" score 1 caching=2
expect 1 "read-only" as_other --db "$WORK/ro/h.db" start --plain --problem uber
[ "$(digest "$WORK/ro/h.db")" = "$ro_saved" ] || fail "the read-only history changed"

# 3. A folder the history cannot be created in.
expect 1 "cannot create the folder" as_other --db "$WORK/ro/sub/h.db" history
[ ! -e "$WORK/ro/sub" ] || fail "a folder was made in a read-only folder"

# 4. Another program holds the history locked longer than the busy timeout (5 s).
# hold_lock SECONDS READY: holds a write lock on the history for SECONDS; READY appears once held.
hold_lock() {
    python3 - "$SDMOCK_DB" "$1" "$2" <<'PY'
import pathlib, sqlite3, sys, time
c = sqlite3.connect(sys.argv[1], isolation_level=None)
c.execute("BEGIN IMMEDIATE"); c.execute("UPDATE sessions SET plan = plan")
pathlib.Path(sys.argv[3]).write_text("held\n")
time.sleep(float(sys.argv[2])); c.execute("ROLLBACK")
PY
}
hold_lock 8 "$WORK/lock1" &
locker=$!
wait_file "$WORK/lock1"
"$BIN" history >/dev/null || fail "reading while another program writes failed"
expect 1 "locked for more than 5 seconds; nothing was changed" "$BIN" score 1 caching=2
wait "$locker"
[ "$(digest "$SDMOCK_DB")" = "$saved" ] || fail "the locked history changed"

# 4b. The same lock during a running mock: the session goes on, and what was done during the
# lock is written once the lock is gone.
tui_start 100 30 start --problem uber --plan mini-25
wait_for "Phase 1 of 3 · Requirements"
hold_lock 7 "$WORK/lock2" &
locker=$!
wait_file "$WORK/lock2"
keys a; type_text "written during a lock"; keys Enter
keys n; wait_for "Move on already?"; keys y
wait_for "Phase 2 of 3 · Estimation" 15
wait "$locker"
id=$(sqlite3 "$SDMOCK_DB" 'SELECT max(id) FROM sessions')
note_saved() { sqlite3 "$SDMOCK_DB" "SELECT text FROM events WHERE session_id = $id AND kind = 'note'" | grep -qx "$1"; }
# The next heartbeats write it.
wait_until 10 "the note taken during the lock being written afterwards" note_saved "written during a lock"
[ "$(sqlite3 "$SDMOCK_DB" "SELECT count(*) FROM events WHERE session_id = $id AND kind = 'phase_start'")" = 2 ] \
    || fail "the phase change during the lock was not written"
[ ! -s "$WORK/t.exit" ] || fail "the session ended during the lock: $(cat "$WORK/t.stderr")"
keys q; keys y
[ "$(wait_dead)" = 0 ] || fail "leaving after the lock: $(cat "$WORK/t.stderr")"
tmux_reset
saved=$(digest "$SDMOCK_DB")

# 5. A full disk: a file size limit makes the writes fail; the import rolls back whole.
python3 - "$WORK/big.csv" <<'PY'
import datetime, sys
rows = ["date,problem,plan,mode,scorer,requirements,estimation,api,architecture,data,caching,async,scaling,"
        "reliability,security,observability,communication,total,notes"]
t = datetime.datetime(2020, 1, 1)
for i in range(3000):
    rows.append((t + datetime.timedelta(hours=7 * i)).strftime("%Y-%m-%dT%H:%M") + ",uber,standard-45,solo,self,"
                + ",".join(["3"] * 12) + ",," + "x" * 200)
open(sys.argv[1], "w").write("\n".join(rows) + "\n")
PY
expect 1 "nothing was changed" bash -c "ulimit -f 200; exec \"$BIN\" import \"$WORK/big.csv\""
[ "$(digest "$SDMOCK_DB")" = "$saved" ] || fail "a failed import changed the history"

# 6. The content folder missing.
expect 1 "no content folder at .*nowhere" "$BIN" --home "$WORK/nowhere" problems list
expect 1 "no content folder" "$BIN" --home "$WORK/nowhere" start --plain

# 7. No TTY: start runs in line mode, follow refuses with a usage error.
printf '' | "$BIN" start --problem uber --plan mini-25 --speed 5000 > "$WORK/out" 2>"$WORK/err" || fail "start without a TTY"
grep -q "^session [0-9]*$" "$WORK/out" || fail "start without a TTY printed: $(cat "$WORK/out")"
grep -qF "saved unscored" "$WORK/err" || fail "no unscored hint: $(cat "$WORK/err")"

# 8. A terminal of 20x6: a plain message, and the session keeps running; growing it shows the screen.
tui_start 20 6 start --problem uber --plan mini-25
wait_for "20x6; sdmock needs"
$T resize-window -t t -x 80 -y 24
wait_for "Phase 1 of 3 · Requirements"

# 9. SIGTERM and SIGHUP mid-session: the terminal is given back, the session stays resumable.
for sig in TERM HUP; do
    keys a; type_text "before $sig"; keys Enter
    wait_for "before $sig"
    kill -s "$sig" "$(app_pid)"
    status=$(wait_dead)
    [ "$status" -ne 0 ] || fail "SIG$sig exit status $status"
    screen | grep -q "^session [0-9]*$" || fail "no 'session N' after SIG$sig"
    grep -q "sdmock resume" "$WORK/t.stderr" || fail "no resume hint after SIG$sig"
    id=$(sqlite3 "$SDMOCK_DB" 'SELECT max(id) FROM sessions')
    [ "$(sqlite3 "$SDMOCK_DB" "SELECT status FROM sessions WHERE id = $id")" = running ] || fail "status after SIG$sig"
    sqlite3 "$SDMOCK_DB" "SELECT text FROM events WHERE session_id = $id AND kind = 'note'" | grep -qx "before $sig" \
        || fail "the note before SIG$sig was lost"
    tmux_reset
    [ "$sig" = HUP ] && break
    tui_start 80 24 resume "$id"
    wait_for "Phase 1 of 3 · Requirements"
done
echo ok
