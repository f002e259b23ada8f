#!/usr/bin/env bash
# Practice runs: a sped-up line-mode mock, a --practice mock at speed 1 and a mock ended early are
# marked in history and show, left out of every report format unless --include-practice, and the
# mark goes through export and import (a CSV without the practice column still imports).
BIN=$1 SRC=$2
source "$(dirname "$0")/../support/e2e_lib.sh"

dims="requirements,estimation,api,architecture,data,caching,async,scaling,reliability,security,observability,communication"
today=$(date +%F)

# One mock that counts, from a sheet with the header from before the practice column.
cat > "$WORK/sheet.csv" <<CSV
date,problem,plan,mode,scorer,$dims,total,notes
$today,uber,standard-45,solo,self,3,3,3,3,3,3,3,3,3,3,3,3,,kept by hand
CSV
[ "$("$BIN" import "$WORK/sheet.csv")" = "imported 1 session" ] || fail "the sheet without a practice column"
counted=$("$BIN" history --format json | json 'd[0]["id"]')
[ "$("$BIN" history --format json | json 'd[0]["practice"]')" = False ] || fail "an old-header row came in as practice"

# A line-mode mock at --speed 60: the whole plan runs (25 s), then twelve scores.
out=$(printf '%s\n' 4 4 4 4 4 4 4 4 4 4 4 4 |
          "$BIN" start --plain --problem pastebin --plan mini-25 --speed 60 2>"$WORK/err") ||
    fail "start --speed 60 exited $?: $(cat "$WORK/err")"
fast=$(grep -E '^session [0-9]+$' <<<"$out" | awk '{print $2}')
[ -n "$fast" ] || fail "no 'session N' line: $out"
grep -qF "A practice run (speed 60)" <<<"$out" || fail "the summary does not say it is a practice run: $out"

# history: a PRACTICE column, marked for the sped-up run only; csv and json too.
"$BIN" history > "$WORK/history.txt"
head -n 1 "$WORK/history.txt" | grep -qE 'INTERVIEWER +PRACTICE$' || fail "no PRACTICE column: $(head -n 1 "$WORK/history.txt")"
grep -E "^$fast " "$WORK/history.txt" | grep -qF "yes (speed 60)" || fail "the run is not marked: $(cat "$WORK/history.txt")"
grep -E "^$counted " "$WORK/history.txt" | grep -qF "yes" && fail "the counted mock is marked: $(cat "$WORK/history.txt")"
"$BIN" history --format csv > "$WORK/history.csv"
python3 - "$WORK/history.csv" <<'PY' || fail "history --format csv practice column"
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], newline="")))
assert list(rows[0].keys())[-1] == "practice", list(rows[0].keys())
assert sorted((r["problem"], r["practice"]) for r in rows) == [("pastebin", "true"), ("uber", "false")], rows
PY
"$BIN" history --format json > "$WORK/history.json"
[ "$(json "[s['practice'] for s in d if s['id'] == $fast][0]" < "$WORK/history.json")" = True ] || fail "history json"

# show: the mark in text, "practice": true and why in JSON.
"$BIN" show "$fast" --format json > "$WORK/show.json"
[ "$(json 'd["practice"]' < "$WORK/show.json")" = True ] || fail "show json practice"
[ "$(json 'd["practice_reasons"]' < "$WORK/show.json")" = "['speed']" ] || fail "show json reasons"
[ "$("$BIN" show "$counted" --format json | json 'd["practice"]')" = False ] || fail "the counted mock in show"
"$BIN" show "$fast" > "$WORK/show.txt"
sed -n 2p "$WORK/show.txt" | grep -qF "· practice" || fail "show text: no mark on its second line"
grep -qF "left out of the trend reports" "$WORK/show.txt" || fail "show text does not explain the mark"

# report: left out of every format, and said so; --include-practice counts it.
"$BIN" report --format json > "$WORK/r.json"
[ "$(json 'd["mocks"]' < "$WORK/r.json")" = 1 ] || fail "report json counted the practice run"
[ "$(json 'd["practice_left_out"]' < "$WORK/r.json")" = 1 ] || fail "report json practice_left_out"
[ "$(json 'd["best"]["total"]' < "$WORK/r.json")" = 36 ] || fail "the practice run's 48 is the best"
"$BIN" report --include-practice --format json > "$WORK/all.json"
[ "$(json 'd["mocks"]' < "$WORK/all.json")" = 2 ] || fail "report --include-practice json"
[ "$(json 'd["practice_left_out"]' < "$WORK/all.json")" = 0 ] || fail "report --include-practice left some out"
"$BIN" report > "$WORK/r.txt"
grep -qx '1 practice session left out; `sdmock report --include-practice` counts it.' "$WORK/r.txt" ||
    fail "report text does not say what it left out: $(cat "$WORK/r.txt")"
grep -qF "· 1 mock" "$WORK/r.txt" || fail "report text counted the practice run"
"$BIN" report --include-practice > "$WORK/all.txt"
grep -qF "· 2 mocks" "$WORK/all.txt" || fail "report --include-practice text"
"$BIN" report --format md > "$WORK/r.md"
grep -qx '1 practice session left out; `sdmock report --include-practice` counts it.' "$WORK/r.md" ||
    fail "report md does not say what it left out"
for flags in "--weekly" ""; do
    [ "$("$BIN" report $flags --format csv | tail -n 1 | cut -d, -f2)" = 1 ] || fail "report $flags csv counted it"
    [ "$("$BIN" report $flags --include-practice --format csv | tail -n 1 | cut -d, -f2)" = 2 ] ||
        fail "report $flags --include-practice csv"
