// SPDX-License-Identifier: GPL-2.0-or-later
/** mutagen's command-line tools; formats are reached only through the {@code FormatProvider} SPI. */
module mutagen.tools {
    requires mutagen;

    exports mutagen.tools;
}
