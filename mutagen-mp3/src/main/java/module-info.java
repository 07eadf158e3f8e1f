// SPDX-License-Identifier: GPL-2.0-or-later
/**
 * MPEG audio (MPEG 1, 2 and 2.5, layers I to III) stream information: {@link mutagen.mp3.MPEGInfo}.
 *
 * <p>The MP3 and EasyMP3 file types, which need the ID3 module, join this module at integration (see the package
 * documentation of {@code mutagen.mp3}).
 */
@SuppressWarnings("module") // the name mirrors the package mutagen.mp3, terminal digits included
module mutagen.mp3 {
    requires transitive mutagen;

    exports mutagen.mp3;
}
