// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.fuzz;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import mutagen.FileType;
import mutagen.flac.CueSheet;
import mutagen.flac.CueSheetTrack;
import mutagen.flac.FLAC;
import mutagen.flac.MetadataBlock;
import mutagen.flac.Picture;
import mutagen.flac.SeekTable;
import mutagen.flac.VCFLACDict;

/** The FLAC row: every metadata block written back, pictures, cue sheet, seek table; a comment and a picture saved. */
final class FLACFuzz {
    private static final byte[] PICTURE_DATA = {(byte) 0x89, 'P', 'N', 'G', 'f', 'u', 'z', 'z'};

    private FLACFuzz() {
    }

    /** Every block (code, bytes, text), every picture field, every cue sheet track and index, every seek point. */
    static void touch(FileType file) {
        FLAC f = (FLAC) file;
        for (MetadataBlock b : f.metadataBlocks()) {
            Touch.sink(b.code());
            Touch.sink(b.toString());
            Touch.sink(b.write().length);
        }
        for (Picture p : f.pictures()) {
            Touch.value(List.of(p.type(), p.mime(), p.desc(), p.width(), p.height(), p.depth(), p.colors(),
                    p.data(), p.dataLength()));
        }
        CueSheet sheet = f.cuesheet();
        if (sheet != null) {
            Touch.value(sheet.mediaCatalogNumber());
            Touch.sink(sheet.leadInSamples() + (sheet.compactDisc() ? 1 : 0));
            for (CueSheetTrack t : sheet.tracks()) {
                Touch.value(List.of(t.trackNumber(), t.startOffset(), t.isrc(), t.type(), t.preEmphasis()));
                Touch.value(t.indexes());
            }
        }
        SeekTable table = f.seektable();
        if (table != null) {
            Touch.value(table.seekpoints());
        }
        VCFLACDict tags = f.tags();
        if (tags != null) {
            Touch.sink(tags.vendor());
            Touch.value(tags.entries());
        }
        Touch.sink(f.info().md5Signature());
    }

    /** Sets {@code fuzz=edited} and adds a small picture; the reopened file must hold both. */
    static final FuzzFormat.Edit EDIT = new FuzzFormat.Edit() {
        @Override
        public void apply(FileType file) throws IOException {
            FLAC f = (FLAC) file;
            f.put("fuzz", List.of("edited"));
            Picture p = new Picture();
            p.type(3);
            p.mime("image/png");
            p.desc("fuzz");
            p.data(PICTURE_DATA.clone());
            f.addPicture(p);
        }

        @Override
        public String missing(FileType reopened) {
            FLAC f = (FLAC) reopened;
            if (!List.of("edited").equals(f.get("fuzz"))) {
                return "fuzz is " + f.get("fuzz");
            }
            if (f.pictures().stream().noneMatch(p -> Arrays.equals(p.data(), PICTURE_DATA))) {
                return "the added picture is missing: " + f.pictures();
            }
            return null;
        }
    };
}
