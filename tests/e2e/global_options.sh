#!/usr/bin/env bash
# The global options --home and --db, before and after the command (and between a command and
# its subcommand); an empty value is a usage error.
BIN=$1 SRC=$2
source "$(dirname "$0")/../support/e2e_lib.sh"

# usage_error ARGS...: sdmock ARGS exits 2 with one line on stderr naming the option.
usage_error() {
    local rc=0
    "$BIN" "$@" >"$WORK/out" 2>"$WORK/err" || rc=$?
    [ "$rc" = 2 ] || fail "sdmock $* exited $rc, want 2: $(cat "$WORK/err")"
    [ "$(wc -l < "$WORK/err")" = 1 ] || fail "sdmock $* wrote more than one line: $(cat "$WORK/err")"
    grep -qE -- '--(home|db)' "$WORK/err" || fail "sdmock $* did not name the option: $(cat "$WORK/err")"
}

# --db: one session in a history of its own; the environment's history stays empty, so a
# listing that shows the session read the file the option named.
db="$WORK/given.db"
printf '%s\n' 4 3 4 3 4 3 4 3 4 3 4 3 | "$BIN" start --plain --problem uber --plan mini-25 --speed 5000 --db "$db" \
    >/dev/null 2>"$WORK/err" || fail "start --db exited $?: $(cat "$WORK/err")"
[ -s "$db" ] || fail "start --db PATH (after the command) did not write PATH"
[ ! -e "$SDMOCK_DB" ] || fail "start --db PATH also wrote \$SDMOCK_DB"
for args in "--db $db history" "history --db $db" "history --format csv --db $db" "--db=$db history"; do
    # shellcheck disable=SC2086  # the words of args are the arguments
    "$BIN" $args > "$WORK/out" 2>"$WORK/err" || fail "sdmock $args exited $?: $(cat "$WORK/err")"
    grep -q uber "$WORK/out" || fail "sdmock $args did not read $db: $(cat "$WORK/out")"
done
"$BIN" history > "$WORK/out"
grep -q uber "$WORK/out" && fail "history without --db read $db"

# --home: a copy of the content without url-shortener; each position lists the copy's problems.
home="$WORK/home-copy"
mkdir -p "$home"
cp -r "$SRC/prompts" "$SRC/rubrics" "$home/"
rm "$home/prompts/problems/url-shortener.toml"
want=$(ls "$home"/prompts/problems/*.toml | wc -l)
for args in "--home $home problems list" "problems list --home $home" "problems --home $home list"; do
    # shellcheck disable=SC2086
    "$BIN" $args > "$WORK/out" 2>"$WORK/err" || fail "sdmock $args exited $?: $(cat "$WORK/err")"
    [ "$(tail -n +2 "$WORK/out" | wc -l)" = "$want" ] || fail "sdmock $args listed: $(cat "$WORK/out")"
    grep -q '^url-shortener ' "$WORK/out" && fail "sdmock $args listed the shipped content, not $home"
done
"$BIN" problems list | grep '^url-shortener ' >/dev/null || fail "problems list without --home lost url-shortener"
"$BIN" problems show pastebin --home "$home" --format json | json 'd["id"]' | grep -qx pastebin \
    || fail "problems show ID --home DIR"
# An option given after the command still wins over the environment.
SDMOCK_HOME="$WORK/nowhere" "$BIN" problems list --home "$home" >/dev/null 2>"$WORK/err" \
    || fail "--home after the command lost to \$SDMOCK_HOME: $(cat "$WORK/err")"

# Empty values, in every position and spelling.
usage_error --home "" problems list
usage_error problems list --home ""
usage_error --db "" history
usage_error history --db ""
usage_error --home= history
usage_error history --db=
# Given twice (before and after): refused rather than one silently winning.
usage_error --db "$db" history --db "$WORK/other.db"
# Unknown options after a command are still refused.
rc=0; "$BIN" history --hoem "$home" >/dev/null 2>&1 || rc=$?
[ "$rc" = 2 ] || fail "a misspelt option after the command exited $rc, want 2"
echo ok
