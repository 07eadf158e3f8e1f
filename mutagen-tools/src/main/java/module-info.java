// SPDX-License-Identifier: GPL-2.0-or-later
/**
 * mutagen's command-line tools: mutagen-inspect reaches formats only through the {@code FormatProvider} SPI; mid3v2
 * edits ID3 frames with the ID3 module.
 */
module mutagen.tools {
    requires mutagen;
    requires mutagen.id3;

    exports mutagen.tools;
}
