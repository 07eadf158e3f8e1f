// SPDX-License-Identifier: GPL-2.0-or-later
/**
 * DSF (DSD Stream File) audio: stream information and ID3 tags at the metadata pointer.
 */
module mutagen.dsf {
    requires transitive mutagen;
    requires transitive mutagen.id3;

    exports mutagen.dsf;

    provides mutagen.spi.FormatProvider with mutagen.dsf.DSFProvider;
}
