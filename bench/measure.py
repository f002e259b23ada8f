#!/usr/bin/env python3
"""Runs commands several times, interleaved, and prints for each the medians of its wall time, its
CPU time (user + system, from the kernel's accounting of that one child) and its peak resident
memory.

The peak memory is read by GNU time (/usr/bin/time, Debian's package `time`), which forks a
small C process: a child forked straight from Python would start with Python's own memory
counted in its peak. Without GNU time the peak is printed as `-`.

Usage: bench/measure.py RUNS [--setup CMD] -- COMMAND [ARG...] [:: [--setup CMD] -- COMMAND [ARG...]]...
Prints one line per command, in the order given: `wall_s cpu_s peak_mib`. Run i of every command
comes before run i + 1 of any, so a change of load on the machine falls on all of them alike.
The output of COMMAND is discarded; a failing run stops the measurement with its exit status.
--setup runs CMD (through sh) before each run of its command, untimed (a fresh database for an
import, say).
"""
import os
import statistics
import subprocess
import sys
import tempfile
import time


def parse(args):
    """The (setup, command) of each group of `args`, groups separated by `::`."""
    groups, group = [], []
    for arg in args + ["::"]:
        if arg != "::":
            group.append(arg)
            continue
        setup = None
        if group and group[0] == "--setup":
            setup, group = group[1], group[2:]
        if group and group[0] == "--":
            group = group[1:]
        groups.append((setup, group))
        group = []
    return groups


def run_once(setup, command, gnu_time):
    """(wall s, CPU s, peak MiB or None) of one run, or None when it failed."""
    if setup:
        subprocess.run(setup, shell=True, check=True)
    with open(os.devnull, "wb") as null, tempfile.NamedTemporaryFile("r") as peak:
        argv = [gnu_time, "-f", "%M", "-o", peak.name] + command if gnu_time else command
        t0 = time.perf_counter()
        child = subprocess.Popen(argv, stdout=null, stderr=null)
        _, status, usage = os.wait4(child.pid, 0)
        wall = time.perf_counter() - t0
        if os.waitstatus_to_exitcode(status) != 0:
            return None
        # GNU time's own CPU is a few hundred microseconds; its child's is counted in `usage`.
        mib = int(peak.read().split()[-1]) / 1024 if gnu_time else None  # KiB
        return wall, usage.ru_utime + usage.ru_stime, mib


def main() -> int:
    args = sys.argv[1:]
    runs = int(args.pop(0))
    groups = parse(args)
    gnu_time = "/usr/bin/time" if os.access("/usr/bin/time", os.X_OK) else None
    results = [[] for _ in groups]
    for _ in range(runs):
        for (setup, command), out in zip(groups, results):
            got = run_once(setup, command, gnu_time)
            if got is None:
                print(f"failed: {' '.join(command)}", file=sys.stderr)
                return 1
            out.append(got)
    for out in results:
        walls, cpus, peaks = zip(*out)
        peak_text = f"{statistics.median(peaks):.1f}" if gnu_time else "-"
        print(f"{statistics.median(walls):.4f} {statistics.median(cpus):.4f} {peak_text}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
