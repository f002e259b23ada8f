#!/usr/bin/env bash
# Import a spreadsheet-style CSV, get the weekly CSV and check its figures independently;
# export/import round trip; a bad file refused whole with the history unchanged.
BIN=$1 SRC=$2
source "$(dirname "$0")/../support/e2e_lib.sh"

dims="requirements,estimation,api,architecture,data,caching,async,scaling,reliability,security,observability,communication"
# A sheet kept by hand: LF line ends, plain dates and date-times, empty totals, notes with commas,
# quotes and line breaks, a week with no mocks (W52), and a week across the new year (2026-W53).
cat > "$WORK/sheet.csv" <<CSV
date,problem,plan,mode,scorer,$dims,total,notes
2026-12-07,uber,standard-45,solo,self,3,3,3,3,3,2,2,3,3,3,3,3,,"first try, rough"
2026-12-09T20:15,twitter-feed,standard-45,solo,self,3,4,3,3,3,2,3,3,3,3,3,4,37,"said ""fan-out"" too late"
2026-12-14,pastebin,mini-25,solo,self,4,4,4,3,4,3,3,4,4,3,3,4,,
2026-12-29,ticketmaster,standard-45,interviewer,self,4,4,4,4,4,3,3,4,4,4,4,4,,"line one
line two"
2026-12-29,ticketmaster,standard-45,interviewer,interviewer,3,3,4,3,3,3,2,3,3,3,3,3,,
2027-01-01,zoom,extended-60,solo,self,4,4,4,4,5,3,4,4,4,4,4,4,,
2027-01-05,youtube,standard-45,solo,self,5,4,4,4,5,4,4,4,5,4,4,5,,
CSV
out=$("$BIN" import "$WORK/sheet.csv")
[ "$out" = "imported 6 sessions" ] || fail "import said: $out"
out=$("$BIN" import "$WORK/sheet.csv")
grep -qF "imported 0 sessions; 6 already in the history" <<<"$out" || fail "second import said: $out"
[ "$(sqlite3 "$SDMOCK_DB" 'SELECT count(*) FROM sessions')" = 6 ] || fail "the second import duplicated sessions"

"$BIN" report --weekly --format csv --weeks 6 --until 2027-01-06 > "$WORK/weekly.csv"
head -n 1 "$WORK/weekly.csv" | tr -d '\r' | grep -qx "week,mocks,avg_total,min_total,max_total,delta,$dims" \
    || fail "weekly header: $(head -n 1 "$WORK/weekly.csv")"
# The same figures computed here, independently, from the sheet.
python3 - "$WORK/sheet.csv" "$WORK/weekly.csv" <<'PY' || fail "the weekly figures differ from the sheet's"
import csv, datetime, sys
from collections import OrderedDict
rows = [r for r in csv.DictReader(open(sys.argv[1], newline="")) if r["scorer"] == "self"]
dims = "requirements,estimation,api,architecture,data,caching,async,scaling,reliability,security,observability,communication".split(",")
weeks = OrderedDict()
for r in sorted(rows, key=lambda r: r["date"]):
    d = datetime.date.fromisoformat(r["date"][:10])
    y, w, _ = d.isocalendar()
    weeks.setdefault(f"{y}-W{w:02d}", []).append(r)
expect, prev = [], None
for wk, rs in weeks.items():
    totals = [sum(int(r[k]) for k in dims) for r in rs]
    avg = sum(totals) / len(totals)
    row = [wk, str(len(rs)), f"{avg:.2f}", str(min(totals)), str(max(totals)), "" if prev is None else f"{avg - prev:.2f}"]
    row += [f"{sum(int(r[k]) for r in rs) / len(rs):.2f}" for k in dims]
    expect.append(row)
    prev = avg
got = list(csv.reader(open(sys.argv[2], newline="")))[1:]
assert [r[0] for r in got] == ["2026-W50", "2026-W51", "2026-W53", "2027-W01"], [r[0] for r in got]
assert got == expect, f"\nwant {expect}\ngot  {got}"
assert "2026-W52" not in [r[0] for r in got], "an empty week was listed"
assert any(r[0] == "2026-W53" and r[1] == "2" for r in got), "2027-01-01 is not in 2026-W53"
PY

