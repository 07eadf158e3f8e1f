// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import mutagen.MutagenError;
import mutagen.util.ByteReader;

/**
 * A text frame: an encoding and a list of strings.
 *
 * <p>Mirrors {@code mutagen.id3.TextFrame}. {@link #text()} is the live list of values (mutagen's {@code text});
 * {@link #str()} joins them with NUL as Python's {@code str(frame)} does.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public abstract class TextFrame extends Frame {
    static final List<Spec> SPECS = List.of(
            new Spec.EncodingSpec("encoding"),
            new Spec.MultiSpec("text", "\u0000", new Spec.EncodedTextSpec("text")));

    /** An empty frame (UTF-16, no values). */
    protected TextFrame() {
    }

    /** A frame with the given encoding and values; a single value is split on the frame's separator, as mutagen does. */
    protected TextFrame(Encoding encoding, String... text) {
        set("encoding", encoding);
        set("text", text.length == 1 ? (Object) text[0] : Arrays.asList(text));
    }

    /** A frame with the given encoding and values. */
    protected TextFrame(Encoding encoding, List<String> text) {
        set("encoding", encoding);
        set("text", text);
    }

    @Override
    protected List<Spec> framespec() {
        return SPECS;
    }

    /** {@return the text encoding} */
    public Encoding encoding() {
        return (Encoding) get("encoding");
    }

    /**
     * Sets the text encoding.
     *
     * @param encoding the encoding
     */
    public void setEncoding(Encoding encoding) {
        set("encoding", encoding);
    }

    /** {@return the values (live: changes go into the frame)} */
    @SuppressWarnings("unchecked")
    public List<String> text() {
        return (List<String>) get("text");
    }

    /**
     * Replaces the values.
     *
     * @param text the text
     */
    public void setText(List<String> text) {
        set("text", text);
    }

    /**
     * Replaces the values; a single value is split on the frame's separator, as mutagen does.
     *
     * @param text the text
     */
    public void setText(String... text) {
        set("text", text.length == 1 ? (Object) text[0] : Arrays.asList(text));
    }

    /**
     * {@return the value at an index}
     *
     * @param index the index
     */
    public String get(int index) {
        return textValues().get(index);
    }

    /**
     * Appends a value.
     *
     * @param value the value
     */
    public void append(String value) {
        text().add(value);
    }

    /**
     * Appends values.
     *
     * @param values the values
     */
    public void extend(List<String> values) {
        text().addAll(values);
    }

    List<String> textValues() {
        return text();
    }

    /** Python's {@code str(frame)}: the values joined with NUL. */
    @Override
    public String str() {
        return String.join("\u0000", textValues());
    }

    /**
     * The plain text shape (an encoding byte, then NUL-terminated values, as the generic walk would read them) is
     * read directly: one encoding, no per-value dispatch; other shapes (COMM, TXXX, time stamps) take the walk.
     */
    @Override
    void readFields(ID3Header header, ByteReader data) throws ID3JunkFrameError {
        List<Spec> specs = framespec();
        if (specs.size() != 2 || !(specs.get(1) instanceof Spec.MultiSpec) || !((Spec.MultiSpec) specs.get(1)).plainText) {
            super.readFields(header, data);
            return;
        }
        int e = data.hasRemaining() ? Spec.at(data, 0) : -1;
        if (e > 3) {
            throw new ID3JunkFrameError("Invalid Encoding: " + e);
        }
        if (e < 0 || data.remaining() == 1) {
            throw new ID3JunkFrameError("no data left");
        }
        Encoding enc = Encoding.of(e);
        List<Object> text = new ArrayList<>(2);
        try {
            data.skip(1);
            while (data.hasRemaining()) {
                text.add(Spec.EncodedTextSpec.readText(header, enc, data));
            }
        } catch (SpecError | MutagenError x) {
            throw x instanceof ID3JunkFrameError ? (ID3JunkFrameError) x : new ID3JunkFrameError(x.getMessage());
        }
        rawSet(0, enc);
        rawSet(1, text);
    }

    @Override
    Frame mergeFrame(Frame other) {
        TextFrame o = (TextFrame) other;
        List<Object> mine = rawText();
        for (Object val : new ArrayList<>(o.rawText())) {
            if (!mine.contains(val)) {
                mine.add(val);
                Encoding a = encoding();
                Encoding b = o.encoding();
                rawSet("encoding", a.compareTo(b) >= 0 ? a : b);
            }
        }
        return this;
    }

    @SuppressWarnings("unchecked")
    List<Object> rawText() {
        return (List<Object>) get("text");
    }

    @Override
    protected String pprintValue() {
        return joinValues(textValues());
    }
}
