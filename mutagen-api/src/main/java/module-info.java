// SPDX-License-Identifier: GPL-2.0-or-later
/**
 * The format-neutral core of mutagen-java: the {@link mutagen.File} factory, the {@link mutagen.FileType} model,
 * the {@link mutagen.spi.FormatProvider} SPI, the cross-format view of {@code mutagen.common} and the shared binary helpers of {@code mutagen.util}.
 */
module mutagen {
    exports mutagen;
    exports mutagen.spi;
    exports mutagen.util;
    exports mutagen.common;

    uses mutagen.spi.FormatProvider;
    uses mutagen.common.TagMappingProvider;
}
