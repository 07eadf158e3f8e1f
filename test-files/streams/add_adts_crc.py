#!/usr/bin/env python3
"""Copies an ADTS stream, giving every frame a CRC: protection_absent set to 0, two bytes (a made-up CRC, 0xC0DE)
after the 7-byte header, frame_length grown by 2. Usage: add_adts_crc.py IN OUT"""
import sys

data = open(sys.argv[1], "rb").read()
out = bytearray()
pos = 0
while pos + 7 <= len(data):
    h = bytearray(data[pos:pos + 7])
    assert h[0] == 0xFF and h[1] & 0xF0 == 0xF0, "not an ADTS frame at %d" % pos
    assert h[1] & 1, "frame at %d has a CRC already" % pos
    length = ((h[3] & 3) << 11) | (h[4] << 3) | (h[5] >> 5)
    body = data[pos + 7:pos + length]
    new = length + 2
    h[1] &= 0xFE
    h[3] = (h[3] & 0xFC) | (new >> 11)
    h[4] = (new >> 3) & 0xFF
    h[5] = ((new & 7) << 5) | (h[5] & 0x1F)
    out += h + b"\xc0\xde" + body
    pos += length
assert pos == len(data), "trailing bytes"
open(sys.argv[2], "wb").write(out)
