# SPDX-License-Identifier: GPL-2.0-or-later
"""The Python side of mutagen-java's compatibility tests: the reference mutagen 1.48.1 as a live oracle.

One long-lived process answers requests, one JSON object per line, on stdin/stdout (or, with
``--listen HOST:PORT``, on the first TCP connection, as the container launcher uses it).

Start: the worker prints one line ``{"hello": "mutagen-oracle", "ok": true, "version": "1.48.1", "python": ...}``,
or ``{"hello": "mutagen-oracle", "ok": false, "error": "..."}`` and exits 2 when mutagen 1.48.1 is not what it
imports.

Requests (each answered by ``{"id": N, "ok": true, "result": ...}`` or, when the worker itself failed,
``{"id": N, "ok": false, "error": "<traceback>"}``):
  {"id": N, "op": "dump", "path": P}            -> the dump of P (see dump() below)
  {"id": N, "op": "inspect", "paths": [P...]}   -> {"stdout": S, "stderr": S, "exit": N} of mutagen-inspect
  {"id": N, "op": "edit", "path": P, "ops": [...]} -> {"error": null | {"class", "message"}, "done": N}
  {"id": N, "op": "version"}                    -> "1.48.1"

The normalised forms are the contract with mutagen.compat.Dump on the Java side; change both together.
"""

import re
import contextlib
import hashlib
import io
import json
import socket
import sys
import traceback

EXPECTED_VERSION = (1, 48, 1)


def hello():
    try:
        import mutagen
    except Exception as err:  # noqa: BLE001 - any import failure is reported the same way
        return {"hello": "mutagen-oracle", "ok": False,
                "error": "cannot import mutagen (%s: %s); sys.path=%r" % (type(err).__name__, err, sys.path)}
    if tuple(mutagen.version) != EXPECTED_VERSION:
        return {"hello": "mutagen-oracle", "ok": False,
                "error": "the oracle needs mutagen %s but imported mutagen %s from %s" % (
                    ".".join(map(str, EXPECTED_VERSION)), mutagen.version_string, mutagen.__file__)}
    return {"hello": "mutagen-oracle", "ok": True, "version": mutagen.version_string,
            "python": sys.version.split()[0], "mutagen": mutagen.__file__}


# ---------------------------------------------------------------------------------------------------------------
# Normalisation of values

def norm_bytes(data):
    data = bytes(data)
    return {"bytes": len(data), "sha1": hashlib.sha1(data).hexdigest()}


def norm_picture(p):
    """A FLAC picture block (mutagen.flac.Picture)."""
    out = {"type": int(p.type), "mime": p.mime, "desc": p.desc, "width": p.width, "height": p.height,
           "depth": p.depth, "colors": p.colors}
    out.update(norm_bytes(p.data))
    return {"picture": out}


def norm_block(b):
    """A FLAC metadata block: code and class, and what the block holds (StreamInfo, pictures and tags are compared
    elsewhere): seek points, cue sheet fields, padding length, comment vendor, raw data of other blocks."""
    from mutagen.flac import SeekTable, CueSheet, Padding, VCFLACDict, StreamInfo, Picture
    out = {"code": b.code, "class": type(b).__name__}
    if isinstance(b, SeekTable):
        out["seekpoints"] = [[p.first_sample, p.byte_offset, p.num_samples] for p in b.seekpoints]
    elif isinstance(b, CueSheet):
        out["media_catalog_number"] = norm(b.media_catalog_number)
        out["lead_in_samples"] = b.lead_in_samples
        out["compact_disc"] = b.compact_disc
        out["tracks"] = [[t.track_number, t.start_offset, norm(t.isrc), t.type, t.pre_emphasis,
                          [[i.index_number, i.index_offset] for i in t.indexes]] for t in b.tracks]
    elif isinstance(b, Padding):
        out["length"] = b.length
    elif isinstance(b, VCFLACDict):
        out["vendor"] = b.vendor
    elif not isinstance(b, (StreamInfo, Picture)):
        out.update(norm_bytes(b.data))
    return out


