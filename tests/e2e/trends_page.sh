#!/usr/bin/env bash
# The home screen's Trends page colours the week-over-week change as the text report does (a
# rise green, a fall red), and under NO_COLOR shows no colour at all.
BIN=$1 SRC=$2
source "$(dirname "$0")/../support/e2e_lib.sh"

dims=requirements,estimation,api,architecture,data,caching,async,scaling,reliability,security,observability,communication
monday=$(python3 -c 'import datetime as d; t=d.date.today(); print(t - d.timedelta(days=t.weekday()))')
week() { python3 -c "import datetime as d; print(d.date.fromisoformat('$monday') - d.timedelta(weeks=$1))"; }
cat > "$WORK/sheet.csv" <<CSV
date,problem,plan,mode,scorer,$dims,total,notes
$(week 3),uber,standard-45,solo,self,3,3,3,3,3,2,2,3,3,3,3,3,,
$(week 2),pastebin,standard-45,solo,self,4,4,4,3,4,3,3,4,4,3,3,4,,
$(week 1),zoom,standard-45,solo,self,3,3,3,3,3,3,3,3,3,3,3,3,,
CSV
"$BIN" import "$WORK/sheet.csv" >/dev/null

# colours: the page's escape sequences as tmux holds them.
colours() { $T capture-pane -e -p -t t; }

tui_start 80 24
wait_for "Start a solo mock"
keys /; type_text "trends"; keys Enter Enter
wait_for "Change"
"$BIN" report --format text > "$WORK/report.txt"
grep -F -- "+" "$WORK/report.txt" >/dev/null || fail "the report has no rise to colour: $(cat "$WORK/report.txt")"
colours > "$WORK/colour.txt"
grep -F $'\e[32m+' "$WORK/colour.txt" >/dev/null || fail "no green rise on the Trends page: $(cat -v "$WORK/colour.txt")"
grep -F $'\e[31m-' "$WORK/colour.txt" >/dev/null || fail "no red fall on the Trends page: $(cat -v "$WORK/colour.txt")"
screen | grep -F $'\e' >/dev/null && fail "an escape sequence reached the page as text"
keys Q; wait_dead >/dev/null

tmux_reset
NO_COLOR=1 tui_start 80 24
wait_for "Start a solo mock"
keys /; type_text "trends"; keys Enter Enter
wait_for "Change"
colours > "$WORK/plain.txt"
grep -E $'\e\\[[0-9;]*3[0-7]m' "$WORK/plain.txt" >/dev/null && fail "colours under NO_COLOR: $(cat -v "$WORK/plain.txt")"
keys Q
[ "$(wait_dead)" = 0 ] || fail "exit status after Q"
echo ok
