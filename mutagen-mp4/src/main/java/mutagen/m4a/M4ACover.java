// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.m4a;

/** A cover: bytes and a format. Mirrors the deprecated {@code mutagen.m4a.M4ACover}. */
@Deprecated
public final class M4ACover {
    public static final int FORMAT_JPEG = 0x0D;
    public static final int FORMAT_PNG = 0x0E;

    private final byte[] data;
    private final int imageformat;

    /** A JPEG cover. */
    public M4ACover(byte[] data) {
        this(data, FORMAT_JPEG);
    }

    /** A cover of the given format. */
    public M4ACover(byte[] data, int imageformat) {
        this.data = data.clone();
        this.imageformat = imageformat;
    }

    /** The bytes (a copy). */
    public byte[] data() {
        return data.clone();
    }

    /** The image format. */
    public int imageformat() {
        return imageformat;
    }
}
