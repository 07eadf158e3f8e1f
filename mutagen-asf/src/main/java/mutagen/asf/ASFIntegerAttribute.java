// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.asf;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

/**
 * An unsigned integer attribute of a fixed width: the shared part of {@link ASFWordAttribute},
 * {@link ASFDWordAttribute} and {@link ASFQWordAttribute} (mutagen repeats it in each class).
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public abstract class ASFIntegerAttribute extends ASFBaseAttribute {
    private final long bits;
    private final int width;

    ASFIntegerAttribute(long bits, int width, Integer language, Integer stream) {
        super(language, stream);
        this.bits = bits;
        this.width = width;
    }

    /** The value checked against the width in bytes: "Out of range" (Python's {@code ValueError}) outside it. */
    static long checked(long value, int width) {
        if (value < 0 || value >>> (8 * width) != 0) {
            throw new IllegalArgumentException("Out of range");
        }
        return value;
    }

    @Override
    public Number value() {
        return bits >= 0 ? (Number) bits : new BigInteger(Long.toUnsignedString(bits));
    }

    /**
     * The bits of the value (Python's {@code int(attr)}; for a QWORD, modulo 2^64).
     *
     * @return the bits of the value
     */
    public long longValue() {
        return bits;
    }

    @Override
    public long dataSize() {
        return width;
    }

    @Override
    public byte[] renderValue() {
        return le(bits, width);
    }

    @Override
    public byte[] bytes() {
        return toString().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return Long.toUnsignedString(bits);
    }
}
