// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import java.util.List;

/**
 * Position synchronisation frame.
 *
 * <p>Mirrors {@code mutagen.id3.POSS}.
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

    /** The position field. */
    public Number position() {
        return (Number) get("position");
    }

    /** Sets the position field. */
    public void setPosition(Object value) {
        set("position", value);
    }

    /** The position (Python's {@code +frame}). */
    public long pos() {
        return position().longValue();
    }
}
