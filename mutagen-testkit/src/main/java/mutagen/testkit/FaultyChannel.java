// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.testkit;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.util.function.UnaryOperator;

/**
 * A {@link SeekableByteChannel} decorator that misbehaves on purpose: it ends the data early, answers reads in small
 * pieces, and fails every operation after a given number with an {@link IOException}.
 *
 * <p>Port of mutagen's {@code _TestFileObj} (tests/test___init__.py): {@code stopAfter} is the number of bytes that
 * reads return in total before the channel reports the end of the data, {@code failAfter} the number of operations
 * (read, write, position, size, truncate) that succeed before every further one throws. As in mutagen, a zero-length
 * read or write never fails, so that probing a channel does not count as using it. The counters live in a shared
 * {@link Faults} object, so the several channels a {@link mutagen.util.FileSource} opens (the file, its temporary
 * copy) draw from one budget; use {@link Faults#decorator()} with
 * {@link mutagen.util.FileSource#open(java.nio.file.Path, boolean, UnaryOperator)}.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public final class FaultyChannel implements SeekableByteChannel {
    /** The message of every injected failure. */
    public static final String FAILURE_MESSAGE = "fail";

    private final SeekableByteChannel delegate;
    private final Faults faults;

    /** Wraps a channel; the faults may be shared with other channels. */
    public FaultyChannel(SeekableByteChannel delegate, Faults faults) {
        this.delegate = delegate;
        this.faults = faults;
    }

    /** The fault plan and the counters of all channels that share it. */
    public static final class Faults {
        private final long stopAfter;
        private final long failAfter;
        private final int maxRead;
        private long operations;
        private long dataRead;

        private Faults(long stopAfter, long failAfter, int maxRead) {
            this.stopAfter = stopAfter;
            this.failAfter = failAfter;
            this.maxRead = maxRead;
        }

        /** No faults: only counts operations and bytes read (mutagen's first, measuring run). */
        public static Faults none() {
            return new Faults(-1, -1, 0);
        }

        /** Every operation after the first {@code n} throws an {@link IOException}. */
        public static Faults failAfter(long n) {
            return new Faults(-1, n, 0);
        }

        /** Reads return {@code n} bytes in total, then the end of the data. */
        public static Faults stopAfter(long n) {
            return new Faults(n, -1, 0);
        }

        /** Every read returns at most {@code n} bytes (at least 1), as a slow stream would. */
        public static Faults shortReads(int n) {
            if (n < 1) {
                throw new IllegalArgumentException("short reads of " + n + " bytes");
            }
            return new Faults(-1, -1, n);
        }

        /** The operations counted so far, failed ones included. */
        public synchronized long operations() {
            return operations;
        }

        /** The bytes returned by reads so far. */
        public synchronized long dataRead() {
            return dataRead;
        }

        /** A decorator that wraps each channel in a {@link FaultyChannel} sharing these faults. */
        public UnaryOperator<SeekableByteChannel> decorator() {
            return ch -> new FaultyChannel(ch, this);
        }

        synchronized void check(boolean exempt) throws IOException {
            operations++;
            if (!exempt && failAfter != -1 && operations > failAfter) {
                throw new IOException(FAILURE_MESSAGE);
            }
        }

        synchronized int readLimit(int wanted) {
            int limit = wanted;
            if (maxRead > 0) {
                limit = Math.min(limit, maxRead);
            }
            if (stopAfter != -1) {
                limit = (int) Math.min(limit, Math.max(0, stopAfter - dataRead));
            }
            return limit;
        }

        synchronized void addRead(int n) {
            if (n > 0) {
                dataRead += n;
            }
        }

        @Override
        public String toString() {
            return "Faults[stopAfter=" + stopAfter + ", failAfter=" + failAfter + ", maxRead=" + maxRead + "]";
        }
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
        faults.check(!dst.hasRemaining());
        if (!dst.hasRemaining()) {
            return delegate.read(dst);
        }
        int limit = faults.readLimit(dst.remaining());
        if (limit == 0) {
            return -1;
        }
        ByteBuffer part = dst.slice();
        part.limit(limit);
        int n = delegate.read(part);
        if (n > 0) {
            dst.position(dst.position() + n);
            faults.addRead(n);
        }
        return n;
    }

    @Override
    public int write(ByteBuffer src) throws IOException {
        faults.check(!src.hasRemaining());
        return delegate.write(src);
    }

    @Override
    public long position() throws IOException {
        faults.check(false);
        return delegate.position();
    }

    @Override
    public SeekableByteChannel position(long newPosition) throws IOException {
        faults.check(false);
        delegate.position(newPosition);
        return this;
    }

    @Override
    public long size() throws IOException {
        faults.check(false);
        return delegate.size();
    }

    @Override
    public SeekableByteChannel truncate(long size) throws IOException {
        faults.check(false);
        delegate.truncate(size);
        return this;
    }

    @Override
    public boolean isOpen() {
        return delegate.isOpen();
    }

    /** Closes the wrapped channel; closing never fails on purpose, so that nothing leaks. */
    @Override
    public void close() throws IOException {
        delegate.close();
    }
}
