// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.mp3;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import mutagen.MutagenError;
import mutagen.util.BitPaddedInt;
import mutagen.util.ByteReader;
import mutagen.util.Bytes;
import mutagen.util.FileSource;

/**
 * Finds the first trustworthy MPEG audio frame after the ID3v2 tags and derives the stream's length, as mutagen's
 * {@code MPEGInfo.__init__} does.
 *
 * <p>Reads at most the ID3v2 headers it skips, the first {@link MPEG#MAX_SYNC_READ} bytes after them (in bounded
 * chunks) and the frames and VBR headers it tries; never the whole file.
 */
final class MPEGParser {
    /** The frame chosen, whether the choice is sketchy, and the length in seconds. */
    record Result(MPEGFrame frame, boolean sketchy, double length) {
    }

    private MPEGParser() {
    }

    /**
     * Reads the stream information, looking for frames from {@code offset} on (after any further ID3v2 tags).
     *
     * @throws HeaderNotFoundError when no frame is found
     * @throws MP3Error when the channel fails (the cause is kept)
     */
    static Result parse(FileSource source, long offset) throws MP3Error {
        if (offset < 0) {
            throw new IllegalArgumentException("negative offset " + offset);
        }
        try {
            return search(source, offset);
        } catch (IOException e) {
            // mutagen: convert_error(IOError, error); an error of the ID3 layer beneath becomes this one's too.
            throw e instanceof MP3Error ? (MP3Error) e : new MP3Error(e.getMessage(), e);
        }
    }

    private static Result search(FileSource source, long offset) throws IOException {
        long start = skipId3(source, offset);
        long size = source.size();
        ByteReader syncs = source.reader(Math.min(start, size), Math.max(0, Math.min(MPEG.MAX_SYNC_READ, size - start)),
                MP3Error::new);
        ByteReader in = source.reader(MP3Error::new).lenient();

        int syncBudget = MPEG.MAX_SYNCS;
        boolean sketchy = true;
        MPEGFrame first = null;
        List<MPEGFrame> frames = new ArrayList<>(MPEG.ENOUGH_FRAMES);
        for (long sync = nextSync(syncs); sync >= 0; sync = nextSync(syncs)) {
            syncBudget--;
            if (syncBudget <= 0) {
                break;
            }
            frames.clear();
            long at = sync;
            for (int i = 0; i < MPEG.ENOUGH_FRAMES; i++) {
                MPEGFrame frame = MPEGFrame.parse(in, at);
                if (frame == null) {
                    break;
                }
                frames.add(frame);
                if (!frame.sketchy) {
                    break;
                }
                at = frame.frameOffset + frame.frameLength;
            }
            // A short run is kept in case nothing better turns up.
            if (frames.size() >= MPEG.MIN_FRAMES && first == null) {
                first = frames.get(0);
            }
            // A frame with a VBR header is trusted at once (even when it is not the first of the run).
            if (!frames.isEmpty() && !frames.get(frames.size() - 1).sketchy) {
                first = frames.get(frames.size() - 1);
                sketchy = false;
                break;
            }
            if (frames.size() >= MPEG.ENOUGH_FRAMES) {
                first = frames.get(0);
                sketchy = false;
                break;
            }
        }
        if (first == null) {
            throw new HeaderNotFoundError("can't sync to MPEG frame");
        }

        double length;
        if (first.length != null) {
            length = first.length;
        } else {
            // No VBR header with a frame count: estimate from the file size, trailing tags included (as mutagen).
            long contentSize = in.lengthLong() - first.frameOffset;
            length = (double) (8 * contentSize) / (double) first.bitrate;
        }
        return new Result(first, sketchy, length);
    }

    /**
     * The file offset of the next frame-sync candidate in the reader's range, a byte {@code FF} followed by a byte
     * whose top three bits are set (both inside the range), leaving the reader just after its first byte; -1 when
     * there is none. Mirrors {@code mutagen.mp3.iter_sync}: the same candidates in the same (ascending) order, read
     * in place, in bounded refills.
     */
    static long nextSync(ByteReader r) throws MutagenError {
        while (r.remainingLong() >= 2) {
            if (r.available() < 2) {
                // Served in place from the source's window when it holds the bytes, else one refill of the reader.
                r.ensure(2);
            }
            byte[] a = r.array();
            int from = r.arrayPosition();
            int last = r.arrayLimit() - 1;
            for (int i = from; i < last; i++) {
                if (a[i] == (byte) 0xFF && (a[i + 1] & 0xE0) == 0xE0) {
                    r.skip(i + 1 - from);
                    return r.fileOffset() - 1;
                }
            }
            // The last byte in memory may start a candidate: the next refill starts with it.
            r.skip(last - from);
        }
        return -1;
    }

    /**
     * Skips any number of consecutive ID3v2 tags (Windows Media Player stacks them) and answers where the audio
     * search starts. A tag counts when it starts with "ID3" and its syncsafe size is above zero; a footer is not
     * counted, as in mutagen's {@code skip_id3}.
     */
    static long skipId3(FileSource source, long offset) throws IOException {
        long pos = offset;
        while (true) {
            byte[] head = source.read(pos, 10);
            if (head.length < 10 || !Bytes.startsWith(head, MPEG.ID3)) {
                return pos;
            }
            long size = BitPaddedInt.decode(java.util.Arrays.copyOfRange(head, 6, 10));
            if (size <= 0) {
                return pos;
            }
            pos += 10 + size;
        }
    }
}
