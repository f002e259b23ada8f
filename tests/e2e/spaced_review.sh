#!/usr/bin/env bash
# Spaced review end to end: a fresh history's `today`; a TUI mock with two skipped questions whose
# misses are due review items the next day; `drill grade` then `drill list --format json` giving
# the FSRS-6 states of the reference sequences (tests/unit/fsrs_test.cpp: ts-fsrs 5.4.2, default
# weights, retention 0.9, no fuzz, no short-term steps, maximum interval 36500, UTC); bad grades
# refused with the history unchanged; `drill cards` in line mode and on screen saving each grade;
# the Anki CSV; retention in the report.
BIN=$1 SRC=$2
source "$(dirname "$0")/../support/e2e_lib.sh"
export TZ=UTC
# sql_is WANT QUERY: whether the query's answer is WANT now (for wait_until, which re-runs it).
sql_is() { [ "$(sqlite3 "$SDMOCK_DB" "$2")" = "$1" ]; }

# A fresh history: nothing reviewed yet, the guide's rotation starts the mocks.
"$BIN" today --at 2026-12-02T08:00 > "$WORK/fresh.out"
grep -qF "you have not started spaced review yet; 10 new items" "$WORK/fresh.out" || fail "fresh today: $(cat "$WORK/fresh.out")"
grep -qF '$ sdmock start --problem url-shortener' "$WORK/fresh.out" || fail "fresh today names no rotation problem"
grep -qF "guide's rotation (Part 31" "$WORK/fresh.out" || fail "fresh today does not say why"
! grep -qF "drill estimate" "$WORK/fresh.out" || fail "an estimation drill with no scores at all"

# A mock in the TUI with two questions skipped.
tui_start 100 30 start --problem ticketmaster --plan mini-25 --speed 20
wait_for "x answered · s skip"
keys s
wait_until 10 "the first skip saved" sql_is 1 "SELECT count(*) FROM events WHERE kind = 'cue_skipped'"
wait_for "x answered · s skip"
keys s
wait_until 10 "the second skip saved" sql_is 2 "SELECT count(*) FROM events WHERE kind = 'cue_skipped'"
for phase in 2 3; do
    keys n; wait_for "y moves on"; keys y; wait_for "Phase $phase of 3"
done
keys n; wait_for "y ends it"; keys y
wait_for "Score the mock"
for _ in $(seq 12); do keys 3; done
wait_for "12 of 12 scored"
keys s; wait_for "Enter done"; keys Enter
wait_file "$WORK/t.exit"
id=$(sqlite3 "$SDMOCK_DB" 'SELECT max(id) FROM sessions')
tomorrow=$(date -u -d "$(sqlite3 "$SDMOCK_DB" "SELECT substr(started_at, 1, 10) FROM sessions WHERE id = $id") + 1 day" +%Y-%m-%dT09:00)
"$BIN" drill list --due --at "$tomorrow" --format json > "$WORK/due.json"
[ "$(json "sorted(x['id'] for x in d if x['id'] in ('miss:$id:1', 'miss:$id:2'))" < "$WORK/due.json")" = "['miss:$id:1', 'miss:$id:2']" ] ||
    fail "the two skipped questions are not due the next day: $(cat "$WORK/due.json" | head -30)"
[ "$(json "all(x['kind'] == 'miss' and x['reps'] == 0 and x['due'] is None for x in d)" < "$WORK/due.json")" = True ] ||
    fail "something other than the new misses is due"
"$BIN" drill export > "$WORK/anki.csv"
sqlite3 "$SDMOCK_DB" "SELECT text FROM events WHERE kind = 'cue_skipped' ORDER BY id" > "$WORK/skipped.txt"
while IFS= read -r text; do
    grep -qF "Ticketmaster: $text" "$WORK/anki.csv" || fail "the export has no card for the skipped \"$text\""
done < "$WORK/skipped.txt"
head -4 "$WORK/anki.csv" | grep -qxF '#tags column:3' || fail "the export has no Anki header"
[ "$(grep -c '^[^#]' "$WORK/anki.csv")" -gt 135 ] || fail "the export lacks the bank and the cards"

