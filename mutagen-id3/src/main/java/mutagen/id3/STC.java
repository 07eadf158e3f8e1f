// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

/**
 * Synced tempo codes.
 *
 * <p>Mirrors {@code mutagen.id3.STC}.
 */
public class STC extends SYTC {
    /** A frame with default fields. */
    public STC() {
    }
}
