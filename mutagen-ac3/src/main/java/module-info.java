// SPDX-License-Identifier: GPL-2.0-or-later
/** AC-3 and E-AC-3 streams: stream information only. Mirrors {@code mutagen.ac3}. */
module mutagen.ac3 {
    requires transitive mutagen;

    exports mutagen.ac3;

    provides mutagen.spi.FormatProvider with mutagen.ac3.AC3Provider;
}
