// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.mp3;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import mutagen.MutagenError;
import mutagen.util.BitReader;
import mutagen.util.ByteReader;
import mutagen.util.Bytes;

/**
 * The LAME extension of a Xing/Info header: the 20-byte version string and, from LAME 3.90 on, the 27 bytes of
 * encoder details that follow its first 9 bytes (http://gabriel.mp3-tech.org/mp3infotag.html).
 *
 * <p>Mirrors mutagen's internal {@code mutagen.mp3._util.LAMEHeader}. The fields are plain package-private
 * fields, as mutagen's attributes are, so that the encoder-settings guess can be tested with changed values.
 */
final class LAMEHeader {
    /** Length of the version string area. */
    static final int VERSION_SIZE = 20;
    /** Where the extended header starts, counted from the start of the version string area. */
    static final int HEADER_START = VERSION_SIZE - 11;
    /** Length of the extended header (from the byte holding revision and VBR method). */
    static final int HEADER_SIZE = 27;

    /** The result of reading a version string. */
    record Version(int major, long minor, String desc, boolean hasHeader) {
    }

    /** 0 unknown, 1 CBR, 2 ABR, 3/4/5 VBR, others: see the docs. */
    int vbrMethod;
    /** Lowpass filter in Hz, 0 when unknown. */
    int lowpassFilter;
    /** Encoding quality 0..9, from the Xing VBR scale. */
    long quality = -1;
    /** VBR quality 0..9, from the Xing VBR scale. */
    long vbrQuality = -1;
    /** Peak amplitude (1.0 is full scale), or null. */
    Double trackPeak;
    int trackGainOrigin;
    /** Track gain adjustment in dB (for an 89 dB reference), or null. */
    Double trackGainAdjustment;
    int albumGainOrigin;
    /** Album gain adjustment in dB, or null. */
    Double albumGainAdjustment;
    int encodingFlags;
    int athType = -1;
    /** Bitrate in kbps: the minimum for VBR, the target otherwise. */
    int bitrate = -1;
    /** Encoder delay in samples. */
    int encoderDelayStart;
    /** Padding in samples added at the end. */
    int encoderPaddingEnd;
    int sourceSampleFrequencyEnum = -1;
    boolean unwiseSettingUsed;
    int stereoMode;
    int noiseShaping;
    /** Applied MP3 gain, -127..127. */
    int mp3Gain;
    int surroundInfo;
    int presetUsed;
    /** Length in bytes excluding ID3 tags. */
    long musicLength;
    int musicCrc = -1;
    /** CRC-16 of this header and the bytes before it (read, not checked, as in mutagen). */
    int headerCrc = -1;

    private LAMEHeader() {
    }

    /**
     * Reads the 27-byte extended header.
     *
     * @param payload the bytes that follow (fewer than 27 when the file ends)
     * @param vbrScale the Xing header's VBR scale (-1 when absent), from which LAME's quality values come
     */
    static LAMEHeader parse(byte[] payload, long vbrScale) throws LAMEError {
        if (payload.length != HEADER_SIZE) {
            throw new LAMEError("Not enough data");
        }
        try {
            return read(new BitReader(new ByteReader(payload, MP3Error::new)), vbrScale);
        } catch (MutagenError e) {
            // Cannot happen: exactly 27 bytes are there and exactly 27 are read.
            throw new IllegalStateException(e);
        }
    }

    private static LAMEHeader read(BitReader r, long vbrScale) throws MutagenError, LAMEError {
        int revision = r.intBits(4);
        if (revision != 0) {
            throw new LAMEError("unsupported header revision " + revision);
        }
        LAMEHeader h = new LAMEHeader();
        h.vbrMethod = r.intBits(4);
        h.lowpassFilter = r.intBits(8) * 100;
        // LAME stores its quality settings in the Xing VBR scale; Python's % and // floor.
        h.quality = Math.floorMod(100 - vbrScale, 10L);
        h.vbrQuality = Math.floorDiv(100 - vbrScale, 10L);

        long peak = r.bits(32);
        // See PutLameVBR() in LAME's VbrTag.c: the peak is a fixed-point value with 23 fraction bits.
        h.trackPeak = peak == 0 ? null : peak / (double) (1 << 23);

        int trackGainType = r.intBits(3);
        h.trackGainOrigin = r.intBits(3);
        boolean negative = r.bits(1) == 1;
        double gain = r.intBits(9) / 10.0;
        if (negative) {
            gain *= -1;
        }
        h.trackGainAdjustment = trackGainType == 1 ? gain : null;

        int albumGainType = r.intBits(3);
        h.albumGainOrigin = r.intBits(3);
        r.bits(1); // NOTE: mutagen 1.48.1 ignores the album gain's sign bit; reproduced.
        double albumGain = r.intBits(9) / 10.0;
        h.albumGainAdjustment = albumGainType == 2 ? albumGain : null;

        h.encodingFlags = r.intBits(4);
        h.athType = r.intBits(4);
        h.bitrate = r.intBits(8);
        h.encoderDelayStart = r.intBits(12);
        h.encoderPaddingEnd = r.intBits(12);
        h.sourceSampleFrequencyEnum = r.intBits(2);
        h.unwiseSettingUsed = r.bits(1) == 1;
        h.stereoMode = r.intBits(3);
        h.noiseShaping = r.intBits(2);
        boolean gainNegative = r.bits(1) == 1;
        int mp3Gain = r.intBits(7);
        h.mp3Gain = gainNegative ? -mp3Gain : mp3Gain;
        r.skip(2);
        h.surroundInfo = r.intBits(3);
        h.presetUsed = r.intBits(11);
        h.musicLength = r.bits(32);
        h.musicCrc = r.intBits(16);
        h.headerCrc = r.intBits(16);
        return h;
    }

