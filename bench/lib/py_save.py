# SPDX-License-Identifier: GPL-2.0-or-later
"""The Python side of bench/save: mutagen.bench.SaveLoop's loop with Python mutagen. The sample is copied, its
title saved once (the template, with mutagen's default padding), then the title is set to one of two values of the
same length in turn and saved. Prints "file<TAB>µs per save<TAB>saves" (fastest of 10 rounds after 2 warm-up rounds).

With "cycle", each step is the whole edit as a user writes it: open (easy=True) + set the title + save.

usage: PYTHONPATH=... python3 py_save.py SAMPLE WORK_DIR [seconds [cycle]]
"""
import os
import shutil
import sys
import time

import mutagen


def main():
    sample, workdir = sys.argv[1], sys.argv[2]
    seconds = float(sys.argv[3]) if len(sys.argv) > 3 else 3.0
    cycle = len(sys.argv) > 4 and sys.argv[4] == "cycle"
    work = os.path.join(workdir, "save-py-" + os.path.basename(sample))
    shutil.copyfile(sample, work)
    f = mutagen.File(work, easy=True)
    f["title"] = "mutagen-bench"
    f.save()
    f = mutagen.File(work, easy=True)
    titles = ["mutagen-bench-edited", "mutagen-bench-EDITED"]
    round_s = seconds / 12
    best = float("inf")
    total = 0
    for rnd in range(12):
        n = 0
        start = time.perf_counter()
        while True:
            if cycle:
                f = mutagen.File(work, easy=True)
            f["title"] = titles[n & 1]
            f.save()
            n += 1
            elapsed = time.perf_counter() - start
            if elapsed >= round_s:
                break
        total += n
        if rnd >= 2:
            best = min(best, elapsed * 1e6 / n)
    os.remove(work)
    print("%s\t%.2f\t%d" % (os.path.basename(sample), best, total))


if __name__ == "__main__":
    main()
