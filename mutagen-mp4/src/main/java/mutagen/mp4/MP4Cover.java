// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.mp4;

import java.util.Arrays;
import mutagen.util.PyRepr;

/**
 * A cover image: its bytes and format. Mirrors {@code mutagen.mp4.MP4Cover} (a {@code bytes} subclass in Python;
 * here {@link #data()}). Two covers are equal when data and format are; {@link #sameBytes(byte[])} is Python's
 * comparison with plain bytes.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public final class MP4Cover {
    /** The image format of a JPEG cover (data type 13). */
    public static final int FORMAT_JPEG = AtomDataType.JPEG;
    /** The image format of a PNG cover (data type 14). */
    public static final int FORMAT_PNG = AtomDataType.PNG;

    private final byte[] data;
    private final int imageformat;

    /**
     * A JPEG cover.
     *
     * @param data the bytes
     */
    public MP4Cover(byte[] data) {
        this(data, FORMAT_JPEG);
    }

    /**
     * A cover of the given format ({@link AtomDataType} value).
     *
     * @param data the bytes
     * @param imageformat the imageformat
     */
    public MP4Cover(byte[] data, int imageformat) {
        this(data.clone(), imageformat, true);
    }

    private MP4Cover(byte[] owned, int imageformat, boolean owning) {
        this.data = owned;
        this.imageformat = imageformat;
    }

    /** A cover that takes the array as it is (a parser's own fresh slice): no second copy. */
    static MP4Cover owning(byte[] owned, int imageformat) {
        return new MP4Cover(owned, imageformat, true);
    }

    /**
     * The image bytes (a copy).
     *
     * @return the image bytes (a copy)
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

    int size() {
        return data.length;
    }

    byte[] raw() {
        return data;
    }

    /**
     * The image format.
     *
     * @return the image format
     */
    public int imageformat() {
        return imageformat;
    }

    /**
     * Python's {@code cover == b"..."}: the bytes alone.
     *
     * @param other the other one
     * @return python's {@code cover == b"..."}: the bytes alone
     */
    public boolean sameBytes(byte[] other) {
        return Arrays.equals(data, other);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MP4Cover && ((MP4Cover) o).imageformat == imageformat
                && Arrays.equals(((MP4Cover) o).data, data);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(data);
    }

    /** Python's repr: {@code MP4Cover(b'...', <AtomDataType.JPEG: 13>)}. */
    @Override
    public String toString() {
        return "MP4Cover(" + PyRepr.bytes(data) + ", " + AtomDataType.repr(imageformat) + ")";
    }
}
