// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.apev2;

/**
 * An APEv2 external value: a locator such as a URI, stored as UTF-8 (mutagen's {@code APEExtValue}).
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public final class APEExtValue extends APEValue implements Comparable<APEExtValue> {
    private String value;

    /**
     * An external value.
     *
     * @param value the value
     */
    public APEExtValue(String value) {
        this.value = requireString(value);
    }

    @Override
    public int kind() {
        return EXTERNAL;
    }

    @Override
    public String value() {
        return value;
    }

    /**
     * Replaces the value.
     *
     * @param newValue the new value
     */
    public void value(String newValue) {
        value = requireString(newValue);
    }

    /**
     * The number of characters ({@code len(v)}).
     *
     * @return the number of characters ({@code len(v)})
     */
    public int size() {
        return value.codePointCount(0, value.length());
    }

    @Override
    byte[] write() {
        return value.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * The bytes written ({@code bytes(v)}).
     *
     * @return the bytes written ({@code bytes(v)})
     */
    public byte[] toBytes() {
        return write();
    }

    /** {@code [External] value}. */
    @Override
    public String pprint() {
        return "[External] " + value;
    }

    @Override
    public int compareTo(APEExtValue o) {
        return value.compareTo(o.value);
    }
}
