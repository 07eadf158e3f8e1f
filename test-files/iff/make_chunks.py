#!/usr/bin/env python3
"""Post-processes sox's output into the layouts no tool writes directly (stdlib only, run by make_fixtures.sh):
- list-info-after-data.wav: pcm-s16-2ch.wav plus a LIST/INFO chunk after the data (an odd-sized INAM, padded);
- id3-then-list.wav: pcm-u8-1ch.wav plus an `id3 ` chunk (TIT2 "Before", 10 bytes of padding) and a LIST/INFO
  chunk after it;
- id3-upper-then-odd.wav: pcm-u8-odd-data.wav plus an `ID3 ` chunk and an odd-sized `odd ` chunk (padded) after it;
- id3-then-anno.aiff: pcm-s16-2ch.aiff plus an `ID3 ` chunk and an odd-sized ANNO chunk (padded) after it.
The root's size field grows by what is appended."""
import struct
from id3tag import id3v24, chunk


def append(src, dst, chunks, little):
    data = bytearray(open(src, "rb").read())
    extra = b"".join(chunks)
    fmt = "<I" if little else ">I"
    size = struct.unpack_from(fmt, data, 4)[0]
    struct.pack_into(fmt, data, 4, size + len(extra))
    open(dst, "wb").write(bytes(data) + extra)


def info(little, **fields):
    subs = b"".join(chunk(k.encode("ascii"), v.encode("ascii") + b"\x00", little) for k, v in fields.items())
    return chunk(b"LIST", b"INFO" + subs, little)


append("pcm-s16-2ch.wav", "list-info-after-data.wav", [info(True, INAM="After data", IART="sox")], True)
append("pcm-u8-1ch.wav", "id3-then-list.wav",
       [chunk(b"id3 ", id3v24("Before", 10), True), info(True, ICMT="after the id3 chunk")], True)
append("pcm-u8-odd-data.wav", "id3-upper-then-odd.wav",
       [chunk(b"ID3 ", id3v24("Upper"), True), chunk(b"odd ", b"\x01\x02\x03", True)], True)
append("pcm-s16-2ch.aiff", "id3-then-anno.aiff",
       [chunk(b"ID3 ", id3v24("Before", 10), False), chunk(b"ANNO", b"odd", False)], False)
