#!/usr/bin/env bash
# The interviewer's script of a paired url-shortener mock at 80x24: in phase 1 the answer to give
# when asked about scale, in the deep dive the problem's follow-ups with their strong-answer
# points, a curveball chosen from a preview. The candidate's screen, followed all along, never
# shows a reply, a point or a grade.
BIN=$1 SRC=$2
source "$(dirname "$0")/../support/e2e_lib.sh"

# What only the interviewer may read, as the openings (30 characters) of each text.
python3 - "$SRC" > "$WORK/secrets" <<'EOF'
import sys, tomllib
key = tomllib.load(open(sys.argv[1] + "/prompts/problems/url-shortener.toml", "rb"))["key"]
texts = list(key["replies"].values()) + key["api"] + key["functional"] + key["non_functional"]
texts += [p for f in key["follow_ups"] for p in f["points"]]
for t in texts:
    print(" ".join(t.split())[:30])
EOF
[ "$(wc -l < "$WORK/secrets")" -gt 40 ] || fail "too few key texts read"
candidate_clean() {
    local screen
    screen=$(screen_of c)
    while IFS= read -r secret; do
        ! grep -qF -- "$secret" <<<"$screen" || fail "the candidate's screen shows '$secret' ($1)"
    done < "$WORK/secrets"
    for grade in "well " "partly" "asked "; do
        ! grep -q "^ *$grade" <<<"$screen" || fail "the candidate's screen shows a grade ($1)"
    done
}
field() { python3 -c "import tomllib; d=tomllib.load(open('$SRC/prompts/problems/url-shortener.toml','rb')); print(' '.join(str($1).split())[:$2])"; }
selected() { screen_of i | grep -F '▶' | sed 's/^ *▶ *//'; }
# select TEXT: moves the interviewer's selection down to the line holding TEXT.
select_line() {
    local n
    for n in $(seq 40); do
        selected | grep -qF -- "$1" && return 0
        keys_to i Down; sleep 0.1
    done
    fail "no line '$1' in the script"
}

tui_start_in i 80 24 start --mode interviewer --problem url-shortener --plan standard-45
wait_in i "The candidate should"
tui_start_in c 80 24 follow
wait_in c "Phase 1 of 5 · Requirements"
candidate_clean "phase 1"

# Phase 1: the answer to give when the candidate asks about scale.
select_line "Asks about users and scale"
wait_in i "If asked about users and scale"
wait_in i "$(field 'd["key"]["replies"]["users-scale"]' 30)"
wait_in i "Answer key · Scope"
keys_to i 1
wait_in i "well"
candidate_clean "a clarifying question graded"

# The deep dive: the follow-ups first, each with its strong-answer points.
for _ in 1 2 3; do keys_to i n; wait_in i "Move on?"; keys_to i y; sleep 0.2; done
wait_in i "Phase 4 of 5 · Deep dive"
wait_in c "Phase 4 of 5 · Deep dive"
wait_in i "Ask the candidate"
wait_in i "Answer key · Primary risks"
wait_in i "A strong answer mentions"
selected | grep -qF "$(field 'd["key"]["follow_ups"][0]["question"]' 25)" || fail "the deep dive does not open with the first follow-up"
wait_in i "$(field 'd["key"]["follow_ups"][0]["points"][0]' 30)"
keys_to i Down
wait_in i "$(field 'd["key"]["follow_ups"][1]["points"][0]' 30)"
keys_to i o
wait_in i "Any key closes this."
screen_of i | grep -qF "$(field 'd["key"]["follow_ups"][1]["points"][-1]' 25)" || fail "o does not show every point"
keys_to i Escape
keys_to i Enter
wait_in c "$(field 'd["key"]["follow_ups"][1]["question"]' 30)"
keys_to i 2
wait_in i "partly"
candidate_clean "a follow-up asked and graded"

# A curveball chosen from the preview reaches the candidate as a curveball.
keys_to i c
wait_in i "Curveballs that fit this problem"
keys_to i Down
wait_in i "r let sdmock choose"
chosen=$(selected | cut -c10-40)
keys_to i Enter
wait_in c "Curveball"
wait_in c "$chosen"
candidate_clean "a curveball thrown"

keys_to i q; wait_in i "sdmock resume"; keys_to i y
[ "$(wait_dead_in i)" = 0 ] || fail "interviewer exit status"
echo ok