# Interviewer scores and their calibration are in the JSON report.
"$BIN" report --format json --weeks 6 --until 2027-01-06 --scorer interviewer > "$WORK/iv.json"
[ "$(json 'd["mocks"]' < "$WORK/iv.json")" = 1 ] || fail "interviewer mocks"
"$BIN" report --format json --weeks 6 --until 2027-01-06 > "$WORK/self.json"
[ "$(json 'd["paired_mocks"]' < "$WORK/self.json")" = 1 ] || fail "paired mocks"
[ "$(json 'd["calibration_total_gap"]' < "$WORK/self.json")" = 10 ] || fail "calibration gap"
# The text report reads in 80 columns and has a sparkline per dimension.
"$BIN" report --weeks 6 --until 2027-01-06 > "$WORK/report.txt"
[ "$(max_width < "$WORK/report.txt")" -le 80 ] || fail "a report line is wider than 80 columns"
[ "$(grep -c '[▁▂▃▄▅▆▇█]' "$WORK/report.txt")" -ge 12 ] || fail "no sparklines"
grep -qF "Weakest: Caching & CDN" "$WORK/report.txt" || fail "weakest finding: $(cat "$WORK/report.txt")"

# Export, import into a new history, export again: the same bytes.
"$BIN" export > "$WORK/one.csv"
SDMOCK_DB="$WORK/other.db" "$BIN" import "$WORK/one.csv" >/dev/null
SDMOCK_DB="$WORK/other.db" "$BIN" export > "$WORK/two.csv"
cmp -s "$WORK/one.csv" "$WORK/two.csv" || fail "export/import/export changed the bytes: $(diff "$WORK/one.csv" "$WORK/two.csv" | head)"
# The note with a line break is one field holding both lines (a grep for the two lines would
# match either one alone).
python3 - "$WORK/one.csv" <<'PY' || fail "the line break inside a note was lost"
import csv, sys
rows = list(csv.reader(open(sys.argv[1], newline="")))
notes = [r[rows[0].index("notes")] for r in rows]
sys.exit(0 if "line one\nline two" in notes else f"notes: {notes}")
PY

# A file with bad rows is refused whole, each bad line named; the history is unchanged.
before=$(sqlite3 "$SDMOCK_DB" .dump | md5sum)
cat > "$WORK/bad.csv" <<CSV
date,problem,plan,mode,scorer,$dims,total,notes
2026-11-02,uber,standard-45,solo,self,3,3,3,3,3,3,3,3,3,3,3,3,,fine
2026-11-03,ubr,standard-45,solo,self,3,3,3,3,3,3,3,3,3,3,3,3,,
2026-11-04,uber,standard-45,solo,self,3,3,3,3,3,3,3,3,3,3,3,6,,
2026-11-05,uber,standard-45,solo,self,3,3,3,3,3,3,3,3,3,3,3,3,40,
2026-13-06,uber,standard-45,solo,self,3,3,3,3,3,3,3,3,3,3,3,3,,
2026-11-07,uber,standard-45,solo,self,3,3,3
CSV
set +e
err=$("$BIN" import "$WORK/bad.csv" 2>&1 >/dev/null); rc=$?
set -e
[ "$rc" = 1 ] || fail "a bad file exited $rc"
for n in 3 4 5 6 7; do grep -q "bad.csv:line $n:" <<<"$err" || fail "line $n not named: $err"; done
grep -q "bad.csv:line 2:" <<<"$err" && fail "a good line was named: $err"
grep -qF "the history is unchanged" <<<"$err" || fail "no reassurance: $err"
[ "$(sqlite3 "$SDMOCK_DB" .dump | md5sum)" = "$before" ] || fail "a refused import changed the history"

# Into a history that does not exist yet: a bad file leaves nothing in its folder, a good one
# gives the history its rows, and nothing else is left beside it.
mkdir "$WORK/new"
set +e
SDMOCK_DB="$WORK/new/h.db" "$BIN" import "$WORK/bad.csv" >/dev/null 2>&1; rc=$?
set -e
[ "$rc" = 1 ] || fail "a bad file into a new history exited $rc"
[ -z "$(ls -A "$WORK/new")" ] || fail "a refused import into a new history left: $(ls -A "$WORK/new")"
SDMOCK_DB="$WORK/new/h.db" "$BIN" import "$WORK/one.csv" >/dev/null
[ "$(ls -A "$WORK/new")" = h.db ] || fail "an import into a new history left: $(ls -A "$WORK/new")"
[ "$(SDMOCK_DB="$WORK/new/h.db" "$BIN" export)" = "$(cat "$WORK/one.csv")" ] || fail "the new history differs"
echo ok
