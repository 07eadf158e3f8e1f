// SPDX-License-Identifier: GPL-2.0-or-later
/**
 * DSDIFF (.dff) audio, DSD and DST: stream information and ID3 tags in an ID3 chunk.
 */
module mutagen.dsdiff {
    requires transitive mutagen;
    requires transitive mutagen.iff;

    exports mutagen.dsdiff;

    provides mutagen.spi.FormatProvider with mutagen.dsdiff.DSDIFFProvider;
}
