#!/usr/bin/env bash
# Levels: `start --level staff` is stored with the session and shown by show (text and JSON),
# history (text and JSON) and the review's JSON; the config's `level` is the default; a bad
# --level is a usage error and a bad config value a clear one.
BIN=$1 SRC=$2
source "$(dirname "$0")/../support/e2e_lib.sh"

scores() { printf '%s\n' 4 3 4 3 3 2 4 3 4 3 4 5; }

out=$(scores | "$BIN" start --plain --speed 600 --level staff --problem pastebin --plan mini-25 2>"$WORK/err") ||
    fail "start --level staff exited $?: $(cat "$WORK/err")"
staff=$(grep -E '^session [0-9]+$' <<<"$out" | awk '{print $2}')
[ -n "$staff" ] || fail "no 'session N' line: $out"

"$BIN" show "$staff" --format json > "$WORK/show.json"
[ "$(json 'd["level"]' < "$WORK/show.json")" = staff ] || fail "show json level: $(cat "$WORK/show.json")"
"$BIN" show "$staff" | sed -n 2p | grep -qF "· level staff" || fail "show text: no level on its second line"

"$BIN" history > "$WORK/history.txt"
head -n 1 "$WORK/history.txt" | grep -qE 'MODE +LEVEL +STATUS' || fail "no LEVEL column: $(head -n 1 "$WORK/history.txt")"
grep -E "^$staff " "$WORK/history.txt" | grep -qE ' staff ' || fail "history text: $(cat "$WORK/history.txt")"
[ "$("$BIN" history --format json | json "[s['level'] for s in d if s['id'] == $staff][0]")" = staff ] ||
    fail "history json level"

# The review says what the level must show, per dimension.
"$BIN" review "$staff" --format json > "$WORK/review.json"
[ "$(json 'd["level"]' < "$WORK/review.json")" = staff ] || fail "review json level"
[ "$(json 'len(d["expects"])' < "$WORK/review.json")" = 12 ] || fail "review json: not 12 expectations"

# The config's level is the default; --level wins over it.
mkdir -p "$XDG_CONFIG_HOME/sdmock"
echo 'level = "mid"' > "$XDG_CONFIG_HOME/sdmock/config.toml"
out=$(scores | "$BIN" start --plain --speed 600 --problem pastebin --plan mini-25 2>"$WORK/err") ||
    fail "start with level = mid exited $?: $(cat "$WORK/err")"
mid=$(grep -E '^session [0-9]+$' <<<"$out" | awk '{print $2}')
[ "$("$BIN" show "$mid" --format json | json 'd["level"]')" = mid ] || fail "the config's level was not used"

# A bad --level is a usage error (exit 2) and records nothing.
before=$("$BIN" history --format json | json 'len(d)')
set +e
"$BIN" start --plain --speed 600 --level principal --problem pastebin </dev/null >/dev/null 2>"$WORK/err"
code=$?
set -e
[ "$code" = 2 ] || fail "--level principal exited $code, not 2"
grep -qF -- "--level" "$WORK/err" || fail "the usage error does not name --level: $(cat "$WORK/err")"
[ "$("$BIN" history --format json | json 'len(d)')" = "$before" ] || fail "a bad --level recorded a session"

# A bad config value: a clear error naming the file, the key and the values allowed.
echo 'level = "junior"' > "$XDG_CONFIG_HOME/sdmock/config.toml"
set +e
"$BIN" start --plain --speed 600 --problem pastebin </dev/null >/dev/null 2>"$WORK/err"
code=$?
set -e
[ "$code" != 0 ] || fail "a bad level in the config was accepted"
grep -qF "config.toml:1:" "$WORK/err" || fail "the error does not name the file and line: $(cat "$WORK/err")"
grep -qF "'level' should be \"mid\", \"senior\" or \"staff\"" "$WORK/err" || fail "unclear error: $(cat "$WORK/err")"
echo "ok"
