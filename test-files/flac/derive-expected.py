# SPDX-License-Identifier: GPL-2.0-or-later
# Derives the expected results of FLACEditTest: runs each edit with Python mutagen 1.48.1 on a copy of a corpus
# file and prints the SHA-256, size and final padding of the result. Usage:
#   PYTHONPATH=/tmp/oracle/root/usr/lib/python3/dist-packages python3 derive-expected.py CORPUS_DIR
import hashlib, os, shutil, sys, tempfile
import mutagen
from mutagen.flac import FLAC, Picture, CueSheet, CueSheetTrack, CueSheetTrackIndex, SeekTable, SeekPoint, \
    MetadataBlock, Padding

assert mutagen.version_string == "1.48.1"
CORPUS = sys.argv[1]


def id3v2(title):
    frame = b"TIT2" + (1 + len(title)).to_bytes(4, "big") + b"\0\0" + b"\0" + title
    body = frame + b"\0" * (1095 - len(frame))
    return b"ID3\x04\x00\x00\x00\x00\x08\x47" + body


def id3v1(title):
    return b"TAG" + title.ljust(30, b"\0") + b"\0" * 94 + b"\xff"


def pattern(n, mul=7, add=3):
    return bytes((i * mul + add) & 0xFF for i in range(n))


def pic(n, type_=3, mime="image/png", desc="cover"):
    p = Picture()
    p.type = type_
    p.mime = mime
    p.desc = desc
    p.width, p.height, p.depth, p.colors = 10, 20, 24, 0
    p.data = pattern(n)
    return p


def edit_unicode(f):
    f["title"] = "A Unicode Title \u2022"
    f["ARTIST"] = "\u00e9\u00e8 \U0001f3b5"
    f.save()


def edit_multi(f):
    f["artist"] = ["a", "b", "c"]
    f["empty"] = [""]
    f["Mixed"] = ["", "x", ""]
    f.save()


def edit_big_value(f):
    f["big"] = "v" * (1024 * 1024)
    f.save()


def edit_pictures0(f):
    f.clear_pictures()
    f.save()


def edit_pictures1(f):
    f.clear_pictures()
    f.add_picture(pic(1000))
    f.save()


def edit_pictures3(f):
    f.add_picture(pic(300, 4, "image/jpeg", ""))
    f.add_picture(pic(70000, 0, "image/gif", "\u00fcml"))
    f.add_picture(Picture())
    f.save()


def edit_picture5mb(f):
    f.add_picture(pic(5 * 1024 * 1024))
    f.save()


def edit_cuesheet(f):
    f.metadata_blocks.remove(f.cuesheet)
    cs = CueSheet(None)
    cs.media_catalog_number = b"0000000000042"
    cs.lead_in_samples = 44100
    cs.compact_disc = False
    t = CueSheetTrack(1, 0, b"ABCDE1234567", 0, True)
    t.indexes.append(CueSheetTrackIndex(1, 0))
    t.indexes.append(CueSheetTrackIndex(2, 588 * 3))
    cs.tracks.append(t)
    cs.tracks.append(CueSheetTrack(170, 162496))
    f.cuesheet = cs
    f.save()


def edit_seektable(f):
    f.metadata_blocks.remove(f.seektable)
    st = SeekTable(None)
    st.seekpoints.append(SeekPoint(0, 0, 4608))
    st.seekpoints.append(SeekPoint(4608 * 10, 1234, 4608))
    st.seekpoints.append(SeekPoint(2 ** 64 - 1, 0, 0))
    f.seektable = st
    f.save()


def edit_application(f):
    b = MetadataBlock(b"abcd" + pattern(100))
    b.code = 2
    f.metadata_blocks.insert(1, b)
    u = MetadataBlock(b"unknown")
    u.code = 100
    f.metadata_blocks.append(u)
    f.save()


def edit_nochange(f):
    f.save()


def edit_padding(n):
    def edit(f):
        f.save(padding=lambda info: n)
    return edit


def edit_extra_padding_blocks(f):
    f.metadata_blocks.insert(1, Padding(b"\0" * 42))
    f.metadata_blocks.insert(3, Padding(b"\0" * 24))
    f.save()


def edit_delete(f):
    f.delete()


def edit_add_tags(f):
    f.add_tags()
    f["title"] = "new"
    f.save()


def edit_id3_title(f):
    f["title"] = "vc title"
    f.save()


def edit_id3_delete(f):
    f["title"] = "vc title"
    f.save(deleteid3=True)


def edit_stream_info(f):
    f.info.total_samples = 0
    f.info.md5_signature = 0x0123456789abcdef0123456789abcdef
    f.save()


CASES = [
    ("unicode", "silence-44-s.flac", None, edit_unicode),
    ("multi", "silence-44-s.flac", None, edit_multi),
    ("bigValue", "silence-44-s.flac", None, edit_big_value),
    ("pictures0", "silence-44-s.flac", None, edit_pictures0),
    ("pictures1", "silence-44-s.flac", None, edit_pictures1),
    ("pictures3", "silence-44-s.flac", None, edit_pictures3),
    ("picture5mb", "silence-44-s.flac", None, edit_picture5mb),
    ("cuesheet", "silence-44-s.flac", None, edit_cuesheet),
    ("seektable", "silence-44-s.flac", None, edit_seektable),
    ("application", "silence-44-s.flac", None, edit_application),
    ("applicationNochange", "flac_application.flac", None, edit_nochange),
    ("variableNochange", "variable-block.flac", None, edit_nochange),
    ("paddingNone", "silence-44-s.flac", None, edit_padding(0)),
    ("paddingSmall", "silence-44-s.flac", None, edit_padding(10)),
    ("paddingLarge", "silence-44-s.flac", None, edit_padding(100000)),
    ("paddingMax", "silence-44-s.flac", None, edit_padding(2 ** 24)),
    ("extraPaddingBlocks", "silence-44-s.flac", None, edit_extra_padding_blocks),
    ("delete", "silence-44-s.flac", None, edit_delete),
    ("addTags", "no-tags.flac", None, edit_add_tags),
    ("tooShortBlockSize", "52-too-short-block-size.flac", None, edit_id3_title),
    ("overwrittenMetadata", "52-overwritten-metadata.flac", None, edit_id3_title),
    ("shortPictureBlockSize", "106-short-picture-block-size.flac", None, edit_id3_title),
    ("id3Keep", "silence-44-s.flac", "id3", edit_id3_title),
    ("id3Delete", "silence-44-s.flac", "id3+v1", edit_id3_delete),
    ("streamInfo", "silence-44-s.flac", None, edit_stream_info),
]

tmp = tempfile.mkdtemp()
for name, src, wrap, edit in CASES:
    path = os.path.join(tmp, name + ".flac")
    data = open(os.path.join(CORPUS, src), "rb").read()
    if wrap:
        data = id3v2(b"id3 title") + data
        if "v1" in wrap:
            data += id3v1(b"id3 title")
    open(path, "wb").write(data)
    edit(FLAC(path))
    out = open(path, "rb").read()
    last = FLAC(path).metadata_blocks[-1]
    pad = last.length if isinstance(last, Padding) else -1
    print('            {"%s", "%s", "%s", "%d", "%d"},' % (
        name, src + ("" if not wrap else " +" + wrap), hashlib.sha256(out).hexdigest(), len(out), pad))
shutil.rmtree(tmp)
