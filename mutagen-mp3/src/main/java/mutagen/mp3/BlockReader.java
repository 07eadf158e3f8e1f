// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.mp3;

import java.io.IOException;
import java.util.Arrays;
import mutagen.util.Bytes;
import mutagen.util.FileSource;

/**
 * Positional reads with Python's {@code read(n)} semantics (fewer bytes only at the end of the file): bytes the source
 * holds in memory are copied as asked, others come from one cached block, so that the many small reads of the frame
 * search cost one channel read per block.
 */
final class BlockReader {
    // 4 KiB: the frame reads near the sync usually fit, and such reads are served by FileSource's read window.
    private static final int BLOCK = 4 * 1024;

    private final FileSource source;
    private final long size;
    private long blockStart;
    private byte[] block = new byte[0];

    BlockReader(FileSource source) throws IOException {
        this.source = source;
        this.size = source.size();
    }

    /** The size of the file. */
    long size() {
        return size;
    }

    /** Whether the file holds {@code magic} at {@code offset} (looked at in place when the bytes are in memory). */
    boolean matches(long offset, byte[] magic) throws IOException {
        byte[] all = source.array();
        if (all != null) {
            return offset >= 0 && offset <= all.length && Bytes.regionMatches(all, (int) offset, magic);
        }
        return Bytes.startsWith(read(offset, magic.length), magic);
    }

    /** The big-endian 32-bit word at {@code offset}, or -1 when the file ends before its 4 bytes. */
    long u32be(long offset) throws IOException {
        byte[] all = source.array();
        if (all != null) {
            return offset >= 0 && offset <= all.length - 4 ? Bytes.u32be(all, (int) offset) : -1;
        }
        byte[] b = read(offset, 4);
        return b.length == 4 ? Bytes.u32be(b, 0) : -1;
    }

    /** Up to {@code n} bytes at {@code offset}; fewer only when the file ends first. */
    byte[] read(long offset, int n) throws IOException {
        long end = Math.min(offset + n, size);
        if (end <= offset) {
            return new byte[0];
        }
        if (source.buffered(offset) >= end - offset) {
            // Already in memory (bytes, or a read window of the file): copy just what is asked.
            return source.read(offset, (int) (end - offset));
        }
        if (offset < blockStart || end > blockStart + block.length) {
            blockStart = offset;
            block = source.read(offset, Math.max(n, BLOCK));
            end = Math.min(end, blockStart + block.length); // the file may have shrunk
        }
        int from = (int) (offset - blockStart);
        return Arrays.copyOfRange(block, from, (int) (end - blockStart));
    }
}
