// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import java.util.List;

/**
 * Synchronised tempo codes.
 *
 * <p>Mirrors {@code mutagen.id3.SYTC}.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public class SYTC extends Frame implements FrameFields.WithData, FrameFields.WithFormat {
    static final List<Spec> SPECS = List.of(
            new Spec.ByteSpec("format", 1),
            new Spec.BinaryDataSpec("data"));

    /** A frame with default fields. */
    public SYTC() {
    }

    @Override
    protected List<Spec> framespec() {
        return SPECS;
    }
}
