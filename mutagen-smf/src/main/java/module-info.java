// SPDX-License-Identifier: GPL-2.0-or-later
/** Standard MIDI Files: the length only. Mirrors {@code mutagen.smf}. */
module mutagen.smf {
    requires transitive mutagen;

    exports mutagen.smf;

    provides mutagen.spi.FormatProvider with mutagen.smf.SMFProvider;
}
