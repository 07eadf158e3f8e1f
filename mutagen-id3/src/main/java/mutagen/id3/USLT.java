// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import java.util.List;

/**
 * Unsynchronised lyrics/text transcription ({@code USLT:desc:lang}).
 *
 * <p>Mirrors {@code mutagen.id3.USLT}.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public class USLT extends Frame implements FrameFields.WithEncoding, FrameFields.WithDesc, FrameFields.WithLang {
    static final List<Spec> SPECS = List.of(
            new Spec.EncodingSpec("encoding"),
            new Spec.StringSpec("lang", 3, "XXX"),
            new Spec.EncodedTextSpec("desc"),
            new Spec.EncodedTextSpec("text"));

    /** A frame with default fields. */
    public USLT() {
    }

    @Override
    protected List<Spec> framespec() {
        return SPECS;
    }

    /**
     * The text field.
     *
     * @return the text field
     */
    public String text() {
        return (String) get("text");
    }

    /**
     * Sets the text field.
     *
     * @param value the value
     */
    public void setText(String value) {
        set("text", value);
    }

    @Override
    public String hashKey() {
        return frameId() + ":" + desc() + ":" + lang();
    }
    @Override
    public String str() {
        return text();
    }
    @Override
    protected String pprintValue() {
        return desc() + "=" + lang() + "=" + text();
    }
}
