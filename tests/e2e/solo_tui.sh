#!/usr/bin/env bash
# A whole solo mock in the TUI under tmux: start, phases, a note, a cue answered, scoring,
# summary; then the record read back with `show --format json`.
BIN=$1 SRC=$2
source "$(dirname "$0")/../support/e2e_lib.sh"

tui_start 100 30 start --problem url-shortener --plan mini-25
wait_for "Phase 1 of 3 · Requirements"
wait_for "URL Shortener (TinyURL)"
screen | grep -q "Answer key" && fail "the candidate's screen shows the answer key"
screen | grep -qF "x answered" || fail "no cue on screen at 0:00"
cue=$(screen | grep -A1 -F "── Question" | tail -1 | sed 's/^ *//')
[ -n "$cue" ] || fail "no question text under the Question heading"  # an empty one would match any record
keys x
wait_for "No question waiting"
keys a
wait_for "Note [requirements]"
type_text "asked about custom aliases"
keys Tab
wait_for "Note [estimation]"
keys Enter
wait_for "[estimation] asked about custom aliases"
keys Space
wait_for "PAUSED"
keys Space
keys n n n                   # early in a phase, n asks first; pressed again it keeps asking
wait_for "Move on already?"
screen | grep -qF "Phase 1 of 3 · Requirements" || fail "n n n left the first phase: $(screen)"
keys y
wait_for "Phase 2 of 3 · Estimation"
keys n; wait_for "Move on already?"; keys y
wait_for "Phase 3 of 3 · High-level design"
wait_for "end mock"
keys n
wait_for "End the mock?"     # the last phase asks before it ends the mock
keys x
wait_for "Phase 3 of 3 · High-level design"
keys n
wait_for "End the mock?"
keys n y                     # n leaves the question open, so the y after it still ends the mock
wait_for "Score the mock"
keys s
wait_for "Score all twelve dimensions first (12 left)"
for s in 4 3 4 3 4 3 4 3 4 3 4; do keys "$s"; done
keys e
type_text "drew the diagram first"
keys Enter
keys 5
keys s
wait_for "Total 44/60"
wait_for "Targeted study"
wait_for "Lowest dimensions"
keys Enter
status=$(wait_dead)
[ "$status" = 0 ] || fail "exit status $status"
id=$(screen | grep -E "^session [0-9]+$" | awk "{print \$2}" || true)
[ -n "$id" ] || fail "no 'session N' line after the terminal was restored"

"$BIN" show "$id" --format json > "$WORK/show.json"
[ "$(json 'd["status"]' < "$WORK/show.json")" = finished ] || fail "status is not finished"
[ "$(json 'd["problem"]' < "$WORK/show.json")" = url-shortener ] || fail "wrong problem"
[ "$(json 'len(d["phases"])' < "$WORK/show.json")" = 3 ] || fail "want 3 phases"
[ "$(json 'd["scores"]["self"]["total"]' < "$WORK/show.json")" = 44 ] || fail "total is not 44"
[ "$(json 'd["scores"]["self"]["communication"]' < "$WORK/show.json")" = 5 ] || fail "communication is not 5"
[ "$(json 'd["scores"]["self"]["evidence"]["communication"]' < "$WORK/show.json")" = "drew the diagram first" ] \
    || fail "evidence not saved"
json '[e for e in d["events"] if e["kind"]=="note"][0]["text"]' < "$WORK/show.json" | grep -qx "asked about custom aliases" \
    || fail "note not saved"
json '[e for e in d["events"] if e["kind"]=="note"][0]["dimension"]' < "$WORK/show.json" | grep -qx estimation \
    || fail "note not tagged"
json '[e["text"] for e in d["events"] if e["kind"]=="cue_answered"][0]' < "$WORK/show.json" > "$WORK/answered"
grep -qF "${cue:0:40}" "$WORK/answered" || fail "answered cue '$cue' not recorded: $(cat "$WORK/answered")"
for kind in pause resume end; do
    [ "$(json "sum(1 for e in d['events'] if e['kind']=='$kind')" < "$WORK/show.json")" -ge 1 ] || fail "no $kind event"
done
echo ok
