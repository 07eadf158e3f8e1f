// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import java.util.ArrayList;
import java.util.List;

/**
 * A text frame of time stamps; its values are {@link ID3TimeStamp}s.
 *
 * <p>Mirrors {@code mutagen.id3.TimeStampTextFrame}. Deviation: {@link #text()} returns a snapshot of the stamp
 * texts (Java cannot narrow the list type); {@link #stamps()} is the live list. A string assigned to {@code text}
 * is split on commas.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public abstract class TimeStampTextFrame extends TextFrame {
    static final List<Spec> SPECS = List.of(
            new Spec.EncodingSpec("encoding"),
            new Spec.MultiSpec("text", ",", new Spec.TimeStampSpec("stamp")));

    /** An empty frame. */
    protected TimeStampTextFrame() {
    }

    /** A frame with the given encoding and time stamp texts; a single text is split on commas. */
    protected TimeStampTextFrame(Encoding encoding, String... text) {
        super(encoding, text);
    }

    /** A frame with the given encoding and time stamp texts. */
    protected TimeStampTextFrame(Encoding encoding, List<String> text) {
        super(encoding, text);
    }

    @Override
    protected List<Spec> framespec() {
        return SPECS;
    }

    /** {@return the time stamps (live)} */
    @SuppressWarnings("unchecked")
    public List<ID3TimeStamp> stamps() {
        return (List<ID3TimeStamp>) get("text");
    }

    /** A snapshot of the time stamps' texts. */
    @Override
    public List<String> text() {
        return textValues();
    }

    @Override
    List<String> textValues() {
        List<ID3TimeStamp> stamps = stamps();
        List<String> out = new ArrayList<>(stamps.size());
        for (ID3TimeStamp s : stamps) {
            out.add(s.text());
        }
        return out;
    }

    @Override
    public void append(String value) {
        stamps().add(new ID3TimeStamp(value));
    }

    @Override
    public void extend(List<String> values) {
        for (String v : values) {
            append(v);
        }
    }

    /** Python's {@code str(frame)}: the stamp texts joined with commas. */
    @Override
    public String str() {
        return String.join(",", textValues());
    }
}