done
"$BIN" report --format svg --out "$WORK/r.svg"
grep -qF "1 practice left out" "$WORK/r.svg" || fail "report svg does not say what it left out"
"$BIN" report --include-practice --format svg --out "$WORK/all.svg"
grep -qF "2 scored mocks" "$WORK/all.svg" || fail "report --include-practice svg"

# export -> import into a fresh history keeps the mark; export again gives the same bytes.
"$BIN" export > "$WORK/one.csv"
SDMOCK_DB="$WORK/fresh.db" "$BIN" import "$WORK/one.csv" >/dev/null
SDMOCK_DB="$WORK/fresh.db" "$BIN" export > "$WORK/two.csv"
cmp -s "$WORK/one.csv" "$WORK/two.csv" || fail "export/import/export: $(diff "$WORK/one.csv" "$WORK/two.csv" | head)"
SDMOCK_DB="$WORK/fresh.db" "$BIN" history --format json > "$WORK/fresh.json"
[ "$(json 'sorted((s["problem"], s["practice"]) for s in d)' < "$WORK/fresh.json")" = \
  "[('pastebin', True), ('uber', False)]" ] || fail "import lost the mark: $(cat "$WORK/fresh.json")"
[ "$(SDMOCK_DB="$WORK/fresh.db" "$BIN" report --format json | json 'd["practice_left_out"]')" = 1 ] ||
    fail "the imported practice run counts in the report"
"$BIN" export --format json | python3 -c '
import json, sys
d = {s["problem"]: s["practice"] for s in json.load(sys.stdin)}
sys.exit(0 if d == {"pastebin": True, "uber": False} else f"export json: {d}")' || fail "export json practice"

# A bad practice value: refused whole, its line named, the history unchanged.
before=$(sqlite3 "$SDMOCK_DB" .dump | md5sum)
python3 - "$WORK/one.csv" "$WORK/bad.csv" <<'PY'
import sys
text = open(sys.argv[1], newline="").read()
assert text.count(",true\r\n") == 1, text
open(sys.argv[2], "w", newline="").write(text.replace(",true\r\n", ",maybe\r\n"))
PY
bad_line=$(grep -n ',maybe' "$WORK/bad.csv" | cut -d: -f1)
set +e
err=$("$BIN" import "$WORK/bad.csv" 2>&1 >/dev/null); rc=$?
set -e
[ "$rc" = 1 ] || fail "a bad practice value exited $rc"
grep -qF "bad.csv:line $bad_line: practice \"maybe\" should be true or false" <<<"$err" || fail "bad value: $err"
[ "$(sqlite3 "$SDMOCK_DB" .dump | md5sum)" = "$before" ] || fail "a refused import changed the history"

# --practice at speed 1: marked from the start. The mock is left running (SIGTERM after its first
# phase starts), so only the flag can have made it practice; the same without the flag is not.
for flag in --practice ""; do
    "$BIN" start --plain --problem uber --plan mini-25 $flag </dev/null >"$WORK/slow.out" 2>"$WORK/slow.err" &
    pid=$!
    wait_until 10 "the first phase of the speed-1 mock" grep -qF "Phase 1/3" "$WORK/slow.out"
    kill -TERM "$pid"
    set +e
    wait "$pid"; rc=$?
    set -e
    [ "$rc" = 143 ] || fail "the stopped mock exited $rc: $(cat "$WORK/slow.err")"
    slow=$(grep -E '^session [0-9]+$' "$WORK/slow.out" | awk '{print $2}')
    "$BIN" show "$slow" --format json > "$WORK/slow.json"
    [ "$(json 'd["status"]' < "$WORK/slow.json")" = running ] || fail "the stopped mock is not resumable"
    [ "$(json 'd["speed"] == 1' < "$WORK/slow.json")" = True ] || fail "the mock ran at speed $(json 'd["speed"]' < "$WORK/slow.json")"
    if [ -n "$flag" ]; then
        [ "$(json '[d["practice"], d["practice_reasons"]]' < "$WORK/slow.json")" = "[True, ['flag']]" ] ||
            fail "--practice at speed 1 was not recorded: $(cat "$WORK/slow.json")"
    else
        [ "$(json 'd["practice"]' < "$WORK/slow.json")" = False ] || fail "a running speed-1 mock is practice"
    fi
done

# A speed-1 mock in the TUI ended after a few seconds of a 25-minute plan: practice, ended early.
tui_start 100 30 start --problem url-shortener --plan mini-25
wait_for "Phase 1 of 3 · Requirements"
keys n; wait_for "Move on already?"; keys y
wait_for "Phase 2 of 3 · Estimation"
keys n; wait_for "Move on already?"; keys y
wait_for "Phase 3 of 3 · High-level design"
keys n; wait_for "End the mock?"; keys y
wait_for "Score the mock"
for s in 4 4 4 4 4 4 4 4 4 4 4 4; do keys "$s"; done
keys s
wait_for "Total 48/60"
keys Enter
status=$(wait_dead)
[ "$status" = 0 ] || fail "the TUI mock exited $status: $(cat "$WORK/t.stderr")"
early=$(screen | grep -E "^session [0-9]+$" | awk '{print $2}' || true)
[ -n "$early" ] || fail "no 'session N' line after the TUI mock"
"$BIN" show "$early" --format json > "$WORK/early.json"
[ "$(json '[d["status"], d["practice"], d["practice_reasons"]]' < "$WORK/early.json")" = \
  "['finished', True, ['ended_early']]" ] || fail "a mock ended early: $(json '[d["status"], d["practice_reasons"]]' < "$WORK/early.json")"
"$BIN" history | grep -E "^$early " | grep -qF "yes (ended early)" || fail "history does not mark the mock ended early"
echo ok
