#!/usr/bin/env bash
# Ctrl-Z counts as a pause: the clock pauses (recorded as a pause), the terminal is given back to
# the shell, and the time spent stopped is not session time. In the TUI the screen is drawn again
# on `fg` and stays paused until space; the line mode resumes by itself (it has no key for it).
BIN=$1 SRC=$2
source "$(dirname "$0")/../support/e2e_lib.sh"

# An interactive shell with job control, as a user has: a stop stops sdmock and the shell says so.
$T -f /dev/null new-session -d -s t -x 100 -y 30 \
    -e LANG=C.UTF-8 -e SDMOCK_DB="$SDMOCK_DB" -e SDMOCK_HOME="$SRC" -e HOME="$HOME" \
    -e XDG_CONFIG_HOME="$XDG_CONFIG_HOME" -e XDG_DATA_HOME="$XDG_DATA_HOME" "bash --norc --noprofile -i"
keys "PS1='shell\$ '" Enter
wait_for 'shell$'
stopped() { [ "$(ps -o stat= -p "$1" | cut -c1)" = T ]; }
running() { ! stopped "$1"; }
gone() { ! kill -0 "$1" 2>/dev/null; }
sdmock_pid() { pid_in t; }
now() { date +%s.%N; }
# event KIND FIELD: a field of the session's first KIND event.
event() { "$BIN" show "$id" --format json | json "[e for e in d['events'] if e['kind'] == '$1'][0]['$2']"; }
actual() { "$BIN" show "$id" --format json | json "d['phases'][0]['actual_s']"; }

# 1. The TUI.
began=$(now)
keys "$BIN start --problem uber --plan mini-25 2>$WORK/t.stderr" Enter # alone: a list would go on at the stop
wait_for "Phase 1 of 3 · Requirements"
id=$(sqlite3 "$SDMOCK_DB" 'SELECT max(id) FROM sessions')
pid=$(sdmock_pid)
sleep 1
kill -TSTP "$pid"
wait_until 5 "sdmock stopping" stopped "$pid"
wait_for "Stopped"                     # the shell has the terminal again: the screen was given back
[ "$(event pause kind)" = pause ] || fail "no pause recorded for the stop"
sleep 3
keys fg Enter
wait_until 5 "sdmock continuing" running "$pid"
wait_for "Paused while sdmock was stopped (Ctrl-Z); space resumes the clock."
shows t "Phase 1 of 3 · Requirements" || fail "the screen was not drawn again"
shows t "PAUSED" || fail "the clock is not shown paused after fg"
sleep 1                                # still paused: this second does not count either
keys Space
wait_for "space pause"
sleep 1
keys q; wait_for "Leave the mock?"; keys y
wait_until 10 "sdmock exiting" gone "$pid"
keys "echo \$? > $WORK/t.exit" Enter
wait_file "$WORK/t.exit"
[ "$(cat "$WORK/t.exit")" = 0 ] || fail "leaving after the stop: $(cat "$WORK/t.stderr")"
wall=$(python3 -c "print($(now) - $began)")
pause=$(event pause t_s) resume=$(event resume t_s) phase=$(actual)
python3 -c "import sys; sys.exit(0 if abs($resume - $pause) < 0.3 else 1)" \
    || fail "the clock ran while stopped: pause at $pause s, resume at $resume s"
# About 2 s ran (1 before the stop, 1 after space) out of more than 6 s on the wall clock.
python3 -c "import sys; sys.exit(0 if $phase < 3.5 and $wall > 6 else 1)" \
    || fail "the phase took $phase s of session time in $wall s with 4 s stopped and paused"

# 2. The line mode, at speed 60: the 4 s stopped would be 4 session minutes.
printf '%s\n' 4 3 4 3 4 3 4 3 4 3 4 3 > "$WORK/scores"
keys clear Enter
keys "$BIN start --plain --problem uber --plan mini-25 --speed 60 < $WORK/scores > $WORK/plain.out 2>$WORK/plain.err" Enter
wait_until 10 "the line mode starting" grep -F "Phase 1/3" "$WORK/plain.out"
id=$(sqlite3 "$SDMOCK_DB" 'SELECT max(id) FROM sessions')
pid=$(sdmock_pid)
sleep 1
kill -TSTP "$pid"
wait_until 5 "the line mode stopping" stopped "$pid"
grep -E '^\[[0-9:]+\] Paused: sdmock is stopped \(Ctrl-Z\)\.$' "$WORK/plain.out" >/dev/null \
    || fail "no pause line: $(cat "$WORK/plain.out")"
sleep 4
keys fg Enter
wait_until 5 "the line mode resuming" grep -F "Resumed: the time stopped does not count." "$WORK/plain.out"
sleep 1
kill -TERM "$pid"
wait_until 10 "the line mode ending" grep -x "session $id" "$WORK/plain.out"
pause=$(event pause t_s) resume=$(event resume t_s) phase=$(actual)
python3 -c "import sys; sys.exit(0 if abs($resume - $pause) < 20 else 1)" \
    || fail "the line mode's clock ran while stopped: pause at $pause s, resume at $resume s"
# About 2 s of wall time ran: 120 session seconds, not the 360 it would be with the stop.
python3 -c "import sys; sys.exit(0 if $phase < 240 else 1)" \
    || fail "the phase took $phase session seconds with 4 s (240 session seconds) stopped"
echo ok
