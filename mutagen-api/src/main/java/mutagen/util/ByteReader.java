// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.util;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import mutagen.MutagenError;

/**
 * THE cursor every parser reads bytes with: positional and sequential reads over a bounded range of a file or of
 * bytes in memory, with the integer widths and endianness in each method's name. Every length is checked against
 * what is left in the range before anything is allocated, and every failure is raised through the caller's
 * {@link ErrorFactory}, so a truncated FLAC yields a {@code FLACError}.
 *
 * <p><b>Where the bytes come from.</b> A reader over an array ({@link #ByteReader(byte[], ErrorFactory)}, or
 * {@link FileSource#reader} on a source made over bytes) reads the array in place. A reader over a file
 * ({@link FileSource#reader}) serves reads from the window the source already read when it holds them (no copy), and
 * otherwise refills its own window of {@value #BUFFER} bytes (or of what one read needs) from the channel; larger
 * reads go to the channel directly. So it walks a file larger than memory: offsets are {@code long}
 * ({@link #tell()}, {@link #seek(long)}, {@link #remainingLong()}); the {@code int} accessors clamp.
 *
 * <p><b>Bounds.</b> A reader covers {@code [start, start + length)} and never reads outside it; {@link #slice(long)}
 * gives a sub-range (a box, a page, a block, a frame) that refuses to read past its own end.
 *
 * <p><b>Strict and lenient.</b> By default a read that wants more than is left fails with
 * {@code truncated data: needed N bytes at offset O, L left}, or with the format's own words
 * ({@link #shortReads(ShortRead)}; {@link #FILE_SAID} is mutagen's {@code StrictFileObject}). A {@link #lenient()}
 * reader answers {@link #bytes}, {@link #read(long, Chunk)} and {@link #skip} with what is left instead, as Python's
 * {@code file.read(n)} does; integer reads are strict in both modes.
 *
 * <p><b>In place.</b> {@link #read(long, Chunk)} hands the next bytes to a decoder without a copy; {@link #ensure}
 * with {@link #array()} and {@link #arrayPosition()} lets a scanner look at them directly.
 *
 * <p>Not thread-safe. A reader over a file stays valid while its source is open and unchanged.
 */
public final class ByteReader {
    /** The window a reader over a file refills when a read misses what is in memory. */
    public static final int BUFFER = 8192;

    /** What a read in place does with {@code data[from, to)}; it must neither keep nor change the array. */
    @FunctionalInterface
    public interface Chunk<T> {
        /**
         * Uses {@code data[from, to)}.
         *
         * @param data the bytes
         * @param from the first index (inclusive)
         * @param to the last index (exclusive)
         * @return the {@code T}
         * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
         */
        T apply(byte[] data, int from, int to) throws IOException;
    }

    /** The message of a read that wants {@code wanted} bytes at file offset {@code offset} where {@code got} are left. */
    @FunctionalInterface
    public interface ShortRead {
        /**
         * The message.
         *
         * @param wanted the wanted
         * @param got the got
         * @param offset the offset in bytes
         * @return the message
         */
        String message(long wanted, long got, long offset);
    }

    /** The default message of a short read. */
    public static final ShortRead TRUNCATED = (wanted, got, offset) ->
            "truncated data: needed " + wanted + " bytes at offset " + offset + ", " + got + " left";

    /** mutagen's {@code StrictFileObject} message for a short read. */
    public static final ShortRead FILE_SAID = (wanted, got, offset) ->
            "file said " + wanted + " bytes, read " + got + " bytes";

    private static final byte[] EMPTY = new byte[0];

    // data[.., end) holds the file's bytes from base on (data[i] is at file offset base + i); the cursor is at
    // file offset base + pos. A reader over an array holds its whole range; one over a file holds a window of it.
    private byte[] data;
    private int pos;
    private int end;
    private long base;
    private long lo;
    private long hi;
    private final FileSource source;
    private final ErrorFactory errors;
    private ShortRead shortRead = TRUNCATED;
    private boolean lenient;

    /**
     * A reader over the whole array.
     *
     * @param data the bytes
     * @param errors the format's error factory (its error class and mutagen's words)
     */
    public ByteReader(byte[] data, ErrorFactory errors) {
        this(data, 0, data.length, 0, errors);
    }

