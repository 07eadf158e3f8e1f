// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.mp3;

import java.io.IOException;
import mutagen.util.FileSource;

/**
 * Finds MPEG frame-sync candidates: a byte {@code FF} followed by a byte whose top three bits are set, with both bytes
 * inside the first {@code maxRead} bytes from the start offset.
 *
 * <p>Mirrors {@code mutagen.mp3.iter_sync}: the same candidates in the same (ascending) order. The window is read in
 * bounded chunks, never at once.
 */
final class SyncScanner {
    private static final int CHUNK = 64 * 1024;
    /** The first chunk: the sync is usually near the start, and a 4 KiB read is served by FileSource's window. */
    private static final int FIRST_CHUNK = 4096;
    /** The first chunk when the bytes are in memory already: the sync is usually the first byte, so copy little. */
    private static final int FIRST_CHUNK_BUFFERED = 256;

    private final FileSource source;
    private final long windowEnd;
    private byte[] chunk = new byte[0];
    private long chunkStart;
    private int index;
    private int chunkSize;
    private boolean done;

    /** A scanner of the bytes {@code [start, start + maxRead)} (clipped to the file). */
    SyncScanner(FileSource source, long start, long maxRead) throws IOException {
        this.source = source;
        this.windowEnd = start + Math.min(maxRead, Math.max(0, source.size() - start));
        this.chunkStart = start;
        this.chunkSize = source.buffered(start) >= 2 ? FIRST_CHUNK_BUFFERED : FIRST_CHUNK;
    }

    /** The offset of the next candidate, or -1 when there is none. */
    long next() throws IOException {
        while (!done) {
            // A candidate needs its second byte in this chunk; chunks overlap by one byte for that.
            while (index + 1 < chunk.length) {
                int i = index++;
                if ((chunk[i] & 0xFF) == 0xFF && (chunk[i + 1] & 0xE0) == 0xE0) {
                    return chunkStart + i;
                }
            }
            long nextStart = chunk.length == 0 ? chunkStart : chunkStart + chunk.length - 1;
            if ((chunk.length != 0 && chunkStart + chunk.length >= windowEnd) || windowEnd - nextStart < 2) {
                done = true;
                break;
            }
            chunkStart = nextStart;
            // Growing chunks, but not past what the source already holds in memory (that part costs no system call).
            int buffered = source.buffered(nextStart);
            int want = buffered >= 2 ? Math.min(buffered, chunkSize) : chunkSize;
            chunk = source.read(nextStart, (int) Math.min(want, windowEnd - nextStart));
            chunkSize = Math.min(CHUNK, chunkSize * 2);
            index = 0;
            if (chunk.length < 2) {
                done = true;
            }
        }
        return -1;
    }
}