# The reference sequences, each on an item of its own: item, time, grade, stability, difficulty,
# interval, reps, lapses after the review.
"$BIN" drill list --format json > "$WORK/all.json"
items=($(json '" ".join([x["id"] for x in d if x["kind"] == "bank"][:11])' < "$WORK/all.json"))
cat > "$WORK/seq.txt" <<'SEQ'
SEQ0 2026-12-01T09:00 3 2.3065 2.1181 3 1 0
SEQ0 2026-12-04T09:00 3 13.8269 2.1112 14 2 0
SEQ0 2026-12-18T09:00 3 56.9567 2.1043 57 3 0
SEQ0 2027-02-13T09:00 3 196.2353 2.0975 196 4 0
SEQ0 2027-08-28T09:00 3 586.4835 2.0906 586 5 0
SEQ0 2029-04-05T09:00 3 1559.3567 2.0837 1559 6 0
SEQ1 2026-12-01T09:00 1 0.2120 6.4133 1 1 0
SEQ1 2026-12-02T09:00 3 1.8868 6.4021 3 2 0
SEQ1 2026-12-05T09:00 3 7.6382 6.3909 8 3 0
SEQ1 2026-12-13T09:00 3 21.6078 6.3798 22 4 0
SEQ2 2026-12-01T09:00 2 1.2931 5.1122 2 1 0
SEQ2 2026-12-03T09:00 2 4.4695 6.7405 4 2 0
SEQ2 2026-12-07T09:00 2 8.9052 7.8214 9 3 0
SEQ2 2026-12-16T09:00 2 15.3249 8.5390 15 4 0
SEQ3 2026-12-01T09:00 4 8.2956 1.0000 8 1 0
SEQ3 2026-12-09T09:00 4 65.6242 1.0000 66 2 0
SEQ3 2027-02-13T09:00 4 396.7750 1.0000 397 3 0
SEQ3 2028-03-16T09:00 4 1874.9170 1.0000 1875 4 0
SEQ3 2033-05-04T09:00 4 7265.4328 1.0000 7265 5 0
SEQ4 2026-12-01T09:00 3 2.3065 2.1181 3 1 0
SEQ4 2026-12-04T09:00 3 13.8269 2.1112 14 2 0
SEQ4 2026-12-18T09:00 3 56.9567 2.1043 57 3 0
SEQ4 2027-02-13T09:00 1 3.1881 7.3900 3 4 1
SEQ4 2027-02-16T09:00 3 8.0808 7.3778 8 5 1
SEQ4 2027-02-24T09:00 3 19.1348 7.3657 19 6 1
SEQ5 2026-12-01T09:00 3 2.3065 2.1181 3 1 0
SEQ5 2026-12-03T09:00 3 10.9643 2.1112 11 2 0
SEQ5 2026-12-06T09:00 3 23.3194 2.1043 23 3 0
SEQ5 2026-12-07T09:00 4 30.8710 1.0000 31 4 0
SEQ5 2026-12-23T09:00 2 65.0132 4.0106 65 5 0
SEQ6 2026-12-01T09:00 3 2.3065 2.1181 3 1 0
SEQ6 2026-12-10T09:00 3 23.9930 2.1112 24 2 0
SEQ6 2027-01-27T09:00 3 130.6125 2.1043 131 3 0
SEQ6 2028-07-04T09:00 1 5.2939 7.3900 5 4 1
SEQ6 2028-07-14T09:00 3 17.1670 7.3778 17 5 1
SEQ7 2026-12-01T09:00 3 2.3065 2.1181 3 1 0
SEQ7 2026-12-01T15:00 3 2.3065 2.1112 3 2 0
SEQ7 2026-12-01T17:00 1 0.5235 7.3922 1 3 1
SEQ7 2026-12-02T17:00 3 2.2604 7.3801 3 4 1
SEQ7 2026-12-02T18:00 3 2.2604 7.3679 3 5 1
SEQ8 2026-12-01T09:00 1 0.2120 6.4133 1 1 0
SEQ8 2026-12-02T09:00 1 0.1009 8.8063 1 2 1
SEQ8 2026-12-03T09:00 2 0.4511 9.1928 2 3 1
SEQ8 2026-12-07T09:00 3 2.0561 9.1788 3 4 1
SEQ8 2026-12-10T09:00 4 6.3932 8.8897 6 5 1
SEQ8 2026-12-16T09:00 2 9.4590 9.2481 9 6 1
SEQ9 2026-12-01T09:00 3 2.3065 2.1181 3 1 0
SEQ9 2026-12-04T09:00 3 13.8269 2.1112 14 2 0
SEQ9 2026-12-18T09:00 1 1.7264 7.3922 2 3 1
SEQ9 2026-12-20T09:00 1 0.4749 9.1281 1 4 2
SEQ9 2026-12-21T09:00 3 1.3554 9.1142 3 5 2
SEQ9 2026-12-26T09:00 1 0.4626 9.6941 1 6 3
SEQ9 2026-12-27T09:00 3 1.0729 9.6796 3 7 3
SEQ10 2026-12-01T09:00 3 2.3065 2.1181 3 1 0
SEQ10 2026-12-03T23:30 3 10.9643 2.1112 11 2 0
SEQ10 2026-12-04T02:30 2 13.6490 4.7483 14 3 0
SEQ10 2026-12-18T02:30 4 70.3725 2.9786 70 4 0
SEQ
while read -r seq at grade s d ivl reps lapses; do
    item=${items[${seq#SEQ}]}
    "$BIN" drill grade "$item" "$grade" --at "$at" > "$WORK/grade.out" || fail "drill grade $item $grade --at $at"
    "$BIN" drill list --format json > "$WORK/list.json"
    python3 - "$WORK/list.json" "$item" "$at" "$s" "$d" "$ivl" "$reps" "$lapses" <<'PY' || fail "$seq ($item) after $grade at $at"
import json, sys
from datetime import datetime, timedelta, timezone
path, item, at, s, d, ivl, reps, lapses = sys.argv[1:]
x = next(i for i in json.load(open(path)) if i["id"] == item)
last = datetime.fromisoformat(x["last_review"])
due = datetime.fromisoformat(x["due"])
want_at = datetime.fromisoformat(at).replace(tzinfo=timezone.utc)
problems = []
if last != want_at: problems.append(f"last_review {x['last_review']}")
if due - last != timedelta(days=int(ivl)): problems.append(f"interval {due - last}, want {ivl} days")
if abs(x["stability"] - float(s)) > 0.0005: problems.append(f"stability {x['stability']}, want {s}")
if abs(x["difficulty"] - float(d)) > 0.0005: problems.append(f"difficulty {x['difficulty']}, want {d}")
if x["reps"] != int(reps) or x["lapses"] != int(lapses): problems.append(f"reps/lapses {x['reps']}/{x['lapses']}")
if problems: sys.exit(print("; ".join(problems)) or 1)
PY
done < "$WORK/seq.txt"
grep -qF "next review in" "$WORK/grade.out" || fail "drill grade says nothing of the next review"

# Bad input: a clear line, exit 2, the history untouched.
before=$(sqlite3 "$SDMOCK_DB" 'SELECT count(*) FROM reviews')
for args in "${items[0]} 5" "${items[0]} soon" "bank:no-such-question 3" "${items[0]} 3 --at yesterday" \
    "${items[0]} 3 --at 2026-11-01T09:00"; do
    set +e; "$BIN" drill grade $args > /dev/null 2> "$WORK/bad.err"; rc=$?; set -e
    [ "$rc" = 2 ] || fail "drill grade $args exited $rc"
    [ "$(wc -l < "$WORK/bad.err")" = 1 ] || fail "drill grade $args: $(cat "$WORK/bad.err")"
done
[ "$(sqlite3 "$SDMOCK_DB" 'SELECT count(*) FROM reviews')" = "$before" ] || fail "a refused grade changed the history"

# Line mode: the first item, answered, graded good; input ending stops with the grade saved.
printf 'my answer\n3\n' | "$BIN" drill cards --plain > "$WORK/plain.out" || fail "drill cards --plain: $(cat "$WORK/plain.out")"
grep -qF "Model answer:" "$WORK/plain.out" || fail "line mode shows no model answer"
grep -qF "1 of " "$WORK/plain.out" || fail "line mode: $(tail -3 "$WORK/plain.out")"
[ "$(sqlite3 "$SDMOCK_DB" 'SELECT count(*) FROM reviews')" = $((before + 1)) ] || fail "the line-mode grade was not saved"

# On screen: type an answer, reveal, grade easy (saved at once), leave.
tmux_reset
tui_start 80 24 drill cards
wait_for "Spaced review"
type_text "from memory"
wait_for "from memory_"
keys Enter; wait_for "Model answer:"
keys 4
wait_until 10 "the screen's grade saved" sql_is $((before + 2)) 'SELECT count(*) FROM reviews'
[ "$(sqlite3 "$SDMOCK_DB" 'SELECT grade FROM reviews ORDER BY id DESC LIMIT 1')" = 4 ] || fail "the screen saved another grade"
wait_for "Saved: "
keys Escape
wait_file "$WORK/t.exit"
[ "$(cat "$WORK/t.exit")" = 0 ] || fail "drill cards exited $(cat "$WORK/t.exit"): $(cat "$WORK/t.stderr")"

# Retention in the weekly report: the reviews of the window per dimension.
"$BIN" report --format json --until 2026-12-31 --weeks 8 > "$WORK/report.json"
want=$(sqlite3 "$SDMOCK_DB" "SELECT count(*) FROM reviews WHERE reviewed_at >= '2026-11-09' AND reviewed_at < '2027-01-01'")
[ "$(json 'sum(r["reviews"] for r in d["retention"])' < "$WORK/report.json")" = "$want" ] || fail "retention counts"
"$BIN" report --until 2026-12-31 --weeks 8 > "$WORK/report.txt"
grep -qF "Spaced review" "$WORK/report.txt" || fail "no retention in the text report"
echo ok
