// SPDX-License-Identifier: GPL-2.0-or-later
/**
 * RIFF/WAVE audio (.wav): stream information and ID3 tags in an id3 chunk.
 */
module mutagen.wave {
    requires transitive mutagen;
    requires transitive mutagen.iff;

    exports mutagen.wave;

    provides mutagen.spi.FormatProvider with mutagen.wave.WAVEProvider;
}
