#!/usr/bin/env bash
# A paired mock on one history: the interviewer drives, the candidate follows. The candidate's
# view shows the phase change and the question put within a second, never the answer key or the
# interviewer's marks, survives the interviewer's crash, and both score blind; `show` calibrates.
BIN=$1 SRC=$2
source "$(dirname "$0")/../support/e2e_lib.sh"

# within SECONDS NAME TEXT: the screen of NAME shows TEXT within SECONDS of now.
within() {
    local limit=$1 name=$2 text=$3 start
    start=$(date +%s%N)
    wait_in "$name" "$text" 5
    local ms=$((($(date +%s%N) - start) / 1000000))
    [ "$ms" -le $((limit * 1000)) ] || fail "$name showed '$text' after $ms ms"
}
never_shows() {  # never_shows NAME TEXT
    ! screen_of "$1" | grep -qF -- "$2" || fail "$1 shows '$2'"
}

# No paired session yet: follow says so and exits non-zero.
set +e
err=$("$BIN" follow 2>&1); rc=$?
set -e
[ "$rc" -ne 0 ] || fail "follow with no session exited 0"
grep -qF "no paired session is running" <<<"$err" || fail "follow said: $err"

tui_start_in i 100 30 start --mode interviewer --problem ticketmaster --plan mini-25
wait_in i "Answer key"
wait_in i "The candidate should"
id=$(sqlite3 "$SDMOCK_DB" 'SELECT max(id) FROM sessions')
key_scope=$(python3 -c "import tomllib; print(tomllib.load(open('$SRC/prompts/problems/ticketmaster.toml','rb'))['key']['scope'][:30])")

tui_start_in c 100 30 follow
wait_in c "Question from the interviewer"
wait_in c "Phase 1 of 3 · Requirements"
never_shows c "Answer key"
never_shows c "$key_scope"

# The interviewer selects the second line of the script (what the candidate should ask about)
# and nudges: the nudge reaches the candidate within a second; the reply to give never does.
selected() { screen_of i | grep -F '▶' | sed 's/^ *▶ *//; s/ *\[[a-z]*\]$//' | cut -c1-40; }
first=$(selected)
[ -n "$first" ] || fail "no line selected on the interviewer's screen"
selection_moved() { [ "$(selected)" != "$first" ]; }
keys_to i Down
wait_until 5 "the selection moving to the second line" selection_moved
topic=$(python3 -c "import tomllib; print(tomllib.load(open('$SRC/prompts/questions/clarifying.toml','rb'))['questions'][1]['topic'])")
reply=$(python3 -c "import tomllib; print(tomllib.load(open('$SRC/prompts/problems/ticketmaster.toml','rb'))['key']['replies']['clients'][:30])")
wait_in i "If asked about $topic"
keys_to i Enter
within 1 c "Is there anything about $topic"
never_shows c "$reply"
# Marks and hints: the mark never reaches the candidate; the hint does.
keys_to i 2
wait_in i "partly"
keys_to i h; $T send-keys -t i -l "think about the seat hold TTL"; keys_to i Enter
within 1 c "Hint: think about the seat hold TTL"
never_shows c "partly"
# A phase change reaches the candidate within a second.
keys_to i n; wait_in i "Move on?"; keys_to i y
within 1 c "Phase 2 of 3 · Estimation"
# The candidate's own note.
keys_to c a; $T send-keys -t c -l "hold seats for ten minutes"; keys_to c Enter
wait_in c "hold seats for ten minutes"
never_shows i "hold seats for ten minutes"

# Readers alongside the two writers: never "database is locked".
for _ in $(seq 30); do
    "$BIN" history >/dev/null 2>"$WORK/read.err" || fail "history failed: $(cat "$WORK/read.err")"
    "$BIN" show "$id" --format json >/dev/null 2>"$WORK/read.err" || fail "show failed: $(cat "$WORK/read.err")"
    keys_to c a; $T send-keys -t c -l "n"; keys_to c Enter
done
grep -q "locked" "$WORK/c.stderr" "$WORK/i.stderr" && fail "a process reported a locked database"

# A second interviewer process on the same session is refused with a clear message.
tui_start_in x 100 30 resume "$id"
[ "$(wait_dead_in x)" = 1 ] || fail "a second interviewer was not refused"
grep -qF "already being run by another sdmock" "$WORK/x.stderr" || fail "refusal said: $(cat "$WORK/x.stderr")"

# The interviewer's process dies: the candidate's view holds the clock and says so; the
# interviewer resumes and the view follows again.
kill -9 "$(pid_in i)"
wait_dead_in i >/dev/null
wait_in c "interviewer is away" 8
tui_start_in i2 100 30 resume "$id"
wait_in i2 "Phase 2 of 3 · Estimation"
keys_to i2 n; wait_in i2 "Move on?"; keys_to i2 y
within 1 c "Phase 3 of 3 · High-level design"
never_shows c "interviewer is away"

# The interviewer ends the mock: both score blind.
keys_to i2 e y
wait_in i2 "Score the mock"
wait_in c "Score the mock"
# The interviewer scores all but the last dimension; the candidate saves first and reads that the
# interviewer's scores are still to come. Once they are in, the candidate's summary shows them
# beside their own, with the gap.
for s in 3 3 3 3 3 3 3 3 3 3 3; do keys_to i2 "$s"; done
wait_in i2 "11 of 12 scored"
for s in 5 5 5 5 5 5 4 4 4 4 2 2; do keys_to c "$s"; done
keys_to c s
wait_in c "Total 50/60"
wait_in c "The interviewer has not scored yet"
never_shows c "36/60"
keys_to i2 3 s
wait_in i2 "Total 36/60"
never_shows i2 "50/60"
wait_in c "Interviewer 36/60 · yours 50 · gap +14" 5
wait_in c "a steady over-rating"
keys_to c Enter; keys_to i2 Enter
[ "$(wait_dead_in c)" = 0 ] || fail "candidate exit status"
[ "$(wait_dead_in i2)" = 0 ] || fail "interviewer exit status"
screen_of c | grep -qx "session $id" || fail "follow did not print 'session $id'"

out=$("$BIN" show "$id")
grep -qF "Calibration: self vs interviewer" <<<"$out" || fail "no calibration in show: $out"
grep -qE "Requirements & scope +5 +3 +\+2  over-rated" <<<"$out" || fail "no over-rated call-out: $out"
grep -qE "Total +50 +36 +\+14" <<<"$out" || fail "total gap: $out"
"$BIN" show "$id" --format json > "$WORK/show.json"
[ "$(json 'd["scores"]["self"]["total"]' < "$WORK/show.json")" = 50 ] || fail "self total in json"
[ "$(json 'd["scores"]["interviewer"]["total"]' < "$WORK/show.json")" = 36 ] || fail "interviewer total in json"
[ "$(json 'd["calibration"]["total_gap"]' < "$WORK/show.json")" = 14 ] || fail "calibration in json"
[ "$(json 'd["mode"]' < "$WORK/show.json")" = interviewer ] || fail "mode in json"
kinds=$(json '" ".join(sorted(set(e["kind"] for e in d["events"])))' < "$WORK/show.json")
for k in cue_put cue_marked hint candidate_note phase_start end; do
    grep -qw "$k" <<<"$kinds" || fail "no $k event: $kinds"
done
echo ok
