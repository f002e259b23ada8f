#!/usr/bin/env bash
# Drill one phase: `start --phase deep-dive --focus caching --problem url-shortener --plain` runs
# only a deep dive, opening with caching questions after the context of the earlier phases; it
# asks only the scores of the dimensions it showed, is recorded as a drill in history and show,
# and stays out of `report` (with --include-practice too). Bad --phase and --focus are usage errors.
BIN=$1 SRC=$2
source "$(dirname "$0")/../support/e2e_lib.sh"

# Usage errors (exit 2), naming the valid values and the closest one.
rc=0; "$BIN" start --plain --problem url-shortener --phase deep-dvie </dev/null >"$WORK/out" 2>"$WORK/err" || rc=$?
[ "$rc" -eq 2 ] || fail "an unknown phase did not exit 2"
grep -qF 'did you mean "deep-dive"' "$WORK/err" || fail "no did-you-mean for the phase: $(cat "$WORK/err")"
grep -qF "requirements, estimation, high-level, deep-dive, wrap-up" "$WORK/err" || fail "phases not named"
rc=0; "$BIN" start --plain --problem url-shortener --phase deep-dive --focus cacheing </dev/null >"$WORK/out" 2>"$WORK/err" || rc=$?
[ "$rc" -eq 2 ] || fail "an unknown focus did not exit 2"
grep -qF 'did you mean "caching"' "$WORK/err" || fail "no did-you-mean for the focus: $(cat "$WORK/err")"
rc=0; "$BIN" start --plain --problem url-shortener --focus caching </dev/null >"$WORK/out" 2>"$WORK/err" || rc=$?
[ "$rc" -eq 2 ] || fail "--focus without --phase did not exit 2"
rc=0; "$BIN" start --plain --problem url-shortener --plan mini-25 --phase deep-dive </dev/null >"$WORK/out" 2>"$WORK/err" || rc=$?
[ "$rc" -eq 2 ] || fail "a phase the plan does not have did not exit 2"
rc=0; "$BIN" start --problem url-shortener --phase deep-dive --mode interviewer </dev/null >"$WORK/out" 2>"$WORK/err" || rc=$?
[ "$rc" -eq 2 ] || fail "a paired drill did not exit 2"
[ "$("$BIN" history --format json)" = "[]" ] || fail "a refused drill left a session behind"

# The drill: one phase, the earlier phases' context first, caching questions first, a few scores.
out=$(printf '4\n%.0s' {1..12} |
          "$BIN" start --plain --problem url-shortener --phase deep-dive --focus caching --speed 600 2>"$WORK/err") ||
    fail "the drill exited $?: $(cat "$WORK/err")"
echo "$out" > "$WORK/drill.txt"
id=$(grep -E '^session [0-9]+$' <<<"$out" | awk '{print $2}')
[ -n "$id" ] || fail "no 'session N' line: $out"
grep -qF "Drill: deep-dive, caching, this phase only" <<<"$out" || fail "no drill heading: $out"
grep -qF "Phase 1/1: Deep dive" <<<"$out" || fail "not a one-phase deep dive: $out"
grep -qE "Phase [0-9]/[0-9]: (Requirements|Estimation|High-level design|Wrap-up)" <<<"$out" && fail "another phase ran"
for part in "Agreed scope:" "Reference estimates:" "Reference high-level design:"; do
    grep -qF "$part" <<<"$out" || fail "no \"$part\" before the deep dive: $out"
done
[ "$(grep -E '^\[[0-9:]+\] (Deep dive|Curveball|Ask) \(' <<<"$out" | head -n 1)" != "" ] || fail "no questions"
grep -E '^\[[0-9:]+\] Deep dive \(' <<<"$out" | head -n 1 | grep -qF "(caching)" ||
    fail "the first question is not on caching: $(grep -E 'Deep dive \(' <<<"$out" | head -n 3)"
