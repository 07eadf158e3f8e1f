// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import java.util.List;

/**
 * Position synchronisation frame.
 *
 * <p>Mirrors {@code mutagen.id3.POSS}.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public class POSS extends Frame implements FrameFields.WithFormat {
    static final List<Spec> SPECS = List.of(
            new Spec.ByteSpec("format", 1),
            new Spec.IntegerSpec("position", 0L));

    /** A frame with default fields. */
    public POSS() {
    }

    @Override
    protected List<Spec> framespec() {
        return SPECS;
    }

    /**
     * The position field.
     *
     * @return the position field
     */
    public Number position() {
        return (Number) get("position");
    }

    /**
     * Sets the position field.
     *
     * @param value the value
     */
    public void setPosition(Object value) {
        set("position", value);
    }

    /**
     * The position (Python's {@code +frame}).
     *
     * @return the position (Python's {@code +frame})
     */
    public long pos() {
        return position().longValue();
    }
}
