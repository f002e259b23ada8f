#!/usr/bin/env bash
# A recorded mock end to end, from a sound file on the mock's clock (this machine has no sound
# card): talk and silence per phase within a second of the fixture's, the marks, `play` from a
# phase, a `kill -9` then `resume` leaving one playable file as long as the session, `delete`
# taking the file with it, and the refusals.
BIN=$1 SRC=$2
source "$(dirname "$0")/../support/e2e_lib.sh"
need sox soxi espeak-ng

# A small plan of three short phases, in a home of its own: requirements 0:00-0:30, estimation
# 0:30-1:15, high-level 1:15-1:45.
HOMEDIR="$WORK/content"
mkdir -p "$HOMEDIR"
cp -r "$SRC/prompts" "$SRC/rubrics" "$HOMEDIR/"
sed -e 's/^id = "mini-25"/id = "tiny"/' -e 's/^name = .*/name = "Tiny test plan"/' \
    -e '0,/^minutes = 8/s//minutes = 0.5/' -e '0,/^minutes = 5/s//minutes = 0.75/' \
    -e '0,/^minutes = 12/s//minutes = 0.5/' "$SRC/prompts/plans/mini-25.toml" > "$HOMEDIR/prompts/plans/tiny.toml"
export SDMOCK_HOME="$HOMEDIR"
"$BIN" check >/dev/null || fail "the test plan does not load: $("$BIN" check 2>&1 | tail -3)"

# The candidate: speech, 30 s of silence, speech, then quiet to past the end of the mock.
espeak-ng -w "$WORK/a22.wav" "Let me start with who the users are and how many of them write each day"
espeak-ng -w "$WORK/b22.wav" "So the peak is about four thousand writes a second and most reads hit the cache"
sox "$WORK/a22.wav" -r 16000 -c 1 "$WORK/a.wav"
sox "$WORK/b22.wav" -r 16000 -c 1 "$WORK/b.wav"
sox -n -r 16000 -c 1 "$WORK/gap.wav" trim 0 30
sox -n -r 16000 -c 1 "$WORK/tail.wav" trim 0 90
sox "$WORK/a.wav" "$WORK/gap.wav" "$WORK/b.wav" "$WORK/tail.wav" "$WORK/answer.wav"
a_s=$(soxi -D "$WORK/a.wav")
b_s=$(soxi -D "$WORK/b.wav")

scores=$(printf '%s\n' 4 3 4 3 3 2 4 3 4 3 4 3)
speed=10
printf '%s\n' "$scores" |
    "$BIN" start --plain --problem url-shortener --plan tiny --speed $speed --audio-input "$WORK/answer.wav" \
        >"$WORK/out" 2>"$WORK/err" || fail "start --audio-input exited $?: $(cat "$WORK/err")"
id=$(grep -E '^session [0-9]+$' "$WORK/out" | awk '{print $2}')
[ -n "$id" ] || fail "no session line: $(cat "$WORK/out")"
if grep -q "not recorded" "$WORK/err"; then fail "not recorded: $(cat "$WORK/err")"; fi
file="$WORK/recordings/session-$id.ogg"
[ -s "$file" ] || fail "no recording at $file"
[ "$(stat -c %a "$file")" = 600 ] || fail "the recording is $(stat -c %a "$file"), not 0600"
[ "$(stat -c %a "$WORK/recordings")" = 700 ] || fail "the recordings folder is not 0700"

# The summary printed at the end has the talk columns and the long silence.
grep -qF "talk    silent" "$WORK/out" || fail "no talk column in the summary: $(cat "$WORK/out")"
grep -qF "Silences of 15 s or more:" "$WORK/out" || fail "no long silences in the summary"
# Offered as evidence when scoring communication.
grep -qF "From the recording:" "$WORK/out" || fail "the recording was not offered as evidence"

"$BIN" show "$id" --format json > "$WORK/show.json"
python3 - "$WORK/show.json" "$a_s" "$b_s" <<'PY' || fail "talk and silence per phase"
import json, sys
show, a, b = json.load(open(sys.argv[1])), float(sys.argv[2]), float(sys.argv[3])
audio = show["audio"]
assert audio is not None, "no audio in show --format json"
assert audio["file"].endswith("recordings/session-%d.ogg" % show["id"]), audio["file"]
speech = [(0.0, a), (a + 30, a + 30 + b)]
spans = {"requirements": (0, 30), "estimation": (30, 75), "high-level": (75, 105)}
def overlap(x, y):
    return max(0.0, min(x[1], y[1]) - max(x[0], y[0]))
