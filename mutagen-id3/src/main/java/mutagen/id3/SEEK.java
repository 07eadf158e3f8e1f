// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import java.util.List;

/**
 * Seek frame.
 *
 * <p>Mirrors {@code mutagen.id3.SEEK}.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public class SEEK extends Frame {
    static final List<Spec> SPECS = List.of(
            new Spec.IntegerSpec("offset", 0L));

    /** A frame with default fields. */
    public SEEK() {
    }

    @Override
    protected List<Spec> framespec() {
        return SPECS;
    }

    /**
     * The offset field.
     *
     * @return the offset field
     */
    public Number offset() {
        return (Number) get("offset");
    }

    /**
     * Sets the offset field.
     *
     * @param value the value
     */
    public void setOffset(Object value) {
        set("offset", value);
    }


    /**
     * The offset (Python's {@code +frame}).
     *
     * @return the offset (Python's {@code +frame})
     */
    public long pos() {
        return offset().longValue();
    }
}
