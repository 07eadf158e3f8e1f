// SPDX-License-Identifier: GPL-2.0-or-later
/**
 * An example of a third-party format for mutagen-java: the tiny MUTAGEN-EXAMPLE format, found by
 * {@link mutagen.File} through the {@link mutagen.spi.FormatProvider} service. See {@code docs/NEW_FORMAT.md}.
 */
module mutagen.example {
    // Our public types extend mutagen's (FileType, StreamInfo, Tags), so users of this module need it too.
    requires transitive mutagen;

    exports mutagen.example;

    // Declared here for the module path and in META-INF/services for the class path.
    provides mutagen.spi.FormatProvider with mutagen.example.ExampleProvider;
}
