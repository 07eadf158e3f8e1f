// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

/**
 * Event timing codes.
 *
 * <p>Mirrors {@code mutagen.id3.ETC}.
 */
public class ETC extends ETCO {
    /** A frame with default fields. */
    public ETC() {
    }
}