def norm_frame(frame):
    """An ID3 frame: its class, pprint() and every spec field by its Python attribute name."""
    fields = {}
    for spec in list(frame._framespec) + list(frame._optionalspec):
        if hasattr(frame, spec.name):
            fields[spec.name] = norm(getattr(frame, spec.name))
    return {"frame": type(frame).__name__, "pprint": frame.pprint(), "fields": fields}


def norm(v):
    """The normalised form of one value (see the module doc and mutagen.compat.Dump)."""
    from mutagen.id3 import Frame, ID3TimeStamp
    from mutagen.id3._tags import ID3Tags
    from mutagen.flac import Picture
    from mutagen.mp4 import MP4Cover, MP4FreeForm
    if v is None or isinstance(v, bool):
        return v
    if isinstance(v, int):
        return int(v)  # IntEnum (Encoding, PictureType, ...) as its number
    if isinstance(v, float):
        return repr(v)
    if isinstance(v, str):
        return str(v)
    if isinstance(v, MP4Cover):
        out = {"imageformat": int(v.imageformat)}
        out.update(norm_bytes(v))
        return {"cover": out}
    if isinstance(v, MP4FreeForm):
        out = {"dataformat": int(v.dataformat), "version": int(v.version)}
        out.update(norm_bytes(v))
        return {"freeform": out}
    if isinstance(v, (bytes, bytearray)):
        return norm_bytes(v)
    if isinstance(v, (list, tuple)):
        return [norm(x) for x in v]
    if isinstance(v, Frame):
        return norm_frame(v)
    if isinstance(v, ID3TimeStamp):
        return v.text
    if isinstance(v, ID3Tags):  # CHAP/CTOC sub_frames
        return {"frames": [[k, norm(v[k])] for k in sorted(v.keys())]}
    if isinstance(v, Picture):
        return norm_picture(v)
    name = type(v).__name__
    if hasattr(v, "kind") and hasattr(v, "value") and "APE" in name:
        return {"ape": name, "kind": int(v.kind), "value": norm(v.value)}
    if hasattr(v, "TYPE") and hasattr(v, "language") and hasattr(v, "stream"):
        return {"asf": name, "value": norm(v.value), "language": v.language, "stream": v.stream}
    # Python's default repr holds the object's address (DSFInfo.fmt_chunk): zeroed, as our toString() gives it
    return {"type": name, "repr": re.sub(r" object at 0x[0-9a-fA-F]+>$", " object at 0x0>", repr(v))}


def error_of(err):
    # "module" lets the Java side name mutagen's module-level `error` classes (mutagen.flac.error -> FLACError)
    return {"class": type(err).__name__, "module": type(err).__module__, "message": str(err)}


# ---------------------------------------------------------------------------------------------------------------
# dump

def chosen_kind(path):
    """The class name mutagen.File() picks for the path (None when no score is positive), with its scoring
    repeated exactly: one file object, the first 128 bytes, every Kind in mutagen's order, then (score, name)."""
    kinds = default_kinds()
    with open(path, "rb") as fileobj:
        try:
            header = fileobj.read(128)
        except IOError:
            header = b""
        results = [(Kind.score(path, fileobj, header), Kind.__name__) for Kind in kinds]
    results.sort()
    score, name = results[-1]
    return name if score > 0 else None


_KINDS = None


def default_kinds():
    global _KINDS
    if _KINDS is None:
        from mutagen.asf import ASF
        from mutagen.apev2 import APEv2File
        from mutagen.flac import FLAC
        from mutagen.id3 import ID3FileType
        from mutagen.mp3 import MP3
        from mutagen.oggflac import OggFLAC
        from mutagen.oggspeex import OggSpeex
        from mutagen.oggtheora import OggTheora
        from mutagen.oggvorbis import OggVorbis
        from mutagen.oggopus import OggOpus
        from mutagen.trueaudio import TrueAudio
        from mutagen.wavpack import WavPack
        from mutagen.mp4 import MP4
        from mutagen.musepack import Musepack
        from mutagen.monkeysaudio import MonkeysAudio
        from mutagen.optimfrog import OptimFROG
        from mutagen.aiff import AIFF
        from mutagen.aac import AAC
        from mutagen.ac3 import AC3
        from mutagen.smf import SMF
        from mutagen.tak import TAK
        from mutagen.dsf import DSF
        from mutagen.dsdiff import DSDIFF
        from mutagen.wave import WAVE
        # the list of mutagen/_file.py File() in 1.48.1, in its order
        _KINDS = [MP3, TrueAudio, OggTheora, OggSpeex, OggVorbis, OggFLAC, FLAC, AIFF, APEv2File, MP4,
                  ID3FileType, WavPack, Musepack, MonkeysAudio, OptimFROG, ASF, OggOpus, AAC, AC3, SMF, TAK,
                  DSF, DSDIFF, WAVE]
    return _KINDS


