#!/usr/bin/env python3
"""Writes DSF and DSDIFF fixtures (stdlib only; no Debian tool writes DSD, ffmpeg only reads it): a 1 kHz sine
through a first-order sigma-delta modulator, 0.05 s.
- dsd64-2ch.dsf: DSF, 2.8224 MHz, stereo, no metadata (pointer 0);
- dsd64-1ch-id3.dsf: DSF, mono, an ID3v2.4 tag at the metadata pointer;
- dsd64-2ch.dff: DSDIFF (FRM8/DSD), stereo, FVER, PROP/SND (FS, CHNL, CMPR "DSD " with its odd-sized name padded);
- dsd128-1ch-id3.dff: DSDIFF, 5.6448 MHz, mono, an `ID3 ` chunk after the sound data."""
import math
import struct
from id3tag import id3v24


def bits(rate, seconds, freq=1000.0, amp=0.5):
    n = int(rate * seconds)
    out, acc = [], 0.0
    for i in range(n):
        x = amp * math.sin(2 * math.pi * freq * i / rate)
        b = 1 if acc < x else 0
        acc += (1.0 if b else -1.0) - x
        out.append(b)
    return out


def pack(bs, lsb_first):
    out = bytearray()
    for i in range(0, len(bs), 8):
        byte = 0
        for j, b in enumerate(bs[i:i + 8]):
            byte |= b << (j if lsb_first else 7 - j)
        out.append(byte)
    return bytes(out)


def dsf(path, rate, channels, tag=None):
    block = 4096
    bs = bits(rate, 0.05)
    samples = len(bs)
    chan = pack(bs, True)
    blocks = -(-len(chan) // block)
    chan = chan + b"\x69" * (blocks * block - len(chan))  # DSD silence fills the last block
    data = b""
    for k in range(blocks):
        data += chan[k * block:(k + 1) * block] * channels
    fmt = struct.pack("<IIIIIIQII", 1, 0, {1: 1, 2: 2}[channels], channels, rate, 1, samples, block, 0)
    body = b"fmt " + struct.pack("<Q", 12 + len(fmt)) + fmt + b"data" + struct.pack("<Q", 12 + len(data)) + data
    total = 28 + len(body) + (len(tag) if tag else 0)
    pointer = 28 + len(body) if tag else 0
    open(path, "wb").write(b"DSD " + struct.pack("<QQQ", 28, total, pointer) + body + (tag or b""))


def ck(cid, data):
    return cid + struct.pack(">Q", len(data)) + data + (b"\x00" if len(data) % 2 else b"")


def dff(path, rate, channels, tag=None):
    chan = pack(bits(rate, 0.05), False)
    sound = bytes(b for byte in chan for b in [byte] * channels)  # interleaved per byte
    ids = {1: [b"C   "], 2: [b"SLFT", b"SRGT"]}[channels]
    name = b"not compressed"
    prop = b"SND " + ck(b"FS  ", struct.pack(">I", rate)) \
        + ck(b"CHNL", struct.pack(">H", channels) + b"".join(ids)) \
        + ck(b"CMPR", b"DSD " + bytes([len(name)]) + name)
    body = b"DSD " + ck(b"FVER", struct.pack(">I", 0x01050000)) + ck(b"PROP", prop) + ck(b"DSD ", sound)
    if tag:
        body += ck(b"ID3 ", tag)
    open(path, "wb").write(b"FRM8" + struct.pack(">Q", len(body)) + body)


dsf("dsd64-2ch.dsf", 2822400, 2)
dsf("dsd64-1ch-id3.dsf", 2822400, 1, id3v24("DSF fixture", 16))
dff("dsd64-2ch.dff", 2822400, 2)
dff("dsd128-1ch-id3.dff", 5644800, 1, id3v24("DSDIFF fixture", 16))
