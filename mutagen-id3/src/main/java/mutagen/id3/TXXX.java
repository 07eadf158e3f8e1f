// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import java.util.List;

/**
 * User-defined text data; the description is part of the key ({@code TXXX:desc}).
 *
 * <p>Mirrors {@code mutagen.id3.TXXX}.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public class TXXX extends TextFrame implements FrameFields.WithDesc {
    static final List<Spec> SPECS = List.of(
            new Spec.EncodingSpec("encoding"),
            new Spec.EncodedTextSpec("desc"),
            new Spec.MultiSpec("text", "\u0000", new Spec.EncodedTextSpec("text")));

    /** A frame with default fields. */
    public TXXX() {
    }

    @Override
    protected List<Spec> framespec() {
        return SPECS;
    }


    @Override
    public String hashKey() {
        return frameId() + ":" + desc();
    }
    @Override
    protected String pprintValue() {
        return desc() + "=" + joinValues(text());
    }

    /**
     * A frame with encoding, description and values (a single value is split on NUL).
     *
     * @param encoding the encoding
     * @param desc the desc
     * @param text the text
     */
    public TXXX(Encoding encoding, String desc, String... text) {
        set("encoding", encoding);
        set("desc", desc);
        set("text", text.length == 1 ? (Object) text[0] : java.util.Arrays.asList(text));
    }
}
