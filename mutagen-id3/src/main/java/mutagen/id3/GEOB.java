// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import java.util.List;

/**
 * General encapsulated object ({@code GEOB:desc}).
 *
 * <p>Mirrors {@code mutagen.id3.GEOB}.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public class GEOB extends Frame implements FrameFields.WithEncoding, FrameFields.WithDesc, FrameFields.WithData, FrameFields.WithMime {
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

    /**
     * The filename field.
     *
     * @return the filename field
     */
    public String filename() {
        return (String) get("filename");
    }

    /**
     * Sets the filename field.
     *
     * @param value the value
     */
    public void setFilename(Object value) {
        set("filename", value);
    }

    @Override
    public String hashKey() {
        return frameId() + ":" + desc();
    }
}
