// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.vorbis;

import java.io.IOException;
import java.util.Arrays;
import mutagen.util.Bytes;

/**
 * A sequential byte input that a Vorbis comment is parsed from: the file object mutagen's {@code VComment.load}
 * reads. {@link #of(byte[])} is Python's {@code BytesIO}; a container format can pass a strict input over its file
 * (FLAC does, so that a short read fails with its own error).
 */
public interface VCommentInput {

    /**
     * Reads up to {@code n} bytes, fewer only at the end of the input (Python's {@code read(n)}). Implementations
     * must check {@code n} against what is left before allocating; a strict input throws instead of answering short.
     */
    byte[] read(long n) throws IOException;

    /**
     * Skips {@code n} bytes as {@link #read(long)} would read them, without keeping them.
     *
     * @return the number of bytes skipped (fewer only at the end of a non-strict input)
     */
    default long skip(long n) throws IOException {
        return read(n).length;
    }

    /**
     * Reads up to {@code n} bytes as {@link #read(long)} does and hands them to {@code chunk}, whose result it returns.
     * An input that holds its bytes in memory passes its own array (no copy); the chunk must not keep or change it.
     */
    default <T> T read(long n, Chunk<T> chunk) throws IOException {
        byte[] data = read(n);
        return chunk.apply(data, 0, data.length);
    }

    /** Reads a little-endian 32-bit unsigned integer, or answers -1 when fewer than 4 bytes are left. */
    default long u32le() throws IOException {
        byte[] b = read(4);
        return b.length == 4 ? Bytes.u32le(b, 0) : -1;
    }

    /** What is done with the bytes of {@link #read(long, Chunk)}: {@code data[from, to)}. */
    @FunctionalInterface
    interface Chunk<T> {
        /** Uses {@code data[from, to)}. */
        T apply(byte[] data, int from, int to) throws IOException;
    }

    /** An input over bytes in memory, answering short at the end (Python's {@code BytesIO}). */
    static VCommentInput of(byte[] data) {
        return of(data, 0, data.length);
    }

    /** An input over {@code data[from, to)}. */
    static VCommentInput of(byte[] data, int from, int to) {
        if (from < 0 || to < from || to > data.length) {
            throw new IllegalArgumentException("bad range " + from + ".." + to + " of " + data.length);
        }
        return new VCommentInput() {
            private int pos = from;

            @Override
            public byte[] read(long n) {
                if (n < 0) {
                    throw new IllegalArgumentException("negative read " + n);
                }
                int take = (int) Math.min(n, to - pos);
                byte[] out = Arrays.copyOfRange(data, pos, pos + take);
                pos += take;
                return out;
            }

            @Override
            public <T> T read(long n, Chunk<T> chunk) throws IOException {
                if (n < 0) {
                    throw new IllegalArgumentException("negative read " + n);
                }
                int start = pos;
                pos += (int) Math.min(n, to - pos);
                return chunk.apply(data, start, pos);
            }

            @Override
            public long u32le() {
                if (to - pos < 4) {
                    pos = to;
                    return -1;
                }
                pos += 4;
                return Bytes.u32le(data, pos - 4);
            }

            @Override
            public long skip(long n) {
                int take = (int) Math.min(Math.max(n, 0), to - pos);
                pos += take;
                return take;
            }
        };
    }
}
