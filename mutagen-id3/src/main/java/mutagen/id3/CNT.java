// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

/**
 * Play counter.
 *
 * <p>Mirrors {@code mutagen.id3.CNT}.
 */
public class CNT extends PCNT {
    /** A frame with default fields. */
    public CNT() {
    }
}
