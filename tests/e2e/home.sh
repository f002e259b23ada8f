#!/usr/bin/env bash
# The home screen of `sdmock` with no arguments: browse a problem (no answer key), start a mock
# from the pickers, leave it, resume it from the menu, and find it in the history.
BIN=$1 SRC=$2
source "$(dirname "$0")/../support/e2e_lib.sh"

tui_start 80 24
wait_for "Start a solo mock"
wait_for "Browse problems"
keys /; type_text "browse"; keys Enter Enter   # Browse problems, found with the search
wait_for "Problems"
keys Enter                               # the first problem by title
wait_for "Ad Click Aggregator"
screen | grep -q "Answer key" && fail "the problem card on the home screen shows the answer key"
keys Escape; wait_for "Problems"; keys Escape
wait_for "Start a solo mock"
keys Home Down Enter                     # Start a solo mock (Today comes first)
wait_for "Choose a problem"
keys Down Enter                          # the first problem after (random)
wait_for "Choose a plan"
screen | grep -q "▶ Standard 45-minute interview" || fail "the default plan is not first"
keys Down Enter                          # the shortest plan
wait_for "Phase 1 of 3 · Requirements"
keys q; wait_for "Leave the mock?"; keys y
wait_for "Resume session 1"
keys /; type_text "resume session 1"; keys Enter Enter
wait_for "Phase 1 of 3 · Requirements"
keys q; wait_for "Leave the mock?"; keys y
wait_for "Resume session 1"
keys End Up Enter                        # History (Quit is last)
wait_for "#1"
wait_for "ad-click-aggregator"
keys Enter
wait_for "Session 1"
keys Escape; keys Escape; keys q
[ "$(wait_dead)" = 0 ] || fail "exit status after q"
echo ok
