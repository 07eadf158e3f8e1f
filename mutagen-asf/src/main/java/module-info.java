// SPDX-License-Identifier: GPL-2.0-or-later
/**
 * ASF (Windows Media Audio/Video): stream information and the attributes of the content description, extended
 * content description, metadata and metadata library objects.
 */
module mutagen.asf {
    requires transitive mutagen;

    exports mutagen.asf;

    provides mutagen.spi.FormatProvider with mutagen.asf.ASFProvider;
    provides mutagen.common.TagMappingProvider with mutagen.asf.view.ASFViewProvider;
}
