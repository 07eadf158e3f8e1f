// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import java.util.List;

/**
 * Ownership frame.
 *
 * <p>Mirrors {@code mutagen.id3.OWNE}.
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

    /** The price field. */
    public String price() {
        return (String) get("price");
    }

    /** Sets the price field. */
    public void setPrice(Object value) {
        set("price", value);
    }

    /** The date field. */
    public String date() {
        return (String) get("date");
    }

    /** Sets the date field. */
    public void setDate(Object value) {
        set("date", value);
    }

    /** The seller field. */
    public String seller() {
        return (String) get("seller");
    }

    /** Sets the seller field. */
    public void setSeller(Object value) {
        set("seller", value);
    }

    @Override
    public String str() {
        return seller();
    }
}
