# SPDX-License-Identifier: GPL-2.0-or-later
"""Times a whole process, start to exit: runs the command once untimed, then N times, and prints
"median_ms<TAB>min_ms<TAB>exit_code" (the exit code of the last run; stdout and stderr are discarded).

usage: python3 proctime.py [--runs 10] -- COMMAND [ARGS...]
"""
import statistics
import subprocess
import sys
import time


def main():
    args = sys.argv[1:]
    runs = 10
    if args[:1] == ["--runs"]:
        runs = int(args[1])
        args = args[2:]
    if args[:1] == ["--"]:
        args = args[1:]
    if not args:
        sys.exit(__doc__)
    code = subprocess.run(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        code = subprocess.run(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
        times.append((time.perf_counter() - start) * 1000.0)
    print("%.1f\t%.1f\t%d" % (statistics.median(times), min(times), code))


if __name__ == "__main__":
    main()
