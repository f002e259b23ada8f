#!/usr/bin/env bash
# Estimates against the answer key: `sdmock estimate` on a url-shortener mock with values in
# several spellings gives the ratios to the reference figures of `problems show --format json`;
# a bad value is refused whole (named, exit 2, nothing saved); `show` and `review` list the
# estimates; `drill estimate --seed 7 --count 20 --format json` is the same on every run and each
# answer follows from its givens by the framework's formulas; the plain drill grades a piped
# answer file and saves the results; the weekly report names the share on target.
BIN=$1 SRC=$2
source "$(dirname "$0")/../support/e2e_lib.sh"

printf "3\n%.0s" $(seq 12) | "$BIN" start --plain --speed 600 --problem url-shortener --plan standard-45 \
    > "$WORK/mock.out" 2>&1 || fail "the plain mock failed: $(cat "$WORK/mock.out")"
id=$(sed -n 's/^session //p' "$WORK/mock.out" | tail -1)
[ -n "$id" ] || fail "no session id"

# Listing what can be entered names the references without giving their values away.
"$BIN" estimate "$id" > "$WORK/list.out" || fail "estimate with no values failed"
grep -F 'write QPS  (a rate per second' "$WORK/list.out" >/dev/null || fail "no reference names: $(cat "$WORK/list.out")"
if grep -F '1.8' "$WORK/list.out" >/dev/null; then fail "the listing gives a reference value away"; fi

# Several spellings: a rate per month, QPS with k, a billion, bytes with an exponent, MB.
"$BIN" estimate "$id" "write QPS=100M/month" "read qps=8k QPS" "codes=6,000,000,000" \
    "storage per year=3.6e12 B" "redirect cache size=350000 MB" > "$WORK/est.out" 2>&1 ||
    fail "estimate failed: $(cat "$WORK/est.out")"
grep -F "5 estimates saved" "$WORK/est.out" >/dev/null || fail "no saved line: $(cat "$WORK/est.out")"
"$BIN" problems show url-shortener --format json > "$WORK/problem.json"
"$BIN" show "$id" --format json > "$WORK/show.json"
python3 - "$WORK/problem.json" "$WORK/show.json" <<'PY' || fail "ratios do not match the reference figures"
import json, sys
problem = json.load(open(sys.argv[1]))
shown = json.load(open(sys.argv[2]))
scale = {"/s": 1, "TB": 1e12, "GB": 1e9, "billion": 1e9}
refs = {e["name"]: e["value"] * scale[e["unit"]] for e in problem["answer_key"]["estimates"]}
typed = {"write QPS": 1e8 / (30 * 86400), "read QPS": 8000, "codes needed over 5 years": 6e9,
         "storage per year": 3.6e12, "redirect cache size": 3.5e11}
units = {"write QPS": "/s", "read QPS": "/s", "codes needed over 5 years": "", "storage per year": "B",
         "redirect cache size": "B"}
verdicts = {"write QPS": "on target", "read QPS": "on target", "codes needed over 5 years": "on target",
            "storage per year": "on target", "redirect cache size": "right order"}
got = {e["name"]: e for e in shown["estimates"]}
assert set(got) == set(typed), got.keys()
for name, value in typed.items():
    e = got[name]
    assert set(e) >= {"name", "given", "value", "reference", "unit", "ratio", "verdict"}, e
    assert abs(e["value"] - value) <= 1e-6 * value, (name, e["value"], value)
    assert abs(e["reference"] - refs[name]) <= 1e-6 * refs[name], (name, e["reference"], refs[name])
    assert abs(e["ratio"] - value / refs[name]) <= 1e-6, (name, e["ratio"])
    assert e["unit"] == units[name], (name, e["unit"])
    assert e["verdict"] == verdicts[name], (name, e["verdict"])
assert got["read QPS"]["given"] == "8k QPS", got["read QPS"]["given"]
PY

