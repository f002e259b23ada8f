#!/usr/bin/env bash
# The terminal goes away without a SIGHUP reaching sdmock (the window closed under a parent that
# ignores the hangup, as `make run` can): sdmock must notice, give up the screen and leave the
# session resumable, not spin on a dead terminal.
BIN=$1 SRC=$2
source "$(dirname "$0")/../support/e2e_lib.sh"

python3 - "$BIN" "$WORK" <<'PY'
import fcntl, os, pty, select, struct, subprocess, sys, termios, time
binary, work = sys.argv[1], sys.argv[2]
pid, fd = pty.fork()
if pid == 0:
    os.environ.update(LANG="C.UTF-8", TERM="xterm")
    os.execvp("sh", ["sh", "-c", f"trap '' HUP; {binary} start --problem uber --plan mini-25; "
                                 f"echo $? > {work}/lost.exit; sleep 30"])
def end_all():
    """Ends the shell and any sdmock still under it; returns the pids of those sdmocks."""
    left = subprocess.run(["pgrep", "-P", str(pid), "-x", "sdmock"], capture_output=True, text=True).stdout.split()
    for p in left:
        os.kill(int(p), 9)
    os.kill(pid, 9)
    os.waitpid(pid, 0)
    return left
fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
# Wait (reading what it draws) until the session screen is up.
shown, deadline = b"", time.time() + 10
while b"Phase 1 of 3" not in shown:
    if time.time() > deadline:
        end_all()
        sys.exit("the session screen never came up: " + repr(shown[-300:]))
    if select.select([fd], [], [], 0.1)[0]:
        shown += os.read(fd, 65536)
os.close(fd)                           # the terminal is gone; only the shell hears of it
deadline = time.time() + 10
while time.time() < deadline and not os.path.exists(f"{work}/lost.exit"):
    time.sleep(0.1)
if end_all():
    sys.exit("sdmock kept running on a terminal that was gone")
PY
[ -s "$WORK/lost.exit" ] || fail "no exit status"
[ "$(cat "$WORK/lost.exit")" = 129 ] || fail "exit status $(cat "$WORK/lost.exit"), want 129 (hung up)"
[ "$(sqlite3 "$SDMOCK_DB" 'SELECT status FROM sessions ORDER BY id DESC LIMIT 1')" = running ] \
    || fail "the session is not resumable"
echo ok
