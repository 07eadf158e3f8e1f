# SPDX-License-Identifier: GPL-2.0-or-later
# Expected SHA-256 of FLACErrorParityTest.sameOutcomesAsMutagen. Usage (from test-files/flac):
#   PYTHONPATH=/tmp/oracle/root/usr/lib/python3/dist-packages python3 derive-error-parity.py silence-44-s.flac no-tags.flac
import sys, io, hashlib
from mutagen.flac import FLAC
def outcome(data):
    try:
        f = FLAC(io.BytesIO(data))
        return "ok:" + f.pprint() + ":%d:%d" % (f.info.bitrate, len(f.metadata_blocks))
    except Exception as e:
        return "err:%s:%s" % (type(e).__name__, e)
def cases(name):
    data = open("/work/shared/corpus/mutagen/" + name, "rb").read()
    out = []
    for n in range(0, min(len(data), 4300) + 1):
        out.append("%d %s" % (n, outcome(data[:n])))
    # flipped lengths
    hdr = []
    pos = 4
    while True:
        hdr.append(pos)
        b = data[pos]; size = int.from_bytes(data[pos+1:pos+4], "big")
        f = FLAC(io.BytesIO(data))
        if b & 0x80: break
        # walk using real parse: rely on the metadata sizes except distrusted
        pos = pos + 4 + size if (b & 0x7f) not in (4, 6) else None
        if pos is None: break
    for at in hdr:
        for l in [0, 1, 2, 3, 4, 17, 18, 33, 34, 35, 255, 396, 0x7FFFFF, 0xFFFFFE, 0xFFFFFF]:
            m = bytearray(data); m[at+1:at+4] = l.to_bytes(3, "big")
            out.append("len %d %d %s" % (at, l, outcome(bytes(m))))
        for code in [0, 1, 2, 3, 4, 5, 6, 7, 126, 127]:
            m = bytearray(data); m[at] = (m[at] & 0x80) | code
            out.append("code %d %d %s" % (at, code, outcome(bytes(m))))
    return out
lines = []
for name in sys.argv[1:]:
    lines += [name + " " + l for l in cases(name)]
text = "\n".join(lines)
print(hashlib.sha256(text.encode()).hexdigest(), len(lines))
