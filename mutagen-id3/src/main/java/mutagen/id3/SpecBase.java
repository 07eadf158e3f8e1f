// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import mutagen.MutagenError;
import mutagen.util.ByteReader;

/**
 * What every field kind of {@link Spec} has: its name, its default value, and how it is read, written and
 * validated (mutagen's {@code Spec} base class). {@link Spec} itself, with its public nested kinds, is generated
 * from the frame table.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
abstract class SpecBase {
    final String name;
    final Object defaultValue;

    SpecBase(String name, Object defaultValue) {
        this.name = name;
        this.defaultValue = defaultValue;
    }

    /** {@return the field name (mutagen's attribute name, e.g. {@code encoding}, {@code text})} */
    public String name() {
        return name;
    }

    /** Whether an empty input is a valid value (binary data and nested frames). */
    boolean handlesNoData() {
        return false;
    }

    abstract Object read(ID3Header header, Frame frame, ByteReader data) throws SpecError, MutagenError;

    /** A lenient reader over frame data {@code buf[from, to)}: the fields read from it as Python slices bytes. */
    static ByteReader frameReader(byte[] buf, int from, int to) {
        return new ByteReader(buf, from, to, 0, ID3JunkFrameError::new).lenient();
    }

    /** The unsigned byte {@code i} bytes after the cursor of a frame reader; the caller checked the bounds. */
    static int at(ByteReader data, int i) {
        return data.array()[data.arrayPosition() + i] & 0xFF;
    }

    abstract byte[] write(ID3SaveConfig config, Frame frame, Object value) throws SpecError;

    /**
     * Checks and converts a value assigned to this field.
     *
     * @throws IllegalArgumentException for a value of the wrong type or out of range (Python's TypeError or
     *     ValueError)
     */
    abstract Object validate(Frame frame, Object value);

    /** A value that, written, is valid ID3v2.3. */
    Object validate23(Frame frame, Object value, String sep) {
        return value;
    }

    // The validated default when it is immutable: every frame made (and every frame read) starts from it.
    private Object immutableInitial;

    /** The validated default value (fresh for mutable defaults). */
    Object initial(Frame frame) {
        Object v = immutableInitial;
        if (v == null) {
            v = validate(frame, defaultValue);
            if (v instanceof String || v instanceof Number || v instanceof Encoding || v instanceof PictureType) {
                immutableInitial = v; // racy but idempotent: the same immutable value in every thread
            }
        }
        return v;
    }

    // Whether initial() makes a new mutable value each time (a list, bytes, sub-frames), found at its first call.
    private boolean freshInitial;

    /**
     * The default a new frame's field starts from: the immutable default, or {@link Frame#FRESH} when it is a new
     * mutable value each time (the frame makes it on first use, with {@link #initial}).
     */
    final Object initialOrFresh(Frame frame) {
        Object v = immutableInitial;
        if (v != null) {
            return v;
        }
        if (freshInitial) {
            return Frame.FRESH;
        }
        v = initial(frame);
        // Racy but idempotent: every thread finds the same answer, and either answer gives the same field value.
        freshInitial = v != null && v != immutableInitial;
        return v;
    }

    static String str(Object value) {
        if (value == null) {
            return "None";
        }
        if (value instanceof byte[]) {
            return mutagen.util.PyRepr.bytes((byte[]) value);
        }
        if (value instanceof Frame) {
            return ((Frame) value).str();
        }
        return value.toString();
    }
}
