// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.mp3;

import java.io.IOException;
import mutagen.MutagenError;
import mutagen.util.ByteReader;
import mutagen.util.PyRepr;

/**
 * One MPEG audio frame header, and for layer III the Xing/Info or VBRI header inside the frame, whose length and
 * bitrate then replace the ones derived from the header.
 *
 * <p>Mirrors mutagen's internal {@code mutagen.mp3.MPEGFrame}; {@link MPEGInfo} copies the chosen frame's fields.
 */
final class MPEGFrame {
    long frameOffset;
    int frameLength;
    int versionCode;
    double version;
    int layer;
    int mode;
    int channels;
    boolean isProtected;
    boolean padding;
    long bitrate;
    int sampleRate;
    /** True unless a VBR header was found. */
    boolean sketchy = true;
    /** The length from a VBR header, or null (then estimated from the file size). */
    Double length;
    BitrateMode bitrateMode = BitrateMode.UNKNOWN;
    String encoderInfo = "";
    String encoderSettings = "";
    Double trackGain;
    Double trackPeak;
    Double albumGain;

    private MPEGFrame() {
    }

    /**
     * Reads the frame at {@code offset}, or answers null when there is no valid frame header there. Like mutagen, it
     * is strict to avoid false positives: the reserved version, the reserved layer, the reserved sample rate, the
     * bad bitrate index and free-format frames (bitrate index 0) are all rejected.
     */
    static MPEGFrame parse(ByteReader in, long offset) throws IOException {
        long header = u32At(in, offset);
        if (header < 0) {
            return null; // mutagen: "truncated header"
        }
        if ((header >>> 21) != 0x7FF) {
            return null; // mutagen: "invalid sync"
        }
        MPEGFrame f = new MPEGFrame();
        f.frameOffset = offset;
        // The 32 header bits: sync(11) version(2) layer(2) protection(1) bitrate(4) rate(2) padding(1) private(1)
        // mode(2) mode extension(2) copyright(1) original(1) emphasis(2).
        int versionCode = (int) (header >>> 19) & 0x3;
        int layerBits = (int) (header >>> 17) & 0x3;
        f.isProtected = ((header >>> 16) & 0x1) == 0;
        int bitrateIndex = (int) (header >>> 12) & 0xF;
        int rateIndex = (int) (header >>> 10) & 0x3;
        boolean padded = ((header >>> 9) & 0x1) == 1;
        f.mode = (int) (header >>> 6) & 0x3;
        if (versionCode == MPEG.VERSION_RESERVED || layerBits == 0 || rateIndex == 3 || bitrateIndex == 15
                || bitrateIndex == 0) {
            return null; // mutagen: "invalid header"
        }
        f.versionCode = versionCode;
        f.version = MPEG.version(versionCode);
        f.layer = 4 - layerBits;
        f.channels = f.mode == MPEGInfo.MONO ? 1 : 2;
        f.padding = padded;
        f.bitrate = MPEG.bitrateKbps(versionCode, f.layer, bitrateIndex) * 1000L;
        f.sampleRate = MPEG.sampleRate(versionCode, rateIndex);

        int samplesPerFrame;
        int slot;
        if (f.layer == 1) {
            samplesPerFrame = 384;
            slot = 4;
        } else if (versionCode != MPEG.VERSION_1 && f.layer == 3) {
            samplesPerFrame = 576;
            slot = 1;
        } else {
            samplesPerFrame = 1152;
            slot = 1;
        }
        f.frameLength = (int) ((samplesPerFrame / 8 * f.bitrate / f.sampleRate + (padded ? 1 : 0)) * slot);

        if (f.layer == 3) {
            f.readVbrHeader(in, samplesPerFrame);
        }
        return f;
    }

    // Positional reads over a lenient reader of the whole file, with Python's read(n) semantics.

    /** The big-endian 32-bit word at {@code offset}, or -1 when the file ends before its 4 bytes. */
    private static long u32At(ByteReader in, long offset) throws MutagenError {
        if (offset < 0 || offset > in.lengthLong() - 4) {
            return -1;
        }
        in.seek(offset);
        return in.u32be();
    }

