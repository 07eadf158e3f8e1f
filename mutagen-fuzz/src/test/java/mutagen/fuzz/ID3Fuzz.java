// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.fuzz;

import java.io.IOException;
import java.util.List;
import mutagen.FileType;
import mutagen.id3.Frame;
import mutagen.id3.ID3;
import mutagen.id3.ID3FileType;
import mutagen.id3.TXXX;

/**
 * The ID3 parts of every row whose tags are ID3 (MP3, ID3FileType, WAVE, AIFF, DSF, DSDIFF): every frame touched; a
 * TXXX frame added and saved.
 */
final class ID3Fuzz {
    private ID3Fuzz() {
    }

    /** The file's ID3 tag, or null. */
    private static ID3 id3(FileType file) {
        if (file instanceof ID3FileType) {
            return ((ID3FileType) file).id3();
        }
        return file.tags() instanceof ID3 ? (ID3) file.tags() : null;
    }

    /** The tag's header fields, every frame (pprint, str, key, fields, a copy, its bytes) and the unknown frames. */
    static void touch(FileType file) throws IOException {
        ID3 id3 = id3(file);
        if (id3 == null) {
            return;
        }
        Touch.value(id3.version());
        Touch.sink(id3.size() + id3.padding());
        Touch.sink(id3.fUnsynch() || id3.fExtended());
        Touch.value(id3.unknownFrames());
        for (Frame f : id3.values()) {
            Touch.sink(f.pprint());
            Touch.sink(f.str());
            Touch.sink(f.hashKey());
            Touch.sink(f.toString());
            Frame copy = f.copy();
            if (!copy.equals(f)) {
                throw new AssertionError("a copy of " + f.hashKey() + " differs from it: " + copy + " vs " + f);
            }
            Touch.sink(f.writeData().length);
        }
    }

    /** Adds {@code TXXX:fuzz = edited}; the reopened tag must hold it. */
    static final FuzzFormat.Edit EDIT = new FuzzFormat.Edit() {
        @Override
        public void apply(FileType file) throws IOException {
            if (file.tags() == null) {
                file.addTags();
            }
            TXXX frame = new TXXX();
            frame.set("encoding", 3);
            frame.set("desc", "fuzz");
            frame.set("text", List.of("edited"));
            id3(file).add(frame);
        }

        @Override
        public String missing(FileType reopened) {
            ID3 id3 = id3(reopened);
            if (id3 == null) {
                return "no ID3 tag";
            }
            Frame f = id3.get("TXXX:fuzz");
            if (f == null || !List.of("edited").equals(f.get("text"))) {
                return "TXXX:fuzz is " + f;
            }
            return null;
        }
    };
}
