// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import java.util.List;

/**
 * A frame of raw bytes.
 *
 * <p>Mirrors {@code mutagen.id3.BinaryFrame}.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public abstract class BinaryFrame extends Frame {
    static final List<Spec> SPECS = List.of(new Spec.BinaryDataSpec("data"));

    /** An empty frame. */
    protected BinaryFrame() {
    }

    /** A frame with the bytes. */
    protected BinaryFrame(byte[] data) {
        set("data", data);
    }

    @Override
    protected List<Spec> framespec() {
        return SPECS;
    }

    /**
     * The bytes.
     *
     * @return the bytes
     */
    public byte[] data() {
        return (byte[]) get("data");
    }

    /**
     * Sets the bytes.
     *
     * @param data the bytes
     */
    public void setData(byte[] data) {
        set("data", data);
    }
}
