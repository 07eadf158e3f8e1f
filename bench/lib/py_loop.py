# SPDX-License-Identifier: GPL-2.0-or-later
"""The Python mutagen side of bench/compare.

For each file, repeats "mutagen.File + info + every tag value" for a time budget (in 5 batches) and prints the
microseconds per read of the fastest batch, in the same tab-separated format as the other loops: mode, file, status, kind, us, iterations.
The loop shape matches mutagen.bench.Touch on the Java side: info.length and every public info attribute, then
every key of f.keys() with f[key] fully materialised (pprint() when the value has one, the elements of a list,
len() of str/bytes, else str()).

usage: python3 py_loop.py --list FILE [--modes python-path,python-bytes] [--budget-ms 20] [--warmup-ms 1000]
       python3 py_loop.py --list FILE --shapes
"""
import argparse
import io
import os
import sys
import time

import mutagen

# The budget of a file is spent in this many batches; the fastest batch's mean is reported (as in CompareLoop).
BATCHES = 5


def touch_value(v, shape=None):
    """Materialises one value; returns a checksum. With a list as shape, notes what it did (see Touch.shape)."""
    if v is None:
        return note(shape, "None", 0)
    if isinstance(v, str):
        return note(shape, "s", len(v))
    if isinstance(v, (bytes, bytearray)):
        return note(shape, "b", len(v))
    if isinstance(v, (bool, int, float)):
        return note(shape, "n", int(v))
    if isinstance(v, (list, tuple)):
        if shape is not None:
            shape.append("[")
        s = 1
        for x in v:
            s += touch_value(x, shape)
            if shape is not None:
                shape.append(",")
        if shape is not None:
            shape.append("]")
        return s
    if isinstance(v, dict):
        s = 1
        for k, x in v.items():
            s += touch_value(k) + touch_value(x)
        return note(shape, "{%d}" % len(v), s)
    pprint = getattr(v, "pprint", None)
    if pprint is not None:
        return note(shape, "p", len(pprint()))
    return note(shape, "t", len(str(v)))


def note(shape, what, n):
    if shape is not None:
        shape.append(what + (str(n) if len(what) == 1 and what != "n" else ""))
    return n


# Per info class, the names of its public data attributes: the instance's, and the class's own (class-level
# defaults such as MPEGInfo.album_gain, properties such as DSFInfo.length), as StreamInfo.attributes() lists
# them in Java. Only the names are cached; every read gets every value (properties are computed each time).
_INFO_NAMES = {}


def info_names(info):
    cls = type(info)
    names = _INFO_NAMES.get(cls)
    if names is None:
        found = set()
        for c in cls.__mro__:
            if c is object:
                continue
            for k, v in vars(c).items():
                # (upper-case names are class constants, such as WaveStreamInfo.SIZE, not attributes)
                if not k.startswith("_") and not k.isupper() and not callable(v) and not isinstance(v, (staticmethod, classmethod)):
                    found.add(k)
        names = _INFO_NAMES[cls] = sorted(found)
    return [k for k in vars(info) if not k.startswith("_") and k not in names] + names


def info_attributes(info):
    for k in info_names(info):
        v = getattr(info, k)
        if v is None or isinstance(v, (str, bytes, int, float, bool)):
            yield k, v


def touch_file(f):
    s = 0
    info = f.info
    if info is not None:
        s += int(info.length or 0)
        # the public plain attributes, as StreamInfo.attributes() lists them in Java
        for k, v in info_attributes(info):
            s += len(k) + touch_value(v)
    if f.tags is not None:
        for k in f.keys():
            s += len(k) + touch_value(f[k])
    return s


def describe(f):
    """What touch_file reads, as Touch.describe prints it in Java (for bench/parity)."""
    info = f.info
    head = "-" if info is None else ",".join(sorted(k for k, _v in info_attributes(info)))
    keys = []
    if f.tags is not None:
        for k in sorted(f.keys()):
            shape = []
            touch_value(f[k], shape)
            keys.append("%s=%s" % (k, "".join(shape)))
    return (head + "\t" + " ".join(keys)).strip()


def open_path(state):
    return mutagen.File(state)


def open_bytes(state):
    data, name = state
    bio = io.BytesIO(data)
    bio.name = name  # takes part in detection, as the name passed to File.open(byte[], name, options) in Java
    return mutagen.File(bio)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--list", required=True)
    ap.add_argument("--modes", default="python-path,python-bytes")
    ap.add_argument("--budget-ms", type=int, default=20)
    ap.add_argument("--warmup-ms", type=int, default=1000)
    ap.add_argument("--shapes", action="store_true", help="print what a read from memory touches per file, untimed")
    args = ap.parse_args()
    if mutagen.version != (1, 48, 1):
        sys.exit("expected mutagen 1.48.1, found %s (%s)" % (mutagen.version_string, mutagen.__file__))
    with open(args.list, encoding="utf-8") as fh:
        files = [line.strip() for line in fh if line.strip()]
    if args.shapes:
        for p in files:
            with open(p, "rb") as fh:
                state = (fh.read(), os.path.basename(p))
            try:
                f = open_bytes(state)
                what = "none" if f is None else type(f).__name__ + "\t" + describe(f)
            except Exception:
                what = "err"
            print("%s\t%s" % (p, what))
        return 0
    budget = args.budget_ms / 1000.0
    out = sys.stdout
    sink = 0
    for mode in args.modes.split(","):
        if mode == "python-path":
            opener, states = open_path, list(files)
        elif mode == "python-bytes":
            opener = open_bytes
            states = []
            for p in files:
                with open(p, "rb") as fh:
                    states.append((fh.read(), os.path.basename(p)))
        else:
            sys.exit("unknown mode " + mode)
        checks = []
        for st in states:
            try:
                f = opener(st)
                if f is None:
                    checks.append(("none", ""))
                else:
                    touch_file(f)
                    checks.append(("ok", type(f).__name__))
            except Exception as e:  # report, as the other loops do, and go on
                checks.append(("err:" + type(e).__name__, ""))
        end = time.perf_counter() + args.warmup_ms / 1000.0
        while True:
            for st, (status, _) in zip(states, checks):
                if status == "ok":
                    sink += touch_file(opener(st))
            if time.perf_counter() >= end:
                break
        for path, st, (status, kind) in zip(files, states, checks):
            if status != "ok":
                out.write("%s\t%s\t%s\t%s\t\t0\n" % (mode, path, status, kind))
                continue
            best = None
            total = 0
            for _batch in range(BATCHES):
                n = 0
                start = time.perf_counter()
                while True:
                    sink += touch_file(opener(st))
                    n += 1
                    elapsed = time.perf_counter() - start
                    if elapsed >= budget / BATCHES:
                        break
                us = elapsed * 1e6 / n
                best = us if best is None else min(best, us)
                total += n
            out.write("%s\t%s\tok\t%s\t%.3f\t%d\n" % (mode, path, kind, best, total))
        out.flush()
    return 0 if sink >= 0 else 1


if __name__ == "__main__":
    sys.exit(main())
