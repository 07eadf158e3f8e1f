// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import java.util.List;

/**
 * General encapsulated object ({@code GEOB:desc}).
 *
 * <p>Mirrors {@code mutagen.id3.GEOB}.
 */
public class GEOB extends Frame {
    static final List<Spec> SPECS = List.of(
            new Spec.EncodingSpec("encoding"),
            new Spec.Latin1TextSpec("mime"),
            new Spec.EncodedTextSpec("filename"),
            new Spec.EncodedTextSpec("desc"),
            new Spec.BinaryDataSpec("data"));

    /** A frame with default fields. */
    public GEOB() {
    }

    @Override
    protected List<Spec> framespec() {
        return SPECS;
    }

    /** The encoding field. */
    public Encoding encoding() {
        return (Encoding) get("encoding");
    }

    /** Sets the encoding field. */
    public void setEncoding(Object value) {
        set("encoding", value);
    }

    /** The mime field. */
    public String mime() {
        return (String) get("mime");
    }

    /** Sets the mime field. */
    public void setMime(Object value) {
        set("mime", value);
    }

    /** The filename field. */
    public String filename() {
        return (String) get("filename");
    }

    /** Sets the filename field. */
    public void setFilename(Object value) {
        set("filename", value);
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

    @Override
    public String hashKey() {
        return frameId() + ":" + desc();
    }
}
