// SPDX-License-Identifier: GPL-2.0-or-later
/**
 * mutagen's command-line tools: mutagen-inspect reaches formats only through the {@code FormatProvider} SPI; mid3v2, mid3cp
 * edit ID3 frames with the ID3 module, moggsplit reads Ogg pages with the Ogg module,
 * mutagen-pony loads MP3 files.
 */
module mutagen.tools {
    requires mutagen;
    requires mutagen.id3;
    requires mutagen.ogg;
    requires mutagen.mp3;

    exports mutagen.tools;
}
