// SPDX-License-Identifier: GPL-2.0-or-later
/** Musepack files: stream information and APEv2 tags. Mirrors {@code mutagen.musepack}. */
module mutagen.musepack {
    requires transitive mutagen;
    requires transitive mutagen.apev2;

    exports mutagen.musepack;

    provides mutagen.spi.FormatProvider with mutagen.musepack.MusepackProvider;
}
