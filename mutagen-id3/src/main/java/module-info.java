// SPDX-License-Identifier: GPL-2.0-or-later
/**
 * ID3 tags: ID3v2.2/2.3/2.4 reading and writing, ID3v1, the frame classes, {@code ID3FileType} for any file that
 * starts with an ID3v2 tag, and the EasyID3 key mapping.
 */
module mutagen.id3 {
    requires transitive mutagen;

    exports mutagen.id3;
    exports mutagen.easyid3;

    provides mutagen.spi.FormatProvider with mutagen.id3.ID3FileTypeProvider;
    provides mutagen.common.TagMappingProvider with mutagen.id3.view.ID3ViewProvider;
}
