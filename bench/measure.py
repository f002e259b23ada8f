#!/usr/bin/env python3
"""Runs a command several times and prints the medians of its wall time, its CPU time (user +
system, from the kernel's accounting of that one child) and its peak resident memory.

The peak memory is read by GNU time (/usr/bin/time, Debian's package `time`), which forks a
small C process: a child forked straight from Python would start with Python's own memory
counted in its peak. Without GNU time the peak is printed as `-`.

Usage: bench/measure.py RUNS [--setup CMD] -- COMMAND [ARG...]
Prints one line: `wall_s cpu_s peak_mib`. The output of COMMAND is discarded; a failing
run stops the measurement with its exit status. --setup runs CMD (through sh) before each run,
untimed (a fresh database for an import, say).
"""
import os
import statistics
import subprocess
import sys
import tempfile
import time


def main() -> int:
    args = sys.argv[1:]
    runs = int(args.pop(0))
    setup = None
    if args and args[0] == "--setup":
        setup = args[1]
        args = args[2:]
    if args and args[0] == "--":
        args = args[1:]
    gnu_time = "/usr/bin/time" if os.access("/usr/bin/time", os.X_OK) else None
    walls, cpus, peaks = [], [], []
    for _ in range(runs):
        if setup:
            subprocess.run(setup, shell=True, check=True)
        with open(os.devnull, "wb") as null, tempfile.NamedTemporaryFile("r") as peak:
            command = [gnu_time, "-f", "%M", "-o", peak.name] + args if gnu_time else args
            t0 = time.perf_counter()
            child = subprocess.Popen(command, stdout=null, stderr=null)
            _, status, usage = os.wait4(child.pid, 0)
            walls.append(time.perf_counter() - t0)
            if os.waitstatus_to_exitcode(status) != 0:
                print(f"failed: {' '.join(args)}", file=sys.stderr)
                return 1
            # GNU time's own CPU is a few hundred microseconds; its child's is counted in `usage`.
            cpus.append(usage.ru_utime + usage.ru_stime)
            if gnu_time:
                peaks.append(int(peak.read().split()[-1]) / 1024)  # KiB
    peak_text = f"{statistics.median(peaks):.1f}" if peaks else "-"
    print(f"{statistics.median(walls):.4f} {statistics.median(cpus):.4f} {peak_text}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
