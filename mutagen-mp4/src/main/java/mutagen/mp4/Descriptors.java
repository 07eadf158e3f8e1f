// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.mp4;

import mutagen.MutagenError;
import mutagen.util.BitReader;
import mutagen.util.ByteReader;

/**
 * The MPEG-4 descriptors inside {@code esds}: ES_Descriptor, DecoderConfigDescriptor and the AudioSpecificConfig
 * (DecoderSpecificInfo). Mirrors the descriptor classes of mutagen's {@code mutagen.mp4._as_entry}, including its
 * tolerance of descriptor lengths shorter than their content (mutagen#444).
 */
final class Descriptors {
    private Descriptors() {
    }

    /** A descriptor's length: one to four bytes of seven bits. */
    static long length(ByteReader in) throws MutagenError {
        long value = 0;
        for (int i = 0; i < 4; i++) {
            if (!in.hasRemaining()) {
                throw new MP4StreamInfoError("unpack requires a buffer of 1 bytes");
            }
            int b = in.u8();
            value = (value << 7) | (b & 0x7f);
            if ((b >> 7) == 0) {
                return value;
            }
        }
        throw new MP4StreamInfoError("invalid descriptor length");
    }

    /** Moves past whatever of the descriptor's declared length its parser did not read. */
    private static void skipRest(ByteReader in, int start, long length) throws MutagenError {
        long left = length - (in.position() - start);
        if (left > 0) {
            in.position((int) Math.min(in.length(), in.position() + left));
        }
    }

    /** Parses the ES_Descriptor after its tag; answers its DecoderConfigDescriptor. */
    static DecoderConfig parseEs(ByteReader in) throws MutagenError {
        length(in);
        BitReader r = new BitReader(in);
        r.skip(16);
        int dependence = r.intBits(1);
        int url = r.intBits(1);
        int ocr = r.intBits(1);
        r.skip(5);
        if (dependence != 0) {
            r.skip(16);
        }
        if (url != 0) {
            r.bytes(r.intBits(8));
        }
        if (ocr != 0) {
            r.skip(16);
        }
        int tag = r.intBits(8);
        if (tag != 4) {
            throw new MP4StreamInfoError("unexpected DecoderConfigDescrTag " + tag);
        }
        long length = length(in);
        int start = in.position();
        DecoderConfig conf = new DecoderConfig(in, length);
        skipRest(in, start, length);
        return conf;
    }

    /** DecoderConfigDescriptor. */
    static final class DecoderConfig {
        final int objectTypeIndication;
        final long avgBitrate;
        SpecificInfo specificInfo;

        DecoderConfig(ByteReader in, long length) throws MutagenError {
            BitReader r = new BitReader(in);
            objectTypeIndication = r.intBits(8);
            int streamType = r.intBits(6);
            r.skip(1 + 1 + 24 + 32);
            avgBitrate = r.bits(32);
            if (objectTypeIndication != 0x40 || streamType != 5) {
                return;
            }
            if (length * 8 == r.position()) {
                return;
            }
            if (r.intBits(8) == 5) {
                long len = length(in);
                specificInfo = new SpecificInfo(in, len);
            }
        }

        String codecParam() {
            String p = "." + Integer.toHexString(objectTypeIndication).toUpperCase(java.util.Locale.ROOT);
            return specificInfo == null ? p : p + "." + specificInfo.audioObjectType;
        }

        String codecDesc() {
            return specificInfo == null ? null : specificInfo.description();
        }
    }

    private static final String[] TYPE_NAMES = {null, "AAC MAIN", "AAC LC", "AAC SSR", "AAC LTP", "SBR",
        "AAC scalable", "TwinVQ", "CELP", "HVXC", null, null, "TTSI", "Main synthetic", "Wavetable synthesis",
        "General MIDI", "Algorithmic Synthesis and Audio FX", "ER AAC LC", null, "ER AAC LTP", "ER AAC scalable",
        "ER Twin VQ", "ER BSAC", "ER AAC LD", "ER CELP", "ER HVXC", "ER HILN", "ER Parametric", "SSC", "PS",
        "MPEG Surround", null, "Layer-1", "Layer-2", "Layer-3", "DST", "ALS", "SLS", "SLS non-core", "ER AAC ELD",
        "SMR Simple", "SMR Main", "USAC", "SAOC", "LD MPEG Surround", "USAC"};

    private static final int[] FREQS = {96000, 88200, 64000, 48000, 44100, 32000, 24000, 22050, 16000, 12000,
        11025, 8000, 7350};

    /** DecoderSpecificInfo: the AudioSpecificConfig. */
    static final class SpecificInfo {
        int audioObjectType;
        long samplingFrequency;
        int channelConfiguration;
        int sbrPresentFlag = -1;
        int psPresentFlag = -1;
        int extensionAudioObjectType;
        long extensionSamplingFrequency;
        int extensionChannelConfiguration = -1;
        int pceChannels = -1;
        private final long length;
        private final BitReader r;

        SpecificInfo(ByteReader in, long length) throws MutagenError {
            this.length = length;
            this.r = new BitReader(in);
            parse();
        }

        private long bitsLeft() {
            return length * 8 - r.position();
        }

