// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import java.util.List;

/**
 * Unique file identifier ({@code UFID:owner}).
 *
 * <p>Mirrors {@code mutagen.id3.UFID}.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public class UFID extends Frame implements FrameFields.WithData, FrameFields.WithOwner {
    static final List<Spec> SPECS = List.of(
            new Spec.Latin1TextSpec("owner"),
            new Spec.BinaryDataSpec("data"));

    /** A frame with default fields. */
    public UFID() {
    }

    @Override
    protected List<Spec> framespec() {
        return SPECS;
    }

    @Override
    public String hashKey() {
        return frameId() + ":" + owner();
    }
    @Override
    protected String pprintValue() {
        return owner() + "=" + mutagen.util.PyRepr.bytes(data());
    }

    /**
     * A frame with owner and identifier.
     *
     * @param owner the owner
     * @param data the bytes
     */
    public UFID(String owner, byte[] data) {
        set("owner", owner);
        set("data", data);
    }
}
