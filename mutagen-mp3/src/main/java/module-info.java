// SPDX-License-Identifier: GPL-2.0-or-later
/**
 * MPEG audio files (MPEG 1, 2 and 2.5, layers I to III) with ID3 tags: {@link mutagen.mp3.MP3},
 * {@link mutagen.mp3.EasyMP3} and their stream information {@link mutagen.mp3.MPEGInfo}.
 */
@SuppressWarnings("module") // the name mirrors the package mutagen.mp3, terminal digits included
module mutagen.mp3 {
    requires transitive mutagen;
    requires transitive mutagen.id3;

    exports mutagen.mp3;

    provides mutagen.spi.FormatProvider with mutagen.mp3.MP3Provider;
}