    /**
     * A reader over {@code data[from, to)}; {@code baseOffset} is the file offset of {@code data[from]}.
     *
     * @param data the bytes
     * @param from the first index (inclusive)
     * @param to the last index (exclusive)
     * @param baseOffset the offset in the file of the first byte
     * @param errors the format's error factory (its error class and mutagen's words)
     */
    public ByteReader(byte[] data, int from, int to, long baseOffset, ErrorFactory errors) {
        this.source = null;
        this.errors = errors;
        reset(data, from, to, baseOffset);
    }

    /** A reader over the file offsets {@code [from, to)} of a source, which the caller checked. */
    ByteReader(FileSource source, long from, long to, ErrorFactory errors) {
        this.source = source;
        this.errors = errors;
        this.data = EMPTY;
        this.base = from;
        this.lo = from;
        this.hi = to;
    }

    /**
     * A reader over the remaining bytes of a buffer (its position is not changed).
     *
     * @param buf the buf
     * @param baseOffset the offset in the file of the first byte
     * @param errors the format's error factory (its error class and mutagen's words)
     * @return a reader over the remaining bytes of a buffer (its position is not changed)
     */
    public static ByteReader of(ByteBuffer buf, long baseOffset, ErrorFactory errors) {
        if (buf.hasArray()) {
            int from = buf.arrayOffset() + buf.position();
            return new ByteReader(buf.array(), from, from + buf.remaining(), baseOffset, errors);
        }
        byte[] copy = new byte[buf.remaining()];
        buf.duplicate().get(copy);
        return new ByteReader(copy, 0, copy.length, baseOffset, errors);
    }

    /**
     * Points this reader (one over an array) at {@code data[from, to)}, at its start, keeping its error factory and
     * modes: a parser reuses one reader for many small buffers (frames of a tag, say) without allocating.
     *
     * @param newData the new data
     * @param from the first index (inclusive)
     * @param to the last index (exclusive)
     * @param baseOffset the offset in the file of the first byte
     * @return this reader
     */
    public ByteReader reset(byte[] newData, int from, int to, long baseOffset) {
        if (source != null) {
            throw new IllegalStateException("a reader over a file cannot be pointed at an array");
        }
        if (from < 0 || to < from || to > newData.length) {
            throw new IllegalArgumentException("bad range " + from + ".." + to + " of " + newData.length);
        }
        data = newData;
        pos = from;
        end = to;
        base = baseOffset - from;
        lo = baseOffset;
        hi = baseOffset + (to - from);
        return this;
    }

    // ---- modes ------------------------------------------------------------------------------------------------

    /**
     * Makes short reads fail with the given message (mutagen's words for the format); answers this reader.
     *
     * @param message mutagen's message (the text Python's error has)
     * @return this reader
     */
    public ByteReader shortReads(ShortRead message) {
        this.shortRead = message;
        return this;
    }

    /**
     * Makes {@link #bytes}, {@link #read(long, Chunk)} and {@link #skip} answer short at the end; this reader.
     *
     * @return the {@code ByteReader}
     */
    public ByteReader lenient() {
        this.lenient = true;
        return this;
    }

    /**
     * Makes every read that comes up short fail (the default); answers this reader.
     *
     * @return this reader
     */
    public ByteReader strict() {
        this.lenient = false;
        return this;
    }

    /**
     * Whether short reads answer what is left instead of failing.
     *
     * @return whether short reads answer what is left instead of failing
     */
    public boolean isLenient() {
        return lenient;
    }

    /**
     * The error factory of this reader.
     *
     * @return the error factory of this reader
     */
    public ErrorFactory errors() {
        return errors;
    }

    // ---- where the cursor is ----------------------------------------------------------------------------------

    /**
     * The number of bytes left (clamped to {@code Integer.MAX_VALUE}; see {@link #remainingLong()}).
     *
     * @return the number of bytes left (clamped to {@code Integer.MAX_VALUE}; see {@link #remainingLong()})
     */
    public int remaining() {
        return (int) Math.min(Integer.MAX_VALUE, hi - base - pos);
    }

