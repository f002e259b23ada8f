#!/usr/bin/env bash
# Hostile text, hostile files and full disks: no control character reaches the terminal raw,
# every failed write is an error, --out never harms what it writes over, import reads only what
# it can bound, and the history is private and never taken over. Each numbered case counts one.
BIN=$1 SRC=$2
source "$(dirname "$0")/../support/e2e_lib.sh"

CASES=0
case_done() { CASES=$((CASES + 1)); }
# expect CODE PATTERN CMD...: exit CODE and one or two lines on stderr matching PATTERN.
expect() {
    local code=$1 pattern=$2; shift 2
    set +e
    "$@" >"$WORK/out" 2>"$WORK/err"
    local rc=$?
    set -e
    [ "$rc" = "$code" ] || fail "'$*' exited $rc, want $code: $(cat "$WORK/err")"
    grep -qE -- "$pattern" "$WORK/err" || fail "'$*' said: $(cat "$WORK/err")"
    [ "$(wc -l < "$WORK/err")" -le 2 ] || fail "'$*' wrote more than a line or two: $(cat "$WORK/err")"
    case_done
}
digest() { sqlite3 "$1" .dump | md5sum; }
has_esc() { python3 -c 'import sys; sys.exit(0 if any(b in sys.stdin.buffer.read() for b in (b"\x1b", b"\x07", b"\x9b")) else 1)'; }
ESC=$'\e'

printf '%s\n' 4 3 4 3 4 3 4 3 4 3 4 3 | "$BIN" start --plain --problem uber --plan mini-25 --speed 5000 >/dev/null 2>&1
saved=$(digest "$SDMOCK_DB")

# 1-3. Notes with escape sequences are refused at score --note (title, clear, clipboard).
for note in "A${ESC}]0;pwned"$'\a'"B" "${ESC}[2J" "${ESC}]52;c;aGVsbG8="$'\a'; do
    expect 2 "--note caching: the text holds ESC at column" "$BIN" score 1 --note "caching=$note"
done
[ "$(digest "$SDMOCK_DB")" = "$saved" ] || fail "a refused note changed the history"

# 4-11. Text already in the history (an older sdmock, another tool) is escaped on every output.
sqlite3 "$SDMOCK_DB" "INSERT INTO evidence VALUES (1, 'self', 'api', 'X' || char(27) || ']0;pwned' || char(7) || 'Y');
    INSERT INTO events (session_id, t_ms, kind, text) VALUES (1, 1000, 'note', 'n' || char(27) || '[2J' || char(155) || 'm');
    UPDATE sessions SET problem = 'uber' || char(27) || '[31m' WHERE id = 1;"
for cmd in "show 1" "show 1 --format json" "history" "history --format csv" "history --format json" "export" \
    "export --format json" "report --format md --include-practice"; do
    # shellcheck disable=SC2086
    "$BIN" $cmd > "$WORK/out" 2>"$WORK/err" || true
    cat "$WORK/out" "$WORK/err" | has_esc && fail "'$cmd' printed a control character raw"
    case_done
done
grep -F 'X^[]0;pwned^GY' <("$BIN" show 1) >/dev/null || fail "show does not show the escaped note"
sqlite3 "$SDMOCK_DB" "DELETE FROM evidence WHERE dimension = 'api'; DELETE FROM events WHERE t_ms = 1000 AND kind = 'note';
    UPDATE sessions SET problem = 'uber' WHERE id = 1;"
# 12. A usage error echoing a hostile argument escapes it too.
"$BIN" problems show "x${ESC}]0;t"$'\a' >/dev/null 2>"$WORK/err" || true
has_esc < "$WORK/err" && fail "an error message printed a control character raw"
case_done

# 13-18. Writes to a full device fail loudly; a closed pipe ends quietly.
for cmd in "export" "export --format json" "report" "history" "show 1" "problems list"; do
    # shellcheck disable=SC2086
    expect 1 "cannot write to standard output: No space left on device" bash -c "exec \"$BIN\" $cmd > /dev/full"
