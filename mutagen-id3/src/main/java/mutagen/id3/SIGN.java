// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import java.util.List;

/**
 * Signature frame ({@code SIGN:group:sig}).
 *
 * <p>Mirrors {@code mutagen.id3.SIGN}.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public class SIGN extends Frame implements FrameFields.WithGroup {
    static final List<Spec> SPECS = List.of(
            new Spec.ByteSpec("group", 128),
            new Spec.BinaryDataSpec("sig"));

    /** A frame with default fields. */
    public SIGN() {
    }

    @Override
    protected List<Spec> framespec() {
        return SPECS;
    }

    /**
     * The sig field.
     *
     * @return the sig field
     */
    public byte[] sig() {
        return (byte[]) get("sig");
    }

    /**
     * Sets the sig field.
     *
     * @param value the value
     */
    public void setSig(Object value) {
        set("sig", value);
    }

    @Override
    public String hashKey() {
        return frameId() + ":" + group() + ":" + new String(sig(), java.nio.charset.StandardCharsets.ISO_8859_1);
    }
}
