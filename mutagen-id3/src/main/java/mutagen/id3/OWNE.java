// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import java.util.List;

/**
 * Ownership frame.
 *
 * <p>Mirrors {@code mutagen.id3.OWNE}.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public class OWNE extends Frame implements FrameFields.WithEncoding {
    static final List<Spec> SPECS = List.of(
            new Spec.EncodingSpec("encoding"),
            new Spec.Latin1TextSpec("price"),
            new Spec.StringSpec("date", 8, "19700101"),
            new Spec.EncodedTextSpec("seller"));

    /** A frame with default fields. */
    public OWNE() {
    }

    @Override
    protected List<Spec> framespec() {
        return SPECS;
    }

    /**
     * The price field.
     *
     * @return the price field
     */
    public String price() {
        return (String) get("price");
    }

    /**
     * Sets the price field.
     *
     * @param value the value
     */
    public void setPrice(Object value) {
        set("price", value);
    }

    /**
     * The date field.
     *
     * @return the date field
     */
    public String date() {
        return (String) get("date");
    }

    /**
     * Sets the date field.
     *
     * @param value the value
     */
    public void setDate(Object value) {
        set("date", value);
    }

    /**
     * The seller field.
     *
     * @return the seller field
     */
    public String seller() {
        return (String) get("seller");
    }

    /**
     * Sets the seller field.
     *
     * @param value the value
     */
    public void setSeller(Object value) {
        set("seller", value);
    }

    @Override
    public String str() {
        return seller();
    }
}
