# SPDX-License-Identifier: GPL-2.0-or-later
"""Summarises the raw results of bench/compare into per-format tables (printed, and written as Markdown).

Input: a TSV of "round mode file status kind us iterations" lines from every loop, the start-up timings and a
key=value file describing the machine. Per file and mode the median over rounds is taken; a format's figure is the
mean over its files (µs/file). Formats are the kinds Python mutagen detects (type(f).__name__); files mutagen
cannot read are left out and counted. A ratio is ours ÷ theirs in time, summed over the files both read
(below 1 means ours is faster).

usage: python3 report.py --results R.tsv --startup S.tsv --machine M.txt --out latest.md
"""
import argparse
import collections
import os
import statistics

MODES = [
    ("ours-path", "ours (path)"),
    ("ours-bytes", "ours (byte[])"),
    ("python-path", "mutagen (path)"),
    ("python-bytes", "mutagen (BytesIO)"),
    ("jaudiotagger", "jaudiotagger"),
    ("taglib-path", "TagLib (path)"),
    ("taglib-bytes", "TagLib (memory)"),
    ("java-floor", "floor Java"),
    ("java-ends", "floor Java, both ends"),
    ("c-floor", "floor C"),
]
RATIOS = [
    ("ours-path", "python-path", "ours ÷ mutagen (path)"),
    ("ours-bytes", "python-bytes", "ours ÷ mutagen (memory)"),
    ("ours-path", "jaudiotagger", "ours ÷ jaudiotagger"),
    ("ours-path", "taglib-path", "ours ÷ TagLib (path)"),
    ("ours-bytes", "taglib-bytes", "ours ÷ TagLib (memory)"),
    ("ours-path", "java-floor", "ours ÷ floor (Java)"),
    ("ours-path", "java-ends", "ours ÷ floor (Java, both ends)"),
    ("ours-path", "c-floor", "ours ÷ floor (C)"),
]
# The format families of the issues' performance goals, in report order: (family, issue, mutagen's kinds).
FAMILIES = [
    ("MP3", 6, ("MP3", "EasyMP3", "ID3FileType")),
    ("FLAC", 6, ("FLAC",)),
    ("Ogg", 13, ("OggVorbis", "OggOpus", "OggSpeex", "OggFLAC", "OggTheora")),
    ("MP4", 14, ("MP4", "EasyMP4")),
    ("APEv2 family", 17, ("APEv2File", "WavPack", "Musepack", "MonkeysAudio", "OptimFROG", "TAK", "TrueAudio",
                          "EasyTrueAudio")),
    ("chunked", 18, ("WAVE", "AIFF", "DSF", "DSDIFF")),
    ("ASF", 19, ("ASF",)),
    ("AAC", 19, ("AAC",)),
    ("AC-3", 19, ("AC3",)),
    ("SMF", 19, ("SMF",)),
]
# The goals of every format issue, checked per family: from memory >= 100x mutagen from BytesIO, from a path
# <= 1.2x the both-ends Java floor.
MEMORY_GOAL = 100.0
PATH_GOAL = 1.2

REFERENCE = [
    ("python-path", "taglib-path", "mutagen ÷ TagLib (path)"),
    ("python-path", "jaudiotagger", "mutagen ÷ jaudiotagger"),
    ("python-path", "c-floor", "mutagen ÷ floor (C)"),
    ("jaudiotagger", "java-floor", "jaudiotagger ÷ floor (Java)"),
    ("taglib-path", "c-floor", "TagLib ÷ floor (C)"),
]


def load(path):
    """(mode, file) -> {"status": first non-ok status or ok, "kind": ..., "us": [per round]}"""
    data = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            parts = line.rstrip("\n").split("\t")
            if len(parts) < 7:
                continue
            _round, mode, file, status, kind, us, _iters = parts[:7]
            d = data.setdefault((mode, file), {"status": status, "kind": kind, "us": []})
            if status != "ok":
                d["status"] = status
            elif us:
                d["us"].append(float(us))
            if kind and not d["kind"]:
                d["kind"] = kind
    for d in data.values():
        if d["status"] == "ok" and not d["us"]:
            d["status"] = "err:untimed"
        d["median"] = statistics.median(d["us"]) if d["status"] == "ok" else None
    return data