done
# 19. A full file system mid-export (a file size limit): an error, not an empty file and exit 0.
"$BIN" score 1 --note "caching=$(head -c 90000 /dev/zero | tr '\0' x)" >/dev/null
sqlite3 "$SDMOCK_DB" 'PRAGMA wal_checkpoint(TRUNCATE)' >/dev/null
expect 1 "cannot write to standard output: File too large" bash -c "ulimit -f 60; exec \"$BIN\" export --format json > \"$WORK/f.json\""
# 20. | head: quiet, exit 0.
"$BIN" export --format json 2>"$WORK/err" | head -c 10 >/dev/null
[ "${PIPESTATUS[0]}" = 0 ] && [ ! -s "$WORK/err" ] || fail "a closed pipe was not quiet: $(cat "$WORK/err")"
case_done
saved=$(digest "$SDMOCK_DB")

# 21. --out keeps the target's mode, and a planted link at the old temp name is not followed.
echo secret > "$WORK/victim"; echo old > "$WORK/r.md"; chmod 600 "$WORK/r.md"
ln -s "$WORK/victim" "$WORK/r.md.tmp"
"$BIN" report --format md --out "$WORK/r.md" || fail "report --out"
[ "$(stat -c %a "$WORK/r.md")" = 600 ] || fail "--out changed the mode to $(stat -c %a "$WORK/r.md")"
[ "$(cat "$WORK/victim")" = secret ] || fail "--out followed a planted link"
grep -q "sdmock report" "$WORK/r.md" || fail "--out wrote: $(cat "$WORK/r.md")"
case_done
# 22. A FIFO is written to, not replaced.
mkfifo "$WORK/fifo"; (cat "$WORK/fifo" > "$WORK/fifo.out") & reader=$!
"$BIN" report --out "$WORK/fifo" || fail "report --out FIFO"
wait "$reader"
[ -p "$WORK/fifo" ] || fail "the FIFO was replaced"
grep -q "sdmock report" "$WORK/fifo.out" || fail "the FIFO got: $(cat "$WORK/fifo.out")"
case_done
# 23. A device is written to, not replaced (/dev/null even as root).
"$BIN" report --out /dev/null || fail "report --out /dev/null"
[ -c /dev/null ] || fail "/dev/null is no longer a device"
case_done
# 24. A symlink is written through; the link stays.
echo x > "$WORK/real.md"; ln -s "$WORK/real.md" "$WORK/link.md"
"$BIN" report --out "$WORK/link.md" || fail "report --out through a link"
[ -L "$WORK/link.md" ] && grep -q "sdmock report" "$WORK/real.md" || fail "the link was replaced"
case_done
# 25-26. A failed write is an error and leaves no temp file (a full device; a folder it cannot
# write in; the file size limit case is in the unit tests).
expect 1 "cannot write /dev/full: No space left" "$BIN" report --out /dev/full
mkdir "$WORK/outdir"
if [ "$(id -u)" != 0 ]; then
    chmod 555 "$WORK/outdir"
    expect 1 "cannot write .*r.md: Permission denied" "$BIN" report --out "$WORK/outdir/r.md"
    chmod 755 "$WORK/outdir"
else
    expect 1 "cannot write .*nowhere/r.md: No such file" "$BIN" report --out "$WORK/outdir/nowhere/r.md"
fi
[ -z "$(ls -A "$WORK/outdir")" ] || fail "a failed --out left: $(ls -A "$WORK/outdir")"
# 27. A folder is refused.
expect 1 "it is a folder" "$BIN" report --out "$WORK/outdir"

