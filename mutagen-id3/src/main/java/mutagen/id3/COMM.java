// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import java.util.List;

/**
 * User comment, with a language and a description ({@code COMM:desc:lang}).
 *
 * <p>Mirrors {@code mutagen.id3.COMM}.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public class COMM extends TextFrame implements FrameFields.WithDesc, FrameFields.WithLang {
    static final List<Spec> SPECS = List.of(
            new Spec.EncodingSpec("encoding"),
            new Spec.StringSpec("lang", 3, "XXX"),
            new Spec.EncodedTextSpec("desc"),
            new Spec.MultiSpec("text", "\u0000", new Spec.EncodedTextSpec("text")));

    /** A frame with default fields. */
    public COMM() {
    }

    @Override
    protected List<Spec> framespec() {
        return SPECS;
    }


    @Override
    public String hashKey() {
        return frameId() + ":" + desc() + ":" + lang();
    }
    @Override
    protected String pprintValue() {
        return desc() + "=" + lang() + "=" + joinValues(text());
    }

    /**
     * A frame with encoding, language, description and values (a single value is split on NUL).
     *
     * @param encoding the encoding
     * @param lang the lang
     * @param desc the desc
     * @param text the text
     */
    public COMM(Encoding encoding, String lang, String desc, String... text) {
        set("encoding", encoding);
        set("lang", lang);
        set("desc", desc);
        set("text", text.length == 1 ? (Object) text[0] : java.util.Arrays.asList(text));
    }
}
