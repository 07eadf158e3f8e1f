// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import java.util.List;

/**
 * An attached (or linked) picture ({@code APIC:desc}).
 *
 * <p>Mirrors {@code mutagen.id3.APIC}. The {@link #salt()} is added to the key so that pictures with equal
 * descriptions read from one tag are all kept.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public class APIC extends Frame implements FrameFields.WithEncoding, FrameFields.WithDesc, FrameFields.WithData, FrameFields.WithMime {
    static final List<Spec> SPECS = List.of(
            new Spec.EncodingSpec("encoding"),
            new Spec.Latin1TextSpec("mime"),
            new Spec.PictureTypeSpec("type"),
            new Spec.EncodedTextSpec("desc"),
            new Spec.BinaryDataSpec("data"));

    private String salt = "";

    /** A frame with default fields (UTF-16, no mime, front cover, no data). */
    public APIC() {
    }

    /**
     * A picture frame.
     *
     * @param encoding the encoding
     * @param mime the mime
     * @param type the type
     * @param desc the desc
     * @param data the bytes
     */
    public APIC(Encoding encoding, String mime, PictureType type, String desc, byte[] data) {
        set("encoding", encoding);
        set("mime", mime);
        set("type", type);
        set("desc", desc);
        set("data", data);
    }

    @Override
    protected List<Spec> framespec() {
        return SPECS;
    }

    /**
     * The picture type.
     *
     * @return the picture type
     */
    public PictureType type() {
        return (PictureType) get("type");
    }

    /**
     * Sets the picture type.
     *
     * @param value the value
     */
    public void setType(PictureType value) {
        set("type", value);
    }

    /**
     * The salt appended to the key.
     *
     * @return the salt appended to the key
     */
    public String salt() {
        return salt;
    }

    /**
     * Sets the salt appended to the key.
     *
     * @param salt the salt
     */
    public void setSalt(String salt) {
        this.salt = salt;
    }

    @Override
    public String hashKey() {
        return frameId() + ":" + desc() + salt;
    }

    @Override
    Frame mergeFrame(Frame other) {
        ((APIC) other).salt += " ";
        return other;
    }

    @Override
    protected String pprintValue() {
        return type().pprintName() + ", " + desc() + " (" + mime() + ", " + data().length + " bytes)";
    }
}
