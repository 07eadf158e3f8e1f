// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.ac3;

import java.io.IOException;
import mutagen.MutagenError;
import mutagen.util.BitReader;
import mutagen.util.ByteReader;
import mutagen.util.FileSource;

/**
 * Reads {@link AC3Info} from the first syncframe's header, as mutagen 1.48.1 does (after FFmpeg's
 * {@code ac3_parser.c}): the bitstream id (byte 5) picks AC-3 (0 to 10; 9 and 10 halve and quarter the rates) or
 * E-AC-3 (11 to 16). The rest of the header (bitstream information) is walked to its end, which is where the byte
 * count for the length estimate starts.
 */
final class AC3Parser {
    static final int[] CHANNELS = {2, 1, 2, 3, 3, 4, 4, 5};
    private static final int HEADER_SIZE = 7;
    private static final int[] SAMPLE_RATES = {48000, 44100, 32000};
    private static final int[] BITRATES = {32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384, 448,
        512, 576, 640};
    private static final int[] EAC3_BLOCKS = {1, 2, 3, 6};
    private static final int DUALMONO = 0;

    private AC3Parser() {
    }

    static AC3Info read(FileSource src) throws IOException {
        byte[] header = src.read(0, 6);
        if (header.length < 6) {
            throw new AC3Error("not enough data");
        }
        if (header[0] != 0x0B || header[1] != 0x77) {
            throw new AC3Error("not a AC3 file");
        }
        int bitstreamId = (header[5] & 0xFF) >> 3;
        if (bitstreamId > 16) {
            throw new AC3Error("invalid bitstream_id " + bitstreamId);
        }
        ByteReader in = src.reader(AC3Error::new);
        in.seek(2);
        BitReader r = new BitReader(in);
        Header h = bitstreamId <= 10 ? normal(r, bitstreamId) : Eac3.read(r);
        // the header ends where the reader stands, past the end of the file when a skip went there
        long end = 2 + (r.position() + 7) / 8;
        double length = 8.0 * (src.size() - end) / h.bitrate;
        return new AC3Info(h.codec, h.channels, h.sampleRate, h.bitrate, length);
    }

    /** What a header gives. */
    record Header(String codec, int sampleRate, int bitrate, int channels) {
    }

    private static Header normal(BitReader r, int bitstreamId) throws MutagenError {
        r.skip(16); // CRC
        int srCode = r.intBits(2);
        if (srCode == 3) {
            throw new AC3Error("invalid sample rate code " + srCode);
        }
        int frameSizeCode = r.intBits(6);
        if (frameSizeCode > 37) {
            throw new AC3Error("invalid frame size code " + frameSizeCode);
        }
        r.skip(5 + 3); // bitstream id (read already), bitstream mode
        int channelMode = r.intBits(3);
        r.skip(2); // dolby surround mode or surround mix level
        int lfe = r.intBits(1);
        int shift = Math.max(bitstreamId, 8) - 8;
        int sampleRate = SAMPLE_RATES[srCode] >> shift;
        int bitrate = (BITRATES[frameSizeCode >> 1] * 1000) >> shift;
        skipNormalInfo(r, channelMode);
        return new Header("ac-3", sampleRate, bitrate, CHANNELS[channelMode] + lfe);
    }

    private static void skipNormalInfo(BitReader r, int channelMode) throws MutagenError {
        skipChannelInfo(r);
        if (channelMode == DUALMONO) {
            skipChannelInfo(r);
        }
        r.skip(2); // copyright, original bit stream
        boolean timecode1 = r.intBits(1) == 1;
        boolean timecode2 = r.intBits(1) == 1;
        if (timecode1) {
            r.skip(14);
        }
        if (timecode2) {
            r.skip(14);
        }
        skipAdditionalInfo(r);
    }

    /** Dialogue normalization, then compression gain, language code and production information when present. */
    private static void skipChannelInfo(BitReader r) throws MutagenError {
        r.skip(5);
        for (int width : new int[] {8, 8, 7}) {
            if (r.intBits(1) == 1) {
                r.skip(width);
            }
        }
    }

    /** Additional bit stream information: a flag, a 6-bit length less one, that many bytes. */
    static void skipAdditionalInfo(BitReader r) throws MutagenError {
        if (r.intBits(1) == 1) {
            int addbsil = r.intBits(6);
            r.skip((addbsil + 1) * 8L);
        }
    }

    static int headerSize() {
        return HEADER_SIZE;
    }

    static int sampleRate(int code) {
        return SAMPLE_RATES[code];
    }

    static int blocks(int code) {
        return EAC3_BLOCKS[code];
    }
}
