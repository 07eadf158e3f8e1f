// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import java.util.List;

/**
 * Synchronised tempo codes.
 *
 * <p>Mirrors {@code mutagen.id3.SYTC}.
 */
public class SYTC extends Frame {
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

    /** The format field. */
    public Integer format() {
        return (Integer) get("format");
    }

    /** Sets the format field. */
    public void setFormat(Object value) {
        set("format", value);
    }

    /** The data field. */
    public byte[] data() {
        return (byte[]) get("data");
    }

    /** Sets the data field. */
    public void setData(Object value) {
        set("data", value);
    }
}
