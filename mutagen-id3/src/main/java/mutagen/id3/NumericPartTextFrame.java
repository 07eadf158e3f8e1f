// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import java.util.List;
import mutagen.id3.internal.PyCompat;

/**
 * A text frame holding "part/total" numbers such as {@code 4/15}; {@link #pos()} is the first part.
 *
 * <p>Mirrors {@code mutagen.id3.NumericPartTextFrame}.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public abstract class NumericPartTextFrame extends TextFrame {
    static final List<Spec> SPECS = List.of(
            new Spec.EncodingSpec("encoding"),
            new Spec.MultiSpec("text", "\u0000", new Spec.EncodedNumericPartTextSpec("text")));

    /** An empty frame. */
    protected NumericPartTextFrame() {
    }

    /** A frame with the given encoding and values; a single value is split on {@code NUL}. */
    protected NumericPartTextFrame(Encoding encoding, String... text) {
        super(encoding, text);
    }

    /** A frame with the given encoding and values. */
    protected NumericPartTextFrame(Encoding encoding, List<String> text) {
        super(encoding, text);
    }

    @Override
    protected List<Spec> framespec() {
        return SPECS;
    }

    /**
     * The number before the first {@code /} of the first value (Python's {@code +frame}).
     *
     * @return the number before the first {@code /} of the first value (Python's {@code +frame})
     * @throws IllegalArgumentException when it is not an integer
     * @throws IndexOutOfBoundsException when the frame has no value
     */
    public long pos() {
        String first = text().get(0);
        int slash = first.indexOf('/');
        String part = slash < 0 ? first : first.substring(0, slash);
        Long v = PyCompat.parse(part);
        if (v == null) {
            throw new IllegalArgumentException("invalid literal for int() with base 10: " + mutagen.util.PyRepr.str(part));
        }
        return v;
    }
}