grep -qF "Score yourself" <<<"$out" || fail "no scoring"
asked=$(grep -oE '^[A-Z][A-Za-z &/-]+ \[1-5\]: ' <<<"$out" | wc -l)
[ "$asked" -ge 2 ] && [ "$asked" -lt 12 ] || fail "asked $asked scores, not the drill's few: $out"
grep -qF "Not scored yet" "$WORK/err" && fail "a fully scored drill says it is not scored: $(cat "$WORK/err")"

# show: marked as a drill, its few dimensions scored, the others not.
"$BIN" show "$id" --format json > "$WORK/show.json"
[ "$(json 'd["drill"]' < "$WORK/show.json")" = "{'phase': 'deep-dive', 'focus': 'caching'}" ] ||
    fail "show json drill: $(json 'd.get("drill")' < "$WORK/show.json")"
[ "$(json '[p["id"] for p in d["phases"]]' < "$WORK/show.json")" = "['deep-dive']" ] || fail "show json phases"
python3 - "$WORK/show.json" "$asked" <<'PY' || fail "show json scores"
import json, sys
d = json.load(open(sys.argv[1]))
self = d["scores"]["self"]
dims = [k for k, v in self.items() if k not in ("total", "complete") and isinstance(v, int)]
assert "caching" in dims and "scaling" in dims, self
assert len(dims) == int(sys.argv[2]), (dims, sys.argv[2])
assert self["total"] == 4 * len(dims), self
cues = [e for e in d["events"] if e["kind"] == "cue_shown"]
assert cues and cues[0].get("dimension") == "caching", cues[:2]
PY
"$BIN" show "$id" | sed -n 2p | grep -qF "· drill: deep-dive, caching" || fail "show text: no drill mark"
"$BIN" show "$id" | grep -F "Drill total" >/dev/null || fail "show text: no drill total"
"$BIN" history | grep -E "^$id " | grep -qF "drill: deep-dive, caching" || fail "history: no drill mark"
[ "$("$BIN" history --format json | json "[s['drill'] for s in d if s['id'] == $id][0]['focus']")" = caching ] ||
    fail "history json drill"

# The drill stays out of report, --include-practice or not.
for flag in "" "--include-practice"; do
    "$BIN" report $flag --format json > "$WORK/r.json"
    [ "$(json 'd["mocks"]' < "$WORK/r.json")" = 0 ] || fail "report $flag counted the drill"
    [ "$(json 'd["drills_left_out"]' < "$WORK/r.json")" = 1 ] || fail "report $flag drills_left_out"
    "$BIN" report $flag | grep -F "1 drill (one phase run on its own) left out" >/dev/null || fail "report $flag text"
done

# Resumed, a drill rebuilds the same one-phase plan: an unfinished drill's resume runs the deep dive only.
out=$(printf '' | "$BIN" start --plain --problem url-shortener --phase estimation --speed 600 2>"$WORK/err2")
second=$(grep -E '^session [0-9]+$' <<<"$out" | awk '{print $2}')
grep -qF "Not scored yet: sdmock score $second estimation=N" "$WORK/err2" ||
    fail "the unscored drill's score command: $(cat "$WORK/err2")"
out=$(printf '5\n%.0s' {1..12} | "$BIN" resume "$second" --plain 2>"$WORK/err3") || fail "resume: $(cat "$WORK/err3")"
grep -qF "Not scored yet" "$WORK/err3" && fail "the resumed drill is still unscored: $(cat "$WORK/err3")"
[ "$(json 'd["scores"]["self"]["estimation"]' < <("$BIN" show "$second" --format json))" = 5 ] || fail "resumed score"
"$BIN" show "$second" --format json > "$WORK/second.json"
[ "$(json '[p["id"] for p in d["phases"]]' < "$WORK/second.json")" = "['estimation']" ] || fail "resumed phases"
[ "$(json 'd["drill"]["phase"]' < "$WORK/second.json")" = estimation ] || fail "resumed drill"
grep -qF "Reference estimates:" <<<"$out" && fail "an estimation drill was handed the reference estimates"
echo ok