# 28-38. Import reads only a bounded regular file of plain UTF-8 text.
expect 1 "/dev/zero: it is a device" "$BIN" import /dev/zero
expect 1 "it is a folder" "$BIN" import "$WORK/outdir"
expect 1 "it is a pipe" "$BIN" import "$WORK/fifo"
truncate -s 17M "$WORK/huge.csv"
expect 1 "larger than 16 MiB" "$BIN" import "$WORK/huge.csv"
"$BIN" export > "$WORK/good.csv"
header=$(head -1 "$WORK/good.csv" | tr -d '\r')
row() { printf '%s\r\n2026-01-05T10:00,uber,standard-45,%s,%s,3,3,3,3,3,3,3,3,3,3,3,3,,%s,false\r\n' "$header" "$1" "$2" "$3"; }
row solo self "ok${ESC}]0;x"$'\a' > "$WORK/esc.csv"
expect 1 "was not imported" "$BIN" import "$WORK/esc.csv"
grep 'line 2: notes .* holds ESC at column 3' "$WORK/err" >/dev/null || fail "the ESC is not named: $(cat "$WORK/err")"
row solo self "c1 $(printf '\xc2\x9b')2J" > "$WORK/c1.csv"
expect 1 "was not imported" "$BIN" import "$WORK/c1.csv"
{ row solo self "nul"; printf 'a\0b\n'; } > "$WORK/nul.csv"
expect 1 "holds NUL|was not imported" "$BIN" import "$WORK/nul.csv"
row solo self "bad $(printf '\xff') byte" > "$WORK/utf.csv"
expect 1 "was not imported" "$BIN" import "$WORK/utf.csv"
grep "line 2: the file holds invalid UTF-8" "$WORK/err" >/dev/null || fail "invalid UTF-8 is not named: $(cat "$WORK/err")"
row solo self "$(head -c 20000 /dev/zero | tr '\0' x)" > "$WORK/long.csv"
expect 1 "was not imported" "$BIN" import "$WORK/long.csv"
row solo interviewer "" > "$WORK/solo-int.csv"
expect 1 "was not imported" "$BIN" import "$WORK/solo-int.csv"
grep "interviewer row for a solo mock" "$WORK/err" >/dev/null || fail "solo interviewer row: $(cat "$WORK/err")"
[ "$(digest "$SDMOCK_DB")" = "$saved" ] || fail "a refused import changed the history"
# 39. Control characters in a content file: check names the file, line and column.
mkdir -p "$WORK/home"; cp -r "$SRC/prompts" "$SRC/rubrics" "$WORK/home/"
sed -i 's/^title = "Uber \/ Lyft"/title = "Uber \\u001b]0;pwned\\u0007"/' "$WORK/home/prompts/problems/uber.toml"
set +e; "$BIN" --home "$WORK/home" check > "$WORK/out" 2>&1; rc=$?; set -e
[ "$rc" != 0 ] || fail "check passed a title with ESC"
grep -E "uber.toml:2:[0-9]+: .*'title' holds ESC" "$WORK/out" >/dev/null || fail "check said: $(cat "$WORK/out")"
has_esc < "$WORK/out" && fail "check printed the ESC raw"
case_done

# 40. Another program's SQLite file is refused before anything changes (not even WAL).
sqlite3 "$WORK/other.db" "CREATE TABLE recipes (name TEXT);"
before=$(md5sum < "$WORK/other.db")
expect 1 "another program" "$BIN" --db "$WORK/other.db" history
[ "$(md5sum < "$WORK/other.db")" = "$before" ] || fail "another program's file was changed (journal mode?)"
[ ! -e "$WORK/other.db-wal" ] || fail "another program's file was switched to WAL"
# 41. A new history is private whatever the umask.
(umask 000; "$BIN" --db "$WORK/private/sub/h.db" history >/dev/null)
[ "$(stat -c %a "$WORK/private/sub")" = 700 ] && [ "$(stat -c %a "$WORK/private")" = 700 ] || fail "folders not 0700"
[ "$(stat -c %a "$WORK/private/sub/h.db")" = 600 ] || fail "history not 0600: $(stat -c %a "$WORK/private/sub/h.db")"
case_done
# 42. A history others can read gets a one-line warning.
chmod 644 "$WORK/private/sub/h.db"
"$BIN" --db "$WORK/private/sub/h.db" history >/dev/null 2>"$WORK/err"
grep -q "can be read by others (mode 0644)" "$WORK/err" || fail "no warning for a 0644 history: $(cat "$WORK/err")"
case_done
# 43-44. Empty --db and --home are usage errors, and create nothing.
expect 2 "--db: an empty value" "$BIN" --db '' history
expect 2 "--home: an empty value" "$BIN" --home '' history