def fmt_us(v):
    if v is None:
        return ""
    return "%.0f" % v if v >= 100 else "%.1f" % v


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--results", required=True)
    ap.add_argument("--startup", required=True)
    ap.add_argument("--machine", required=True)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()

    data = load(args.results)
    modes_present = {m for (m, _f) in data}
    files = sorted({f for (_m, f) in data})
    kinds = collections.OrderedDict()
    skipped = collections.Counter()
    skipped_exts = set()
    for f in files:
        py = data.get(("python-path", f))
        if py is None or py["status"] != "ok":
            skipped[py["status"] if py else "missing"] += 1
            skipped_exts.add(os.path.splitext(f)[1].lower() or "(none)")
            continue
        kinds.setdefault(py["kind"], []).append(f)
    family_of = {k: (name, issue) for name, issue, ks in FAMILIES for k in ks}
    family_order = [name for name, _i, _k in FAMILIES]

    def kind_key(k):
        name = family_of.get(k, ("other", 0))[0]
        return (family_order.index(name) if name in family_order else len(family_order), k)

    order = sorted(kinds, key=kind_key)
    groups = [(k, kinds[k]) for k in order] + [("all formats", [f for k in order for f in kinds[k]])]
    families = []  # (family, issue, kinds, files)
    for name, issue, ks in FAMILIES + [("other", 0, tuple(k for k in order if k not in family_of))]:
        present = [k for k in order if k in ks]
        if present:
            families.append((name, issue, present, [f for k in present for f in kinds[k]]))

    def label(kind):
        return "%s / %s" % (family_of.get(kind, ("other", 0))[0], kind) if kind != "all formats" else kind

    def cell(mode, group_files):
        ds = [data.get((mode, f)) for f in group_files]
        ok = [d["median"] for d in ds if d and d["status"] == "ok"]
        if mode not in modes_present:
            return "not run"
        if not ok:
            statuses = {d["status"] for d in ds if d}
            if mode.startswith("ours") and statuses <= {"unsupported", "none"}:
                return "unsupported"
            return "n/a"
        text = fmt_us(statistics.mean(ok))
        if len(ok) < len(group_files):
            text += " (%d/%d)" % (len(ok), len(group_files))
        return text

    def ratio(a, b, group_files):
        value, n = ratio_value(a, b, group_files)
        if value is None:
            return "–"
        text = "%.2f" % value
        if n < len(group_files):
            text += " (%d/%d)" % (n, len(group_files))
        return text

    def ratio_value(a, b, group_files):
        """sum(a) / sum(b) over the files both read, and how many those are; (None, 0) when none."""
        sa = sb = 0.0
        n = 0
        for f in group_files:
            da, db = data.get((a, f)), data.get((b, f))
            if da and db and da["status"] == "ok" and db["status"] == "ok":
                sa += da["median"]
                sb += db["median"]
                n += 1
        if n == 0 or sb == 0:
            return None, 0
        return sa / sb, n

    machine = collections.OrderedDict()
    with open(args.machine, encoding="utf-8") as fh:
        for line in fh:
            if "=" in line:
                k, v = line.rstrip("\n").split("=", 1)
                machine[k] = v

    out = []
    out.append("# mutagen-java side-by-side benchmark")
    out.append("")
    for k, v in machine.items():
        out.append("- %s: %s" % (k, v))
    out.append("- files: %d read by Python mutagen in %d formats%s" % (
        sum(len(v) for v in kinds.values()), len(kinds),
        "; left out (mutagen cannot read them): " + ", ".join("%d %s" % (n, s) for s, n in sorted(skipped.items()))
        if skipped else ""))
    if skipped_exts:
        out.append("- extensions of the files left out: " + " ".join(sorted(skipped_exts)))
    out.append("")
    out.append("## Goals per format family (from memory >= %.0fx mutagen from BytesIO; from a path <= %.1fx the "
               "both-ends Java floor)" % (MEMORY_GOAL, PATH_GOAL))
    out.append("")
    out.append("Ratios over the files both sides read, summed times (time ÷ time, so a family's files weigh by "
               "their cost); the range is the lowest and highest single file's ratio.")
    out.append("")
    out.append("| family | issue | formats | extensions | files | mutagen (BytesIO) ÷ ours (byte[]) | per file | memory goal "
               "| ours (path) ÷ both-ends floor | per file | path goal |")
    out.append("|---|---:|---|---|---:|---:|---|---|---:|---|---|")
    for name, issue, ks, fs in families:
        mem, _n = ratio_value("python-bytes", "ours-bytes", fs)
        path, _m = ratio_value("ours-path", "java-ends", fs)
        mem_files = [v for v in (ratio_value("python-bytes", "ours-bytes", [f])[0] for f in fs) if v is not None]
        path_files = [v for v in (ratio_value("ours-path", "java-ends", [f])[0] for f in fs) if v is not None]
        exts = sorted({os.path.splitext(f)[1].lower() for f in fs})
        out.append("| %s | %s | %s | %s | %d | %s | %s | %s | %s | %s | %s |" % (
            name, issue or "", ", ".join(ks), " ".join(exts), len(fs),
            "%.0fx" % mem if mem else "–",
            "%.0f–%.0fx" % (min(mem_files), max(mem_files)) if mem_files else "",
            ("pass" if mem >= MEMORY_GOAL else "fail") if mem else "not run",
            "%.2f" % path if path else "–",
            "%.2f–%.2f" % (min(path_files), max(path_files)) if path_files else "",
            ("pass" if path <= PATH_GOAL else "fail") if path else "not run"))
    out.append("")
    out.append("## µs per file (mean over the format's files of the per-file median over rounds)")
    out.append("")
    out.append("Each read: open + stream info + every tag key and value, fully materialised; the floor is open + "
               "read 4 KiB + close; the floor for both ends also asks the size and reads the last 4 KiB (what any "
               "reader of ID3v1/APEv2 tags or of the file size must do at least). \"(n/m)\": only n of the m files were read by that library.")
    out.append("")
    shown = [(m, label) for m, label in MODES]
    out.append("| format | files | " + " | ".join(label for _m, label in shown) + " |")
    out.append("|---|---:|" + "---:|" * len(shown))
    for kind, fs in groups:
        out.append("| %s | %d | " % (label(kind), len(fs)) + " | ".join(cell(m, fs) for m, _l in shown) + " |")
    out.append("")
    out.append("## Ratios (time ÷ time; below 1 = ours faster)")
    out.append("")
    out.append("| format | " + " | ".join(label for _a, _b, label in RATIOS) + " |")
    out.append("|---|" + "---:|" * len(RATIOS))
    for kind, fs in groups:
        out.append("| %s | " % label(kind) + " | ".join(ratio(a, b, fs) for a, b, _l in RATIOS) + " |")
    out.append("")
    out.append("Reference ratios between the other readers:")
    out.append("")
    out.append("| format | " + " | ".join(label for _a, _b, label in REFERENCE) + " |")
    out.append("|---|" + "---:|" * len(REFERENCE))
    for kind, fs in groups:
        out.append("| %s | " % label(kind) + " | ".join(ratio(a, b, fs) for a, b, _l in REFERENCE) + " |")
    out.append("")
    out.append("## mutagen-inspect start-up (whole process, one small file)")
    out.append("")
    out.append("| tool | median ms | min ms | exit code |")
    out.append("|---|---:|---:|---:|")
    with open(args.startup, encoding="utf-8") as fh:
        for line in fh:
            parts = line.rstrip("\n").split("\t")
            if len(parts) >= 4:
                out.append("| %s | %s | %s | %s |" % tuple(parts[:4]))
            elif len(parts) >= 2:
                out.append("| %s | %s | | |" % (parts[0], parts[1]))
    out.append("")
    text = "\n".join(out)
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    with open(args.out, "w", encoding="utf-8") as fh:
        fh.write(text)
    print(text)


if __name__ == "__main__":
    main()
