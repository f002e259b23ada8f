#!/usr/bin/env bash
# A plain standard-45 mock of url-shortener, as `show --format json` records it: deep-dive cues
# for each focus dimension (caching included), at least two of the problem's own follow-ups, its
# main risk, no curveball outside the deep dive; and the interviewer's reply to the scale question
# printed after it, with the problem's figures.
BIN=$1 SRC=$2
source "$(dirname "$0")/../support/e2e_lib.sh"

printf "3\n%.0s" $(seq 12) | "$BIN" start --plain --speed 600 --problem url-shortener --plan standard-45 \
    > "$WORK/out" 2> "$WORK/err" || fail "the plain mock failed: $(cat "$WORK/err")"
id=$(tail -1 "$WORK/out" | sed -n 's/^session //p')
[ -n "$id" ] || fail "no session id printed"
"$BIN" show "$id" --format json > "$WORK/show.json"

python3 - "$SRC" "$WORK/show.json" "$WORK/out" <<'PY' || fail "the cue plan is wrong (above)"
import json, sys, tomllib
src, show, out = sys.argv[1:]
problem = tomllib.load(open(src + "/prompts/problems/url-shortener.toml", "rb"))
curveballs = {q["text"] for q in tomllib.load(open(src + "/prompts/questions/curveballs.toml", "rb"))["questions"]}
events = [e for e in json.load(open(show))["events"] if e["kind"] == "cue_shown"]
deep = [e for e in events if e["phase"] == "deep-dive"]
bad = []
for dim in problem["focus"]:
    if not any(e["dimension"] == dim for e in deep):
        bad.append("no deep-dive cue for focus dimension " + dim)
if "caching" not in problem["focus"]:
    bad.append("caching is not in url-shortener's focus")
own = [e for e in deep if e["text"] in {f["question"] for f in problem["key"]["follow_ups"]}]
if len(own) < 2:
    bad.append("only %d of the problem's own follow-ups were asked" % len(own))
risk = problem["key"]["risks"][0].split(":")[0]
if not any(risk in e["text"] for e in deep):
    bad.append("the main risk '%s' was not asked" % risk)
for e in events:
    if e["text"] in curveballs and e["phase"] != "deep-dive":
        bad.append("a curveball in phase " + e["phase"])
texts = [e["text"] for e in events]
if len(texts) != len(set(texts)):
    bad.append("a question asked twice")
printed = " ".join(open(out).read().split())
reply = " ".join(problem["key"]["replies"]["users-scale"].split())
if "Interviewer: " + reply not in printed:
    bad.append("the reply about scale was not printed")
for line in bad:
    print("FAIL:", line, file=sys.stderr)
sys.exit(1 if bad else 0)
PY
echo ok