# 45. Ctrl-\ (SIGQUIT) gives the terminal back as SIGTERM does; the session stays resumable.
tui_start 80 24 start --problem uber --plan mini-25
wait_for "Phase 1 of 3 · Requirements"
[ "$($T display -p -t t '#{alternate_on}')" = 1 ] || fail "the session is not on the alternate screen"
keys 'C-\'
status=$(wait_dead)
[ "$status" -ne 0 ] || fail "SIGQUIT exit status $status"
[ "$($T display -p -t t '#{alternate_on}')" = 0 ] || fail "SIGQUIT left the alternate screen on"
[ "$($T display -p -t t '#{cursor_flag}')" = 1 ] || fail "SIGQUIT left the cursor hidden"
grep -q "sdmock resume" "$WORK/t.stderr" || fail "no resume hint after SIGQUIT: $(cat "$WORK/t.stderr")"
tmux_reset
case_done

# 46-47. Time zones: history sorts by instant, and the default report window reaches a session
# whose own local date is later than today here (started in a zone ahead of this one).
export TZ=UTC
printf '%s\n' 4 3 4 3 4 3 4 3 4 3 4 3 | "$BIN" start --plain --problem yelp-proximity --plan mini-25 --speed 5000 >/dev/null 2>&1
printf '%s\n' 4 3 4 3 4 3 4 3 4 3 4 3 | TZ=Asia/Kolkata "$BIN" start --plain --problem zoom --plan mini-25 --speed 5000 >/dev/null 2>&1
a=$(sqlite3 "$SDMOCK_DB" "SELECT id FROM sessions WHERE problem = 'yelp-proximity'")
b=$(sqlite3 "$SDMOCK_DB" "SELECT id FROM sessions WHERE problem = 'zoom'")
# yelp at 05:00 UTC, zoom at 09:00 Kolkata (03:30 UTC, earlier): the strings sort the other way.
sqlite3 "$SDMOCK_DB" "UPDATE sessions SET started_at = '2026-11-02T05:00:00+00:00' WHERE id = $a;
    UPDATE sessions SET started_at = '2026-11-02T09:00:00+05:30' WHERE id = $b;"
"$BIN" history --format csv | cut -d, -f2 | grep -E '^(zoom|yelp-proximity)$' | tr '\n' ' ' > "$WORK/order"
[ "$(cat "$WORK/order")" = "zoom yelp-proximity " ] || fail "history is not in the order of the instants: $(cat "$WORK/order")"
case_done
ahead=$(python3 -c 'import datetime; print((datetime.date.today() + datetime.timedelta(days=8)).isoformat())')
sqlite3 "$SDMOCK_DB" "UPDATE sessions SET started_at = '${ahead}T02:00:00+05:30' WHERE id = $b"
"$BIN" report --include-practice --format json | json 'd["weeks"][-1]["mocks"]' > "$WORK/n"
[ "$(cat "$WORK/n")" -ge 1 ] || fail "the session of a zone ahead is missing from the report"
"$BIN" report --include-practice --format json | json 'd["to"]' > "$WORK/to"
[ "$(cat "$WORK/to")" = "$(python3 -c "import datetime; y,w,_=datetime.date.fromisoformat('$ahead').isocalendar(); print(f'{y}-W{w:02d}')")" ] \
    || fail "the report ends at $(cat "$WORK/to")"
case_done

echo "ok: $CASES hostile cases"
