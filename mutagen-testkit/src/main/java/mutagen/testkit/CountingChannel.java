// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.testkit;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.util.ArrayList;
import java.util.List;

/**
 * A channel decorator that records every read and write range, to check what a load or save touches: pass
 * {@code ch -> new CountingChannel(ch, log)} to {@code FileSource.open(path, writable, decorator)}.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public final class CountingChannel implements SeekableByteChannel {
    /** Ranges [start, end) of reads and writes, shared by all channels of one test. */
    public static final class Log {
        /** The read ranges, in order. */
        public final List<long[]> reads = new ArrayList<>();
        /** The write ranges, in order. */
        public final List<long[]> writes = new ArrayList<>();
        /** How many channels were opened (more than one means a temporary copy was made). */
        public int opens;

        /** Creates an empty log. */
        public Log() {
        }

        /** The end of the farthest read. */
        public long maxReadEnd() {
            return reads.stream().mapToLong(r -> r[1]).max().orElse(0);
        }

        /** The number of bytes read. */
        public long bytesRead() {
            return reads.stream().mapToLong(r -> r[1] - r[0]).sum();
        }

        /** The number of bytes written. */
        public long bytesWritten() {
            return writes.stream().mapToLong(r -> r[1] - r[0]).sum();
        }
    }

    private final SeekableByteChannel inner;
    private final Log log;

    /** Wraps a channel, recording into the log. */
    public CountingChannel(SeekableByteChannel inner, Log log) {
        this.inner = inner;
        this.log = log;
        log.opens++;
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
        long start = inner.position();
        int n = inner.read(dst);
        if (n > 0) {
            log.reads.add(new long[] {start, start + n});
        }
        return n;
    }

    @Override
    public int write(ByteBuffer src) throws IOException {
        long start = inner.position();
        int n = inner.write(src);
        log.writes.add(new long[] {start, start + n});
        return n;
    }

    @Override
    public long position() throws IOException {
        return inner.position();
    }

    @Override
    public SeekableByteChannel position(long newPosition) throws IOException {
        inner.position(newPosition);
        return this;
    }

    @Override
    public long size() throws IOException {
        return inner.size();
    }

    @Override
    public SeekableByteChannel truncate(long size) throws IOException {
        inner.truncate(size);
        return this;
    }

    @Override
    public boolean isOpen() {
        return inner.isOpen();
    }

    @Override
    public void close() throws IOException {
        inner.close();
    }
}
