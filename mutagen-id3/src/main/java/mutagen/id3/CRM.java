// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import java.util.List;

/**
 * Encrypted meta frame (ID3v2.2 only; dropped on load, no v2.3 equivalent).
 *
 * <p>Mirrors {@code mutagen.id3.CRM}.
 */
public class CRM extends Frame {
    static final List<Spec> SPECS = List.of(
            new Spec.Latin1TextSpec("owner"),
            new Spec.Latin1TextSpec("desc"),
            new Spec.BinaryDataSpec("data"));

    /** A frame with default fields. */
    public CRM() {
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

    /** The desc field. */
    public String desc() {
        return (String) get("desc");
    }

    /** Sets the desc field. */
    public void setDesc(Object value) {
        set("desc", value);
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
