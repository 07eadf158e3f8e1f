// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import java.util.List;

/**
 * Recommended buffer size.
 *
 * <p>Mirrors {@code mutagen.id3.RBUF}.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public class RBUF extends Frame {
    static final List<Spec> SPECS = List.of(
            new Spec.SizedIntegerSpec("size", 3, 0L));

    static final List<Spec> OPTIONAL = List.of(
            new Spec.ByteSpec("info", 0),
            new Spec.SizedIntegerSpec("offset", 4, 0L));

    /** A frame with default fields. */
    public RBUF() {
    }

    @Override
    protected List<Spec> framespec() {
        return SPECS;
    }

    @Override
    protected List<Spec> optionalspec() {
        return OPTIONAL;
    }

    /**
     * The size field.
     *
     * @return the size field
     */
    public Long size() {
        return (Long) get("size");
    }

    /**
     * Sets the size field.
     *
     * @param value the value
     */
    public void setSize(Object value) {
        set("size", value);
    }

    /**
     * The info field (null when not set).
     *
     * @return the info field (null when not set)
     */
    public Integer info() {
        return (Integer) get("info");
    }

    /**
     * Sets the info field.
     *
     * @param value the value
     */
    public void setInfo(Object value) {
        set("info", value);
    }

    /**
     * The offset field (null when not set).
     *
     * @return the offset field (null when not set)
     */
    public Long offset() {
        return (Long) get("offset");
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
     * The size (Python's {@code +frame}).
     *
     * @return the size (Python's {@code +frame})
     */
    public long pos() {
        return size();
    }
}
