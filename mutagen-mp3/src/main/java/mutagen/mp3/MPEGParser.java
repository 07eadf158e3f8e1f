// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.mp3;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import mutagen.MutagenError;
import mutagen.util.BitPaddedInt;
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
        } catch (MP3Error e) {
            throw e;
        } catch (MutagenError e) {
            throw new MP3Error(e.getMessage(), e);
        } catch (IOException e) {
            throw new MP3Error(e); // mutagen: convert_error(IOError, error)
        }
    }

    private static Result search(FileSource source, long offset) throws IOException {
        long start = skipId3(source, offset);
        SyncScanner syncs = new SyncScanner(source, start, MPEG.MAX_SYNC_READ);
        BlockReader in = new BlockReader(source);

        int syncBudget = MPEG.MAX_SYNCS;
        boolean sketchy = true;
        MPEGFrame first = null;
        List<MPEGFrame> frames = new ArrayList<>(MPEG.ENOUGH_FRAMES);
        for (long sync = syncs.next(); sync >= 0; sync = syncs.next()) {
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
            long contentSize = in.size() - first.frameOffset;
            length = (double) (8 * contentSize) / (double) first.bitrate;
        }
        return new Result(first, sketchy, length);
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
