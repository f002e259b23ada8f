#!/usr/bin/env bash
# `sdmock check` and `sdmock problems` as a user runs them: on the shipped content and on a
# deliberately broken copy.
BIN=$1 SRC=$2
source "$(dirname "$0")/../support/e2e_lib.sh"

out=$("$BIN" --home "$SRC" check) || fail "check on the shipped content exited $?"
grep -q '^ok: ' <<<"$out" || fail "check printed: $out"

# A broken copy: a typo in a focus, a phase with no minutes, a syntax error in another file.
cp -r "$SRC/prompts" "$SRC/rubrics" "$WORK/"
sed -i 's/^focus = \["estimation"/focus = ["estimaton"/' "$WORK/prompts/problems/url-shortener.toml"
line=$(grep -n '^focus = ' "$WORK/prompts/problems/url-shortener.toml" | cut -d: -f1)
sed -i '0,/^minutes = 3$/{/^minutes = 3$/d}' "$WORK/prompts/plans/standard-45.toml"
printf 'id = "broken\n' > "$WORK/prompts/problems/broken.toml"
set +e
err=$("$BIN" --home "$WORK" check 2>&1 >/dev/null); rc=$?
set -e
[ "$rc" -eq 1 ] || fail "check on a broken copy exited $rc, want 1"
grep -q "^prompts/problems/url-shortener.toml:$line:[0-9]*: error: \"estimaton\" is not a rubric dimension" <<<"$err" \
  || fail "no focus error at line $line in: $err"
grep -q "^prompts/plans/standard-45.toml:[0-9]*:[0-9]*: error: missing required field 'minutes'" <<<"$err" \
  || fail "no missing-minutes error in: $err"
grep -q "^prompts/problems/broken.toml:1:" <<<"$err" || fail "no syntax error in: $err"

# Other commands refuse broken content with one line that points at `sdmock check`.
set +e
err=$("$BIN" --home "$WORK" problems list 2>&1 >/dev/null); rc=$?
set -e
[ "$rc" -eq 1 ] || fail "problems list on broken content exited $rc"
[ "$(wc -l <<<"$err")" -eq 1 ] || fail "want one line, got: $err"
grep -q 'sdmock check' <<<"$err" || fail "no hint to run check: $err"

# problems list / show.
list=$("$BIN" --home "$SRC" problems list)
[ "$(tail -n +2 <<<"$list" | wc -l)" -eq "$(ls "$SRC"/prompts/problems/*.toml | wc -l)" ] || fail "list count: $list"
grep -q '^url-shortener ' <<<"$list" || fail "no url-shortener in list"
show=$("$BIN" --home "$SRC" problems show url-shortener)
grep -q 'Answer key' <<<"$show" || fail "show has no answer key"
for id in $(tail -n +2 <<<"$list" | cut -d" " -f1); do
    "$BIN" --home "$SRC" problems show "$id" | python3 -c '
import sys
for n, line in enumerate(sys.stdin.read().splitlines(), 1):
    if len(line) > 80: sys.exit(f"line {n} is {len(line)} columns: {line}")' || fail "problems show $id is wider than 80 columns"
done
json=$("$BIN" --home "$SRC" problems show url-shortener --format json)
python3 - "$json" <<'PY'
import json, sys
d = json.loads(sys.argv[1])
assert d["id"] == "url-shortener", d["id"]
assert "scope" in d and "focus" in d and 3 <= len(d["focus"]) <= 5
est = {e["name"]: e["value"] for e in d["answer_key"]["estimates"]}
assert d["answer_key"]["scope"] == d["scope"]
assert "architecture" not in d, "answer-key fields belong under answer_key"
assert any(v == 40 for v in est.values()) and any(v == 4000 for v in est.values()), est
PY
set +e
err=$("$BIN" --home "$SRC" problems show url-shortner 2>&1); rc=$?
set -e
[ "$rc" -eq 2 ] || fail "unknown id exited $rc, want 2"
grep -q 'did you mean url-shortener' <<<"$err" || fail "no suggestion: $err"
# --help reads well: every line of every command's help fits 80 columns.
for cmd in "" check problems start follow resume score show history report export import abandon delete; do
    "$BIN" $cmd --help > "$WORK/help" || fail "sdmock $cmd --help failed"
    [ "$(max_width < "$WORK/help")" -le 80 ] || fail "sdmock $cmd --help is wider than 80 columns"
done
"$BIN" --version | grep -qE '^sdmock [0-9]+\.[0-9]+\.[0-9]+$' || fail "--version: $("$BIN" --version)"
echo "ok"
