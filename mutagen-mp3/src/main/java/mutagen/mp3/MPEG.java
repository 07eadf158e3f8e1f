// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.mp3;

import mutagen.util.Bytes;

/**
 * Constants of MPEG audio: header tables, search limits and the magic values of the VBR headers.
 *
 * <p>Tables per ISO/IEC 11172-3 and 13818-3; see http://mpgedit.org/mpgedit/mpeg_format/mpeghdr.htm.
 */
final class MPEG {
    /** Bytes searched for a frame sync after the ID3 tags (mutagen: 1024 KiB). */
    static final int MAX_SYNC_READ = 1024 * 1024;
    /** The sync-candidate budget; mutagen stops when it reaches zero, so 1499 candidates are tried. */
    static final int MAX_SYNCS = 1500;
    /** Consecutive frames that make a stream trustworthy without a VBR header. */
    static final int ENOUGH_FRAMES = 4;
    /** Consecutive frames kept as a "sketchy" fallback. */
    static final int MIN_FRAMES = 2;

    static final byte[] ID3 = Bytes.ascii("ID3");
    static final byte[] XING = Bytes.ascii("Xing");
    static final byte[] INFO = Bytes.ascii("Info");
    static final byte[] VBRI = Bytes.ascii("VBRI");
    static final byte[] LAME = Bytes.ascii("LAME");
    static final byte[] L3_99 = Bytes.ascii("L3.99");

    /** Version codes as stored in the header's two version bits: 0 MPEG 2.5, 1 reserved, 2 MPEG 2, 3 MPEG 1. */
    static final int VERSION_25 = 0;
    static final int VERSION_RESERVED = 1;
    static final int VERSION_2 = 2;
    static final int VERSION_1 = 3;

    // Bitrates in kbps by bitrate index (index 0 is free format, 15 is invalid; both are rejected).
    private static final int[] V1_L1 = {0, 32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448};
    private static final int[] V1_L2 = {0, 32, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384};
    private static final int[] V1_L3 = {0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320};
    private static final int[] V2_L1 = {0, 32, 48, 56, 64, 80, 96, 112, 128, 144, 160, 176, 192, 224, 256};
    private static final int[] V2_L23 = {0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160};

    private static final int[] RATES_1 = {44100, 48000, 32000};
    private static final int[] RATES_2 = {22050, 24000, 16000};
    private static final int[] RATES_25 = {11025, 12000, 8000};

    private MPEG() {
    }

    /** The bitrate in kbps for a version code, a layer (1..3) and a bitrate index (1..14). */
    static int bitrateKbps(int versionCode, int layer, int index) {
        if (versionCode == VERSION_1) {
            return (layer == 1 ? V1_L1 : layer == 2 ? V1_L2 : V1_L3)[index];
        }
        return (layer == 1 ? V2_L1 : V2_L23)[index];
    }

    /** The sample rate in Hz for a version code and a rate index (0..2). */
    static int sampleRate(int versionCode, int index) {
        return (versionCode == VERSION_1 ? RATES_1 : versionCode == VERSION_2 ? RATES_2 : RATES_25)[index];
    }

    /** The version as mutagen holds it: 1, 2 or 2.5. */
    static double version(int versionCode) {
        return versionCode == VERSION_1 ? 1.0 : versionCode == VERSION_2 ? 2.0 : 2.5;
    }
}
