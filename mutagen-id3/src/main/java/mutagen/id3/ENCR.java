// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import java.util.List;

/**
 * Encryption method registration ({@code ENCR:owner}).
 *
 * <p>Mirrors {@code mutagen.id3.ENCR}.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public class ENCR extends Frame implements FrameFields.WithData, FrameFields.WithOwner, FrameFields.WithMethod {
    static final List<Spec> SPECS = List.of(
            new Spec.Latin1TextSpec("owner"),
            new Spec.ByteSpec("method", 128),
            new Spec.BinaryDataSpec("data"));

    /** A frame with default fields. */
    public ENCR() {
    }

    @Override
    protected List<Spec> framespec() {
        return SPECS;
    }

    @Override
    public String hashKey() {
        return frameId() + ":" + owner();
    }
}