got = {p["id"]: p for p in audio["phases"]}
for pid, span in spans.items():
    talk = sum(overlap(span, s) for s in speech)
    silence = (span[1] - span[0]) - talk
    p = got[pid]
    if abs(p["talk_s"] - talk) > 1 or abs(p["silence_s"] - silence) > 1:
        sys.exit(f"{pid}: talk {p['talk_s']} s silence {p['silence_s']} s, want {talk:.1f} and {silence:.1f}")
# The 30 s gap is cut where requirements ends; estimation's silence after the second speech runs
# to its end; high-level is silent through.
req = got["requirements"]["long_silences"]
if len(req) != 1 or abs(req[0]["at_s"] - a) > 1 or abs(req[0]["length_s"] - (30 - a)) > 1:
    sys.exit(f"requirements' long silences: {req}, want one at {a:.1f} s for {30 - a:.1f} s")
est = got["estimation"]["long_silences"]
if len(est) != 1 or abs(est[0]["at_s"] - (a + 30 + b)) > 1:
    sys.exit(f"estimation's long silences: {est}")
hl = got["high-level"]
if hl["talk_s"] > 0.5 or len(hl["long_silences"]) != 1:
    sys.exit(f"high-level: {hl}")
PY

# The review says how the candidate spoke; the report (this mock is a practice run, at --speed)
# has the week's talk and silence.
printf 'n\n%.0s' {1..200} | "$BIN" review "$id" --plain > "$WORK/review.txt" 2>&1 || fail "review: $(tail -3 "$WORK/review.txt")"
grep -qF "How you spoke (the recording" "$WORK/review.txt" || fail "the review has no talk and silence"
"$BIN" report --include-practice > "$WORK/report.txt" || fail "report"
grep -qF "Recorded mocks: talk and silence" "$WORK/report.txt" || fail "the report has no talk table: $(cat "$WORK/report.txt")"

# The marks, in `show`, at their times in the recording.
"$BIN" show "$id" > "$WORK/show.txt"
grep -qF "Recording · $WORK/recordings/session-$id.ogg" "$WORK/show.txt" || fail "show has no Recording section"
sed -n '/^Marks in the recording/,/^$/p' "$WORK/show.txt" > "$WORK/marks"
grep -qE '^ +00:30  phase_start +estimation' "$WORK/marks" || fail "no estimation mark at 00:30: $(cat "$WORK/marks")"
grep -qE '^ +01:15  phase_start +high-level' "$WORK/marks" || fail "no high-level mark at 01:15"
grep -qE 'cue_shown' "$WORK/marks" || fail "no question among the marks"

# The file is one playable recording as long as the session (1:45), within a second.
python3 -c "import sys; sys.exit(0 if abs(float('$(soxi -D "$file")') - 105) <= 1 else 1)" ||
    fail "recording is $(soxi -D "$file") s, the session 105 s"

# play from a phase, to a file: what is written starts at the estimation phase.
"$BIN" play "$id" --phase estimation --to "$WORK/est.wav" 2>"$WORK/err" || fail "play --phase: $(cat "$WORK/err")"
python3 -c "import sys; sys.exit(0 if abs(float('$(soxi -D "$WORK/est.wav")') - 75) <= 1 else 1)" ||
    fail "played from estimation: $(soxi -D "$WORK/est.wav") s, want 75 s"
# Into Ogg too (a write of nothing would end a Vorbis stream early: it must never happen).
"$BIN" play "$id" --from 1:00 --to "$WORK/from60.ogg" 2>/dev/null || fail "play --from"
sox "$WORK/from60.ogg" "$WORK/from60.wav"
python3 -c "import sys; sys.exit(0 if abs(float('$(soxi -D "$WORK/from60.wav")') - 45) <= 1 else 1)" ||
    fail "played from 1:00: $(soxi -D "$WORK/from60.wav") s, want 45 s"
