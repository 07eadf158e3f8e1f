// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.asf;

import java.math.BigInteger;

/**
 * A QWORD attribute (type 4): 64 bits, unsigned. Mirrors {@code mutagen.asf.ASFQWordAttribute}. The value is held
 * as the 64 bits of a {@code long}; {@link #value()} gives it as a {@code Long} below 2^63, else a
 * {@code BigInteger} (Python's int).
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public final class ASFQWordAttribute extends ASFIntegerAttribute {
    /** The data type number. */
    public static final int TYPE = 0x0004;
    private static final BigInteger MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);


    /**
     * A QWORD attribute without language or stream.
     *
     * @param value the value
     * @throws IllegalArgumentException "Out of range" for a negative value (Python's {@code ValueError})
     */
    public ASFQWordAttribute(long value) {
        this(value, null, null);
    }

    /**
     * A QWORD attribute with a language and a stream number (either {@code null}).
     *
     * @param value the value
     * @param language the language code
     * @param stream the stream
     * @throws IllegalArgumentException "Out of range" for a negative value
     */
    public ASFQWordAttribute(long value, Integer language, Integer stream) {
        this(BigInteger.valueOf(value), language, stream);
    }

    /**
     * A QWORD attribute of any value from 0 to 2^64 - 1.
     *
     * @param value the value
     * @param language the language code
     * @param stream the stream
     * @throws IllegalArgumentException "Out of range" outside that range
     */
    public ASFQWordAttribute(BigInteger value, Integer language, Integer stream) {
        super(checked(value), 8, language, stream);
    }

    private static long checked(BigInteger value) {
        if (value.signum() < 0 || value.compareTo(MAX) > 0) {
            throw new IllegalArgumentException("Out of range");
        }
        return value.longValue();
    }

    /** The attribute of 64 raw bits (read from a file). */
    static ASFQWordAttribute ofBits(long bits, Integer language, Integer stream) {
        return new ASFQWordAttribute(new BigInteger(Long.toUnsignedString(bits)), language, stream);
    }

    @Override
    public int type() {
        return TYPE;
    }
}
