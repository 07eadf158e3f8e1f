"""Regenerates mid3v2's data tables from mutagen 1.48.1 (run with the oracle's PYTHONPATH):
PYTHONPATH=/root/.cache/mutagen-oracle/root/usr/lib/python3/dist-packages python3 tools/gen-resources.py
Writes src/main/resources/mutagen/tools/{frame-docs.txt,mimetypes.txt}."""
import mimetypes
import mutagen.id3



def option_kind(frame):
    """How mid3v2 treats --NAME: the hidden option exists for text, URL, POPM, APIC, UFID and USLT frames."""
    id3 = mutagen.id3
    if issubclass(frame, id3.TextFrame):
        return "text"
    if issubclass(frame, id3.UrlFrame):
        return "url"
    if issubclass(frame, id3.POPM) or frame in (id3.APIC, id3.UFID, id3.USLT):
        return "other"
    return "-"


out = "src/main/resources/mutagen/tools/"
with open(out + "frame-docs.txt", "w", encoding="utf-8", newline="\n") as h:
    for table, rows in (("v23", mutagen.id3.Frames), ("v22", mutagen.id3.Frames_2_2)):
        for name, frame in sorted(rows.items()):
            h.write("%s\t%s\t%s\t%s\n" % (table, name, option_kind(frame), frame.__doc__.split("\n")[0]))
mimetypes.init()
with open(out + "mimetypes.txt", "w", encoding="utf-8", newline="\n") as h:
    for ext, mime in sorted(mimetypes.types_map.items()):
        h.write("types\t%s\t%s\n" % (ext, mime))
    for ext, mime in sorted(mimetypes.suffix_map.items()):
        h.write("suffix\t%s\t%s\n" % (ext, mime))
    for ext, mime in sorted(mimetypes.encodings_map.items()):
        h.write("encoding\t%s\t%s\n" % (ext, mime))