        private int objectType() throws MutagenError {
            int t = r.intBits(5);
            return t == 31 ? 32 + r.intBits(6) : t;
        }

        private long frequency() throws MutagenError {
            int index = r.intBits(4);
            if (index == 0xf) {
                return r.bits(24);
            }
            return index < FREQS.length ? FREQS[index] : 0;
        }

        private void parse() throws MutagenError {
            audioObjectType = objectType();
            samplingFrequency = frequency();
            channelConfiguration = r.intBits(4);
            if (audioObjectType == 5 || audioObjectType == 29) {
                extensionAudioObjectType = 5;
                sbrPresentFlag = 1;
                if (audioObjectType == 29) {
                    psPresentFlag = 1;
                }
                extensionSamplingFrequency = frequency();
                audioObjectType = objectType();
                if (audioObjectType == 22) {
                    extensionChannelConfiguration = r.intBits(4);
                }
            }
            if (!in(audioObjectType, 1, 2, 3, 4, 6, 7, 17, 19, 20, 21, 22, 23) || !gaSpecificConfig()) {
                return;
            }
            if (in(audioObjectType, 17, 19, 20, 21, 22, 23, 24, 25, 26, 27, 39)) {
                int ep = r.intBits(2);
                if (ep == 2 || ep == 3) {
                    return;
                }
            }
            if (extensionAudioObjectType != 5 && bitsLeft() >= 16) {
                syncExtension();
            }
        }

        private void syncExtension() throws MutagenError {
            if (r.intBits(11) != 0x2b7) {
                return;
            }
            extensionAudioObjectType = objectType();
            if (extensionAudioObjectType == 5) {
                sbrPresentFlag = r.intBits(1);
                if (sbrPresentFlag == 1) {
                    extensionSamplingFrequency = frequency();
                    if (bitsLeft() >= 12 && r.intBits(11) == 0x548) {
                        psPresentFlag = r.intBits(1);
                    }
                }
            }
            if (extensionAudioObjectType == 22) {
                sbrPresentFlag = r.intBits(1);
                if (sbrPresentFlag == 1) {
                    extensionSamplingFrequency = frequency();
                }
                extensionChannelConfiguration = r.intBits(4);
            }
        }

        /** GASpecificConfig; false when mutagen gives up (extensionFlag3 set). */
        private boolean gaSpecificConfig() throws MutagenError {
            r.skip(1);
            if (r.intBits(1) != 0) {
                r.skip(14);
            }
            int extensionFlag = r.intBits(1);
            if (channelConfiguration == 0) {
                pceChannels = programConfigElementChannels(r);
            }
            if (audioObjectType == 6 || audioObjectType == 20) {
                r.skip(3);
            }
            if (extensionFlag != 0) {
                if (audioObjectType == 22) {
                    r.skip(5 + 11);
                }
                if (in(audioObjectType, 17, 19, 20, 23)) {
                    r.skip(1 + 1 + 1);
                }
                if (r.intBits(1) != 0) {
                    return false;
                }
            }
            return true;
        }

        String description() {
            String name = audioObjectType < TYPE_NAMES.length ? TYPE_NAMES[audioObjectType] : null;
            if (name == null) {
                return null;
            }
            if (sbrPresentFlag == 1) {
                name += "+SBR";
            }
            if (psPresentFlag == 1) {
                name += "+PS";
            }
            return name;
        }

        long sampleRate() {
            if (sbrPresentFlag == 1) {
                return extensionSamplingFrequency;
            } else if (sbrPresentFlag == 0) {
                return samplingFrequency;
            }
            if (!in(audioObjectType, 1, 2, 3, 4, 6, 17, 19, 20, 22)) {
                return samplingFrequency;
            }
            return samplingFrequency > 24000 ? samplingFrequency : 0;
        }

        int channels() {
            if (pceChannels >= 0) {
                return pceChannels;
            }
            int conf = extensionChannelConfiguration >= 0 ? extensionChannelConfiguration : channelConfiguration;
            if (conf == 1) {
                return psPresentFlag == -1 ? 0 : psPresentFlag == 1 ? 2 : 1;
            } else if (conf == 7) {
                return 8;
            }
            return conf > 7 ? 0 : conf;
        }
    }

    /** The channel count of an AAC program_config_element (mutagen.aac's ProgramConfigElement). */
    static int programConfigElementChannels(BitReader r) throws MutagenError {
        r.skip(4 + 2 + 4);
        int front = r.intBits(4);
        int side = r.intBits(4);
        int back = r.intBits(4);
        int lfe = r.intBits(2);
        int assoc = r.intBits(3);
        int validCc = r.intBits(4);
        for (int i = 0; i < 3; i++) {
            if (r.intBits(1) == 1) {
                r.skip(i == 2 ? 3 : 4);
            }
        }
        int channels = 0;
        for (int i = 0; i < front + side + back; i++) {
            channels += 1 + r.intBits(1);
            r.skip(4);
        }
        channels += lfe;
        r.skip(4L * lfe);
        r.skip(4L * assoc);
        r.skip(5L * validCc);
        r.align();
        r.skip(8L * r.intBits(8));
        return channels;
    }

    static boolean in(int v, int... options) {
        for (int o : options) {
            if (o == v) {
                return true;
            }
        }
        return false;
    }
}
