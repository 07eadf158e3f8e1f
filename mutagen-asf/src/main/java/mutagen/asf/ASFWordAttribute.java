// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.asf;

/**
 * A WORD attribute (type 5): 16 bits, unsigned. Mirrors {@code mutagen.asf.ASFWordAttribute}.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public final class ASFWordAttribute extends ASFIntegerAttribute {
    /** The data type number. */
    public static final int TYPE = 0x0005;

    /**
     * A WORD attribute without language or stream.
     *
     * @param value the value
     * @throws IllegalArgumentException "Out of range" outside 0 to 2^16 - 1 (Python's {@code ValueError})
     */
    public ASFWordAttribute(long value) {
        this(value, null, null);
    }

    /**
     * A WORD attribute with a language and a stream number (either {@code null}).
     *
     * @param value the value
     * @param language the language code
     * @param stream the stream
     * @throws IllegalArgumentException "Out of range" outside 0 to 2^16 - 1 (Python's {@code ValueError})
     */
    public ASFWordAttribute(long value, Integer language, Integer stream) {
        super(checked(value, 2), 2, language, stream);
    }

    @Override
    public int type() {
        return TYPE;
    }

    @Override
    public Long value() {
        return longValue();
    }
}
