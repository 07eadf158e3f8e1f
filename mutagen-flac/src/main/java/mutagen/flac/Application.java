// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.flac;

import java.util.Arrays;

/**
 * An APPLICATION block (type 2): a 4-byte registered application id followed by application data, kept raw.
 *
 * <p>mutagen has no class for it and keeps it as a plain {@code MetadataBlock}; this subclass of {@link RawBlock}
 * behaves the same ({@link #data()} is the whole payload, id included) and adds {@link #applicationId()}.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public class Application extends RawBlock {

    /** The type code of APPLICATION blocks. */
    public static final int CODE = 2;

    /**
     * Creates an APPLICATION block from its whole payload (id first).
     *
     * @param data the bytes
     */
    public Application(byte[] data) {
        super(CODE, data);
    }

    /** An APPLICATION block that owns {@code data} (see {@link RawBlock#RawBlock(int, byte[], boolean)}). */
    Application(byte[] data, boolean owned) {
        super(CODE, data, owned);
    }

    /**
     * The application id: the first 4 payload bytes (fewer when the payload is shorter).
     *
     * @return the application id: the first 4 payload bytes (fewer when the payload is shorter)
     */
    public byte[] applicationId() {
        byte[] d = data();
        return Arrays.copyOf(d, Math.min(4, d.length));
    }
}
