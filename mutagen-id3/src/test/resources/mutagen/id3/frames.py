import mutagen, mutagen.id3 as m
print("# mutagen %s: every frame class of mutagen.id3.Frames and mutagen.id3.Frames_2_2 with its direct base class." % mutagen.version_string)
print("# Made by: PYTHONPATH=<mutagen 1.48.1> python3 mutagen-id3/src/test/resources/mutagen/id3/frames.py (the script")
print("# beside this file), with the oracle of /work/shared/oracle/install-mutagen.sh. Checked by FrameListTest.")
for name, reg in (("Frames", m.Frames), ("Frames_2_2", m.Frames_2_2)):
    for k in sorted(reg):
        c = reg[k]
        print("%s\t%s\t%s\t%s" % (name, k, c.__name__, c.__bases__[0].__name__))