    /**
     * The number of bytes left.
     *
     * @return the number of bytes left
     */
    public long remainingLong() {
        return hi - base - pos;
    }

    /**
     * Whether any byte is left.
     *
     * @return whether any byte is left
     */
    public boolean hasRemaining() {
        return base + pos < hi;
    }

    /**
     * The position relative to the start of this reader (clamped; see {@link #tell()}).
     *
     * @return the position relative to the start of this reader (clamped; see {@link #tell()})
     */
    public int position() {
        return (int) Math.min(Integer.MAX_VALUE, tell());
    }

    /**
     * Moves to a position relative to the start of this reader.
     *
     * @param newPosition the new position
     * @throws MutagenError if the data is invalid or cannot be read
     */
    public void position(int newPosition) throws MutagenError {
        seek(newPosition);
    }

    /**
     * The position relative to the start of this reader.
     *
     * @return the position relative to the start of this reader
     */
    public long tell() {
        return base + pos - lo;
    }

    /**
     * Moves to a position relative to the start of this reader, from 0 to {@link #lengthLong()}.
     *
     * @param newPosition the new position
     * @throws MutagenError if the data is invalid or cannot be read
     */
    public void seek(long newPosition) throws MutagenError {
        if (newPosition < 0 || newPosition > hi - lo) {
            throw errors.create("position " + newPosition + " outside 0.." + (hi - lo));
        }
        moveTo(lo + newPosition);
    }

    /**
     * The total number of bytes this reader covers (clamped; see {@link #lengthLong()}).
     *
     * @return the total number of bytes this reader covers (clamped; see {@link #lengthLong()})
     */
    public int length() {
        return (int) Math.min(Integer.MAX_VALUE, hi - lo);
    }

    /**
     * The total number of bytes this reader covers.
     *
     * @return the total number of bytes this reader covers
     */
    public long lengthLong() {
        return hi - lo;
    }

    /**
     * The file offset of the start of this reader.
     *
     * @return the file offset of the start of this reader
     */
    public long startOffset() {
        return lo;
    }

    /**
     * The file offset of the current position.
     *
     * @return the file offset of the current position
     */
    public long fileOffset() {
        return base + pos;
    }

    // ---- checks -----------------------------------------------------------------------------------------------

    /**
     * Checks that {@code n} bytes are left (it reads nothing).
     *
     * @param n the number
     * @throws MutagenError when fewer are left or {@code n} is negative
     */
    public void require(long n) throws MutagenError {
        if (n < 0 || n > hi - base - pos) {
            throw shortRead(n);
        }
    }

    /**
     * Makes the next {@code n} bytes readable in place: afterwards {@code array()[arrayPosition() ..
     * arrayPosition() + n)} holds them, until the next read or move of this reader.
     *
     * @param n the number
     * @throws MutagenError when fewer than {@code n} are left
     */
    public void ensure(int n) throws MutagenError {
        if (n < 0 || n > end - pos) {
            fill(n);
        }
    }

    /**
     * How many bytes from the cursor on are in memory, readable in place without any I/O.
     *
     * @return how many bytes from the cursor on are in memory, readable in place without any I/O
     */
    public int available() {
        return Math.max(0, end - pos);
    }

    /**
     * The array holding the bytes at the cursor (see {@link #ensure}); the caller must not change it.
     *
     * @return the array holding the bytes at the cursor (see {@link #ensure}); the caller must not change it
     */
    public byte[] array() {
        return data;
    }

    /**
     * The index of the cursor in {@link #array()}.
     *
     * @return the index of the cursor in {@link #array()}
     */
    public int arrayPosition() {
        return pos;
    }

    /**
     * The index in {@link #array()} just past the last byte in memory (at most the end of this reader).
     *
     * @return the index in {@link #array()} just past the last byte in memory (at most the end of this reader)
     */
    public int arrayLimit() {
        return end;
    }

    // ---- moves ------------------------------------------------------------------------------------------------

    /**
     * Skips {@code n} bytes (a lenient reader stops at the end).
     *
     * @param n the number
     * @throws MutagenError if the data is invalid or cannot be read
     */
    public void skip(long n) throws MutagenError {
        if (n >= 0 && n <= end - pos) {
            pos += (int) n;
            return;
        }
        if (lenient && n > 0) {
            n = Math.min(n, hi - base - pos);
        }
        require(n);
        if (n <= end - pos) {
            pos += (int) n;
        } else {
            moveTo(base + pos + n);
        }
    }

