// SPDX-License-Identifier: GPL-2.0-or-later
/**
 * AIFF and AIFF-C audio: stream information and ID3 tags in an ID3 chunk.
 */
module mutagen.aiff {
    requires transitive mutagen;
    requires transitive mutagen.iff;

    exports mutagen.aiff;

    provides mutagen.spi.FormatProvider with mutagen.aiff.AIFFProvider;
}
