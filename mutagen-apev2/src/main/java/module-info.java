// SPDX-License-Identifier: GPL-2.0-or-later
/**
 * APEv2 tags and {@code APEv2File}, the base of every APEv2-tagged format. Mirrors {@code mutagen.apev2}.
 */
module mutagen.apev2 {
    requires transitive mutagen;

    exports mutagen.apev2;

    provides mutagen.spi.FormatProvider with mutagen.apev2.APEv2FileProvider;
    provides mutagen.common.TagMappingProvider with mutagen.apev2.view.APEv2ViewProvider;
}
