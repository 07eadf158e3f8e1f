// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.util;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import mutagen.MutagenError;

/**
 * A bounds-checked cursor over bytes. Endianness is in each method's name; every length is checked against what is
 * left before anything is allocated, and a failure is raised through the caller's {@link ErrorFactory}.
 *
 * <p>A reader over a slice knows the slice's offset in the file ({@link #fileOffset()}), for error messages.
 */
public final class ByteReader {
    private final byte[] data;
    private final int start;
    private final int end;
    private final long baseOffset;
    private final ErrorFactory errors;
    private int pos;

    /** A reader over the whole array. */
    public ByteReader(byte[] data, ErrorFactory errors) {
        this(data, 0, data.length, 0, errors);
    }

    /** A reader over {@code data[from, to)}; {@code baseOffset} is the file offset of {@code data[from]}. */
    public ByteReader(byte[] data, int from, int to, long baseOffset, ErrorFactory errors) {
        if (from < 0 || to < from || to > data.length) {
            throw new IllegalArgumentException("bad range " + from + ".." + to + " of " + data.length);
        }
        this.data = data;
        this.start = from;
        this.end = to;
        this.pos = from;
        this.baseOffset = baseOffset;
        this.errors = errors;
    }

    /** A reader over the remaining bytes of a buffer (its position is not changed). */
    public static ByteReader of(ByteBuffer buf, long baseOffset, ErrorFactory errors) {
        if (buf.hasArray()) {
            int from = buf.arrayOffset() + buf.position();
            return new ByteReader(buf.array(), from, from + buf.remaining(), baseOffset, errors);
        }
        byte[] copy = new byte[buf.remaining()];
        buf.duplicate().get(copy);
        return new ByteReader(copy, 0, copy.length, baseOffset, errors);
    }

    /** The number of bytes left. */
    public int remaining() {
        return end - pos;
    }

    /** Whether any byte is left. */
    public boolean hasRemaining() {
        return pos < end;
    }

    /** The position relative to the start of this reader. */
    public int position() {
        return pos - start;
    }

    /** Moves to a position relative to the start of this reader. */
    public void position(int newPosition) throws MutagenError {
        if (newPosition < 0 || newPosition > end - start) {
            throw errors.create("position " + newPosition + " outside 0.." + (end - start));
        }
        pos = start + newPosition;
    }

    /** The total number of bytes this reader covers. */
    public int length() {
        return end - start;
    }

    /** The file offset of the current position. */
    public long fileOffset() {
        return baseOffset + (pos - start);
    }

    /** The error factory of this reader. */
    public ErrorFactory errors() {
        return errors;
    }

    /**
     * Checks that {@code n} bytes are left.
     *
     * @throws MutagenError when fewer are left or {@code n} is negative
     */
    public void require(long n) throws MutagenError {
        if (n < 0 || n > end - pos) {
            throw errors.create("truncated data: needed " + n + " bytes at offset " + fileOffset() + ", "
                    + (end - pos) + " left");
        }
    }

    /** Skips {@code n} bytes. */
    public void skip(long n) throws MutagenError {
        require(n);
        pos += (int) n;
    }

    /** Reads an unsigned byte. */
    public int u8() throws MutagenError {
        require(1);
        return data[pos++] & 0xFF;
    }

    /** Reads a signed byte. */
    public int s8() throws MutagenError {
        require(1);
        return data[pos++];
    }

    /** The unsigned byte at a position relative to the current one, without moving. */
    public int peek(int ahead) throws MutagenError {
        if (ahead < 0 || ahead >= end - pos) {
            throw errors.create("truncated data at offset " + (fileOffset() + ahead));
        }
        return data[pos + ahead] & 0xFF;
    }

    /** Reads an unsigned 16-bit big-endian integer. */
    public int u16be() throws MutagenError {
        require(2);
        int v = ((data[pos] & 0xFF) << 8) | (data[pos + 1] & 0xFF);
        pos += 2;
        return v;
    }