    // ---- integers ---------------------------------------------------------------------------------------------

    /**
     * Reads an unsigned byte.
     *
     * @return the unsigned byte read
     * @throws MutagenError if the data is invalid or cannot be read
     */
    public int u8() throws MutagenError {
        if (pos >= end) {
            fill(1);
        }
        return data[pos++] & 0xFF;
    }

    /**
     * Reads a signed byte.
     *
     * @return the signed byte read
     * @throws MutagenError if the data is invalid or cannot be read
     */
    public int s8() throws MutagenError {
        return (byte) u8();
    }

    /**
     * The unsigned byte at a position relative to the current one, without moving.
     *
     * @param ahead the ahead
     * @return the unsigned byte at a position relative to the current one, without moving
     * @throws MutagenError if the data is invalid or cannot be read
     */
    public int peek(int ahead) throws MutagenError {
        if (ahead < 0 || ahead >= hi - base - pos) {
            throw errors.create("truncated data at offset " + (fileOffset() + ahead));
        }
        ensure(ahead + 1);
        return data[pos + ahead] & 0xFF;
    }

    /**
     * Reads an unsigned 16-bit big-endian integer.
     *
     * @return the unsigned 16-bit big-endian integer read
     * @throws MutagenError if the data is invalid or cannot be read
     */
    public int u16be() throws MutagenError {
        return (int) uintBE(2);
    }

    /**
     * Reads an unsigned 16-bit little-endian integer.
     *
     * @return the unsigned 16-bit little-endian integer read
     * @throws MutagenError if the data is invalid or cannot be read
     */
    public int u16le() throws MutagenError {
        return (int) uintLE(2);
    }

    /**
     * Reads a signed 16-bit big-endian integer.
     *
     * @return the signed 16-bit big-endian integer read
     * @throws MutagenError if the data is invalid or cannot be read
     */
    public int s16be() throws MutagenError {
        return (short) u16be();
    }

    /**
     * Reads a signed 16-bit little-endian integer.
     *
     * @return the signed 16-bit little-endian integer read
     * @throws MutagenError if the data is invalid or cannot be read
     */
    public int s16le() throws MutagenError {
        return (short) u16le();
    }

    /**
     * Reads an unsigned 24-bit big-endian integer.
     *
     * @return the unsigned 24-bit big-endian integer read
     * @throws MutagenError if the data is invalid or cannot be read
     */
    public int u24be() throws MutagenError {
        return (int) uintBE(3);
    }

    /**
     * Reads an unsigned 24-bit little-endian integer.
     *
     * @return the unsigned 24-bit little-endian integer read
     * @throws MutagenError if the data is invalid or cannot be read
     */
    public int u24le() throws MutagenError {
        return (int) uintLE(3);
    }

    /**
     * Reads an unsigned 32-bit big-endian integer.
     *
     * @return the unsigned 32-bit big-endian integer read
     * @throws MutagenError if the data is invalid or cannot be read
     */
    public long u32be() throws MutagenError {
        ensure(4);
        long v = Bytes.u32be(data, pos);
        pos += 4;
        return v;
    }

    /**
     * Reads an unsigned 32-bit little-endian integer.
     *
     * @return the unsigned 32-bit little-endian integer read
     * @throws MutagenError if the data is invalid or cannot be read
     */
    public long u32le() throws MutagenError {
        ensure(4);
        long v = Bytes.u32le(data, pos);
        pos += 4;
        return v;
    }

    /**
     * Reads a signed 32-bit big-endian integer.
     *
     * @return the signed 32-bit big-endian integer read
     * @throws MutagenError if the data is invalid or cannot be read
     */
    public int s32be() throws MutagenError {
        return (int) u32be();
    }

    /**
     * Reads a signed 32-bit little-endian integer.
     *
     * @return the signed 32-bit little-endian integer read
     * @throws MutagenError if the data is invalid or cannot be read
     */
    public int s32le() throws MutagenError {
        return (int) u32le();
    }

