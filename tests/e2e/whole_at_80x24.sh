#!/usr/bin/env bash
# At 80x24, for url-shortener, ticketmaster and google-docs, a full standard-45 mock: every
# question put on the session screen is readable whole (the text read off the screen is the one
# the history records, word for word), the problem statement shows whole beside it, `p` scrolls
# to the end of the problem box, and a 200-character note is typed with its end in view.
BIN=$1 SRC=$2
source "$(dirname "$0")/../support/e2e_lib.sh"

# question < screen: the question on screen, its lines joined, a tab and how many more wait (two
# questions of the same words in a row differ by that count); empty when none is shown.
question() {
    python3 -c '
import re, sys
lines = sys.stdin.read().splitlines()
out, inside = [], False
for l in lines:
    if re.match(r"^── (Question|Curveball|Deep dive)", l):
        inside, out = True, []
        continue
    if inside:
        if "x answered" in l:
            waiting = re.search(r"(\d+) more waiting", l)
            print(" ".join(out) + "\t" + (waiting.group(1) if waiting else "0")); sys.exit(0)
        if l.startswith("──"):
            break
        out.append(l.strip())
'
}
# flat < text: the words of the text, one space apart.
flat() { tr -s ' \n' '  ' | sed 's/^ //; s/ $//'; }

note=$(python3 -c 'print(("the write path fans out through a queue " * 8)[:199] + "Z")')
[ "${#note}" = 200 ] || fail "the note is ${#note} characters"

for problem in url-shortener ticketmaster google-docs; do
    tmux_reset
    tui_start 80 24 start --problem "$problem" --plan standard-45 --speed 600
    wait_for "Phase 1 of 5 · Requirements"
    # The problem statement, whole, on the session screen.
    "$BIN" problems show "$problem" --format json | json 'd["prompt"]' | flat > "$WORK/prompt"
    screen | sed -n '3,12p' | flat > "$WORK/top"
    grep -qF -- "$(cat "$WORK/prompt")" "$WORK/top" || fail "$problem: the problem is cut: $(screen)"

    # p: the box scrolls with End to its last line.
    keys p; wait_for "The problem, the checklist and the question"
    keys End; wait_for "Any key closes this."     # its last line, scrolled to when it is taller than the screen
    keys Home; wait_for "The problem, the checklist and the question"
    keys c; wait_until 5 "the box closing" sh -c "! $T capture-pane -p -t t | grep -qF 'Any key closes this.'"

    # A 200-character note: its end and the cursor show while it is typed.
    keys a; wait_for "Note [requirements]"
    type_text "$note"
    wait_for "${note: -40}▏"
    keys Enter
    wait_for "Notes (1)"

    : > "$WORK/seen"
    last="" phase=1
    # Each phase is answered once its time is up: every question of it is due by then, and none
    # comes in while the screen is read, so each x answers the question just read.
    wait_for "OVERTIME" 30
    for _ in $(seq 2000); do
        s=$(screen)
        q=$(question <<< "$s")
        if [ -n "$q" ] && [ "$q" != "$last" ]; then
            # A capture taken while the screen is being redrawn can mix two questions: a new one
            # counts only once a second capture reads the same.
            sleep 0.05
            [ "$(screen | question)" = "$q" ] || continue
            echo "${q%$'\t'*}" >> "$WORK/seen"; last=$q; keys x; continue
        fi
        if [ -n "$q" ]; then sleep 0.05; continue; fi        # x not taken yet
        if grep -qF "No more questions in this phase" <<< "$s"; then
            if [ "$phase" = 5 ]; then
                keys n; wait_for "End the mock?"; keys y; break
            fi
            keys n; phase=$((phase + 1)); wait_for "Phase $phase of 5"; last=""
            wait_for "OVERTIME" 30
            continue
        fi
        sleep 0.05
    done
    wait_for "Score the mock"
    keys q q
    wait_dead >/dev/null
    id=$(sqlite3 "$SDMOCK_DB" 'SELECT max(id) FROM sessions')
    "$BIN" show "$id" --format json > "$WORK/show.json"
    json '"\n".join(e["text"] for e in d["events"] if e["kind"] == "cue_shown")' < "$WORK/show.json" > "$WORK/shown"
    [ "$(wc -l < "$WORK/shown")" -ge 10 ] || fail "$problem: only $(wc -l < "$WORK/shown") questions were shown"
    while IFS= read -r cue; do
        grep -qxF -- "$(flat <<< "$cue")" "$WORK/seen" ||
            fail "$problem: the question '$cue' was never read whole off the screen; read: $(cat "$WORK/seen")"
    done < "$WORK/shown"
    json '[e["text"] for e in d["events"] if e["kind"] == "note"][0]' < "$WORK/show.json" | grep -qxF -- "$note" ||
        fail "$problem: the 200-character note was not saved whole"
done
echo ok
