// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import java.util.List;

/**
 * Commercial frame (the key holds the whole serialised frame).
 *
 * <p>Mirrors {@code mutagen.id3.COMR}.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public class COMR extends Frame implements FrameFields.WithEncoding, FrameFields.WithDesc, FrameFields.WithMime, FrameFields.WithFormat {
    static final List<Spec> SPECS = List.of(
            new Spec.EncodingSpec("encoding"),
            new Spec.Latin1TextSpec("price"),
            new Spec.StringSpec("valid_until", 8, "19700101"),
            new Spec.Latin1TextSpec("contact"),
            new Spec.ByteSpec("format", 0),
            new Spec.EncodedTextSpec("seller"),
            new Spec.EncodedTextSpec("desc"));

    static final List<Spec> OPTIONAL = List.of(
            new Spec.Latin1TextSpec("mime"),
            new Spec.BinaryDataSpec("logo"));

    /** A frame with default fields. */
    public COMR() {
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
     * The valid_until field.
     *
     * @return the valid_until field
     */
    public String valid_until() {
        return (String) get("valid_until");
    }

    /**
     * Sets the valid_until field.
     *
     * @param value the value
     */
    public void setValid_until(Object value) {
        set("valid_until", value);
    }

    /**
     * The contact field.
     *
     * @return the contact field
     */
    public String contact() {
        return (String) get("contact");
    }

    /**
     * Sets the contact field.
     *
     * @param value the value
     */
    public void setContact(Object value) {
        set("contact", value);
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

    /**
     * The logo field (null when not set).
     *
     * @return the logo field (null when not set)
     */
    public byte[] logo() {
        return (byte[]) get("logo");
    }

    /**
     * Sets the logo field.
     *
     * @param value the value
     */
    public void setLogo(Object value) {
        set("logo", value);
    }

    @Override
    public String hashKey() {
        try {
            return frameId() + ":" + new String(writeData(), java.nio.charset.StandardCharsets.ISO_8859_1);
        } catch (ID3Error e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }
}
