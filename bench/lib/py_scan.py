# SPDX-License-Identifier: GPL-2.0-or-later
"""Python mutagen scanning a library, for ScanCost's "python" reader (issue 22: a scan beside mutagen's own loop).

Reads every path of the list once with mutagen.File and touches it as py_loop.touch_file does (the Java side's
Touch.file); a file mutagen cannot read counts as failed, as a bad file is a result of a Java scan. With --procs N
the list is split among N forked processes (every N-th path each: Python has no parallel threads for this work).
Prints one line: microseconds of wall time per file for the whole scan (the forks and waits included), files read,
files failed.

usage: python3 py_scan.py --list FILE [--procs 1]
"""
import argparse
import os
import sys
import time

import mutagen

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from py_loop import touch_file  # noqa: E402  (the same touch as bench/compare's loop)


def scan(paths):
    """Reads the paths; returns (read, failed)."""
    read = failed = 0
    for p in paths:
        try:
            f = mutagen.File(p)
            if f is not None:
                touch_file(f)
            read += 1
        except Exception:
            failed += 1
    return read, failed


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--list", required=True)
    ap.add_argument("--procs", type=int, default=1)
    args = ap.parse_args()
    with open(args.list, encoding="utf-8") as fh:
        paths = [line.rstrip("\n") for line in fh if line.strip()]
    start = time.perf_counter()
    if args.procs <= 1:
        read, failed = scan(paths)
    else:
        children = []
        for k in range(args.procs):
            r, w = os.pipe()
            pid = os.fork()
            if pid == 0:
                os.close(r)
                counts = scan(paths[k::args.procs])
                os.write(w, ("%d %d" % counts).encode())
                os._exit(0)
            os.close(w)
            children.append((pid, r))
        read = failed = 0
        for pid, r in children:
            with os.fdopen(r) as fh:
                a, b = fh.read().split()
            os.waitpid(pid, 0)
            read += int(a)
            failed += int(b)
    elapsed = time.perf_counter() - start
    print("%.3f %d %d" % (elapsed * 1e6 / max(1, len(paths)), read, failed))


if __name__ == "__main__":
    main()
