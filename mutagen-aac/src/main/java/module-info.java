// SPDX-License-Identifier: GPL-2.0-or-later
/** AAC streams (ADTS and ADIF): stream information only. Mirrors {@code mutagen.aac}. */
module mutagen.aac {
    requires transitive mutagen;

    exports mutagen.aac;

    provides mutagen.spi.FormatProvider with mutagen.aac.AACProvider;
}