    /** Reads an unsigned 16-bit little-endian integer. */
    public int u16le() throws MutagenError {
        require(2);
        int v = (data[pos] & 0xFF) | ((data[pos + 1] & 0xFF) << 8);
        pos += 2;
        return v;
    }

    /** Reads a signed 16-bit big-endian integer. */
    public int s16be() throws MutagenError {
        return (short) u16be();
    }

    /** Reads a signed 16-bit little-endian integer. */
    public int s16le() throws MutagenError {
        return (short) u16le();
    }

    /** Reads an unsigned 24-bit big-endian integer. */
    public int u24be() throws MutagenError {
        require(3);
        int v = ((data[pos] & 0xFF) << 16) | ((data[pos + 1] & 0xFF) << 8) | (data[pos + 2] & 0xFF);
        pos += 3;
        return v;
    }

    /** Reads an unsigned 24-bit little-endian integer. */
    public int u24le() throws MutagenError {
        require(3);
        int v = (data[pos] & 0xFF) | ((data[pos + 1] & 0xFF) << 8) | ((data[pos + 2] & 0xFF) << 16);
        pos += 3;
        return v;
    }

    /** Reads an unsigned 32-bit big-endian integer. */
    public long u32be() throws MutagenError {
        require(4);
        long v = Bytes.u32be(data, pos);
        pos += 4;
        return v;
    }

    /** Reads an unsigned 32-bit little-endian integer. */
    public long u32le() throws MutagenError {
        require(4);
        long v = Bytes.u32le(data, pos);
        pos += 4;
        return v;
    }

    /** Reads a signed 32-bit big-endian integer. */
    public int s32be() throws MutagenError {
        return (int) u32be();
    }

    /** Reads a signed 32-bit little-endian integer. */
    public int s32le() throws MutagenError {
        return (int) u32le();
    }

    /** Reads a 64-bit big-endian integer (the caller decides whether the top bit is a sign). */
    public long u64be() throws MutagenError {
        long hi = u32be();
        return (hi << 32) | u32be();
    }

    /** Reads a 64-bit little-endian integer (the caller decides whether the top bit is a sign). */
    public long u64le() throws MutagenError {
        long lo = u32le();
        return (u32le() << 32) | lo;
    }

    /** Reads a 28-bit syncsafe integer stored in four bytes (seven bits each, ID3's tag size). */
    public int syncsafe32() throws MutagenError {
        require(4);
        int v = 0;
        for (int i = 0; i < 4; i++) {
            v = (v << 7) | (data[pos + i] & 0x7F);
        }
        pos += 4;
        return v;
    }

    /** Reads {@code n} bytes into a new array, after checking that they are there. */
    public byte[] bytes(long n) throws MutagenError {
        require(n);
        byte[] out = new byte[(int) n];
        System.arraycopy(data, pos, out, 0, (int) n);
        pos += (int) n;
        return out;
    }

    /** Reads all bytes that are left. */
    public byte[] rest() {
        byte[] out = new byte[end - pos];
        System.arraycopy(data, pos, out, 0, out.length);
        pos = end;
        return out;
    }

    /** A reader over the next {@code n} bytes, sharing the array; this reader moves past them. */
    public ByteReader slice(long n) throws MutagenError {
        require(n);
        ByteReader r = new ByteReader(data, pos, pos + (int) n, fileOffset(), errors);
        pos += (int) n;
        return r;
    }

    /** Reads {@code n} bytes as ISO-8859-1 text (exact for ASCII identifiers). */
    public String latin1(int n) throws MutagenError {
        require(n);
        String s = new String(data, pos, n, StandardCharsets.ISO_8859_1);
        pos += n;
        return s;
    }

    /** Whether the next bytes equal {@code magic}, without moving. */
    public boolean startsWith(byte[] magic) {
        if (magic.length > end - pos) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (data[pos + i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
