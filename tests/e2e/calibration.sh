#!/usr/bin/env bash
# Calibration that tells the truth: a paired mock scored 4s by the candidate and 3s by the
# interviewer is within one point on every dimension and still reports the +12 bias, in `show`
# (text and JSON) and, over several paired mocks, in `report` (text, Markdown and JSON).
BIN=$1 SRC=$2
source "$(dirname "$0")/../support/e2e_lib.sh"

dims=(requirements estimation api architecture data caching async scaling reliability security observability
    communication)
every() { local d; for d in "${dims[@]}"; do printf '%s=%s ' "$d" "$1"; done; }
# flat: the text on stdin with line breaks and runs of spaces made one space (wrapped text found).
flat() { tr '\n' ' ' | tr -s ' '; }
verdict="You scored yourself 12 points above the interviewer (+1 on 12 of 12 dimensions): a steady over-rating."

# A short paired mock: the interviewer starts it, ends it at once and leaves the scoring for later.
tui_start_in i 100 30 start --mode interviewer --problem url-shortener --plan mini-25
wait_in i "Answer key"
id=$(sqlite3 "$SDMOCK_DB" 'SELECT max(id) FROM sessions')
keys_to i e y
wait_in i "Score the mock"
keys_to i q; keys_to i q
[ "$(wait_dead_in i)" = 0 ] || fail "the interviewer's exit status"

# The candidate scores first: `show` says the interviewer's scores are still to come.
# shellcheck disable=SC2046
"$BIN" score "$id" $(every 4) >/dev/null
out=$("$BIN" show "$id")
grep -qF "The interviewer has not scored yet" <<<"$out" || fail "show before the interviewer scored: $out"
grep -qF "Calibration" <<<"$out" && fail "a calibration with one scorecard: $out"

# The interviewer scores 3s: +12, no dimension apart by two, a steady over-rating.
# shellcheck disable=SC2046
"$BIN" score "$id" --scorer interviewer $(every 3) >/dev/null
out=$("$BIN" show "$id")
grep -qE "Total +48 +36 +\+12" <<<"$out" || fail "total gap in show: $out"
flat <<<"$out" | grep -qF "$verdict" || fail "no bias verdict in show: $out"
grep -qF "within one point" <<<"$out" && fail "show says within one point: $out"
grep -q -- "-rated" <<<"$out" && fail "a dimension called out: $out"
"$BIN" show "$id" --format json > "$WORK/show.json"
c='d["calibration"]'
[ "$(json "$c[\"total_gap\"]" < "$WORK/show.json")" = 12 ] || fail "total_gap in json"
[ "$(json "$c[\"mean_gap\"]" < "$WORK/show.json")" = 1 ] || fail "mean_gap in json"
[ "$(json "$c[\"bias\"]" < "$WORK/show.json")" = over ] || fail "bias in json"
[ "$(json "$c[\"steady\"]" < "$WORK/show.json")" = True ] || fail "steady in json"
[ "$(json "$c[\"dimensions_over\"]" < "$WORK/show.json")" = 12 ] || fail "dimensions_over in json"
[ "$(json "$c[\"dimensions_under\"]" < "$WORK/show.json")" = 0 ] || fail "dimensions_under in json"
[ "$(json "$c[\"over\"]" < "$WORK/show.json")" = "[]" ] || fail "call-outs in json"
[ "$(json "$c[\"verdict\"]" < "$WORK/show.json")" = "$verdict" ] || fail "verdict in json"
[ "$(json 'd["scores"]["interviewer"]["total"]' < "$WORK/show.json")" = 36 ] || fail "interviewer total in json"

# Over several paired mocks: two weeks of 4s against 3s, imported as a spreadsheet keeps them.
export SDMOCK_DB="$WORK/report.db"
head="date,problem,plan,mode,scorer,$(IFS=,; echo "${dims[*]}"),total,notes"
fours=$(printf '4,%.0s' {1..12}) threes=$(printf '3,%.0s' {1..12})
cat > "$WORK/paired.csv" <<CSV
$head
2026-11-17T19:00,uber,standard-45,interviewer,self,${fours},
2026-11-17T19:00,uber,standard-45,interviewer,interviewer,${threes},
2026-11-25T19:00,zoom,standard-45,interviewer,self,${fours},
2026-11-25T19:00,zoom,standard-45,interviewer,interviewer,${threes},
CSV
"$BIN" import "$WORK/paired.csv" >/dev/null
window=(--weeks 4 --until 2026-11-30)
"$BIN" report "${window[@]}" --format json > "$WORK/report.json"
[ "$(json 'd["paired_mocks"]' < "$WORK/report.json")" = 2 ] || fail "paired mocks in the report"
[ "$(json 'd["calibration_total_gap"]' < "$WORK/report.json")" = 12 ] || fail "average total gap in the report"
[ "$(json 'd["calibration"]["bias"]' < "$WORK/report.json")" = over ] || fail "window bias in the report"
[ "$(json 'd["calibration"]["mean_gap"]' < "$WORK/report.json")" = 1 ] || fail "window mean gap in the report"
[ "$(json '" ".join(w["calibration"]["bias"] for w in d["weeks"])' < "$WORK/report.json")" = "over over" ] ||
    fail "weekly bias in the report"
average="Over 2 paired mocks you scored yourself 12.0 points above the interviewer on average (higher on 12 of 12 dimensions): a steady over-rating."
[ "$(json 'd["calibration"]["verdict"]' < "$WORK/report.json")" = "$average" ] || fail "window verdict in the report"
"$BIN" report "${window[@]}" > "$WORK/report.txt"
flat < "$WORK/report.txt" | grep -qF "Calibration: o${average#O}" || fail "no bias in the text report: $(cat "$WORK/report.txt")"
flat < "$WORK/report.txt" | grep -qF "2026-W47: +12.0 in total over 1 paired mock, a steady over-rating." ||
    fail "no weekly bias in the text report: $(cat "$WORK/report.txt")"
[ "$(max_width < "$WORK/report.txt")" -le 80 ] || fail "a report line is wider than 80 columns"
"$BIN" report "${window[@]}" --format md | grep -F "Calibration: o${average#O}" >/dev/null || fail "no bias in the Markdown report"
# The weekly CSV keeps its contract.
"$BIN" report --weekly "${window[@]}" --format csv | head -n 1 | tr -d '\r' |
    grep -qx "week,mocks,avg_total,min_total,max_total,delta,$(IFS=,; echo "${dims[*]}")" || fail "weekly CSV header"
echo ok
