#!/usr/bin/env bash
# Line mode: scores piped into `start --plain`, a session with no TTY, and input that ends early.
BIN=$1 SRC=$2
source "$(dirname "$0")/../support/e2e_lib.sh"

scores=$(printf '%s\n' "4 clear scope" 3 4 3 3 "2 no cache sizing" 4 3 4 3 4 5)
# Each line stamped with the real time it was written, to check the phase timing below.
speed=300
printf '%s\n' "$scores" |
    stamped "$BIN" start --plain --problem pastebin --plan mini-25 --speed "$speed" >"$WORK/stamped" 2>"$WORK/err" ||
    fail "start --plain exited $?: $(cat "$WORK/err")"
out=$(cut -d' ' -f2- "$WORK/stamped")
id=$(grep -E '^session [0-9]+$' <<<"$out" | awk '{print $2}')
[ -n "$id" ] || fail "no 'session N' line: $out"
[ "$(tail -n 1 <<<"$out")" = "session $id" ] || fail "'session N' is not the last line"
for text in "Phase 1/3: Requirements" "Phase 2/3: Estimation" "Phase 3/3: High-level design" "Time is up" \
            "Total 42/60" "Lowest dimensions"; do
    grep -qF "$text" <<<"$out" || fail "line mode did not print '$text'"
done
grep -q '^\[00:00\] Ask (' <<<"$out" || fail "the cue due at 00:00 was not printed"
"$BIN" show "$id" --format json > "$WORK/show.json"
[ "$(json 'd["scores"]["self"]["total"]' < "$WORK/show.json")" = 42 ] || fail "self total"
[ "$(json 'd["scores"]["self"]["evidence"]["caching"]' < "$WORK/show.json")" = "no cache sizing" ] || fail "evidence"
[ "$(json 'd["status"]' < "$WORK/show.json")" = finished ] || fail "status"
# Every cue recorded as shown was printed, once.
printed=$(grep -cE '^\[[0-9:]+\] (Ask|Deep dive|Curveball) \(' <<<"$out")
[ "$printed" = "$(json 'sum(1 for e in d["events"] if e["kind"]=="cue_shown")' < "$WORK/show.json")" ] \
    || fail "printed $printed cues, recorded $(json 'sum(1 for e in d["events"] if e["kind"]=="cue_shown")' < "$WORK/show.json")"
# Phases advanced on their own at their planned length, on the real clock: at speed N a phase
# planned for P seconds runs P/N real seconds between its start line and the next one (never
# less; a late wake-up on a busy machine may add up to two seconds), and the history records the
# time that really ran (to half a second).
python3 - "$speed" "$WORK/stamped" "$WORK/show.json" <<'PY' || fail "line-mode phase timing at --speed $speed"
import json, re, sys
speed, lines, show = float(sys.argv[1]), open(sys.argv[2]).read().splitlines(), json.load(open(sys.argv[3]))
marks = [float(line.split(" ", 1)[0]) for line in lines
         if re.match(r"[0-9.]+ \[[0-9:]+\] (Phase [0-9]+/[0-9]+:|Time is up)", line)]
phases = show["phases"]
if len(marks) != len(phases) + 1:
    sys.exit(f"want {len(phases)} phase starts and the end, got {len(marks)} marks")
for i, p in enumerate(phases):
    ran, want = marks[i + 1] - marks[i], p["planned_s"] / speed
    if ran < want - 0.01:
        sys.exit(f"{p['id']} ran {ran:.3f} s, less than its {want:.3f} s at speed {speed:g}")
    if ran > want + 2.0:  # generous: a timing check must not fail on a loaded machine
        sys.exit(f"{p['id']} ran {ran:.3f} s, much more than its {want:.3f} s at speed {speed:g}")
    if abs(p["actual_s"] / speed - ran) > 0.5:
        sys.exit(f"{p['id']}: history says {p['actual_s']} s of session time, {ran * speed:.0f} s ran")
PY

# No TTY on stdin: `start` behaves as --plain. Input ending before twelve scores leaves the
# session saved, unscored, with the command to score it.
out=$(printf '4\n5\n' | "$BIN" start --problem uber --plan mini-25 --speed 3000 2>"$WORK/err")
id2=$(grep -E '^session [0-9]+$' <<<"$out" | awk '{print $2}')
[ -n "$id2" ] && [ "$id2" != "$id" ] || fail "no new session: $out"
grep -qF "sdmock score $id2" "$WORK/err" || fail "no hint to score: $(cat "$WORK/err")"
"$BIN" show "$id2" --format json > "$WORK/show2.json"
[ "$(json '"self" in d["scores"]' < "$WORK/show2.json")" = False ] || fail "a partial scorecard was saved"

# A bad score line is refused with a message and asked again.
out=$(printf '%s\n' 9 4 3 4 3 4 3 4 3 4 3 4 3 | "$BIN" start --plain --problem uber --plan mini-25 --speed 3000 2>"$WORK/err")
grep -qF 'must be a whole number from 1 to 5, got "9"' "$WORK/err" || fail "bad score not refused"
grep -qF "Total 42/60" <<<"$out" || fail "scores after the bad line were not read"

# `sdmock score` corrects a scorecard; bad input changes nothing.
"$BIN" score "$id2" requirements=4 estimation=5 >/dev/null
before=$(sqlite3 "$SDMOCK_DB" .dump | md5sum)
set +e
err=$("$BIN" score "$id2" caching=6 2>&1); rc=$?
set -e
[ "$rc" = 2 ] || fail "score caching=6 exited $rc"
grep -qF "from 1 to 5" <<<"$err" || fail "no range in: $err"
set +e
err=$("$BIN" score "$id2" requirements=3 cachng=3 2>&1); rc=$?
set -e
[ "$rc" = 2 ] || fail "unknown dimension exited $rc"
grep -qF "did you mean caching" <<<"$err" || fail "no suggestion in: $err"
grep -qF "requirements, estimation, api, architecture" <<<"$err" || fail "valid dimensions not listed: $err"
[ "$(sqlite3 "$SDMOCK_DB" .dump | md5sum)" = "$before" ] || fail "a refused score changed the history"
echo ok
