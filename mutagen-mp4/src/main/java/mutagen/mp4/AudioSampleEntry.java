// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.mp4;

import java.io.IOException;
import java.util.Locale;
import mutagen.MutagenError;
import mutagen.util.BitReader;
import mutagen.util.ByteReader;
import mutagen.util.ErrorFactory;
import mutagen.util.FileSource;

/**
 * The first sample entry of an audio track's {@code stsd}: channels, sample size and rate, and codec details from
 * {@code esds} (AAC and other MPEG-4 audio), {@code alac} or {@code dac3}. Mirrors mutagen's internal
 * {@code mutagen.mp4._as_entry.AudioSampleEntry}; every failure is an {@link MP4StreamInfoError} with mutagen's text.
 */
final class AudioSampleEntry {
    /** Python's BitReaderError text, whatever the shortfall. */
    static final ErrorFactory NOT_ENOUGH = m -> new MP4StreamInfoError("not enough data");

    int channels;
    int sampleSize;
    long sampleRate;
    long bitrate;
    String codec;
    String codecDescription;

    /** Parses the entry atom found at the start of {@code in} (the stsd payload after the entry count). */
    AudioSampleEntry(Atom atom, FileSource in) throws IOException {
        byte[] data = atom.readData(in, MP4StreamInfoError::new);
        if (data == null) {
            throw new MP4StreamInfoError("too short " + TagParsers.nameRepr(atom.name()) + " atom");
        }
        BitReader r = new BitReader(new ByteReader(data, NOT_ENOUGH));
        r.skip(6 * 8);
        r.skip(2 * 8);
        r.skip(8 * 8);
        channels = r.intBits(16);
        sampleSize = r.intBits(16);
        r.skip(2 * 8);
        r.skip(2 * 8);
        sampleRate = r.bits(32) >> 16;
        FileSource entry = FileSource.of(data, "");
        Atom extra = Atom.parse(entry, 28, 0, MP4StreamInfoError::new);
        codec = atom.name();
        if (codec.equals("mp4a") && extra.name().equals("esds")) {
            parseEsds(extra, entry);
        } else if (codec.equals("alac") && extra.name().equals("alac")) {
            parseAlac(extra, entry);
        } else if (codec.equals("ac-3") && extra.name().equals("dac3")) {
            parseDac3(extra, entry);
        }
        if (codecDescription == null) {
            codecDescription = codec.toUpperCase(Locale.ROOT);
        }
    }

    private static byte[] read(Atom atom, FileSource in) throws IOException {
        byte[] data = atom.readData(in, MP4StreamInfoError::new);
        if (data == null) {
            throw new MP4StreamInfoError("truncated " + TagParsers.nameRepr(atom.name()) + " atom");
        }
        return data;
    }

    /** The payload of a full atom after version and flags; a version other than 0 is refused. */
    private static ByteReader fullAtom(byte[] data) throws MutagenError {
        if (data.length < 4) {
            throw new MP4StreamInfoError("not enough data");
        }
        if (data[0] != 0) {
            throw new MP4StreamInfoError("Unsupported version " + (data[0] & 0xFF));
        }
        return new ByteReader(data, 4, data.length, 0, NOT_ENOUGH);
    }

    private static final int[] AC3_BITRATES = {32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384,
        448, 512, 576, 640};
    private static final int[] AC3_CHANNELS = {2, 1, 2, 3, 3, 4, 4, 5};

    private void parseDac3(Atom atom, FileSource in) throws IOException {
        BitReader r = new BitReader(new ByteReader(read(atom, in), NOT_ENOUGH));
        r.skip(2 + 5 + 3);
        int acmod = r.intBits(3);
        int lfeon = r.intBits(1);
        int code = r.intBits(5);
        r.skip(5);
        channels = AC3_CHANNELS[acmod] + lfeon;
        if (code < AC3_BITRATES.length) {
            bitrate = AC3_BITRATES[code] * 1000L;
        }
    }

    private void parseAlac(Atom atom, FileSource in) throws IOException {
        BitReader r = new BitReader(fullAtom(read(atom, in)));
        r.skip(32);
        if (r.intBits(8) != 0) {
            return;
        }
        sampleSize = r.intBits(8);
        r.skip(8 + 8 + 8);
        channels = r.intBits(8);
        r.skip(16 + 32);
        bitrate = r.bits(32);
        sampleRate = r.bits(32);
    }

    private void parseEsds(Atom atom, FileSource in) throws IOException {
        ByteReader body = fullAtom(read(atom, in));
        int tag = new BitReader(body).intBits(8);
        if (tag != 3) {
            throw new MP4StreamInfoError("unexpected descriptor: " + tag);
        }
        Descriptors.DecoderConfig conf = Descriptors.parseEs(body);
        bitrate = conf.avgBitrate;
        codec += conf.codecParam();
        codecDescription = conf.codecDesc();
        Descriptors.SpecificInfo info = conf.specificInfo;
        if (info != null) {
            if (info.channels() != 0) {
                channels = info.channels();
            }
            if (info.sampleRate() != 0) {
                sampleRate = info.sampleRate();
            }
        }
    }
}
