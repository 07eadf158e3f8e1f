// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import java.util.List;

/**
 * Recommended buffer size.
 *
 * <p>Mirrors {@code mutagen.id3.RBUF}.
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

    /** The size field. */
    public Long size() {
        return (Long) get("size");
    }

    /** Sets the size field. */
    public void setSize(Object value) {
        set("size", value);
    }

    /** The info field (null when not set). */
    public Integer info() {
        return (Integer) get("info");
    }

    /** Sets the info field. */
    public void setInfo(Object value) {
        set("info", value);
    }

    /** The offset field (null when not set). */
    public Long offset() {
        return (Long) get("offset");
    }

    /** Sets the offset field. */
    public void setOffset(Object value) {
        set("offset", value);
    }


    /** The size (Python's {@code +frame}). */
    public long pos() {
        return size();
    }
}
