#!/usr/bin/env bash
# The review of a finished url-shortener mock against the answer key: in line mode one y/n per
# key point (input ending early keeps the answers given; a bad answer is asked again), the
# coverage in `show --format json` matching the answers; at 80x24 the review screen opened from
# the summary shows the notes beside the key points and saves a tick at once; a running session
# is refused.
BIN=$1 SRC=$2
source "$(dirname "$0")/../support/e2e_lib.sh"

printf "3\n%.0s" $(seq 12) | "$BIN" start --plain --speed 600 --problem url-shortener --plan standard-45 \
    > "$WORK/mock.out" 2>&1 || fail "the plain mock failed: $(cat "$WORK/mock.out")"
id=$(sed -n 's/^session //p' "$WORK/mock.out" | tail -1)
[ -n "$id" ] || fail "no session id"
"$BIN" show "$id" --format json > "$WORK/before.json"
total=$(json 'len(d["coverage"]["points"])' < "$WORK/before.json")
[ "$total" -gt 20 ] || fail "only $total key points"
[ "$(json 'sum(v["reviewed"] for v in d["coverage"]["by_dimension"].values())' < "$WORK/before.json")" = 0 ] ||
    fail "points reviewed before any review"

# Input that ends early: the answers given are kept, the exit status says it stopped.
set +e
printf 'y\nmaybe\nn\ny\n' | "$BIN" review "$id" --plain > "$WORK/early.out" 2> "$WORK/early.err"; rc=$?
set -e
[ "$rc" = 1 ] || fail "review with input ending early exited $rc"
grep -qF 'answer y (covered) or n (not covered), got "maybe"' "$WORK/early.err" || fail "no message for 'maybe': $(cat "$WORK/early.err")"
grep -qF "input ended after 3 of $total points" "$WORK/early.err" || fail "early end said: $(cat "$WORK/early.err")"
"$BIN" show "$id" --format json > "$WORK/early.json"
[ "$(json 'sum(v["reviewed"] for v in d["coverage"]["by_dimension"].values())' < "$WORK/early.json")" = 3 ] ||
    fail "the three answers given were not kept"
[ "$(json '[p["covered"] for p in d["coverage"]["points"][:4]]' < "$WORK/early.json")" = "[True, False, True, None]" ] ||
    fail "the answers kept are not the ones given"

# The whole review: y to the first half of the points, n to the rest.
half=$((total / 2))
{ for _ in $(seq "$half"); do echo y; done; for _ in $(seq $((total - half))); do echo n; done; } |
    "$BIN" review "$id" --plain > "$WORK/review.out" 2> "$WORK/review.err" || fail "review failed: $(cat "$WORK/review.err")"
grep -qF "== Phase 1/5: Requirements ==" "$WORK/review.out" || fail "no phase heading"
grep -qF "Coverage beside your self-scores" "$WORK/review.out" || fail "no coverage table"
grep -qF "common mistakes (Part 29)" "$WORK/review.out" || fail "no mistakes"
grep -qF "Study what you missed (open a card: sdmock cards show ID)" "$WORK/review.out" || fail "no study pointers"
card=$(sed -n '/Study what you missed/,$p' "$WORK/review.out" | tr '\n' ' ' | grep -oE 'cards: [a-z0-9-]+' | head -1 | cut -c8-)
[ -n "$card" ] || fail "no card named by the review"
"$BIN" cards show "$card" > /dev/null || fail "cards show $card, named by the review, failed"
"$BIN" show "$id" --format json > "$WORK/show.json"
[ "$(json 'sum(v["covered"] for v in d["coverage"]["by_dimension"].values())' < "$WORK/show.json")" = "$half" ] ||
    fail "covered points do not match the answers given"
[ "$(json 'sum(v["total"] for v in d["coverage"]["by_dimension"].values())' < "$WORK/show.json")" = "$total" ] ||
    fail "the totals do not add up"
[ "$(json 'sum(p["covered"] is True for p in d["coverage"]["points"][:'"$half"'])' < "$WORK/show.json")" = "$half" ] ||
    fail "the first half is not the covered half"
[ "$(json 'all(v["suggested"] is not None for v in d["coverage"]["by_dimension"].values())' < "$WORK/show.json")" = True ] ||
    fail "a fully reviewed dimension has no suggested score"
[ "$(json 'd["coverage"]["calibration"]["compared"] > 0' < "$WORK/show.json")" = True ] ||
    fail "no calibration of the self-scores against the coverage"
grep -qF "what your coverage suggests" "$WORK/review.out" || fail "the review does not compare the self-scores"
"$BIN" review "$id" --format json | python3 -c 'import json,sys; d=json.load(sys.stdin); assert d["coverage"]["points"] and d["mistakes"]' ||
    fail "review --format json"

# A TUI mock with a note, scored; r on the summary opens the review beside the note.
tui_start 80 24 start --problem url-shortener --plan mini-25 --speed 600
wait_for "Phase 1 of 3 · Requirements"
keys a; wait_for "Note [requirements]"; type_text "asked about custom aliases"; keys Enter
wait_for "asked about custom aliases"
for phase in 2 3; do keys n; sleep 0.2; screen | grep -qF "Move on already?" && keys y; wait_for "Phase $phase of 3"; done
keys n; wait_for "End the mock?"; keys y
wait_for "Score the mock"
for s in 4 4 4 4 4 4 4 4 4 4 4 4; do keys "$s"; done
keys s
wait_for "r review it against the answer key"
keys r
wait_for "session"
wait_for "· review"
wait_for "Your notes (1)"
row=$(screen | grep -F "[requirements] asked about" || true)
grep -qF "│" <<<"$row" && grep -qF "[ ]" <<<"$row" || fail "the note and the key points are not side by side: $(screen)"
wait_for "The answer key · 0 of"
keys y
wait_for "The answer key · 1 of"
tui_id=$(sqlite3 "$SDMOCK_DB" 'SELECT max(id) FROM sessions')
[ "$(sqlite3 "$SDMOCK_DB" "SELECT count(*) FROM coverage WHERE session_id = $tui_id AND covered = 1")" = 1 ] ||
    fail "the tick was not saved at once"
keys m; wait_for "Coverage beside your self-scores"; keys Escape
wait_for "· review"
keys q
[ "$(wait_dead)" = 0 ] || fail "exit status after the review"
screen | grep -qx "session $tui_id" || fail "no 'session $tui_id' line after the review"

# A session still running is not reviewed.
tui_start_in r 80 24 start --problem pastebin --plan mini-25
wait_in r "Phase 1 of 3"
run_id=$(sqlite3 "$SDMOCK_DB" 'SELECT max(id) FROM sessions')
set +e
err=$("$BIN" review "$run_id" --plain < /dev/null 2>&1); rc=$?
set -e
[ "$rc" = 1 ] || fail "review of a running session exited $rc"
grep -qF "is still running" <<<"$err" || fail "running review said: $err"
echo ok
