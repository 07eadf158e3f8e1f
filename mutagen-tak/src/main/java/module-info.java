// SPDX-License-Identifier: GPL-2.0-or-later
/** TAK (Tom's lossless Audio Kompressor) files: stream information and APEv2 tags. Mirrors {@code mutagen.tak}. */
module mutagen.tak {
    requires transitive mutagen;
    requires transitive mutagen.apev2;

    exports mutagen.tak;

    provides mutagen.spi.FormatProvider with mutagen.tak.TAKProvider;
}
