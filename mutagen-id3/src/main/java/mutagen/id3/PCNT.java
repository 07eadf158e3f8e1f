// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import java.util.List;

/**
 * Play counter.
 *
 * <p>Mirrors {@code mutagen.id3.PCNT}.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public class PCNT extends Frame {
    static final List<Spec> SPECS = List.of(
            new Spec.IntegerSpec("count", 0L));

    /** A frame with default fields. */
    public PCNT() {
    }

    @Override
    protected List<Spec> framespec() {
        return SPECS;
    }

    /**
     * The count field.
     *
     * @return the count field
     */
    public Number count() {
        return (Number) get("count");
    }

    /**
     * Sets the count field.
     *
     * @param value the value
     */
    public void setCount(Object value) {
        set("count", value);
    }

    @Override
    protected String pprintValue() {
        return String.valueOf(count());
    }

    /**
     * The count (Python's {@code +frame}).
     *
     * @return the count (Python's {@code +frame})
     */
    public long pos() {
        return count().longValue();
    }
}
