// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.m4a;

/**
 * A cover: bytes and a format. Mirrors the deprecated {@code mutagen.m4a.M4ACover}.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
@Deprecated
public final class M4ACover {
    /** The image format of a JPEG cover (data type 13). */
    public static final int FORMAT_JPEG = 0x0D;
    /** The image format of a PNG cover (data type 14). */
    public static final int FORMAT_PNG = 0x0E;

    private final byte[] data;
    private final int imageformat;

    /**
     * A JPEG cover.
     *
     * @param data the bytes
     */
    public M4ACover(byte[] data) {
        this(data, FORMAT_JPEG);
    }

    /**
     * A cover of the given format.
     *
     * @param data the bytes
     * @param imageformat the imageformat
     */
    public M4ACover(byte[] data, int imageformat) {
        this.data = data.clone();
        this.imageformat = imageformat;
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
     * The image format.
     *
     * @return the image format
     */
    public int imageformat() {
        return imageformat;
    }
}
