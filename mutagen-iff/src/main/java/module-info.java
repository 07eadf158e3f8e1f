// SPDX-License-Identifier: GPL-2.0-or-later
/**
 * Chunked containers shared by WAVE, AIFF and DSDIFF: IFF, RIFF and DSDIFF chunk trees read and edited through a
 * {@code FileSource}, and {@link mutagen.iff.IffID3}, ID3 tags kept in a chunk. No format provider of its own.
 */
module mutagen.iff {
    requires transitive mutagen;
    requires transitive mutagen.id3;

    exports mutagen.iff;
    exports mutagen.riff;
}
