// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.flac;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import mutagen.MutagenError;
import mutagen.util.ByteReader;
import mutagen.util.Bytes;
import mutagen.util.Limits;
import mutagen.util.PyRepr;
import mutagen.util.Text;

/**
 * The PICTURE block (type 6): an embedded image with its type, mime type, description, dimensions and data.
 *
 * <p>Mirrors {@code mutagen.flac.Picture}. It also stands alone: {@link #Picture(byte[])} parses and {@link #write()}
 * produces the payload that Ogg files store base64-encoded under {@code METADATA_BLOCK_PICTURE}. The 32-bit fields
 * are unsigned and held in {@code long}s. A fresh picture has type 0 and empty fields, as in mutagen.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public class Picture implements MetadataBlock {

    /** The type code of PICTURE blocks. */
    public static final int CODE = 6;

    private long type;
    private String mime = "";
    private String desc = "";
    private long width;
    private long height;
    private long depth;
    private long colors;
    private byte[] data = new byte[0];
    /** The block header size read from a file whose real size did not fit 24 bits, else -1. */
    long invalidOverflowSize = -1;

    /** Creates an empty picture (type 0, no data). */
    public Picture() {
    }

    /**
     * Parses a PICTURE payload (the METADATA_BLOCK_PICTURE format).
     *
     * @param data the bytes
     * @throws FLACError when the payload is shorter than its length fields say
     */
    public Picture(byte[] data) throws FLACError {
        FLAC.ERRORS.runAs(FLACError.class, () -> load(FLACParser.reader(data)));
    }

    /** Parses a picture from a strict reader, leaving it after the picture (the block size is not trusted). */
    Picture(ByteReader in) throws IOException {
        load(in);
    }

    // Each require() is one strict read of mutagen's, so that a short picture fails with its byte counts.
    private void load(ByteReader in) throws IOException {
        in.require(8);
        type = in.u32be();
        mime = in.read(in.u32be(), Picture::utf8);
        desc = in.read(in.u32be(), Picture::utf8);
        in.require(20);
        width = in.u32be();
        height = in.u32be();
        depth = in.u32be();
        colors = in.u32be();
        data = in.bytes(in.u32be());
    }

    /** Skips a picture in a strict reader as {@link #Picture(ByteReader)} would read it. */
    static void skip(ByteReader in) throws IOException {
        in.require(8);
        in.skip(4);
        in.skip(in.u32be());
        in.skip(in.u32be());
        in.require(20);
        in.skip(16);
        in.skip(in.u32be());
    }

    /** The text {@code b[from, to)}, decoded where it lies. */
    private static String utf8(byte[] b, int from, int to) {
        try {
            return Text.decode(b, from, to - from, StandardCharsets.UTF_8, CodingErrorAction.REPLACE);
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("replacing decoder failed", e);
        }
    }

    @Override
    public int code() {
        return CODE;
    }

    /**
     * The picture type (the ID3 APIC types: 3 is the front cover).
     *
     * @return the picture type (the ID3 APIC types: 3 is the front cover)
     */
    public long type() {
        return type;
    }

    /**
     * Sets the picture type.
     *
     * @param v the value
     */
    public void type(long v) {
        type = v;
    }

    /**
     * The mime type, e.g. {@code image/jpeg}.
     *
     * @return the mime type, e.g
     */
    public String mime() {
        return mime;
    }

    /**
     * Sets the mime type.
     *
     * @param v the value
     */
    public void mime(String v) {
        mime = Objects.requireNonNull(v);
    }

    /**
     * The description.
     *
     * @return the description
     */
    public String desc() {
        return desc;
    }

    /**
     * Sets the description.
     *
     * @param v the value
     */
    public void desc(String v) {
        desc = Objects.requireNonNull(v);
    }

    /**
     * The width in pixels.
     *
     * @return the width in pixels
     */
    public long width() {
        return width;
    }

    /**
     * Sets the width.
     *
     * @param v the value
     */
    public void width(long v) {
        width = v;
    }

    /**
     * The height in pixels.
     *
     * @return the height in pixels
     */
    public long height() {
        return height;
    }

    /**
     * Sets the height.
     *
     * @param v the value
     */
    public void height(long v) {
        height = v;
    }

    /**
     * The colour depth in bits per pixel.
     *
     * @return the colour depth in bits per pixel
     */
    public long depth() {
        return depth;
    }

    /**
     * Sets the colour depth.
     *
     * @param v the value
     */
    public void depth(long v) {
        depth = v;
    }

    /**
     * The number of colours of an indexed palette, 0 otherwise.
     *
     * @return the number of colours of an indexed palette, 0 otherwise
     */
    public long colors() {
        return colors;
    }

    /**
     * Sets the number of colours.
     *
     * @param v the value
     */
    public void colors(long v) {
        colors = v;
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
     * Sets the image bytes.
     *
     * @param v the value
     */
    public void data(byte[] v) {
        data = v.clone();
    }

    /**
     * The length of the image data.
     *
     * @return the length of the image data
     */
    public int dataLength() {
        return data.length;
    }

    /**
     * The payload: type, mime, description, dimensions and data with their big-endian 32-bit lengths.
     *
     * @throws IllegalArgumentException when a field does not fit 32 bits or a text cannot be encoded
     */
    @Override
    public byte[] write() {
        byte[] m = encode(mime);
        byte[] d = encode(desc);
        long total = 32L + m.length + d.length + data.length;
        if (total > Limits.MAX_ARRAY) {
            throw new IllegalArgumentException("picture too large: " + total + " bytes");
        }
        byte[] out = new byte[(int) total];
        int at = 0;
        Bytes.put32be(out, at, u32(type));
        Bytes.put32be(out, at + 4, m.length);
        at += 8;
        System.arraycopy(m, 0, out, at, m.length);
        at += m.length;
        Bytes.put32be(out, at, d.length);
        at += 4;
        System.arraycopy(d, 0, out, at, d.length);
        at += d.length;
        Bytes.put32be(out, at, u32(width));
        Bytes.put32be(out, at + 4, u32(height));
        Bytes.put32be(out, at + 8, u32(depth));
        Bytes.put32be(out, at + 12, u32(colors));
        Bytes.put32be(out, at + 16, data.length);
        at += 20;
        System.arraycopy(data, 0, out, at, data.length);
        return out;
    }

    private static long u32(long v) {
        if (v < 0 || v > 0xFFFFFFFFL) {
            throw new IllegalArgumentException("'I' format requires 0 <= number <= 4294967295");
        }
        return v;
    }

    private static byte[] encode(String s) {
        try {
            return Text.encode(s, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("'utf-8' codec can't encode " + PyRepr.str(s)
                    + ": surrogates not allowed", e);
        }
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Picture)) {
            return false;
        }
        Picture p = (Picture) o;
        return type == p.type && mime.equals(p.mime) && desc.equals(p.desc) && width == p.width
                && height == p.height && depth == p.depth && colors == p.colors && Arrays.equals(data, p.data);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, mime, desc, width, height, depth, colors, Arrays.hashCode(data));
    }

    /** Python's repr: {@code <Picture 'image/png' (150 bytes)>}. */
    @Override
    public String toString() {
        return "<Picture '" + mime + "' (" + data.length + " bytes)>";
    }
}