    /**
     * Reads a 64-bit big-endian integer (the caller decides whether the top bit is a sign).
     *
     * @return the number
     * @throws MutagenError if the data is invalid or cannot be read
     */
    public long u64be() throws MutagenError {
        return uintBE(8);
    }

    /**
     * Reads a 64-bit little-endian integer (the caller decides whether the top bit is a sign).
     *
     * @return the number
     * @throws MutagenError if the data is invalid or cannot be read
     */
    public long u64le() throws MutagenError {
        return uintLE(8);
    }

    /**
     * Reads a big-endian unsigned integer of {@code n} bytes, 1 to 8 (8 bytes: the top bit may be a sign).
     *
     * @param n the number
     * @return the number
     * @throws MutagenError if the data is invalid or cannot be read
     */
    public long uintBE(int n) throws MutagenError {
        checkWidth(n);
        ensure(n);
        long v = Bytes.uintBE(data, pos, n);
        pos += n;
        return v;
    }

    /**
     * Reads a little-endian unsigned integer of {@code n} bytes, 1 to 8 (8 bytes: the top bit may be a sign).
     *
     * @param n the number
     * @return the number
     * @throws MutagenError if the data is invalid or cannot be read
     */
    public long uintLE(int n) throws MutagenError {
        checkWidth(n);
        ensure(n);
        long v = 0;
        for (int i = n - 1; i >= 0; i--) {
            v = (v << 8) | (data[pos + i] & 0xFF);
        }
        pos += n;
        return v;
    }

    /**
     * Reads a 28-bit syncsafe integer stored in four bytes (seven bits each, ID3's tag size).
     *
     * @return the number
     * @throws MutagenError if the data is invalid or cannot be read
     */
    public int syncsafe32() throws MutagenError {
        ensure(4);
        int v = 0;
        for (int i = 0; i < 4; i++) {
            v = (v << 7) | (data[pos + i] & 0x7F);
        }
        pos += 4;
        return v;
    }

    private static void checkWidth(int n) {
        if (n < 1 || n > 8) {
            throw new IllegalArgumentException("integer width " + n + " outside 1..8");
        }
    }

    // ---- bytes ------------------------------------------------------------------------------------------------

    /**
     * Reads {@code n} bytes into a new array, after checking that they are there (a lenient reader: up to n).
     *
     * @param n the number
     * @return the bytes
     * @throws MutagenError if the data is invalid or cannot be read
     */
    public byte[] bytes(long n) throws MutagenError {
        if (n >= 0 && n <= end - pos) {
            int k = (int) n;
            byte[] out = new byte[k];
            System.arraycopy(data, pos, out, 0, k);
            pos += k;
            return out;
        }
        if (lenient && n > 0) {
            n = Math.min(n, hi - base - pos);
        }
        require(n);
        if (n > Limits.MAX_ARRAY) {
            throw errors.create("cannot read " + n + " bytes, too large");
        }
        int k = (int) n;
        if (source != null && k > end - pos && k > BUFFER) {
            return direct(k);
        }
        ensure(k);
        byte[] out = new byte[k];
        System.arraycopy(data, pos, out, 0, k);
        pos += k;
        return out;
    }

