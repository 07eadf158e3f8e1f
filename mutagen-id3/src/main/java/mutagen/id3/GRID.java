// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import java.util.List;

/**
 * Group identification registration ({@code GRID:group}).
 *
 * <p>Mirrors {@code mutagen.id3.GRID}.
 */
public class GRID extends Frame {
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

    /** The owner field. */
    public String owner() {
        return (String) get("owner");
    }

    /** Sets the owner field. */
    public void setOwner(Object value) {
        set("owner", value);
    }

    /** The group field. */
    public Integer group() {
        return (Integer) get("group");
    }

    /** Sets the group field. */
    public void setGroup(Object value) {
        set("group", value);
    }

    /** The data field. */
    public byte[] data() {
        return (byte[]) get("data");
    }

    /** Sets the data field. */
    public void setData(Object value) {
        set("data", value);
    }

    @Override
    public String hashKey() {
        return frameId() + ":" + group();
    }
    @Override
    public String str() {
        return owner();
    }

    /** The group (Python's {@code +frame}). */
    public long pos() {
        return group();
    }
}
