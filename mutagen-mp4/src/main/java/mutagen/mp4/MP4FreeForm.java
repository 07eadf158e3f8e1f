// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.mp4;

import java.util.Arrays;
import mutagen.util.PyRepr;

/**
 * A freeform ({@code ----}) value: bytes, data type and version. Mirrors {@code mutagen.mp4.MP4FreeForm} (a
 * {@code bytes} subclass in Python; here {@link #data()}).
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public final class MP4FreeForm {
    /** Deprecated alias of {@link AtomDataType#IMPLICIT}. */
    public static final int FORMAT_DATA = AtomDataType.IMPLICIT;
    /** Deprecated alias of {@link AtomDataType#UTF8}. */
    public static final int FORMAT_TEXT = AtomDataType.UTF8;

    private final byte[] data;
    private final int dataformat;
    private final int version;

    /**
     * A UTF-8 value.
     *
     * @param data the bytes
     */
    public MP4FreeForm(byte[] data) {
        this(data, AtomDataType.UTF8, 0);
    }

    /**
     * A value of the given data type, version 0.
     *
     * @param data the bytes
     * @param dataformat the dataformat
     */
    public MP4FreeForm(byte[] data, int dataformat) {
        this(data, dataformat, 0);
    }

    /**
     * A value of the given data type and version.
     *
     * @param data the bytes
     * @param dataformat the dataformat
     * @param version the version
     */
    public MP4FreeForm(byte[] data, int dataformat, int version) {
        this(data.clone(), dataformat, version, true);
    }

    private MP4FreeForm(byte[] owned, int dataformat, int version, boolean owning) {
        this.data = owned;
        this.dataformat = dataformat;
        this.version = version;
    }

    /** A value that takes the array as it is (a parser's own fresh slice): no second copy. */
    static MP4FreeForm owning(byte[] owned, int dataformat, int version) {
        return new MP4FreeForm(owned, dataformat, version, true);
    }

    /**
     * The bytes (a copy).
     *
     * @return the bytes (a copy)
     */
    public byte[] data() {
        return data.clone();
    }

    /**
     * The number of bytes, without copying them (Python's {@code len()}).
     *
     * @return the number of bytes
     */
    public int length() {
        return data.length;
    }

    byte[] raw() {
        return data;
    }

    /**
     * The data type.
     *
     * @return the data type
     */
    public int dataformat() {
        return dataformat;
    }

    /**
     * The data atom's version.
     *
     * @return the data atom's version
     */
    public int version() {
        return version;
    }

    /**
     * Python's {@code value == b"..."}: the bytes alone.
     *
     * @param other the other one
     * @return python's {@code value == b"..."}: the bytes alone
     */
    public boolean sameBytes(byte[] other) {
        return Arrays.equals(data, other);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof MP4FreeForm)) {
            return false;
        }
        MP4FreeForm f = (MP4FreeForm) o;
        return f.dataformat == dataformat && f.version == version && Arrays.equals(f.data, data);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(data);
    }

    /** Python's repr: {@code MP4FreeForm(b'...', <AtomDataType.UTF8: 1>)}. */
    @Override
    public String toString() {
        return "MP4FreeForm(" + PyRepr.bytes(data) + ", " + AtomDataType.repr(dataformat) + ")";
    }
}