# Refusals: one line, a non-zero exit.
check_refused() { # WANT_RC WANT_TEXT ARGS...
    local want_rc=$1 want=$2 rc=0; shift 2
    "$BIN" "$@" >/dev/null 2>"$WORK/err" || rc=$?
    [ "$rc" = "$want_rc" ] || fail "$* exited $rc, want $want_rc: $(cat "$WORK/err")"
    grep -qF -- "$want" "$WORK/err" || fail "$*: '$(cat "$WORK/err")' does not say '$want'"
    [ "$(wc -l < "$WORK/err")" = 1 ] || fail "$*: more than one line: $(cat "$WORK/err")"
}
check_refused 2 "--from takes MM:SS" play "$id" --from 1:75
check_refused 1 "never reached the phase \"deep-dive\"" play "$id" --phase deep-dive
check_refused 1 "past its end" play "$id" --from 9:00
check_refused 2 "runs at the speed of real time" start --plain --record --speed 5
check_refused 1 "no such file" start --plain --audio-input "$WORK/none.wav"
echo "not sound" > "$WORK/junk.wav"
check_refused 1 "as sound" start --plain --audio-input "$WORK/junk.wav"
check_refused 2 "--voice is for a solo mock" start --voice --mode interviewer
check_refused 2 "--no-record cannot go with --record" start --plain --record --no-record

# `record = true` in the settings: a mock at --speed is still run, unrecorded, and says why.
mkdir -p "$XDG_CONFIG_HOME/sdmock"
echo "record = true" > "$XDG_CONFIG_HOME/sdmock/config.toml"
printf '%s\n' "$scores" | "$BIN" start --plain --problem url-shortener --plan tiny --speed 100 \
    >"$WORK/out" 2>"$WORK/err" || fail "a configured recording at --speed: $(cat "$WORK/err")"
grep -qF "not recorded: the input device runs at real time" "$WORK/err" || fail "no note: $(cat "$WORK/err")"
cid=$(grep -E '^session [0-9]+$' "$WORK/out" | awk '{print $2}')
[ ! -e "$WORK/recordings/session-$cid.ogg" ] || fail "a mock at --speed was recorded from the device"
rm "$XDG_CONFIG_HOME/sdmock/config.toml"
before=$(sqlite3 "$SDMOCK_DB" 'SELECT count(*) FROM sessions')

# The voice asks each question aloud (here into a file, as AUDIODRIVER=wav makes sox write it),
# and each is marked; a recording from a file never heard it, so its talk is the file's.
printf '%s\n' "$scores" | AUDIODRIVER=wav AUDIODEV="$WORK/voice.wav" \
    "$BIN" start --plain --problem url-shortener --plan tiny --speed $speed --voice \
    --audio-input "$WORK/answer.wav" >"$WORK/out" 2>"$WORK/err" || fail "start --voice: $(cat "$WORK/err")"
vid=$(grep -E '^session [0-9]+$' "$WORK/out" | awk '{print $2}')
"$BIN" show "$vid" --format json > "$WORK/voice.json"
shown=$(json 'sum(1 for e in d["events"] if e["kind"]=="cue_shown")' < "$WORK/voice.json")
spoken=$(json 'sum(1 for e in d["events"] if e["kind"]=="voice")' < "$WORK/voice.json")
[ "$shown" -ge 1 ] && [ "$spoken" = "$shown" ] || fail "$shown questions shown, $spoken spoken"
python3 -c "import sys; sys.exit(0 if float('$(soxi -D "$WORK/voice.wav")') > 1.5 * $spoken else 1)" ||
    fail "the voice said $(soxi -D "$WORK/voice.wav") s for $spoken questions"
[ "$(json 'round(sum(p["talk_s"] for p in d["audio"]["phases"]))' < "$WORK/voice.json")" = \
    "$(json 'round(sum(p["talk_s"] for p in d["audio"]["phases"]))' < "$WORK/show.json")" ] ||
    fail "the voice changed the talk of a recording taken from a file"
"$BIN" show "$vid" | sed -n '/^Marks in the recording/,/^$/p' | grep -qE '^ +[0-9:]+  voice ' ||
    fail "the spoken questions are not among the marks"

# No input device: a one-line warning, and the mock goes on unrecorded.
printf '%s\n' "$scores" | AUDIODRIVER=alsa AUDIODEV=nodevice \
    "$BIN" start --plain --problem url-shortener --plan tiny --speed 1 --record >"$WORK/out" 2>"$WORK/err" &
nodev=$!
wait_until 10 "the warning" grep -q "not recorded" "$WORK/err"
kill "$nodev"; wait "$nodev" || true
[ "$(grep -c . "$WORK/err")" -ge 1 ] && head -1 "$WORK/err" | grep -q "^sdmock: not recorded: no input device" ||
    fail "no device: $(cat "$WORK/err")"
