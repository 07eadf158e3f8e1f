// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import java.util.List;

/**
 * iTunes podcast flag.
 *
 * <p>Mirrors {@code mutagen.id3.PCST}.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public class PCST extends Frame {
    static final List<Spec> SPECS = List.of(
            new Spec.IntegerSpec("value", 0L));

    /** A frame with default fields. */
    public PCST() {
    }

    @Override
    protected List<Spec> framespec() {
        return SPECS;
    }

    /**
     * The value field.
     *
     * @return the value field
     */
    public Number value() {
        return (Number) get("value");
    }

    /**
     * Sets the value field.
     *
     * @param value the value
     */
    public void setValue(Object value) {
        set("value", value);
    }

    @Override
    protected String pprintValue() {
        return String.valueOf(value());
    }

    /**
     * The value (Python's {@code +frame}).
     *
     * @return the value (Python's {@code +frame})
     */
    public long pos() {
        return value().longValue();
    }
}