# A bad value refuses the whole command: nothing of it is saved.
before=$(sqlite3 "$SDMOCK_DB" 'SELECT count(*) FROM estimates')
set +e
"$BIN" estimate "$id" "read QPS=5/s" "write QPS=38 GB" > /dev/null 2> "$WORK/bad.err"; rc=$?
set -e
[ "$rc" = 2 ] || fail "a bad estimate exited $rc"
grep -F 'write QPS is a rate per second' "$WORK/bad.err" >/dev/null || fail "error said: $(cat "$WORK/bad.err")"
grep -F '"GB" is a size in bytes' "$WORK/bad.err" >/dev/null || fail "error does not name the unit: $(cat "$WORK/bad.err")"
[ "$(sqlite3 "$SDMOCK_DB" 'SELECT count(*) FROM estimates')" = "$before" ] || fail "a refused estimate was saved"

# A correction replaces the estimate of that name in show.
"$BIN" estimate "$id" "write QPS=40" > /dev/null
"$BIN" show "$id" --format json | json '[e["value"] for e in d["estimates"] if e["name"]=="write QPS"]' \
    > "$WORK/fixed.txt"
[ "$(cat "$WORK/fixed.txt")" = "[40]" ] || fail "the correction is not shown: $(cat "$WORK/fixed.txt")"
"$BIN" show "$id" > "$WORK/show.txt"
grep -F 'Estimates against the reference' "$WORK/show.txt" >/dev/null || fail "show lists no estimates"
grep -E 'redirect cache size +350000 MB +ref 35 GB +10x +right order' "$WORK/show.txt" >/dev/null ||
    fail "show's estimate line: $(grep -F 'redirect cache' "$WORK/show.txt")"
tr -s ' \n' ' ' < "$WORK/show.txt" | grep -F '0.2 x 345.6M x 500 B' >/dev/null || fail "show gives no reference arithmetic"
printf 'n\n%.0s' $(seq 200) | "$BIN" review "$id" --plain > "$WORK/review.out" 2>/dev/null || true
grep -F 'Estimates against the reference' "$WORK/review.out" >/dev/null || fail "the review lists no estimates"
"$BIN" review "$id" --format json | json 'len(d["estimates"])' > "$WORK/review_n.txt"
[ "$(cat "$WORK/review_n.txt")" = 5 ] || fail "review json estimates: $(cat "$WORK/review_n.txt")"

# The drill in JSON: the same every run, and every answer follows from its givens.
"$BIN" drill estimate --seed 7 --count 20 --format json > "$WORK/a.json"
"$BIN" drill estimate --seed 7 --count 20 --format json > "$WORK/b.json"
cmp -s "$WORK/a.json" "$WORK/b.json" || fail "the same seed gave different exercises"
"$BIN" drill estimate --seed 8 --count 20 --format json > "$WORK/c.json"
if cmp -s "$WORK/a.json" "$WORK/c.json"; then fail "another seed gave the same exercises"; fi
python3 - "$WORK/a.json" <<'PY' || fail "a drill answer does not follow from its givens"
import json, sys
exercises = json.load(open(sys.argv[1]))
assert len(exercises) == 20
units = {"qps": "/s", "peak_qps": "/s", "storage": "B", "bandwidth": "B/s", "cache": "B"}
seen = set()
for e in exercises:
    g = e["givens"]
    qps = g["qps"] if "qps" in g else g.get("dau", 0) * g.get("requests_per_user_per_day", 0) / 86400
    want = {"qps": lambda: qps,
            "peak_qps": lambda: qps * g["peak_factor"],
            "storage": lambda: g["object_bytes"] * g["objects_per_day"] * g["retention_days"] * g["replicas"],
            "bandwidth": lambda: qps * g["payload_bytes"],
            "cache": lambda: 0.2 * g["reads_per_day"] * g["object_bytes"]}[e["kind"]]()
    assert want > 0 and abs(e["answer"]["value"] - want) <= 1e-6 * want, (e, want)
    assert e["answer"]["unit"] == units[e["kind"]], e
    assert e["question"], e
    seen.add(e["kind"])
