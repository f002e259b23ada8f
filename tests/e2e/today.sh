#!/usr/bin/env bash
# `sdmock today` on a 10-week history: two mocks a week, estimation and caching scored lowest. What
# it says must be true of that history: the weakest dimensions it names, a problem that stresses
# them and was not mocked lately, the estimation drill, the reviews due and the new items left.
BIN=$1 SRC=$2
source "$(dirname "$0")/../support/e2e_lib.sh"
export TZ=UTC

problems=(url-shortener twitter-feed uber whatsapp-chat youtube pastebin instagram dropbox typeahead zoom
    rate-limiter web-crawler yelp-proximity google-docs stack-overflow hotel-booking feed-ranking
    metrics-monitoring notification-service payment-wallet)
python3 - "${problems[@]}" > "$WORK/ten-weeks.csv" <<'PY'
import sys
from datetime import date, timedelta
dims = "requirements,estimation,api,architecture,data,caching,async,scaling,reliability,security,observability,communication"
print("date,problem,plan,mode,scorer," + dims + ",total,notes")
start = date(2026, 9, 21)  # a Monday; ten weeks up to 2026-11-29
for n, problem in enumerate(sys.argv[1:]):
    day = start + timedelta(days=7 * (n // 2) + 3 * (n % 2))
    scores = [4, 2, 4, 4, 4, 2 + (n % 2), 4, 4, 3, 4, 4, 4]
    print(f"{day}T19:00,{problem},standard-45,solo,self," + ",".join(map(str, scores)) + f",{sum(scores)},")
PY
"$BIN" import "$WORK/ten-weeks.csv" > /dev/null || fail "import of the generated history"
"$BIN" drill grade card:latency-numbers good --at 2026-11-30T09:00 > /dev/null
"$BIN" today --at 2026-12-02T08:00 > "$WORK/today.out" || fail "today failed"
cat "$WORK/today.out"

grep -qF "Today, Wednesday 2 December 2026" "$WORK/today.out" || fail "no date heading"
# Reviews: the card reviewed on the 30th (good, 3 days) is due on the 3rd, not today; 10 new items.
grep -qF "Reviews: nothing is due today; 10 new items" "$WORK/today.out" || fail "reviews line untrue"
"$BIN" today --at 2026-12-03T10:00 > "$WORK/tomorrow.out"
grep -qF "Reviews: 1 item is due" "$WORK/tomorrow.out" || fail "the card is not due on the 3rd: $(cat "$WORK/tomorrow.out")"

# The weakest dimensions named are the lowest averages of the history, with their averages.
tr '\n' ' ' < "$WORK/today.out" | tr -s ' ' > "$WORK/flat.txt"
grep -qF "Your weakest dimensions lately: Back-of-envelope 2, Caching & CDN 2.5" "$WORK/flat.txt" ||
    fail "weakest dimensions untrue"
problem=$(sed -n 's/.*\$ sdmock start --problem \([a-z-]*\).*/\1/p' "$WORK/today.out")
[ -n "$problem" ] || fail "no mock command"
"$BIN" problems show "$problem" --format json > "$WORK/problem.json"
[ "$(json 'bool({"estimation", "caching"} & set(d["focus"]))' < "$WORK/problem.json")" = True ] ||
    fail "$problem stresses neither weak dimension"
# Not mocked lately: none of the last four weeks' problems.
for recent in "${problems[@]:12}"; do
    [ "$problem" != "$recent" ] || fail "$problem was mocked in the last four weeks"
done
if grep -qF "Last mocked" "$WORK/flat.txt"; then
    last=$(sed -n 's/.*Last mocked \([0-9-]*\).*/\1/p' "$WORK/flat.txt")
    grep -q "^$last.*,$problem," "$WORK/ten-weeks.csv" || fail "last mocked $last is not in the history"
fi
# Estimation averages 2: the estimation drill, with its command.
grep -qF "Estimation drill: your estimation scores average 2;" "$WORK/flat.txt" || fail "no estimation drill"
grep -qF '$ sdmock drill estimate' "$WORK/today.out" || fail "no drill estimate command"
grep -qF '$ sdmock drill cards' "$WORK/today.out" || fail "no drill cards command"
echo ok
