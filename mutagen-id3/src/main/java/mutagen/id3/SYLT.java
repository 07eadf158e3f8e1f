// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import java.util.List;

/**
 * Synchronised lyrics/text ({@code SYLT:desc:lang}).
 *
 * <p>Mirrors {@code mutagen.id3.SYLT}. The text is a list of {@link Line}s (mutagen's (text, time) tuples).
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public class SYLT extends Frame {
    static final List<Spec> SPECS = List.of(
            new Spec.EncodingSpec("encoding"),
            new Spec.StringSpec("lang", 3, "XXX"),
            new Spec.ByteSpec("format", 1),
            new Spec.ByteSpec("type", 0),
            new Spec.EncodedTextSpec("desc"),
            new Spec.SynchronizedTextSpec("text"));

    /**
     * One line of synchronised text.
     *
     * @param text the text
     * @param time the time stamp, in frames or milliseconds depending on {@link #format()}
     */
    public record Line(String text, long time) {
    }

    /** A frame with default fields. */
    public SYLT() {
    }

    @Override
    protected List<Spec> framespec() {
        return SPECS;
    }

    /**
     * The encoding.
     *
     * @return the encoding
     */
    public Encoding encoding() {
        return (Encoding) get("encoding");
    }

    /**
     * The language code.
     *
     * @return the language code
     */
    public String lang() {
        return (String) get("lang");
    }

    /**
     * The time stamp format (1 = MPEG frames, 2 = milliseconds).
     *
     * @return the time stamp format (1 = MPEG frames, 2 = milliseconds)
     */
    public int format() {
        return (Integer) get("format");
    }

    /**
     * The content type.
     *
     * @return the content type
     */
    public int type() {
        return (Integer) get("type");
    }

    /**
     * The description.
     *
     * @return the description
     */
    public String desc() {
        return (String) get("desc");
    }

    /**
     * The lines (live).
     *
     * @return the lines (live)
     */
    @SuppressWarnings("unchecked")
    public List<Line> text() {
        return (List<Line>) get("text");
    }

    @Override
    public String hashKey() {
        return frameId() + ":" + desc() + ":" + lang();
    }

    /** The lines as {@code [time unit]: text}, joined with newlines (Python's {@code str()}). */
    @Override
    public String str() {
        String unit = format() == 1 ? "fr" : "ms";
        StringBuilder sb = new StringBuilder();
        for (Line line : text()) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append('[').append(line.time()).append(unit).append("]: ").append(line.text());
        }
        return sb.toString();
    }

    @Override
    protected String pprintValue() {
        return str();
    }
}
