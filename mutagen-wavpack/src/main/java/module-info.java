// SPDX-License-Identifier: GPL-2.0-or-later
/** WavPack files: stream information and APEv2 tags. Mirrors {@code mutagen.wavpack}. */
module mutagen.wavpack {
    requires transitive mutagen;
    requires transitive mutagen.apev2;

    exports mutagen.wavpack;

    provides mutagen.spi.FormatProvider with mutagen.wavpack.WavPackProvider;
}
