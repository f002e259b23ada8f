#!/usr/bin/env bash
# Shell completion as a user meets it: bash's completion function driven as bash drives it
# (COMP_LINE, COMP_POINT), fish's `complete -C`, and zsh's script checked for syntax. The words
# come from the program: subcommands, options, problem, plan, phase, dimension and session ids.
BIN=$1 SRC=$2
source "$(dirname "$0")/../support/e2e_lib.sh"
need bash fish zsh
"$BIN" import "$SRC/tests/fixtures/csv/good.csv" >/dev/null
mkdir -p "$WORK/bin" && ln -s "$BIN" "$WORK/bin/sdmock"
export PATH="$WORK/bin:$PATH"

# complete LINE: what bash's completion offers for LINE with the cursor at its end, one per line.
complete_bash() {
    bash -c 'source "$1"; COMP_LINE=$2; COMP_POINT=${#COMP_LINE}; _sdmock; printf "%s\n" "${COMPREPLY[@]}"' \
        _ "$SRC/completions/sdmock.bash" "$1"
}
expect() { # expect LINE WORD...: every WORD is offered for LINE
    local line=$1 got w; shift
    got=$(complete_bash "$line")
    for w in "$@"; do grep -Fx -- "$w" <<<"$got" >/dev/null || fail "bash: '$line' does not offer '$w'; it offers: $got"; done
}
refuse() { # refuse LINE WORD: WORD is not offered for LINE
    grep -Fx -- "$2" <<<"$(complete_bash "$1")" >/dev/null && fail "bash: '$1' offers '$2'" || true
}

expect "sdmock " start report history review cards problems
refuse "sdmock " __complete
expect "sdmock st" start
refuse "sdmock st" show
expect "sdmock start --pl" --plan --plain
expect "sdmock start --problem " url-shortener ticketmaster google-docs
expect "sdmock start --problem tick" ticketmaster
refuse "sdmock start --problem tick" url-shortener
expect "sdmock start --plan " standard-45 mini-25 extended-60
expect "sdmock start --plan=mi" mini-25
expect "sdmock start --mode " solo interviewer
expect "sdmock start --level " mid senior staff
expect "sdmock start --phase " deep-dive estimation
expect "sdmock start --focus " caching estimation communication
expect "sdmock report --format " text md csv json svg
expect "sdmock problems " list show
expect "sdmock problems show ur" url-shortener
expect "sdmock cards show " rest-api
expect "sdmock --home $SRC start --problem " uber
# Session ids come from the history.
ids=$(sqlite3 "$SDMOCK_DB" 'SELECT id FROM sessions ORDER BY id')
[ -n "$ids" ] || fail "the fixture imported no session"
# shellcheck disable=SC2086
expect "sdmock show " $ids
expect "sdmock score 1 cach" caching=
expect "sdmock score 1 caching=4 --sc" --scorer
expect "sdmock score 1 --scorer " self interviewer
# A file argument is completed from the folder.
touch "$WORK/mine.csv"
expect "sdmock import $WORK/mi" "$WORK/mine.csv"
# Options of the top level work after a command too (they fall through).
expect "sdmock history --d" --db

# fish: the same words from its own completion machinery.
fishc() { fish --no-config -c "source $SRC/completions/sdmock.fish; complete -C '$1'"; }
got=$(fishc "sdmock start --problem ")
grep -x 'ticketmaster' <<<"$got" >/dev/null || fail "fish offers no problem ids: $got"
got=$(fishc "sdmock re")
grep -x 'report' <<<"$got" >/dev/null && grep -x 'resume' <<<"$got" >/dev/null || fail "fish: $got"
# zsh: the script parses.
zsh -n "$SRC/completions/_sdmock" || fail "zsh cannot parse _sdmock"
echo ok
