// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import java.util.List;

/**
 * Group identification registration ({@code GRID:group}).
 *
 * <p>Mirrors {@code mutagen.id3.GRID}.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public class GRID extends Frame implements FrameFields.WithData, FrameFields.WithOwner, FrameFields.WithGroup {
    static final List<Spec> SPECS = List.of(
            new Spec.Latin1TextSpec("owner"),
            new Spec.ByteSpec("group", 128),
            new Spec.BinaryDataSpec("data"));

    /** A frame with default fields. */
    public GRID() {
    }

    @Override
    protected List<Spec> framespec() {
        return SPECS;
    }

    @Override
    public String hashKey() {
        return frameId() + ":" + group();
    }
    @Override
    public String str() {
        return owner();
    }

    /**
     * The group (Python's {@code +frame}).
     *
     * @return the group (Python's {@code +frame})
     */
    public long pos() {
        return group();
    }
}
