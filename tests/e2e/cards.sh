#!/usr/bin/env bash
# `sdmock cards`: the list, the Parts, and every card the summary and the report point to opens.
BIN=$1 SRC=$2
source "$(dirname "$0")/../support/e2e_lib.sh"

# The list: every card once, under the dimension it serves first, within 80 columns.
"$BIN" cards list > "$WORK/list" || fail "cards list exited $?"
[ "$(max_width < "$WORK/list")" -le 80 ] || fail "cards list is wider than 80 columns"
"$BIN" cards > "$WORK/default" || fail "cards exited $?"
cmp -s "$WORK/list" "$WORK/default" || fail "plain 'cards' is not 'cards list'"
grep -q '^Caching & CDN$' "$WORK/list" || fail "no Caching & CDN group: $(cat "$WORK/list")"
"$BIN" cards list --format json > "$WORK/list.json"
count=$(json 'len(d)' < "$WORK/list.json")
[ "$count" -eq "$(cat "$SRC"/prompts/cards/*.toml | grep -c '^\[\[cards\]\]')" ] || fail "JSON list has $count cards"
for id in $(json '" ".join(c["id"] for c in d)' < "$WORK/list.json"); do
    [ "$(grep -c "^  $id " "$WORK/list")" -eq 1 ] || fail "card $id is not listed once"
done

# The guide's Parts, by number and title.
"$BIN" cards parts > "$WORK/parts" || fail "cards parts exited $?"
grep -q '^   6  Caching$' "$WORK/parts" || fail "no Part 6 in: $(cat "$WORK/parts")"
[ "$("$BIN" cards parts --format json | json 'len(d["parts"])')" -eq 33 ] || fail "the guide should have 33 Parts"

# flat FILE: the file on one line, runs of spaces and line breaks as one space (text is wrapped).
flat() { tr -s ' \n' '  ' < "$1"; }

# A short mock's summary names cards and Parts with their titles; so does the report.
printf '3\n%.0s' $(seq 12) |
    "$BIN" start --plain --speed 600 --problem url-shortener --plan mini-25 > "$WORK/mock" 2>"$WORK/mock.err" ||
    fail "the mock exited $?: $(cat "$WORK/mock.err")"
sed -n '/^Lowest dimensions/,/^session /p' "$WORK/mock" > "$WORK/summary"
grep -qF 'Part 1 (Interview Format & What Interviewers Score)' <<<"$(flat "$WORK/summary")" ||
    fail "the summary names no Part title: $(cat "$WORK/summary")"
grep -qF 'open a card: sdmock cards show ID' <<<"$(flat "$WORK/summary")" || fail "the summary says not how to open a card"
# The report reads the history as `sdmock import` leaves it: mocks with caching and security low.
{
    echo 'date,problem,plan,mode,scorer,requirements,estimation,api,architecture,data,caching,async,scaling,reliability,security,observability,communication,total,notes'
    echo '2026-11-23T19:00,uber,standard-45,solo,self,4,4,4,4,4,2,4,4,4,3,4,4,,'
    echo '2026-11-25T19:00,zoom,standard-45,solo,self,4,4,4,4,4,2,4,4,3,3,4,4,,'
} > "$WORK/history.csv"
"$BIN" import "$WORK/history.csv" > /dev/null || fail "import exited $?"
"$BIN" report --weeks 2 --until 2026-11-29 > "$WORK/report" || fail "report exited $?"
[ "$(max_width < "$WORK/report")" -le 80 ] || fail "a report line is wider than 80 columns"
grep -qF 'Part 6 (Caching)' <<<"$(flat "$WORK/report")" || fail "the report names no Part title: $(cat "$WORK/report")"

# Every card id either names opens, with its title and its id on the first line.
ids=$(cat "$WORK/summary" "$WORK/report" | python3 -c '
import re, sys
text = " ".join(sys.stdin.read().split())
ids = set()
for m in re.finditer(r"cards: ((?:[a-z0-9-]+, )*[a-z0-9-]+)", text):
    ids.update(m.group(1).split(", "))
ids.update(re.findall(r"sdmock cards show ([a-z0-9-]+)", text))
print(" ".join(sorted(ids)))')
[ "$(wc -w <<<"$ids")" -ge 8 ] || fail "too few card ids found: $ids"
echo "card ids named: $ids"
grep -qw cache-aside <<<"$ids" || fail "the report names no caching card: $ids"
for id in $ids; do
    "$BIN" cards show "$id" > "$WORK/card" 2>"$WORK/card.err" || fail "cards show $id exited $?: $(cat "$WORK/card.err")"
    head -n 1 "$WORK/card" | grep -qE " $id\$" || fail "cards show $id: $(head -n 1 "$WORK/card")"
    [ "$(max_width < "$WORK/card")" -le 80 ] || fail "cards show $id is wider than 80 columns"
    [ "$("$BIN" cards show "$id" --format json | json 'd["id"]')" = "$id" ] || fail "cards show $id --format json"
done

# A card opens by its title too, whatever the letter case, quoted or not.
first=$("$BIN" cards show "cache-aside WITH redis") || fail "no card by its title"
grep -q '^Cache-aside with Redis  .*cache-aside$' <<<"$first" || fail "by title: $first"
first=$("$BIN" cards show Cache-aside with Redis) || fail "no card by its unquoted title"
grep -q '^Cache-aside with Redis  .*cache-aside$' <<<"$first" || fail "by unquoted title: $first"

# The problem card names its Parts with their titles.
"$BIN" problems show url-shortener > "$WORK/problem"
grep -qF 'Part 6 (Caching)' <<<"$(flat "$WORK/problem")" || fail "problems show: no Part title"

# An unknown id: exit 1, one line with the closest ids; no id at all: a usage error.
set +e
err=$("$BIN" cards show cache-asid 2>&1 >/dev/null); rc=$?
set -e
[ "$rc" -eq 1 ] || fail "an unknown card exited $rc, want 1"
[ "$(wc -l <<<"$err")" -eq 1 ] || fail "want one line, got: $err"
grep -q 'no card "cache-asid"; did you mean cache-aside' <<<"$err" || fail "no suggestion: $err"
set +e
err=$("$BIN" cards show 2>&1 >/dev/null); rc=$?
set -e
[ "$rc" -eq 2 ] || fail "a missing id exited $rc, want 2"
grep -q 'cards show --help' <<<"$err" || fail "the usage error points nowhere: $err"
for cmd in "cards" "cards list" "cards show" "cards parts"; do
    "$BIN" $cmd --help > "$WORK/help" || fail "sdmock $cmd --help failed"
    [ "$(max_width < "$WORK/help")" -le 80 ] || fail "sdmock $cmd --help is wider than 80 columns"
done
echo "ok"
