// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.flac;

import java.io.IOException;
import java.util.Arrays;
import mutagen.util.Bytes;
import mutagen.util.FileSource;
import mutagen.util.Limits;
import mutagen.vorbis.VCommentInput;

/**
 * A sequential cursor over a file or bytes that fails when a read comes up short, with mutagen's
 * {@code StrictFileObject} message ({@code file said N bytes, read M bytes}). Every length is checked against what
 * is left before anything is allocated. Small fields are read from a window: the source's own bytes when it is made
 * over bytes in memory (no copy at all), else a copy of what the source holds in memory or one read of up to 8 KiB,
 * so that parsing many small fields does few channel reads and few allocations.
 */
final class StrictReader implements VCommentInput {
    // Like Python's io.DEFAULT_BUFFER_SIZE: a read-ahead never goes further past the metadata than mutagen's does.
    private static final int WINDOW = 8192;

    private final FileSource source;
    private final long size;
    private long pos;
    // window[0, windowLength) holds the file's bytes from windowStart on.
    private byte[] window;
    private long windowStart;
    private int windowLength;

    StrictReader(FileSource source) throws IOException {
        this.source = source;
        this.size = source.size();
        byte[] all = source.array();
        window = all == null ? new byte[0] : all;
        windowLength = window.length;
    }

    static StrictReader of(byte[] data) {
        try {
            return new StrictReader(FileSource.of(data, ""));
        } catch (IOException e) {
            throw new IllegalStateException("in-memory source failed", e);
        }
    }

    long tell() {
        return pos;
    }

    void seek(long position) {
        pos = position;
    }

    long size() {
        return size;
    }

    long remaining() {
        return Math.max(0, size - pos);
    }

    /** Reads exactly {@code n} bytes or fails. */
    @Override
    public byte[] read(long n) throws IOException {
        int at = take(n);
        return at >= 0 ? Arrays.copyOfRange(window, at, at + (int) n) : readTaken(n);
    }

    /** Hands exactly {@code n} bytes to {@code chunk} (in place when they are in the window) or fails. */
    @Override
    public <T> T read(long n, Chunk<T> chunk) throws IOException {
        int at = take(n);
        if (at >= 0) {
            return chunk.apply(window, at, at + (int) n);
        }
        byte[] direct = readTaken(n);
        return chunk.apply(direct, 0, direct.length);
    }

    /** Reads from the source the {@code n} bytes that {@link #take} just moved past without a window. */
    private byte[] readTaken(long n) throws IOException {
        byte[] direct = source.read(pos - n, (int) n);
        if (direct.length != n) {
            throw shortRead(n, direct.length);
        }
        return direct;
    }

    /** Skips exactly {@code n} bytes or fails, as a strict read of them would. */
    @Override
    public long skip(long n) throws IOException {
        long left = remaining();
        if (n > left) {
            throw shortRead(n, left);
        }
        pos += n;
        return n;
    }

    int u8() throws IOException {
        int at = take(1);
        // Not window[take(1)]: the array reference would be read before take() refills the window.
        return window[at] & 0xFF;
    }

    /** A big-endian unsigned integer of {@code n} bytes ({@code n <= 8}). */
    long be(int n) throws IOException {
        int at = take(n);
        return Bytes.uintBE(window, at, n);
    }

    /** A strict reader's answer to a short 32-bit read is its own error, not -1. */
    @Override
    public long u32le() throws IOException {
        int at = take(4);
        return Bytes.u32le(window, at);
    }

    private static FLACError shortRead(long wanted, long got) {
        return new FLACError("file said " + wanted + " bytes, read " + got + " bytes");
    }

    /**
     * Moves past the next {@code n} bytes, which must be there. Answers their index in the window, after filling it
     * when needed, or -1 when they are too many for a window (the caller reads them from the source).
     */
    private int take(long n) throws IOException {
        if (n < 0) {
            throw new IllegalArgumentException("negative read " + n);
        }
        long left = remaining();
        if (n > left) {
            throw shortRead(n, left);
        }
        if (n > Limits.MAX_ARRAY) {
            // Only a file of more than 2 GiB gets here; mutagen's words for a read it cannot hold.
            throw new FLACError("cannot read " + n + " bytes, too large");
        }
        long at = pos - windowStart;
        if (at < 0 || at + n > windowLength) {
            if (!fill((int) n)) {
                pos += n;
                return -1;
            }
            at = 0;
        }
        pos += n;
        return (int) at;
    }

    /** Refills the window from {@code pos}: what the source holds in memory, else one read; false when too big. */
    private boolean fill(int n) throws IOException {
        int held = source.buffered(pos);
        if (held < n && n > WINDOW / 2) {
            return false;
        }
        byte[] bytes = source.read(pos, held >= n ? held : (int) Math.min(WINDOW, remaining()));
        if (bytes.length < n) {
            throw shortRead(n, bytes.length);
        }
        window = bytes;
        windowStart = pos;
        windowLength = bytes.length;
        return true;
    }
}