    /**
     * Hands the next {@code n} bytes to {@code chunk} (in place when they are in memory) and answers its result; a
     * lenient reader hands what is left when fewer are. The cursor is past them when the chunk runs.
     *
     * @param n the number
     * @param chunk the chunk
     * @param <T> the type of the result
     * @return its result; a lenient reader hands what is left when fewer are
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public <T> T read(long n, Chunk<T> chunk) throws IOException {
        if (n >= 0 && n <= end - pos) {
            int at = pos;
            pos += (int) n;
            return chunk.apply(data, at, pos);
        }
        if (lenient && n > 0) {
            n = Math.min(n, hi - base - pos);
        }
        require(n);
        if (source != null && n > end - pos && n > BUFFER) {
            byte[] all = bytes(n);
            return chunk.apply(all, 0, all.length);
        }
        int k = (int) n;
        ensure(k);
        int at = pos;
        pos += k;
        return chunk.apply(data, at, at + k);
    }

    /**
     * Reads all bytes that are left. On a reader over a file an I/O failure, or a rest too large for an array, is
     * the format's error wrapped in an {@link UncheckedIOException}; prefer {@code bytes(remainingLong())} there.
     *
     * @return the all bytes that are left read
     */
    public byte[] rest() {
        try {
            return bytes(hi - base - pos);
        } catch (MutagenError e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A reader over the next {@code n} bytes, sharing this one's bytes and source, with its modes; this reader moves
     * past them. The slice refuses to read past its own end.
     *
     * @param n the number
     * @return a reader over the next {@code n} bytes, sharing this one's bytes and source, with its modes; this reader
     *     moves past them
     * @throws MutagenError if the data is invalid or cannot be read
     */
    public ByteReader slice(long n) throws MutagenError {
        require(n);
        long from = base + pos;
        ByteReader r;
        if (source == null) {
            r = new ByteReader(data, pos, pos + (int) n, from, errors);
        } else {
            r = new ByteReader(source, from, from + n, errors);
            if (n <= end - pos) {
                r.window(data, base, end);
            }
        }
        r.shortRead = shortRead;
        r.lenient = lenient;
        skip(n);
        return r;
    }

    /**
     * Reads {@code n} bytes as ISO-8859-1 text (exact for ASCII identifiers).
     *
     * @param n the number
     * @return the text
     * @throws MutagenError if the data is invalid or cannot be read
     */
    public String latin1(int n) throws MutagenError {
        require(n);
        ensure(n);
        String s = new String(data, pos, n, StandardCharsets.ISO_8859_1);
        pos += n;
        return s;
    }

    /**
     * Whether the next bytes equal {@code magic}, without moving. On a reader over a file a failure to read them
     * answers {@code false} (the next read reports it).
     *
     * @param magic the magic bytes
     * @return whether the next bytes equal {@code magic}, without moving
     */
    public boolean startsWith(byte[] magic) {
        if (magic.length > hi - base - pos) {
            return false;
        }
        if (magic.length > end - pos) {
            try {
                fill(magic.length);
            } catch (MutagenError e) {
                return false;
            }
        }
        for (int i = 0; i < magic.length; i++) {
            if (data[pos + i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    // ---- the window -------------------------------------------------------------------------------------------

    private MutagenError shortRead(long n) {
        return errors.create(shortRead.message(n, Math.max(0, hi - base - pos), base + pos));
    }

    /** Moves the cursor to a file offset inside the range, keeping the window when it holds that offset. */
    private void moveTo(long offset) {
        long at = offset - base;
        if (at >= 0 && at <= end) {
            pos = (int) at;
            return;
        }
        data = EMPTY;
        base = offset;
        pos = 0;
        end = 0;
    }

    /** Makes {@code arr[0, arrEnd)}, the bytes from file offset {@code arrBase} on, the window (it holds the cursor). */
    void window(byte[] arr, long arrBase, int arrEnd) {
        long cur = base + pos;
        data = arr;
        base = arrBase;
        pos = (int) (cur - arrBase);
        end = (int) Math.min(arrEnd, hi - arrBase);
    }

    /** Brings at least {@code n} bytes from the cursor on into memory, or fails when fewer are left. */
    private void fill(int n) throws MutagenError {
        require(n);
        if (n <= end - pos) {
            return;
        }
        if (source == null) {
            throw shortRead(n); // not reached: a reader over an array holds its whole range
        }
        long cur = base + pos;
        try {
            if (source.lendWindow(cur, n, this)) {
                return;
            }
            int len = (int) Math.min(hi - cur, Math.max(n, BUFFER));
            byte[] got = source.read(cur, len);
            if (got.length < n) {
                // The file shrank under us.
                throw errors.create(shortRead.message(n, got.length, cur));
            }
            window(got, cur, got.length);
        } catch (IOException e) {
            throw errors.convert(e);
        }
    }

    /** Reads {@code n} bytes that are not in memory straight from the source into a new array. */
    private byte[] direct(int n) throws MutagenError {
        long cur = base + pos;
        byte[] out = errors.call(() -> source.read(cur, n));
        if (out.length < n) {
            throw errors.create(shortRead.message(n, out.length, cur));
        }
        moveTo(cur + n);
        return out;
    }
}