def info_attributes(info):
    """Every public attribute a user can read on the info object: the instance's (vars) and the class-level
    defaults (MPEGInfo.album_peak = None, ...), not methods and not ALL-CAPS class constants (WaveStreamInfo.SIZE)."""
    out = {}
    for name in sorted(dir(info)):
        if name.startswith("_") or name.isupper():
            continue
        value = getattr(info, name)
        if callable(value):
            continue
        out[name] = norm(value)
    return out


def tag_type(tags):
    """The tag class name; mutagen's private tag classes (_WaveID3, _IFFID3, _DSFID3, _DSDIFFID3) are public here,
    named without the underscore."""
    return type(tags).__name__.lstrip("_")


def dump(path):
    import mutagen
    out = {"kind": None, "error": None, "mime": None, "info": None, "pprint": None, "tags": None, "extras": {}}
    try:
        out["kind"] = chosen_kind(path)
    except Exception as err:  # noqa: BLE001
        out["error"] = error_of(err)
        return out
    try:
        f = mutagen.File(path)
    except Exception as err:  # noqa: BLE001
        out["error"] = error_of(err)
        return out
    if f is None:
        return out
    out["kind"] = type(f).__name__
    out["mime"] = list(f.mime)
    if f.info is not None:
        out["info"] = info_attributes(f.info)
    try:
        out["pprint"] = f.pprint()
    except Exception as err:  # noqa: BLE001
        out["pprint"] = {"error": error_of(err)}
    tags = f.tags
    if tags is not None:
        try:
            items = [[k, norm(tags[k])] for k in sorted(tags.keys())]
            out["tags"] = {"type": tag_type(tags), "items": items}
        except Exception as err:  # noqa: BLE001
            out["tags"] = {"type": tag_type(tags), "error": error_of(err)}
    pictures = getattr(f, "pictures", None)
    if isinstance(pictures, list):
        out["extras"]["pictures"] = [norm_picture(p) for p in pictures]
    from mutagen.flac import FLAC
    if isinstance(f, FLAC):
        out["extras"]["blocks"] = [norm_block(b) for b in f.metadata_blocks]
    return out


# ---------------------------------------------------------------------------------------------------------------
# inspect

def inspect(paths):
    from mutagen._tools import mutagen_inspect
    stdout, stderr = io.StringIO(), io.StringIO()
    code = 0
    # optparse names the program after sys.argv[0]; the installed tool sets it to "mutagen-inspect"
    saved_argv0, sys.argv[0] = sys.argv[0], "mutagen-inspect"
    with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
        try:
            code = mutagen_inspect.main(["mutagen-inspect"] + list(paths))
        except SystemExit as e:
            if e.code is None:
                code = 0
            elif isinstance(e.code, int):
                code = e.code
            else:
                print(e.code, file=sys.stderr)
                code = 1
        finally:
            sys.argv[0] = saved_argv0
    return {"stdout": stdout.getvalue(), "stderr": stderr.getvalue(), "exit": code or 0}


# ---------------------------------------------------------------------------------------------------------------
# edit

