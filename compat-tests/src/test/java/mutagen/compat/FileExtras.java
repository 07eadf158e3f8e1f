// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.compat;

import java.util.Map;
import mutagen.FileType;

/**
 * Format-specific parts of a dump that are not tags, keyed by kind in {@link Normalisers}: e.g. FLAC's
 * {@code pictures} (oracle.py emits {@code extras.pictures} for every file object with a {@code pictures} list).
 */
@FunctionalInterface
public interface FileExtras {

    /** The extras of a loaded file, under the names oracle.py uses. */
    Map<String, Object> extras(FileType file, Normalisers all);
}
