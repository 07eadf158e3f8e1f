// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.fuzz;

import java.util.List;
import mutagen.FileType;
import mutagen.flac.FLAC;
import mutagen.flac.FLACProvider;
import mutagen.id3.ID3FileType;
import mutagen.id3.ID3FileTypeProvider;
import mutagen.mp3.MP3;
import mutagen.mp3.MP3Provider;

/**
 * The formats under fuzzing, one row each: name, file class, provider, seed globs, what to touch, what to edit. A new
 * format adds its row here (with an inspector and an edit, in a class of its own beside {@link ID3Fuzz}), a target
 * class of five lines like {@link FLACFuzzTest}, and an empty regression folder; see docs/FUZZING.md.
 */
final class FuzzFormats {
    private FuzzFormats() {
    }

    /** MPEG audio with ID3v2/ID3v1 tags. */
    static final FuzzFormat MP3 = new FuzzFormat("mp3", MP3.class, new MP3Provider(),
            List.of("*.mp3", "*.id3"), ID3Fuzz::touch, ID3Fuzz.EDIT);
    /** A bare ID3 tag (mutagen's ID3FileType: any file that starts with one). */
    static final FuzzFormat ID3 = new FuzzFormat("id3", ID3FileType.class, new ID3FileTypeProvider(),
            List.of("*.id3", "*.mp3"), ID3Fuzz::touch, ID3Fuzz.EDIT);
    /** FLAC: every metadata block, comments, pictures, cue sheet, seek table. */
    static final FuzzFormat FLAC = new FuzzFormat("flac", FLAC.class, new FLACProvider(),
            List.of("*.flac", "*.oggflac"), FLACFuzz::touch, FLACFuzz.EDIT);

    /** Every row, most specific file class first (MP3 before ID3FileType, which it extends). */
    static final List<FuzzFormat> ALL = List.of(MP3, FLAC, ID3);

    /** The row of a file's class, or {@code null} for a format with no row yet. */
    static FuzzFormat rowOf(FileType f) {
        for (FuzzFormat row : ALL) {
            if (row.type().isInstance(f)) {
                return row;
            }
        }
        return null;
    }
}
