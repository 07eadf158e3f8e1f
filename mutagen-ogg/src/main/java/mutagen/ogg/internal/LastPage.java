// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.ogg.internal;

import java.io.IOException;
import mutagen.ogg.OggError;
import mutagen.util.ByteReader;
import mutagen.util.Bytes;
import mutagen.util.FileSource;

/**
 * Finding the last page of a logical stream: mutagen's {@code find_last}, with the same answers.
 *
 * <p>The page starting at the last {@code OggS} of the file's final 64 KiB is tried first; when it belongs to the
 * stream and ends it (the last-page flag), it is the answer, read from the end of the file only (the final 4 KiB are
 * searched before the rest of the 64 KiB). Otherwise, as in mutagen, the pages are walked from the start of the file
 * until the stream's last page or the first page that cannot be read; the walk reads page headers only.
 */
public final class LastPage {
    private static final byte[] MAGIC = {'O', 'g', 'g', 'S'};
    private static final int NEAR = 4096;
    private static final int FAR = 256 * 256;

    private LastPage() {
    }

    /**
     * The header of the last page of the stream, or {@code null} when it has no page (with {@code finishing}: no
     * page on which a packet ends, i.e. with a position other than -1). Its data is not read: a reader that wants
     * the granule position copies nothing (mutagen's {@code find_last} returns the whole page).
     *
     * @param source the file to read
     * @param serial the serial number of the logical stream
     * @param finishing whether only a page on which a packet ends counts
     * @return the header, or {@code null}
     * @throws IOException if reading fails
     * @throws OggError when the final 64 KiB hold no {@code OggS}
     */
    public static PageHeader find(FileSource source, long serial, boolean finishing) throws IOException {
        long tail = lastMagic(source);
        PageHeader best = null;
        // Pages that cannot be read answer null here: mutagen raises and catches its error, a normal path for a file
        // whose last page is cut.
        PageHeader candidate = PageHeader.readOrNull(source, tail);
        if (candidate != null && candidate.serial == serial && valid(candidate, finishing)) {
            if ((candidate.flags & 4) != 0) {
                return candidate;
            }
            best = candidate;
        }
        long pos = 0;
        while (true) {
            PageHeader page = PageHeader.readOrNull(source, pos);
            if (page == null) {
                // mutagen returns the best page found before the damage
                break;
            }
            if (page.serial == serial) {
                if (valid(page, finishing)) {
                    best = page;
                }
                if ((page.flags & 4) != 0) {
                    break;
                }
            }
            pos = page.end();
        }
        return best;
    }

    private static boolean valid(PageHeader page, boolean finishing) {
        return !finishing || page.position != -1;
    }

    /** The offset of the last {@code OggS} in the final 64 KiB of the file. */
    private static long lastMagic(FileSource source) throws IOException {
        long size = source.size();
        int near = (int) Math.min(NEAR, size);
        int index = lastIndexOf(source, size - near, near);
        if (index >= 0) {
            return size - near + index;
        }
        int far = (int) Math.min(FAR, size);
        if (far > near) {
            // The magic may straddle the 4 KiB boundary: search up to 3 bytes into the near part again.
            int overlap = Math.min(3, near);
            index = lastIndexOf(source, size - far, far - near + overlap);
            if (index >= 0) {
                return size - far + index;
            }
        }
        throw new OggError("unable to find final Ogg header");
    }

    /** The index of the last {@code OggS} in the {@code n} bytes at {@code offset}, searched in place; or -1. */
    private static int lastIndexOf(FileSource source, long offset, int n) throws IOException {
        ByteReader in = source.reader(offset, n, OggError::new);
        in.ensure(n);
        byte[] data = in.array();
        int from = in.arrayPosition();
        for (int i = from + n - MAGIC.length; i >= from; i--) {
            // The first byte alone rules out almost every position: compare the rest only after an 'O'.
            if (data[i] == 'O' && Bytes.regionMatches(data, i, MAGIC)) {
                return i - from;
            }
        }
        return -1;
    }
}
