// SPDX-License-Identifier: GPL-2.0-or-later
/**
 * Ogg FLAC: FLAC streams wrapped in Ogg, with their Vorbis comment. Mirrors {@code mutagen.oggflac}. A module of its
 * own so that {@code mutagen.ogg} needs no FLAC.
 */
module mutagen.oggflac {
    requires transitive mutagen;
    requires transitive mutagen.ogg;
    requires mutagen.flac;

    exports mutagen.oggflac;

    provides mutagen.spi.FormatProvider with mutagen.oggflac.OggFLACProvider;
}
