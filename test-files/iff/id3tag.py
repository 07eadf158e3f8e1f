"""A minimal ID3v2.4 tag (TIT2, UTF-8) built by hand, for the fixtures that need one already there."""
import struct


def syncsafe(n):
    return bytes([(n >> 21) & 0x7F, (n >> 14) & 0x7F, (n >> 7) & 0x7F, n & 0x7F])


def id3v24(title, padding=0):
    text = b"\x03" + title.encode("utf-8")
    frame = b"TIT2" + syncsafe(len(text)) + b"\x00\x00" + text
    body = frame + b"\x00" * padding
    return b"ID3\x04\x00\x00" + syncsafe(len(body)) + body


def chunk(cid, data, little):
    size = struct.pack("<I" if little else ">I", len(data))
    return cid + size + data + (b"\x00" if len(data) % 2 else b"")
