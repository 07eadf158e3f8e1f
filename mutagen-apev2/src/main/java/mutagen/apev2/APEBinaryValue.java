// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.apev2;

import java.util.Arrays;

/**
 * An APEv2 binary value (mutagen's {@code APEBinaryValue}).
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public final class APEBinaryValue extends APEValue implements Comparable<APEBinaryValue> {
    private byte[] value;

    /**
     * A binary value holding a copy of the bytes.
     *
     * @param value the value
     */
    public APEBinaryValue(byte[] value) {
        if (value == null) {
            throw new IllegalArgumentException("value not bytes");
        }
        this.value = value.clone();
    }

    /** A binary value that takes the array as it is (the parser's own copy). */
    private APEBinaryValue(byte[] owned, boolean unused) {
        this.value = owned;
    }

    /** A binary value over bytes nobody else holds (no second copy). */
    static APEBinaryValue owning(byte[] owned) {
        return new APEBinaryValue(owned, true);
    }

    @Override
    public int kind() {
        return BINARY;
    }

    /** A copy of the bytes. */
    @Override
    public byte[] value() {
        return value.clone();
    }

    /**
     * Replaces the bytes (copied).
     *
     * @param newValue the new value
     */
    public void value(byte[] newValue) {
        if (newValue == null) {
            throw new IllegalArgumentException("value not bytes");
        }
        value = newValue.clone();
    }

    /**
     * The number of bytes ({@code len(v)}).
     *
     * @return the number of bytes ({@code len(v)})
     */
    public int size() {
        return value.length;
    }

    @Override
    byte[] write() {
        return value;
    }

    /** {@code [N bytes]}. */
    @Override
    public String pprint() {
        return "[" + value.length + " bytes]";
    }

    /** Orders by the bytes, unsigned, as Python compares {@code bytes}. */
    @Override
    public int compareTo(APEBinaryValue o) {
        return Arrays.compareUnsigned(value, o.value);
    }
}
