// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import java.util.List;
import mutagen.id3.internal.PyCompat;

/**
 * A text frame holding numbers; {@link #pos()} is the first value as an integer.
 *
 * <p>Mirrors {@code mutagen.id3.NumericTextFrame}.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public abstract class NumericTextFrame extends TextFrame {
    static final List<Spec> SPECS = List.of(
            new Spec.EncodingSpec("encoding"),
            new Spec.MultiSpec("text", "\u0000", new Spec.EncodedNumericTextSpec("text")));

    /** An empty frame. */
    protected NumericTextFrame() {
    }

    /** A frame with the given encoding and values; a single value is split on {@code NUL}. */
    protected NumericTextFrame(Encoding encoding, String... text) {
        super(encoding, text);
    }

    /** A frame with the given encoding and values. */
    protected NumericTextFrame(Encoding encoding, List<String> text) {
        super(encoding, text);
    }

    @Override
    protected List<Spec> framespec() {
        return SPECS;
    }

    /**
     * The numeric value of the first string (Python's {@code +frame}).
     *
     * @return the numeric value of the first string (Python's {@code +frame})
     * @throws IllegalArgumentException when it is not an integer
     * @throws IndexOutOfBoundsException when the frame has no value
     */
    public long pos() {
        Long v = PyCompat.parse(text().get(0));
        if (v == null) {
            throw new IllegalArgumentException("invalid literal for int() with base 10: "
                    + mutagen.util.PyRepr.str(text().get(0)));
        }
        return v;
    }
}
