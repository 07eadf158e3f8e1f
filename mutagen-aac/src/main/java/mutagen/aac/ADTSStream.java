// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.aac;

import java.io.IOException;
import mutagen.MutagenError;
import mutagen.util.BitReader;
import mutagen.util.ByteReader;

/**
 * A run of ADTS frames sharing one fixed header (mutagen's {@code _ADTSStream}). Positions are counted from where
 * the bit reader started, as mutagen's are; a frame may end past the end of the file (its payload is skipped, not
 * read), and the next sync search then fails.
 */
final class ADTSStream {
    static final int[] FREQS = {96000, 88200, 64000, 48000, 44100, 32000, 24000, 22050, 16000, 12000, 11025, 8000,
        7350};

    private final BitReader r;
    private int fixedHeaderKey = -1;
    private int parsedFrames;
    private long offset = -1;
    private long samples;
    private long payload;
    private long last;

    private ADTSStream(BitReader r) {
        this.r = r;
    }

    /** A stream whose sync word lies within {@code maxBytes} of the reader's position, or null. */
    static ADTSStream find(ByteReader in, int maxBytes) throws MutagenError {
        BitReader r = new BitReader(in);
        ADTSStream s = new ADTSStream(r);
        if (!s.sync(maxBytes)) {
            return null;
        }
        s.offset = (r.position() - 12) / 8;
        return s;
    }

    /** Searches the next sync word ({@code 0xFFF}) within {@code maxBytes} bytes; true when found. */
    boolean sync(int maxBytes) throws MutagenError {
        int budget = Math.max(maxBytes, 2);
        r.align();
        try {
            while (budget > 0) {
                if (r.intBits(8) == 0xFF) {
                    if (r.intBits(4) == 0xF) {
                        return true;
                    }
                    r.align();
                    budget -= 2;
                } else {
                    budget -= 1;
                }
            }
        } catch (MutagenError e) {
            rethrowIo(e);
            return false;
        }
        return false;
    }

    /** Reads the frame after a sync word; false when it does not belong to the stream or the data ends. */
    boolean parseFrame() throws MutagenError {
        try {
            return readFrame();
        } catch (MutagenError e) {
            rethrowIo(e);
            return false;
        }
    }

    private boolean readFrame() throws MutagenError {
        long start = r.position() - 12;
        // id, layer, protection_absent, profile, sampling_frequency_index, private_bit, channel_configuration,
        // original_copy, home: 16 bits that every frame of the stream repeats
        int key = r.intBits(16);
        if (fixedHeaderKey < 0) {
            fixedHeaderKey = key;
        } else if (fixedHeaderKey != key) {
            return false;
        }
        r.skip(2);
        long frameLength = r.bits(13);
        r.skip(11);
        int rawBlocks = r.intBits(2);
        long crcOverhead = 0;
        if (protectionAbsent() == 0) {
            crcOverhead = (rawBlocks + 1) * 16L * (rawBlocks != 0 ? 2 : 1);
        }
        long left = frameLength * 8 - (r.position() - start);
        if (left < 0) {
            return false;
        }
        r.skip(left);
        payload += (left - crcOverhead) / 8;
        samples += (rawBlocks + 1) * 1024L;
        last = r.position() / 8;
        parsedFrames++;
        return true;
    }

    /** A short read is "not a frame"; a failing channel is not. */
    private static void rethrowIo(MutagenError e) throws MutagenError {
        if (e.getCause() instanceof IOException) {
            throw e;
        }
    }

    private int protectionAbsent() {
        return (fixedHeaderKey >> 12) & 1;
    }

    int parsedFrames() {
        return parsedFrames;
    }

    /** Where the first sync word lies, from the reader's start. */
    long offset() {
        return offset;
    }

    /** Samples of the frames so far. */
    long samples() {
        return samples;
    }

    /** Bytes from the reader's start to the end of the last frame (mutagen's {@code size}). */
    long size() {
        return last;
    }

    /** The channel count of the fixed header: 8 for configuration 7, 0 (unknown) for 0. */
    int channels() {
        int c = (fixedHeaderKey >> 2) & 7;
        return c == 7 ? 8 : c;
    }

    /** The sample rate, 0 for the reserved indexes. */
    int frequency() {
        int f = (fixedHeaderKey >> 6) & 0xF;
        return f < FREQS.length ? FREQS[f] : 0;
    }

    /**
     * mutagen's {@code bitrate} (a float there: {@code (8 * payload * frequency) // samples}); the payload leaves
     * out the headers and CRCs and may be negative for frames shorter than their CRCs, and a zero product keeps its
     * sign, as Python's float does.
     */
    double bitrate() {
        if (samples == 0) {
            return 0;
        }
        double product = 8.0 * payload * frequency();
        if (product == 0) {
            return product;
        }
        return Math.floorDiv(8 * payload * frequency(), samples);
    }
}
