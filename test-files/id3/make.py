#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""Makes the ID3 path fixtures of test-files/id3 (issue 16): one MP3 per ID3 code path that mutagen's corpus barely
exercises, each tag written byte by byte here (an encoder of its own, independent of mutagen and of mutagen-java),
in front of the same one-second MPEG stream made by Debian's ffmpeg (libmp3lame). Deterministic: run it twice and
the files are the same. Usage: python3 test-files/id3/make.py [NAME.mp3 ...] (from anywhere; no name: all)."""
import os
import random
import struct
import subprocess
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))


def audio():
    """One second of a 440 Hz sine, mono 44.1 kHz, 64 kbit/s CBR MP3 without any tag or Xing header."""
    out = os.path.join(HERE, ".audio.mp3")
    subprocess.run(["ffmpeg", "-nostdin", "-loglevel", "error", "-y", "-f", "lavfi", "-i",
                    "sine=frequency=440:sample_rate=44100:duration=1", "-ac", "1", "-c:a", "libmp3lame",
                    "-b:a", "64k", "-write_xing", "0", "-id3v2_version", "0", "-write_id3v1", "0",
                    "-map_metadata", "-1", "-fflags", "+bitexact", "-flags:a", "+bitexact", out], check=True)
    with open(out, "rb") as f:
        data = f.read()
    os.remove(out)
    return data


def syncsafe(n):
    return bytes([(n >> 21) & 0x7F, (n >> 14) & 0x7F, (n >> 7) & 0x7F, n & 0x7F])


def unsynch(data):
    """ID3 unsynchronisation: a zero after every 0xFF that is followed by 0xE0-0xFF or 0x00, or ends the data."""
    out = bytearray()
    for i, b in enumerate(data):
        out.append(b)
        if b == 0xFF and (i + 1 == len(data) or data[i + 1] >= 0xE0 or data[i + 1] == 0):
            out.append(0)
    return bytes(out)


def tag(version, frames, flags=0, ext=b"", padding=64, unsync=False):
    body = ext + b"".join(frames)
    if unsync:
        body = unsynch(body)
    body += b"\0" * padding
    return b"ID3" + bytes([version, 0, flags]) + syncsafe(len(body)) + body


def frame(version, fid, data, flags=0, extra=b""):
    """A frame: its header (v2.2: 3+3 bytes; v2.3: size in 32 bits; v2.4: syncsafe) and extra bytes + data."""
    payload = extra + data
    if version == 2:
        return fid.encode() + struct.pack(">I", len(payload))[1:] + payload
    size = syncsafe(len(payload)) if version == 4 else struct.pack(">I", len(payload))
    return fid.encode() + size + struct.pack(">H", flags) + payload


def text(s, enc=3):
    codec = {0: "latin-1", 1: "utf-16", 2: "utf-16-be", 3: "utf-8"}[enc]
    return bytes([enc]) + "\0".join(s if isinstance(s, list) else [s]).encode(codec)


def lang_text(lang, desc, s, enc=1):
    codec = {0: "latin-1", 1: "utf-16", 3: "utf-8"}[enc]
    term = b"\0\0" if enc in (1, 2) else b"\0"
    return bytes([enc]) + lang + desc.encode(codec) + term + s.encode(codec)


def jpeg(n, seed):
    """n bytes that start and end like a JPEG (a deterministic body with 0xFF bytes, which unsync must escape)."""
    rnd = random.Random(seed)
    body = bytes(rnd.getrandbits(8) for _ in range(n - 4))
    return b"\xff\xd8" + body + b"\xff\xd9"


def apic(version, data, desc="cover"):
    if version == 2:
        return bytes([0]) + b"JPG" + bytes([3]) + desc.encode() + b"\0" + data
    return bytes([0]) + b"image/jpeg\0" + bytes([3]) + desc.encode() + b"\0" + data


def basic(version):
    return [frame(version, "TIT2", text("Ein Lied \u00fcber \u00c4pfel", 1)),
            frame(version, "TPE1", text(["Artist One", "Artist Two"], 3 if version == 4 else 1)),
            frame(version, "TALB", text("Album", 0)),
            frame(version, "TRCK", text("3/12", 0)),
            frame(version, "COMM", lang_text(b"eng", "", "A comment \u2013 with a dash"))]


def v23_ext_compressed():
    # v2.3 with an extended header (CRC flag and its 4 bytes, padding size) and zlib-compressed frames (flag 0x0080
    # and the 4-byte decompressed size), a compressed picture included.
    frames = []
    for f in basic(3) + [frame(3, "APIC", apic(3, jpeg(6000, 1)))]:
        fid, data = f[:4].decode(), f[10:]
        packed = zlib.compress(data, 9)
        frames.append(frame(3, fid, packed, flags=0x0080, extra=struct.pack(">I", len(data))))
    ext = struct.pack(">IHI", 10, 0x8000, 64) + struct.pack(">I", 0x12345678)
    return tag(3, frames, flags=0x40, ext=ext)


def v23_unsync():
    # v2.3 with the whole tag unsynchronised (flag 0x80): a picture full of 0xFF bytes, text frames in UTF-16.
    frames = basic(3) + [frame(3, "APIC", apic(3, jpeg(8000, 2))),
                         frame(3, "TXXX", bytes([1]) + "ReplayGain".encode("utf-16") + b"\0\0"
                               + "-6.5 dB".encode("utf-16"))]
    return tag(3, frames, flags=0x80, unsync=True)


def v24_frame_flags():
    # v2.4 frames with each format flag: data length indicator alone, per-frame unsynchronisation with it,
    # compression with it, and a grouping byte (which mutagen does not strip: read as the frame's first byte).
    pic = apic(4, jpeg(5000, 3))
    frames = [frame(4, "TIT2", text("data length indicator"), flags=0x0001,
                    extra=syncsafe(len(text("data length indicator")))),
              frame(4, "APIC", unsynch(pic), flags=0x0003, extra=syncsafe(len(pic))),
              frame(4, "TALB", zlib.compress(text("compressed album")), flags=0x0009,
                    extra=syncsafe(len(text("compressed album")))),
              frame(4, "TPE1", text("grouped artist"), flags=0x0040, extra=b"\x03"),
              frame(4, "TCON", text(["Rock", "(17)", "Folk"]), flags=0x6000),
              frame(4, "COMM", lang_text(b"deu", "desc", "Kommentar \u00fc", 3), flags=0x1000)]
    return tag(4, frames)


def v22():
    # v2.2: three-letter frame IDs, upgraded by mutagen to v2.4 on load (TT2, TP1, TAL, TRK, TYE, COM, ULT, PIC, ...)
    frames = [frame(2, "TT2", text("v2.2 title", 1)), frame(2, "TP1", text("v2.2 artist", 0)),
              frame(2, "TAL", text("v2.2 album", 1)), frame(2, "TRK", text("7/9", 0)),
              frame(2, "TYE", text("1999", 0)), frame(2, "TDA", text("2512", 0)),
              frame(2, "TCO", text("(13)Pop", 0)), frame(2, "TXX", text("CUSTOM\0value", 0)),
              frame(2, "COM", lang_text(b"eng", "", "v2.2 comment")),
              frame(2, "ULT", lang_text(b"eng", "", "la la la\nla la")),
              frame(2, "PIC", apic(2, jpeg(3000, 4))),
              frame(2, "CNT", struct.pack(">I", 42)),
              frame(2, "POP", b"rater@example.org\0" + bytes([196]) + struct.pack(">I", 7)),
              frame(2, "UFI", b"http://musicbrainz.org\0" + b"0123456789")]
    return tag(2, frames)


def rare_frames():
    # v2.4 frames that few files carry; each body follows the ID3v2.4 structure document.
    f = [frame(4, "RVA2", b"track\0" + bytes([1]) + struct.pack(">h", -512) + bytes([16]) + b"\x12\x34"),
         frame(4, "RVA2", b"album\0" + bytes([1]) + struct.pack(">h", 256) + bytes([0])),
         frame(4, "EQU2", bytes([1]) + b"eq\0" + b"".join(struct.pack(">Hh", 100 * i, -i * 3) for i in range(1, 9))),
         frame(4, "ETCO", bytes([2]) + b"".join(bytes([t]) + struct.pack(">I", 1000 * t) for t in (1, 2, 3, 0x10))),
         frame(4, "SYTC", bytes([2]) + bytes([120]) + struct.pack(">I", 0) + bytes([255, 10]) + struct.pack(">I", 500)),
         frame(4, "SYLT", bytes([3]) + b"eng" + bytes([2, 1]) + b"lyrics\0"
               + b"".join(("line %d\0" % i).encode() + struct.pack(">I", 250 * i) for i in range(12))),
         frame(4, "POPM", b"no@email\0" + bytes([128]) + struct.pack(">Q", 123456789)[3:]),
         frame(4, "PCNT", struct.pack(">I", 17)),
         frame(4, "OWNE", bytes([3]) + b"EUR9.99\0" + b"20240101" + "Seller \u00e9".encode()),
         frame(4, "COMR", bytes([0]) + b"EUR1.00\0" + b"20301231" + b"http://shop.example\0" + bytes([2])
               + b"seller\0" + b"description\0" + b"image/png\0" + b"\x89PNG\r\n\x1a\n"),
         frame(4, "LINK", b"TIT2" + b"http://example.org/ext\0" + b"more"),
         frame(4, "MCDI", bytes(range(32))),
         frame(4, "GEOB", bytes([3]) + b"application/octet-stream\0" + b"file.bin\0" + b"object\0" + bytes(300)),
         frame(4, "PRIV", b"owner.example\0" + bytes(range(64))),
         frame(4, "UFID", b"http://musicbrainz.org\0" + b"7f8c6f4a-1234-4c45-9a1e-abcdefabcdef"),
         frame(4, "USER", bytes([3]) + b"eng" + "Terms \u00a9".encode()),
         frame(4, "RBUF", struct.pack(">I", 4096)[1:] + bytes([1]) + struct.pack(">I", 0)),
         frame(4, "AENC", b"owner\0" + struct.pack(">HH", 0, 10) + b"info"),
         frame(4, "ENCR", b"owner\0" + bytes([0x80]) + b"data"),
         frame(4, "GRID", b"owner\0" + bytes([0x81]) + b"data"),
         frame(4, "SIGN", bytes([0x81]) + b"signature"),
         frame(4, "SEEK", struct.pack(">I", 12345)),
         frame(4, "ASPI", struct.pack(">IIHB", 0, 100000, 10, 8) + bytes(range(10))),
         frame(4, "MLLT", struct.pack(">H", 10) + struct.pack(">I", 4180)[1:] + struct.pack(">I", 260)[1:]
               + bytes([8, 8]) + bytes(range(20))),
         frame(4, "POSS", bytes([2]) + struct.pack(">I", 3000)),
         frame(4, "RVRB", struct.pack(">HH", 100, 120) + bytes(range(8))),
         frame(4, "TDRC", text("2024-05-06T07:08")), frame(4, "TIPL", text(["producer", "P", "mixer", "M"])),
         frame(4, "TMCL", text(["guitar", "G"])), frame(4, "WOAR", b"http://artist.example"),
         frame(4, "WXXX", bytes([3]) + b"link\0" + b"http://example.org"),
         frame(4, "TFLT", text("MPG/3")), frame(4, "TKEY", text("Am")), frame(4, "TSRC", text("USABC1234567"))]
    return tag(4, basic(4) + f)


def tag_heavy():
    # v2.4 as a tagger of a large collection writes it: many TXXX, COMM and USLT values, chapters with sub-frames.
    f = basic(4)
    for i in range(60):
        f.append(frame(4, "TXXX", text(["KEY_%02d" % i, "value %d \u00e9" % i, "second %d" % i])))
    for i in range(20):
        f.append(frame(4, "COMM", lang_text(b"eng", "c%d" % i, "comment number %d \u2603" % i, 3)))
    for i in range(6):
        f.append(frame(4, "USLT", lang_text(b"eng", "v%d" % i, "line one\nline two %d\n" % i * 8, 1)))
    chapters = []
    for i in range(12):
        sub = frame(4, "TIT2", text("Chapter %d" % (i + 1))) + frame(4, "WXXX", bytes([0]) + b"\0" + b"http://c.example")
        chapters.append(frame(4, "CHAP", ("ch%d" % i).encode() + b"\0"
                              + struct.pack(">IIII", i * 80, i * 80 + 80, 0xFFFFFFFF, 0xFFFFFFFF) + sub))
    toc = frame(4, "CTOC", b"toc\0" + bytes([3, 12]) + b"".join(("ch%d" % i).encode() + b"\0" for i in range(12))
                + frame(4, "TIT2", text("Contents")))
    return tag(4, f + chapters + [toc], padding=1024)


def big_picture():
    # v2.4 with a 200 KB front cover and a 20 KB back cover (APIC type 4).
    back = bytes([3]) + b"image/jpeg\0" + bytes([4]) + b"back\0" + jpeg(20000, 6)
    return tag(4, basic(4) + [frame(4, "APIC", apic(4, jpeg(200000, 5))), frame(4, "APIC", back)])


def v24_unsync_quirks():
    # v2.4 with the tag-level unsynchronisation flag (0x80: every frame's data unsynchronised, no frame flag), a
    # compressed frame with data length indicator, a compressed frame without one (as the mutagen of Quod Libet 0.12
    # wrote them: mutagen takes its first 4 bytes for the length, fails, and retries with them), an encrypted frame
    # (kept as an unknown frame), and a picture whose 0xFF bytes the unsynchronisation escapes.
    priv = b"owner.example\0" + jpeg(3000, 7)
    packed = zlib.compress(priv, 9)
    title = text("compressed, no data length")
    frames = basic(4) + [
        frame(4, "APIC", unsynch(apic(4, jpeg(4000, 8)))),
        frame(4, "PRIV", unsynch(packed), flags=0x0009, extra=syncsafe(len(priv))),
        frame(4, "TIT3", unsynch(zlib.compress(title)), flags=0x0008),
        frame(4, "TXXX", unsynch(text(["encrypted", "value"])), flags=0x0004, extra=b"\x01"),
        frame(4, "TPE2", unsynch(text("after the encrypted frame")))]
    return tag(4, frames, flags=0x80)


def v23_unsync_chapters():
    # v2.3 unsynchronised as a whole, with chapters whose sub-frames hold 0xFF bytes: mutagen undoes the
    # unsynchronisation of the tag, then again for each CHAP's sub-frames (read_frames runs once per level), so an
    # FF 00 in a sub-frame loses its 00 twice, and a sub-frame area with FF E0 (invalid) is left as it is.
    chapters = []
    for i, blob in enumerate([b"\xff\x00\xff\x00\x00", b"\xff\xe0 stays", b"no ff at all", b"\xff\x00\x00\x00"]):
        # A UTF-16 title's BOM (FF FE) makes the second undoing fail, which leaves the sub-frames as they are.
        sub = frame(3, "TIT2", text("Chapter %d" % (i + 1), 1 if i == 2 else 0)) + frame(3, "PRIV", b"owner\0" + blob)
        chapters.append(frame(3, "CHAP", ("ch%d" % i).encode() + b"\0"
                              + struct.pack(">IIII", i * 250, i * 250 + 250, 0xFFFFFFFF, 0xFFFFFFFF) + sub))
    toc = frame(3, "CTOC", b"toc\0" + bytes([3, 4]) + b"".join(("ch%d" % i).encode() + b"\0" for i in range(4))
                + frame(3, "TIT2", text("Contents", 0)))
    return tag(3, basic(3) + chapters + [toc], flags=0x80, unsync=True)


FILES = {
    "v23-ext-header-compressed.mp3": v23_ext_compressed,
    "v23-unsynchronised.mp3": v23_unsync,
    "v24-frame-flags.mp3": v24_frame_flags,
    "v22-upgraded.mp3": v22,
    "v24-rare-frames.mp3": rare_frames,
    "v24-tag-heavy-chapters.mp3": tag_heavy,
    "v24-picture-200k.mp3": big_picture,
    "v24-unsync-quirks.mp3": v24_unsync_quirks,
    "v23-unsync-chapters.mp3": v23_unsync_chapters,
}

if __name__ == "__main__":
    import sys
    stream = audio()
    for name, make in FILES.items():
        if sys.argv[1:] and name not in sys.argv[1:]:
            continue
        with open(os.path.join(HERE, name), "wb") as out:
            out.write(make() + stream)
        print(name, os.path.getsize(os.path.join(HERE, name)))
