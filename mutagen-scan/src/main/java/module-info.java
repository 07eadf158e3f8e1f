// SPDX-License-Identifier: GPL-2.0-or-later
/**
 * Library scans: {@link mutagen.scan.Scanner} reads many files with a bounded pool of threads and delivers one
 * {@link mutagen.scan.ScanResult} per file, in a stable order or as they come, with progress events and
 * cancellation; {@link mutagen.scan.tool.MutagenScan} is the {@code mutagen-scan} command-line tool. Formats are found
 * at run time through {@code mutagen.spi.FormatProvider}: this module depends on the API only.
 */
module mutagen.scan {
    requires transitive mutagen;

    exports mutagen.scan;
    exports mutagen.scan.tool;
}
