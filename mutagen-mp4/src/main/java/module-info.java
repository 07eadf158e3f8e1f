// SPDX-License-Identifier: GPL-2.0-or-later
/**
 * MPEG-4 audio files (M4A, M4B, MP4, 3GP): atoms, iTunes tags, chapters and stream information. Mirrors
 * {@code mutagen.mp4} and {@code mutagen.easymp4}.
 */
module mutagen.mp4 {
    requires transitive mutagen;
    requires mutagen.id3;

    exports mutagen.mp4;
    exports mutagen.easymp4;
    exports mutagen.m4a;

    provides mutagen.spi.FormatProvider with mutagen.mp4.MP4Provider;
    provides mutagen.common.TagMappingProvider with mutagen.mp4.view.MP4ViewProvider;
}
