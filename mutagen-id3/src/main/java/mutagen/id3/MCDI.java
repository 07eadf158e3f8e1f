// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

/**
 * Binary dump of CD's TOC.
 *
 * <p>Mirrors {@code mutagen.id3.MCDI}.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public class MCDI extends BinaryFrame {
    /** An empty frame. */
    public MCDI() {
    }

    /**
     * A frame with the bytes.
     *
     * @param data the bytes
     */
    public MCDI(byte[] data) {
        super(data);
    }
}