assert seen == set(units), seen
PY
"$BIN" drill estimate --seed 3 --count 4 --problem url-shortener --format json |
    json 'sorted(set(e["problem"] for e in d))' > "$WORK/problem_only.txt"
[ "$(cat "$WORK/problem_only.txt")" = "['url-shortener']" ] || fail "--problem: $(cat "$WORK/problem_only.txt")"

# The plain drill grades a piped answer file: exact answers on target, a tenth right order.
"$BIN" drill estimate --seed 7 --count 4 --format json > "$WORK/four.json"
python3 - "$WORK/four.json" > "$WORK/answers.txt" <<'PY'
import json, sys
unit = {"/s": "/s", "B": " B", "B/s": " B/s"}
for i, e in enumerate(json.load(open(sys.argv[1]))):
    v = e["answer"]["value"] * (0.1 if i == 3 else 1)
    print(f'{v:.6g}{unit[e["answer"]["unit"]]}')
PY
drills_before=$(sqlite3 "$SDMOCK_DB" 'SELECT count(*) FROM estimates WHERE session_id IS NULL')
"$BIN" drill estimate --seed 7 --count 4 --plain < "$WORK/answers.txt" > "$WORK/drill.out" 2> "$WORK/drill.err" ||
    fail "the plain drill failed: $(cat "$WORK/drill.err")"
grep -F '4 graded of 4: 3 on target, 1 right order, 0 off' "$WORK/drill.out" >/dev/null ||
    fail "drill tally: $(tail -3 "$WORK/drill.out")"
grep -F 'Answer:' "$WORK/drill.out" >/dev/null || fail "the drill shows no answer"
[ "$(sqlite3 "$SDMOCK_DB" 'SELECT count(*) FROM estimates WHERE session_id IS NULL')" = $((drills_before + 4)) ] ||
    fail "the drill's results were not saved"

# A wrong unit in the file is named, that exercise not graded, the exit non-zero; input ending
# early keeps the answers given.
set +e
printf '5 furlongs\n' | "$BIN" drill estimate --seed 7 --count 2 --plain > "$WORK/bad_drill.out" 2> "$WORK/bad_drill.err"
rc=$?
set -e
[ "$rc" = 1 ] || fail "a bad drill answer exited $rc"
grep -F '"furlongs" is not a unit' "$WORK/bad_drill.err" >/dev/null || fail "drill error: $(cat "$WORK/bad_drill.err")"
grep -F 'standard input ended after 1 of 2' "$WORK/bad_drill.err" >/dev/null || fail "no early-end message"

# The weekly report gives the share on target and the median ratio per kind.
"$BIN" report --weeks 2 > "$WORK/report.txt" || fail "report failed"
grep -F 'Estimation' "$WORK/report.txt" >/dev/null || fail "the report has no estimation section: $(cat "$WORK/report.txt")"
grep -E '[0-9]+ estimates, [0-9]+% on target' "$WORK/report.txt" >/dev/null || fail "no share on target"
# The mock ran sped up, so it is practice: its estimates count only with --include-practice, and
# the corrected write QPS once.
"$BIN" report --weeks 2 --format json | json 'd["estimation"]["estimates"]' > "$WORK/report_n.txt"
[ "$(cat "$WORK/report_n.txt")" = 4 ] || fail "report json estimation: $(cat "$WORK/report_n.txt")"
"$BIN" report --weeks 2 --include-practice --format json | json 'd["estimation"]["estimates"]' > "$WORK/report_n.txt"
[ "$(cat "$WORK/report_n.txt")" = 9 ] || fail "report json estimation with practice: $(cat "$WORK/report_n.txt")"
echo "ok"
