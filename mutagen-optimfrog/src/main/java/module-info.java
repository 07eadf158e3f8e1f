// SPDX-License-Identifier: GPL-2.0-or-later
/** OptimFROG files: stream information and APEv2 tags. Mirrors {@code mutagen.optimfrog}. */
module mutagen.optimfrog {
    requires transitive mutagen;
    requires transitive mutagen.apev2;

    exports mutagen.optimfrog;

    provides mutagen.spi.FormatProvider with mutagen.optimfrog.OptimFROGProvider;
}