    /** A copy, for trying other values in tests. */
    LAMEHeader copy() {
        LAMEHeader c = new LAMEHeader();
        c.vbrMethod = vbrMethod;
        c.lowpassFilter = lowpassFilter;
        c.quality = quality;
        c.vbrQuality = vbrQuality;
        c.trackPeak = trackPeak;
        c.trackGainOrigin = trackGainOrigin;
        c.trackGainAdjustment = trackGainAdjustment;
        c.albumGainOrigin = albumGainOrigin;
        c.albumGainAdjustment = albumGainAdjustment;
        c.encodingFlags = encodingFlags;
        c.athType = athType;
        c.bitrate = bitrate;
        c.encoderDelayStart = encoderDelayStart;
        c.encoderPaddingEnd = encoderPaddingEnd;
        c.sourceSampleFrequencyEnum = sourceSampleFrequencyEnum;
        c.unwiseSettingUsed = unwiseSettingUsed;
        c.stereoMode = stereoMode;
        c.noiseShaping = noiseShaping;
        c.mp3Gain = mp3Gain;
        c.surroundInfo = surroundInfo;
        c.presetUsed = presetUsed;
        c.musicLength = musicLength;
        c.musicCrc = musicCrc;
        c.headerCrc = headerCrc;
        return c;
    }

    /**
     * A guess of the command-line options the file was encoded with, or "" when unknown. Mostly right for files
     * made with the default option sets ({@code -V}, {@code --preset}, {@code --alt-preset}, {@code --abr},
     * {@code -b}) and nothing fancier.
     */
    String guessSettings(int major, long minor) {
        boolean v390to392 = major == 3 && minor >= 90 && minor <= 92;
        if (vbrMethod == 2) {
            if (v390to392 && encodingFlags != 0) {
                return bitrate < 255 ? "--alt-preset " + bitrate : "--alt-preset " + bitrate + "+";
            }
            if (presetUsed != 0) {
                return "--preset " + presetUsed;
            }
            return bitrate < 255 ? "--abr " + bitrate : "--abr " + bitrate + "+";
        } else if (vbrMethod == 1) {
            if (presetUsed == 0) {
                return bitrate < 255 ? "-b " + bitrate : "-b 255+";
            } else if (presetUsed == 1003) {
                return "--preset insane";
            }
            return "-b " + presetUsed;
        } else if (v390to392) {
            if (presetKey(1, 2, 4, 19500, 3)) {
                return "--preset r3mix";
            }
            if (presetKey(2, 2, 3, 19000, 4)) {
                return "--alt-preset standard";
            }
            if (presetKey(2, 2, 3, 19500, 2)) {
                return "--alt-preset extreme";
            }
            if (vbrMethod == 3) {
                return "-V " + vbrQuality;
            } else if (vbrMethod == 4 || vbrMethod == 5) {
                return "-V " + vbrQuality + " --vbr-new";
            }
        } else if (major == 3 && minor >= 93 && minor <= 97) {
            switch (presetUsed) {
                case 1001:
                    return "--preset standard";
                case 1002:
                    return "--preset extreme";
                case 1004:
                    return "--preset fast standard";
                case 1005:
                    return "--preset fast extreme";
                case 1006:
                    return "--preset medium";
                case 1007:
                    return "--preset fast medium";
                default:
                    break;
            }
            if (vbrMethod == 3) {
                return "-V " + vbrQuality;
            } else if (vbrMethod == 4 || vbrMethod == 5) {
                return "-V " + vbrQuality + " --vbr-new";
            }
        } else if (major == 3 && minor == 98) {
            if (vbrMethod == 3) {
                return "-V " + vbrQuality + " --vbr-old";
            } else if (vbrMethod == 4 || vbrMethod == 5) {
                return "-V " + vbrQuality;
            }
        } else if (major > 3 || major == 3 && minor >= 99) {
            if (vbrMethod == 3) {
                return "-V " + vbrQuality + " --vbr-old";
            } else if (vbrMethod == 4 || vbrMethod == 5) {
                long p = vbrQuality;
                // https://sourceforge.net/p/lame/bugs/455/ : LAME 3.99 stores the wrong quality for these.
                if (lowpassFilter == 0) {
                    if (p == 5 && bitrate == 32) {
                        p = 7;
                    } else if (p == 5 && bitrate == 8) {
                        p = 8;
                    } else if (p == 6 && bitrate == 8) {
                        p = 9;
                    }
                }
                return "-V " + p;
            }
        }
        return "";
    }

