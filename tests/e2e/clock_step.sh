#!/usr/bin/env bash
# A wall clock stepped back (a time-sync correction, the user setting the time) neither stops the
# session's clock nor the candidate's view of it, and no key is needed to get them going: every
# wait runs on the monotonic clock. The step is made with libfaketime on the wall clock only,
# through a file it reads at every call, with the monotonic clock left as it is.
BIN=$1 SRC=$2
source "$(dirname "$0")/../support/e2e_lib.sh"

LIB=$(ls /usr/lib/*/faketime/libfaketime.so.1 2>/dev/null | head -n 1)
[ -n "$LIB" ] || fail "libfaketime is not installed (make test installs the faketime package)"
STEP=$WORK/faketime
echo "+0" > "$STEP"
# Both processes see the same wall clock, as on one machine. Under AddressSanitizer the preloaded
# library comes before its runtime, which it then must be told to accept.
cat > "$WORK/sdmock" <<EOF
#!/bin/sh
exec env LD_PRELOAD=$LIB FAKETIME_TIMESTAMP_FILE=$STEP FAKETIME_NO_CACHE=1 \
    FAKETIME_DONT_FAKE_MONOTONIC=1 DONT_FAKE_MONOTONIC=1 \
    ASAN_OPTIONS=${ASAN_OPTIONS:+$ASAN_OPTIONS:}verify_asan_link_order=0 "$BIN" "\$@"
EOF
chmod +x "$WORK/sdmock"
REAL_BIN=$BIN
BIN=$WORK/sdmock

# shown NAME: the session seconds the screen's clock shows (Total MM:SS).
shown() {
    screen_of "$1" | grep -oE 'Total [0-9]+:[0-9]{2}' | head -n 1 |
        awk '{ split($2, t, ":"); print t[1] * 60 + t[2] }'
}

tui_start_in i 100 30 start --mode interviewer --problem ticketmaster --plan mini-25
wait_in i "Phase 1 of 3 · Requirements"
tui_start_in c 100 30 follow
wait_in c "Phase 1 of 3 · Requirements"
sleep 2
before_i=$(shown i) before_c=$(shown c)
[ -n "$before_i" ] && [ -n "$before_c" ] || fail "no clock on the screens"

echo "-3600" > "$STEP" # the wall clock goes back an hour
sleep 4                # no key is pressed
after_i=$(shown i) after_c=$(shown c)
[ $((after_i - before_i)) -ge 3 ] ||
    fail "the interviewer's clock went from $before_i to $after_i s in 4 s after the wall clock stepped back"
[ $((after_c - before_c)) -ge 3 ] ||
    fail "the candidate's view went from $before_c to $after_c s in 4 s after the wall clock stepped back"

# And forward again by two hours: no jump of the session's time either.
echo "+3600" > "$STEP"
sleep 2
jumped_i=$(shown i) jumped_c=$(shown c)
[ $((jumped_i - after_i)) -le 4 ] || fail "the interviewer's clock jumped from $after_i to $jumped_i s"
[ $((jumped_c - after_c)) -le 4 ] || fail "the candidate's view jumped from $after_c to $jumped_c s"
[ $((jumped_c - after_c)) -ge 1 ] || fail "the candidate's view stopped after the wall clock went forward"
id=$(sqlite3 "$SDMOCK_DB" 'SELECT max(id) FROM sessions')
elapsed=$("$REAL_BIN" show "$id" --format json | json "int(d['elapsed_s'])")
[ "$elapsed" -le $((jumped_i + 2)) ] || fail "the history holds $elapsed s of session time, the screen $jumped_i"
echo ok