nodev_id=$(sqlite3 "$SDMOCK_DB" 'SELECT max(id) FROM sessions')
[ "$nodev_id" -gt "$before" ] || fail "the mock did not start without a device"
[ ! -e "$WORK/recordings/session-$nodev_id.ogg" ] || fail "a recording was made without a device"
"$BIN" abandon "$nodev_id" >/dev/null

# A copy of the program without its audio module beside it: the same one-line warning, naming
# what is missing, and the mock goes on unrecorded; every other command works without it.
mkdir -p "$WORK/alone" && cp "$BIN" "$WORK/alone/sdmock"
printf '%s\n' "$scores" | "$WORK/alone/sdmock" start --plain --problem url-shortener --plan tiny --speed 1 \
    --record >"$WORK/out" 2>"$WORK/err" &
alone=$!
wait_until 10 "the warning" grep -q "not recorded" "$WORK/err"
kill "$alone"; wait "$alone" || true
head -1 "$WORK/err" | grep -q "^sdmock: not recorded: audio is not available: sdmock-audio.so is not installed" ||
    fail "without the module: $(cat "$WORK/err")"
alone_id=$(sqlite3 "$SDMOCK_DB" 'SELECT max(id) FROM sessions')
[ "$alone_id" -gt "$nodev_id" ] || fail "the mock did not start without the audio module"
[ ! -e "$WORK/recordings/session-$alone_id.ogg" ] || fail "a recording was made without the audio module"
"$WORK/alone/sdmock" abandon "$alone_id" >/dev/null
"$WORK/alone/sdmock" history >/dev/null || fail "history needed the audio module"

# kill -9 in the middle, then resume: one playable file, as long as the session.
mkfifo "$WORK/in"
exec 3<>"$WORK/in"
"$BIN" start --plain --problem url-shortener --plan tiny --speed $speed --audio-input "$WORK/answer.wav" \
    <"$WORK/in" >"$WORK/out2" 2>"$WORK/err2" &
pid=$!
sleep 6 # 60 s of session time: in the estimation phase, the second speech well before it
kill -9 "$pid"; wait "$pid" 2>/dev/null || true
exec 3>&-
id2=$(sqlite3 "$SDMOCK_DB" 'SELECT max(id) FROM sessions')
file2="$WORK/recordings/session-$id2.ogg"
[ -s "$file2" ] || fail "nothing recorded before the kill"
soxi -D "$file2" >/dev/null 2>&1 || fail "the file left by kill -9 does not play"
printf '%s\n' "$scores" | "$BIN" resume --plain "$id2" >"$WORK/out3" 2>"$WORK/err3" ||
    fail "resume exited $?: $(cat "$WORK/err3")"
"$BIN" show "$id2" --format json > "$WORK/show2.json"
elapsed=$(json 'd["elapsed_s"]' < "$WORK/show2.json")
# The file is chained (a link per run of the recorder); play decodes every link of it.
"$BIN" play "$id2" --to "$WORK/whole2.wav" 2>/dev/null || fail "play after resume"
whole=$(soxi -D "$WORK/whole2.wav")
python3 -c "import sys; sys.exit(0 if abs($whole - $elapsed) <= 1 else 1)" ||
    fail "after kill -9 and resume the recording plays $whole s, the session ran $elapsed s"
[ "$(json 'len([p for p in d["audio"]["phases"] if p["talk_s"] > 0])' < "$WORK/show2.json")" = 2 ] ||
    fail "the resumed recording lost its talk: $(json 'd["audio"]' < "$WORK/show2.json")"

# The home screen's switches, at 80x24: Enter turns each on and off.
tui_start 80 24
wait_for "Record audio: off"
keys /; type_text "record audio"; keys Enter Enter
wait_for "Record audio: on"
wait_for "mocks started here are recorded"
keys /; type_text "ask aloud"; keys Enter Enter
wait_for "Ask aloud: on"
keys Enter
wait_for "Ask aloud: off"
keys Q
wait_dead >/dev/null

# delete takes the recording with it.
"$BIN" delete --yes "$id" > "$WORK/out" || fail "delete"
grep -qF "and recording" "$WORK/out" || fail "delete did not say the recording went: $(cat "$WORK/out")"
[ ! -e "$file" ] || fail "the recording outlived its session"
[ -e "$file2" ] || fail "delete removed another session's recording"
echo ok
