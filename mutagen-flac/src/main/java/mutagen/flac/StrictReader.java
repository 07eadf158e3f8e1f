// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.flac;

import java.io.IOException;
import mutagen.util.FileSource;
import mutagen.util.Limits;
import mutagen.vorbis.VCommentInput;

/**
 * A sequential cursor over a file or bytes that fails when a read comes up short, with mutagen's
 * {@code StrictFileObject} message ({@code file said N bytes, read M bytes}). Every length is checked against what
 * is left before anything is allocated; small reads are copied from what the source holds in memory, else served from
 * a window of this reader, so that parsing many small fields does few channel reads.
 */
final class StrictReader implements VCommentInput {
    // Like Python's io.DEFAULT_BUFFER_SIZE: a read-ahead never goes further past the metadata than mutagen's does.
    private static final int WINDOW = 8192;

    private final FileSource source;
    private final long size;
    private long pos;
    private byte[] window = new byte[0];
    private long windowStart;

    StrictReader(FileSource source) throws IOException {
        this.source = source;
        this.size = source.size();
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
        long left = remaining();
        if (n > left) {
            throw shortRead(n, left);
        }
        if (n > Limits.MAX_ARRAY) {
            // Only a file of more than 2 GiB gets here; mutagen's words for a read it cannot hold.
            throw new FLACError("cannot read " + n + " bytes, too large");
        }
        byte[] out = fetch((int) n);
        pos += n;
        return out;
    }

    /** Reads up to {@code n} bytes (mutagen's {@code tryread}). */
    byte[] tryRead(long n) throws IOException {
        int take = (int) Math.min(n, Math.min(remaining(), Limits.MAX_ARRAY));
        byte[] out = fetch(take);
        pos += take;
        return out;
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
        return read(1)[0] & 0xFF;
    }

    private static FLACError shortRead(long wanted, long got) {
        return new FLACError("file said " + wanted + " bytes, read " + got + " bytes");
    }

    private byte[] fetch(int n) throws IOException {
        if (n == 0) {
            return new byte[0];
        }
        if (source.buffered(pos) >= n) {
            // In memory already (bytes, or the source's read window): copy just what is asked.
            return source.read(pos, n);
        }
        if (n > WINDOW / 2) {
            byte[] direct = source.read(pos, n);
            if (direct.length != n) {
                throw shortRead(n, direct.length);
            }
            return direct;
        }
        if (pos < windowStart || pos + n > windowStart + window.length) {
            windowStart = pos;
            window = source.read(pos, (int) Math.min(WINDOW, remaining()));
            if (window.length < n) {
                throw shortRead(n, window.length);
            }
        }
        byte[] out = new byte[n];
        System.arraycopy(window, (int) (pos - windowStart), out, 0, n);
        return out;
    }
}
