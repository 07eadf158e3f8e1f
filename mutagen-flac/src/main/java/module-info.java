// SPDX-License-Identifier: GPL-2.0-or-later
/**
 * FLAC files: stream information, every metadata block, Vorbis comments and pictures. Mirrors {@code mutagen.flac}.
 */
module mutagen.flac {
    requires transitive mutagen;
    requires transitive mutagen.vorbis;

    exports mutagen.flac;

    provides mutagen.spi.FormatProvider with mutagen.flac.FLACProvider;
    provides mutagen.common.TagMappingProvider with mutagen.flac.FLACViewProvider;
}