def make_value(spec):
    """Builds a tag value from its edit-script form (the inverse of norm() for what edits need)."""
    if isinstance(spec, list):
        return [make_value(x) for x in spec]
    if isinstance(spec, dict):
        if "asf" in spec:
            from mutagen.asf import ASFValue
            return ASFValue(make_value(spec["value"]), spec["asf"], language=spec.get("language"),
                            stream=spec.get("stream"))
        if "ape" in spec:
            from mutagen.apev2 import APEValue
            return APEValue(make_value(spec["value"]), spec["ape"])
        if "hex" in spec:
            return bytes.fromhex(spec["hex"])
        if "seeded" in spec:
            return seeded_bytes(spec["seeded"]["seed"], spec["seeded"]["size"])
        if "frame" in spec:
            from mutagen import id3
            cls = getattr(id3, spec["frame"])
            return cls(**{k: make_value(v) for k, v in spec.get("fields", {}).items()})
        if "cover" in spec:
            from mutagen.mp4 import MP4Cover
            c = spec["cover"]
            return MP4Cover(bytes.fromhex(c["hex"]), imageformat=c["imageformat"])
        if "freeform" in spec:
            from mutagen.mp4 import MP4FreeForm
            c = spec["freeform"]
            return MP4FreeForm(bytes.fromhex(c["hex"]), dataformat=c.get("dataformat", 1),
                               version=c.get("version", 0))
        raise ValueError("unknown value form %r" % (spec,))
    return spec


def seeded_bytes(seed, size):
    """Deterministic filler (the same in mutagen.compat.Seeded): SHA-256 of "SEED:K" for K = 0, 1, ... joined."""
    out = bytearray()
    k = 0
    while len(out) < size:
        out += hashlib.sha256(("%d:%d" % (seed, k)).encode("ascii")).digest()
        k += 1
    return bytes(out[:size])


def picture_data(op):
    if "seeded" in op:
        return seeded_bytes(op["seeded"]["seed"], op["seeded"]["size"])
    return bytes.fromhex(op.get("hex", ""))


def make_cuesheet(spec):
    from mutagen.flac import CueSheet, CueSheetTrack, CueSheetTrackIndex
    sheet = CueSheet(None)
    sheet.media_catalog_number = spec.get("media_catalog_number", "").encode("ascii")
    sheet.lead_in_samples = spec.get("lead_in_samples", 88200)
    sheet.compact_disc = spec.get("compact_disc", True)
    for t in spec.get("tracks", []):
        track = CueSheetTrack(t["track_number"], t["start_offset"], t.get("isrc", "").encode("ascii"),
                              t.get("type", 0), t.get("pre_emphasis", False))
        track.indexes = [CueSheetTrackIndex(n, off) for n, off in t.get("indexes", [])]
        sheet.tracks.append(track)
    return sheet


def make_seektable(points):
    from mutagen.flac import SeekTable, SeekPoint
    table = SeekTable(None)
    table.seekpoints = [SeekPoint(a, b, c) for a, b, c in points]
    return table


def make_picture(op):
    from mutagen.flac import Picture
    p = Picture()
    p.type = op.get("type", 3)
    p.mime = op.get("mime", "")
    p.desc = op.get("desc", "")
    p.width = op.get("width", 0)
    p.height = op.get("height", 0)
    p.depth = op.get("depth", 0)
    p.colors = op.get("colors", 0)
    p.data = picture_data(op)
    return p


def save_kwargs(op):
    kwargs = {}
    for key, value in op.items():
        if key == "op":
            continue
        if key == "padding":
            kwargs["padding"] = (lambda n: (lambda info: n))(value)
        else:
            kwargs[key] = value
    return kwargs


