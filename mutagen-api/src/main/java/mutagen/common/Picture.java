// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.common;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import mutagen.MutagenError;
import mutagen.util.ByteReader;
import mutagen.util.Bytes;

/**
 * One embedded picture, whatever the format stores it in: ID3 {@code APIC}, FLAC {@code PICTURE} blocks, Vorbis
 * {@code METADATA_BLOCK_PICTURE}, MP4 {@code covr}, APEv2 {@code Cover Art (...)} or ASF {@code WM/Picture}.
 *
 * <p>Width, height and depth are 0 when the format does not record them.
 *
 * <p>Immutable (the image bytes are copied in and out): safe to share across threads.
 */
public final class Picture {
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G'};
    private static final byte[] GIF = {'G', 'I', 'F', '8'};
    private static final byte[] BMP = {'B', 'M'};
    private static final byte[] WEBP = {'W', 'E', 'B', 'P'};

    private final PictureType type;
    private final String mime;
    private final String description;
    private final int width;
    private final int height;
    private final int depth;
    private final byte[] data;

    /**
     * A picture with every field; {@code width}, {@code height}, {@code depth} 0 when unknown.
     *
     * @param type the type
     * @param mime the mime
     * @param description the description
     * @param width the width in bytes
     * @param height the height
     * @param depth the depth
     * @param data the bytes
     */
    public Picture(PictureType type, String mime, String description, int width, int height, int depth, byte[] data) {
        this.type = Objects.requireNonNull(type, "type");
        this.mime = mime == null ? "" : mime;
        this.description = description == null ? "" : description;
        this.width = width;
        this.height = height;
        this.depth = depth;
        this.data = Objects.requireNonNull(data, "data").clone();
    }

    /**
     * A picture of unknown size.
     *
     * @param type the type
     * @param mime the mime
     * @param description the description
     * @param data the bytes
     */
    public Picture(PictureType type, String mime, String description, byte[] data) {
        this(type, mime, description, 0, 0, 0, data);
    }

    /**
     * A front cover with no description, its MIME type guessed from the data ({@link #guessMime(byte[])}).
     *
     * @param data the bytes
     * @return a front cover with no description, its MIME type guessed from the data ({@link #guessMime(byte[])})
     */
    public static Picture frontCover(byte[] data) {
        return new Picture(PictureType.COVER_FRONT, guessMime(data), "", data);
    }

    /**
     * The picture type.
     *
     * @return the picture type
     */
    public PictureType type() {
        return type;
    }

    /**
     * The MIME type ({@code "image/jpeg"}), empty when unknown.
     *
     * @return the MIME type ({@code "image/jpeg"}), empty when unknown
     */
    public String mime() {
        return mime;
    }

    /**
     * The description, empty when none.
     *
     * @return the description, empty when none
     */
    public String description() {
        return description;
    }

    /**
     * The width in pixels, 0 when unknown.
     *
     * @return the width in pixels, 0 when unknown
     */
    public int width() {
        return width;
    }

    /**
     * The height in pixels, 0 when unknown.
     *
     * @return the height in pixels, 0 when unknown
     */
    public int height() {
        return height;
    }

    /**
     * The colour depth in bits per pixel, 0 when unknown.
     *
     * @return the colour depth in bits per pixel, 0 when unknown
     */
    public int depth() {
        return depth;
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
     * The image's size in bytes.
     *
     * @return the image's size in bytes
     */
    public int size() {
        return data.length;
    }

    /**
     * The MIME type of JPEG, PNG, GIF, BMP or WebP data by its magic bytes, else {@code "image/jpeg"}.
     *
     * @param data the bytes
     * @return the MIME type of JPEG, PNG, GIF, BMP or WebP data by its magic bytes, else {@code "image/jpeg"}
     */
    public static String guessMime(byte[] data) {
        if (Bytes.startsWith(data, PNG)) {
            return "image/png";
        } else if (Bytes.startsWith(data, GIF)) {
            return "image/gif";
        } else if (Bytes.startsWith(data, BMP)) {
            return "image/bmp";
        } else if (data.length >= 12 && Bytes.regionMatches(data, 8, WEBP)) {
            return "image/webp";
        }
        return "image/jpeg";
    }

    /**
     * Reads a FLAC picture block body (the layout of FLAC's {@code PICTURE} and Vorbis'
     * {@code METADATA_BLOCK_PICTURE}).
     *
     * @param block the block
     * @return the {@code Picture}
     * @throws MutagenError when the block is shorter than its fields say
     */
    public static Picture fromFlacBlock(byte[] block) throws MutagenError {
        ByteReader in = new ByteReader(block, MutagenError::new);
        PictureType type = PictureType.of(in.u32be());
        String mime = new String(in.bytes(in.u32be()), StandardCharsets.UTF_8);
        String desc = new String(in.bytes(in.u32be()), StandardCharsets.UTF_8);
        int width = (int) in.u32be();
        int height = (int) in.u32be();
        int depth = (int) in.u32be();
        in.u32be(); // colours
        byte[] data = in.bytes(in.u32be());
        return new Picture(type, mime, desc, width, height, depth, data);
    }

    /**
     * This picture as a FLAC picture block body (colours 0).
     *
     * @return this picture as a FLAC picture block body (colours 0)
     */
    public byte[] toFlacBlock() {
        byte[] m = mime.getBytes(StandardCharsets.UTF_8);
        byte[] d = description.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 + m.length + d.length + data.length);
        out.writeBytes(u32(type.code()));
        out.writeBytes(u32(m.length));
        out.writeBytes(m);
        out.writeBytes(u32(d.length));
        out.writeBytes(d);
        for (long v : new long[] {width, height, depth, 0, data.length}) {
            out.writeBytes(u32(v));
        }
        out.writeBytes(data);
        return out.toByteArray();
    }

    private static byte[] u32(long v) {
        byte[] b = new byte[4];
        Bytes.put32be(b, 0, v);
        return b;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Picture)) {
            return false;
        }
        Picture p = (Picture) o;
        return type == p.type && mime.equals(p.mime) && description.equals(p.description) && width == p.width
                && height == p.height && depth == p.depth && Arrays.equals(data, p.data);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, mime, description, width, height, depth, Arrays.hashCode(data));
    }

    @Override
    public String toString() {
        return "Picture(" + type + ", " + mime + ", '" + description + "', " + width + "x" + height + "x" + depth
                + ", " + data.length + " bytes)";
    }
}
