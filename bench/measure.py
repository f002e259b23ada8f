#!/usr/bin/env python3
"""Runs a command several times and prints the medians of its wall time, its CPU time (user +
system, from the kernel's accounting of that one child) and its peak resident memory.

Usage: bench/measure.py RUNS [--setup CMD] -- COMMAND [ARG...]
Prints one line: `wall_s cpu_s peak_mib`. Standard output of COMMAND is discarded; a failing
run stops the measurement with its exit status. --setup runs CMD (through sh) before each run,
untimed (a fresh database for an import, say).
"""
import os
import statistics
import subprocess
import sys
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
    walls, cpus, peaks = [], [], []
    for _ in range(runs):
        if setup:
            subprocess.run(setup, shell=True, check=True)
        with open(os.devnull, "wb") as null:
            t0 = time.perf_counter()
            child = subprocess.Popen(args, stdout=null)
            _, status, usage = os.wait4(child.pid, 0)
            walls.append(time.perf_counter() - t0)
        if os.waitstatus_to_exitcode(status) != 0:
            print(f"failed: {' '.join(args)}", file=sys.stderr)
            return 1
        cpus.append(usage.ru_utime + usage.ru_stime)
        peaks.append(usage.ru_maxrss / 1024)  # KiB on Linux
    print(f"{statistics.median(walls):.4f} {statistics.median(cpus):.4f} {statistics.median(peaks):.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