def edit(path, ops):
    import mutagen
    f = None
    done = 0
    try:
        if ops and ops[0]["op"] == "open_id3":
            # the standalone ID3 class: loaded from the file, or new (for files mutagen.File cannot open)
            from mutagen.id3 import ID3
            f = ID3(path) if ops[0].get("load", True) else ID3()
        elif ops and ops[0]["op"] == "open_apev2":
            # the standalone APEv2 class (APEv2 tags on files of other kinds, such as MP3)
            from mutagen.apev2 import APEv2
            f = APEv2(path) if ops[0].get("load", True) else APEv2()
        else:
            f = mutagen.File(path)
            if f is None:
                raise ValueError("mutagen cannot open %s" % path)
        for op in ops:
            name = op["op"]
            if name in ("open_id3", "open_apev2"):
                if done != 0:
                    raise ValueError(name + " must be the first op")
            elif name == "check_frame_ids":
                # not an edit: fails unless the list is exactly mutagen's v2.3/v2.4 frame registry
                from mutagen.id3 import Frames
                if sorted(op["ids"]) != sorted(Frames):
                    raise ValueError("frame ids differ from mutagen.id3.Frames: missing %r, extra %r" % (
                        sorted(set(Frames) - set(op["ids"])), sorted(set(op["ids"]) - set(Frames))))
            elif name == "add_frame":
                (f if hasattr(f, "add") else f.tags).add(make_value(op["value"]))
            elif name == "set_cuesheet":
                f.cuesheet = None if op["value"] is None else make_cuesheet(op["value"])
            elif name == "set_seektable":
                f.seektable = None if op["value"] is None else make_seektable(op["value"])
            elif name == "add_block":
                from mutagen.flac import MetadataBlock
                block = MetadataBlock(bytes.fromhex(op["hex"]))
                block.code = op["code"]
                f.metadata_blocks.append(block)
            elif name == "remove_blocks":
                f.metadata_blocks[:] = [b for b in f.metadata_blocks if b.code != op["code"]]
            elif name == "save" and getattr(f, "filename", path) is None:
                f.save(path, **save_kwargs(op))
            elif name == "set":
                f[op["key"]] = make_value(op["value"])
            elif name == "delete":
                del f[op["key"]]
            elif name == "add_tags":
                f.add_tags()
            elif name == "add_picture":
                f.add_picture(make_picture(op))
            elif name == "clear_pictures":
                f.clear_pictures()
            elif name == "save":
                f.save(**save_kwargs(op))
            elif name == "delete_tags":
                f.delete()
            else:
                raise ValueError("unknown edit op %r" % (name,))
            done += 1
    except Exception as err:  # noqa: BLE001
        return {"error": error_of(err), "done": done}
    return {"error": None, "done": done}


# ---------------------------------------------------------------------------------------------------------------
# the request loop

def answer(request):
    op = request.get("op")
    if op == "dump":
        return dump(request["path"])
    if op == "inspect":
        return inspect(request["paths"])
    if op == "edit":
        return edit(request["path"], request["ops"])
    if op == "version":
        import mutagen
        return mutagen.version_string
    raise ValueError("unknown request %r" % (op,))


QUIT = -1


def serve(reader, writer):
    def send(obj):
        writer.write(json.dumps(obj, sort_keys=True) + "\n")
        writer.flush()

    greeting = hello()
    send(greeting)
    if not greeting["ok"]:
        return 2
    for line in reader:
        line = line.strip()
        if not line:
            continue
        request = json.loads(line)
        rid = request.get("id")
        if request.get("op") == "quit":
            send({"id": rid, "ok": True, "result": None})
            return QUIT
        try:
            send({"id": rid, "ok": True, "result": answer(request)})
        except Exception:  # noqa: BLE001 - the worker reports its own failure and goes on
            send({"id": rid, "ok": False, "error": traceback.format_exc()})
    return 0


def main(argv):
    if len(argv) == 3 and argv[1] == "--listen":
        host, port = argv[2].rsplit(":", 1)
        server = socket.create_server((host, int(port)))
        # Serve connection after connection (a readiness probe may connect and leave) until one says "quit".
        while True:
            conn, _ = server.accept()
            with conn, conn.makefile("r", encoding="utf-8") as reader, \
                    conn.makefile("w", encoding="utf-8") as writer:
                try:
                    code = serve(reader, writer)
                except (OSError, ValueError):
                    continue
            if code == QUIT:
                return 0
            if code != 0:
                return code
    reader = io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8")
    writer = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", write_through=True)
    # anything mutagen prints must not reach the protocol stream
    sys.stdout = sys.stderr
    code = serve(reader, writer)
    return 0 if code == QUIT else code


if __name__ == "__main__":
    sys.exit(main(sys.argv))