    private boolean presetKey(long vbrQ, long q, int method, int lowpass, int ath) {
        return vbrQuality == vbrQ && quality == q && vbrMethod == method && lowpassFilter == lowpass
                && athType == ath;
    }

    /**
     * Reads the version string (http://wiki.hydrogenaud.io/index.php?title=LAME_version_string).
     *
     * @param data the 20 bytes of the version area (fewer when the file ends)
     * @return the version, its description ("3.99.1+") and whether the extended header follows, which then starts
     *         at {@link #HEADER_START}
     * @throws LAMEError when there is no LAME version string
     */
    static Version parseVersion(byte[] data) throws LAMEError {
        if (data.length != VERSION_SIZE || !Bytes.startsWith(data, MPEG.LAME) && !Bytes.startsWith(data, MPEG.L3_99)) {
            throw new LAMEError("Not a lame header");
        }
        int i = 0;
        while (i < data.length && "EMAL".indexOf(data[i]) >= 0) { // Python's lstrip(b"EMAL")
            i++;
        }
        if (i >= data.length || !isDigit(data[i])) {
            throw new LAMEError("invalid major version");
        }
        int major = data[i] - '0';
        i++;
        while (i < data.length && data[i] == '.') {
            i++;
        }
        int minorStart = i;
        while (i < data.length && isDigit(data[i])) {
            i++;
        }
        if (i == minorStart) {
            throw new LAMEError("invalid minor version");
        }
        // At most 17 digits fit in the 20 bytes, so a long holds any of them.
        long minor = Long.parseLong(new String(data, minorStart, i - minorStart, StandardCharsets.US_ASCII));
        byte[] rest = Arrays.copyOfRange(data, i, data.length);
        int n = rest.length;

        // The extended header appeared during the 3.90 cycle; "LAME3.90 (alpha)" style strings have none.
        boolean before390 = major < 3 || major == 3 && minor < 90;
        if (before390 || major == 3 && minor == 90 && n >= 11 && rest[n - 11] == '(') {
            int from = 0;
            int to = n;
            while (from < to && rest[from] == 0) {
                from++;
            }
            while (to > from && rest[to - 1] == 0) {
                to--;
            }
            while (to > from && isPythonSpace(rest[to - 1])) {
                to--;
            }
            String flag = " (?)";
            if (isAscii(rest, from, to)) {
                flag = new String(rest, from, to - from, StandardCharsets.US_ASCII);
            }
            return new Version(major, minor, major + "." + minor + flag, false);
        }

        if (n < 11) {
            throw new LAMEError("Invalid version: too long");
        }
        int flagEnd = n - 11;
        while (flagEnd > 0 && rest[flagEnd - 1] == 0) {
            flagEnd--;
        }
        String flagString = "";
        String patch = "";
        if (flagEnd == 1 && rest[0] == 'a') {
            flagString = " (alpha)";
        } else if (flagEnd == 1 && rest[0] == 'b') {
            flagString = " (beta)";
        } else if (flagEnd == 1 && rest[0] == 'r') {
            patch = ".1+";
        } else if (flagEnd == 1 && rest[0] == ' ') {
            patch = major > 3 || major == 3 && minor > 96 ? ".0" : ".0+";
        } else if (flagEnd == 0 || flagEnd == 1 && rest[0] == '.') {
            patch = ".0+";
        } else {
            flagString = " (?)";
        }
        return new Version(major, minor, major + "." + minor + patch + flagString, true);
    }

    private static boolean isDigit(byte b) {
        return b >= '0' && b <= '9';
    }

    /** The bytes Python's {@code bytes.rstrip()} removes: ASCII whitespace. */
    private static boolean isPythonSpace(byte b) {
        return b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == 0x0B || b == 0x0C;
    }

    private static boolean isAscii(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] < 0) {
                return false;
            }
        }
        return true;
    }
}