    /** Whether the file holds {@code magic} at {@code offset} (looked at in place). */
    private static boolean matchesAt(ByteReader in, long offset, byte[] magic) throws MutagenError {
        if (offset < 0 || offset > in.lengthLong()) {
            return false;
        }
        in.seek(offset);
        return in.startsWith(magic);
    }

    /** Up to {@code n} bytes at {@code offset}; fewer only when the file ends first. */
    private static byte[] readAt(ByteReader in, long offset, int n) throws MutagenError {
        in.seek(Math.min(offset, in.lengthLong()));
        return in.bytes(n);
    }

    private void readVbrHeader(ByteReader in, int samplesPerFrame) throws IOException {
        long xingStart = frameOffset + XingHeader.offset(version, mode);
        XingHeader xing = null;
        // Most frames have no VBR header: look at the magic in place first rather than copy the bytes or pay for a
        // thrown error.
        if (matchesAt(in, xingStart, MPEG.XING) || matchesAt(in, xingStart, MPEG.INFO)) {
            byte[] xingData = readAt(in, xingStart, XingHeader.MAX_SIZE);
            if (XingHeader.hasMagic(xingData)) {
                try {
                    xing = XingHeader.parse(xingData);
                } catch (XingHeaderError e) {
                    // not a usable Xing/Info header; try VBRI below
                }
            }
        }
        if (xing != null) {
            applyXing(xing, samplesPerFrame);
            return;
        }

        long vbriStart = frameOffset + VBRIHeader.OFFSET;
        if (!matchesAt(in, vbriStart, MPEG.VBRI)) {
            return;
        }
        byte[] head = readAt(in, vbriStart, VBRIHeader.SIZE);
        VBRIHeader vbri;
        try {
            vbri = VBRIHeader.parse(head, Math.max(0, in.lengthLong() - vbriStart - VBRIHeader.SIZE));
        } catch (VBRIHeaderError e) {
            return;
        }
        bitrateMode = BitrateMode.VBR;
        encoderInfo = "FhG";
        sketchy = false;
        double len = (double) (samplesPerFrame * vbri.frames) / sampleRate;
        length = len;
        if (len != 0) {
            bitrate = (long) ((double) (vbri.bytes * 8) / len);
        }
    }

    private void applyXing(XingHeader xing, int samplesPerFrame) {
        LAMEHeader lame = xing.lameHeader;
        sketchy = false;
        bitrateMode = guessBitrateMode(xing);
        encoderSettings = xing.encoderSettings();
        if (xing.frames != -1) {
            long samples = samplesPerFrame * xing.frames;
            if (xing.bytes != -1 && samples > 0) {
                // The first (Xing) frame counts in xing.bytes but not in xing.frames: leave it out.
                long audioBytes = Math.max(0, xing.bytes - frameLength);
                bitrate = PyRepr.intRound((double) (audioBytes * 8 * sampleRate) / (double) samples);
            }
            if (lame != null) {
                samples -= lame.encoderDelayStart;
                samples -= lame.encoderPaddingEnd;
            }
            if (samples < 0) {
                // Old LAME versions wrote bogus delay/padding for short files at low bitrates.
                samples = 0;
            }
            length = (double) samples / sampleRate;
        }
        if (!xing.lameVersionDesc.isEmpty()) {
            encoderInfo = "LAME " + xing.lameVersionDesc;
        }
        if (lame != null) {
            trackGain = lame.trackGainAdjustment;
            trackPeak = lame.trackPeak;
            albumGain = lame.albumGainAdjustment;
        }
    }

    private static BitrateMode guessBitrateMode(XingHeader xing) {
        LAMEHeader lame = xing.lameHeader;
        if (lame != null) {
            switch (lame.vbrMethod) {
                case 1:
                case 8:
                    return BitrateMode.CBR;
                case 2:
                case 9:
                    return BitrateMode.ABR;
                case 3:
                case 4:
                case 5:
                case 6:
                    return BitrateMode.VBR;
                default:
                    break; // undefined: keep guessing
            }
        }
        // LAME writes Info tags only for CBR files.
        if (xing.isInfo) {
            return BitrateMode.CBR;
        }
        // Older LAME and other encoders with some kind of VBR.
        if (xing.vbrScale != -1 || !xing.lameVersionDesc.isEmpty()) {
            return BitrateMode.VBR;
        }
        return BitrateMode.UNKNOWN;
    }
}
