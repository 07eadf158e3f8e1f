// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import java.util.List;

/**
 * Encryption method registration ({@code ENCR:owner}).
 *
 * <p>Mirrors {@code mutagen.id3.ENCR}.
 */
public class ENCR extends Frame {
    static final List<Spec> SPECS = List.of(
            new Spec.Latin1TextSpec("owner"),
            new Spec.ByteSpec("method", 128),
            new Spec.BinaryDataSpec("data"));

    /** A frame with default fields. */
    public ENCR() {
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

    /** The method field. */
    public Integer method() {
        return (Integer) get("method");
    }

    /** Sets the method field. */
    public void setMethod(Object value) {
        set("method", value);
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
        return frameId() + ":" + owner();
    }
}
