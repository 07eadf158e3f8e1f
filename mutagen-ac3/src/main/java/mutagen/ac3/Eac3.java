// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.ac3;

import mutagen.MutagenError;
import mutagen.util.BitReader;

/**
 * The E-AC-3 syncframe header (bitstream id 11 to 16), as mutagen reads it: frame type, substream, frame size,
 * sample rate code (3 means half rates and 6 blocks), block count, channel mode and LFE; the bitrate is
 * {@code 8 * frame size * rate / (blocks * 256)}. The bitstream information after it is walked as mutagen walks it,
 * which stops at a set {@code mixmdate} flag (mutagen's FIXME: the mixing metadata is not parsed).
 */
final class Eac3 {
    private static final int INDEPENDENT = 0;
    private static final int DEPENDENT = 1;
    private static final int AC3_CONVERT = 2;
    private static final int RESERVED = 3;
    private static final int DUALMONO = 0;
    private static final int STEREO = 2;
    private static final int C2F2R = 6;

    private Eac3() {
    }

    static AC3Parser.Header read(BitReader r) throws MutagenError {
        int frameType = r.intBits(2);
        if (frameType == RESERVED) {
            throw new AC3Error("invalid frame type " + frameType);
        }
        r.skip(3); // substream id
        int frameSize = (r.intBits(11) + 1) << 1;
        if (frameSize < AC3Parser.headerSize()) {
            throw new AC3Error("invalid frame size " + frameSize);
        }
        int srCode = r.intBits(2);
        int numblocksCode;
        int sampleRate;
        if (srCode == 3) {
            int srCode2 = r.intBits(2);
            if (srCode2 == 3) {
                throw new AC3Error("invalid sample rate code " + srCode2);
            }
            numblocksCode = 3;
            sampleRate = AC3Parser.sampleRate(srCode2) / 2;
        } else {
            numblocksCode = r.intBits(2);
            sampleRate = AC3Parser.sampleRate(srCode);
        }
        int channelMode = r.intBits(3);
        int lfe = r.intBits(1);
        int bitrate = (int) (8L * frameSize * sampleRate / (AC3Parser.blocks(numblocksCode) * 256L));
        r.skip(5); // bitstream id, read already
        skipInfo(r, frameType, channelMode, srCode, numblocksCode);
        return new AC3Parser.Header("ec-3", sampleRate, bitrate, AC3Parser.CHANNELS[channelMode] + lfe);
    }

    private static void skipInfo(BitReader r, int frameType, int channelMode, int srCode, int numblocksCode)
            throws MutagenError {
        skipGain(r);
        if (channelMode == DUALMONO) {
            skipGain(r);
        }
        if (frameType == DEPENDENT && r.intBits(1) == 1) {
            r.skip(16); // chanmap
        }
        if (r.intBits(1) == 1) {
            return; // mixmdate: mutagen stops here
        }
        if (r.intBits(1) == 1) {
            skipInformational(r, channelMode, srCode);
        }
        if (frameType == INDEPENDENT && numblocksCode == 3) {
            r.skip(1); // convsync
        }
        if (frameType == AC3_CONVERT && numblocksCode != 3 && r.intBits(1) == 1) {
            r.skip(6); // blkid, frmsizecod
        }
        AC3Parser.skipAdditionalInfo(r);
    }

    /** Dialogue normalization, then a compression gain word when present. */
    private static void skipGain(BitReader r) throws MutagenError {
        r.skip(5);
        if (r.intBits(1) == 1) {
            r.skip(8);
        }
    }

    /** Informational metadata: bitstream mode, copyright and original bits, surround modes, production info. */
    private static void skipInformational(BitReader r, int channelMode, int srCode) throws MutagenError {
        r.skip(5);
        if (channelMode == STEREO) {
            r.skip(4);
        } else if (channelMode >= C2F2R) {
            r.skip(2);
        }
        if (r.intBits(1) == 1) {
            r.skip(8);
        }
        if (channelMode == DUALMONO && r.intBits(1) == 1) {
            r.skip(8);
        }
        if (srCode < 3) {
            r.skip(1); // sourcefscod
        }
    }
}
