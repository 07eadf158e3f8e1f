# SPDX-License-Identifier: GPL-2.0-or-later
# Expected SHA-256 of FLACErrorParityTest.sameOutcomesForCorruptInnerLengths. Usage:
#   PYTHONPATH=/tmp/oracle/root/usr/lib/python3/dist-packages python3 derive-inner-parity.py
import sys, io, hashlib
from mutagen.flac import FLAC
def outcome(data):
    try:
        f = FLAC(io.BytesIO(data))
        return "ok:" + f.pprint() + ":%d:%d" % (f.info.bitrate, len(f.metadata_blocks))
    except Exception as e:
        return "err:%s:%s" % (type(e).__name__, e)
data = open("/work/shared/corpus/mutagen/silence-44-s.flac", "rb").read()
f = FLAC(io.BytesIO(data))
# block offsets via real parse
pos = 4; hdr = []
from mutagen.flac import VCFLACDict, Picture
for b in f.metadata_blocks:
    code = data[pos] & 0x7f
    size = int.from_bytes(data[pos+1:pos+4], "big")
    hdr.append((pos, code, size)); pos += 4 + size
lines = []
for at, code, size in hdr:
    if code not in (4, 5, 6): continue
    for off in range(at + 4, at + 4 + size - 3):
        for v in (0xFFFFFFFF, 0x7FFFFFFF, 0x10000000, 50000):
            m = bytearray(data)
            m[off:off+4] = v.to_bytes(4, "little" if code == 4 else "big")
            lines.append("%d %d %s" % (off, v, outcome(bytes(m))))
text = "\n".join(lines)
print(hashlib.sha256(text.encode()).hexdigest(), len(lines))
