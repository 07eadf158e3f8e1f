// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import java.util.List;

/**
 * Private frame ({@code PRIV:owner:data}).
 *
 * <p>Mirrors {@code mutagen.id3.PRIV}.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public class PRIV extends Frame implements FrameFields.WithData, FrameFields.WithOwner {
    static final List<Spec> SPECS = List.of(
            new Spec.Latin1TextSpec("owner"),
            new Spec.BinaryDataSpec("data"));

    /** A frame with default fields. */
    public PRIV() {
    }

    @Override
    protected List<Spec> framespec() {
        return SPECS;
    }

    @Override
    public String hashKey() {
        return frameId() + ":" + owner() + ":" + new String(data(), java.nio.charset.StandardCharsets.ISO_8859_1);
    }
    @Override
    protected String pprintValue() {
        return owner() + "=" + mutagen.util.PyRepr.bytes(data());
    }

    /**
     * A frame with owner and data.
     *
     * @param owner the owner
     * @param data the bytes
     */
    public PRIV(String owner, byte[] data) {
        set("owner", owner);
        set("data", data);
    }
}
