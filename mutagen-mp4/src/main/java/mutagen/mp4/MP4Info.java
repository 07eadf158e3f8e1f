// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.mp4;

import java.io.IOException;
import java.util.Map;
import mutagen.StreamInfo;
import mutagen.util.Attributes;
import mutagen.util.Bytes;
import mutagen.util.FileSource;
import mutagen.util.PyRepr;

/**
 * Stream information of the first audio ({@code soun}) track: length from {@code mdhd} (or the movie's
 * {@code mvhd} when there is no audio track), and channels, sample size and rate, bitrate and codec from the first
 * sample entry. Mirrors {@code mutagen.mp4.MP4Info}.
 *
 * <p>Thread-safe: immutable once loaded, as every {@link mutagen.StreamInfo}; safe to share between threads.
 */
public final class MP4Info extends StreamInfo {
    private static final String[] KEYS = {"length", "bitrate", "channels", "sample_rate", "bits_per_sample", "codec",
        "codec_description"};

    private double length;
    private long bitrate;
    private int channels;
    private long sampleRate;
    private int bitsPerSample;
    private String codec = "";
    private String codecDescription = "";

    /** Empty information (what mutagen keeps when the file has no track). */
    public MP4Info() {
    }

    /** Reads the information ({@code MP4Info().load(atoms, fileobj)}). */
    MP4Info(Atoms atoms, FileSource in) throws IOException {
        Atom moov = atoms.get(m -> new MP4StreamInfoError("not a MP4 file"), "moov");
        Atom sound = null;
        for (Atom trak : moov.findall("trak", false)) {
            byte[] h = read(trak.get(MP4StreamInfoError::new, "mdia", "hdlr"), in, "Not enough data");
            if (h.length >= 12 && "soun".equals(new String(h, 8, 4, java.nio.charset.StandardCharsets.ISO_8859_1))) {
                sound = trak;
                break;
            }
        }
        if (sound == null) {
            Atom mvhd = moov.child("mvhd");
            if (mvhd == null) {
                throw new MP4NoTrackError("track has no audio data");
            }
            parseMvhd(read(mvhd, in, "Invalid mvhd"));
            return;
        }
        parseMdhd(read(sound.get(MP4StreamInfoError::new, "mdia", "mdhd"), in, "Not enough data"));
        Atom stsd;
        try {
            stsd = sound.get(MP4StreamInfoError::new, "mdia", "minf", "stbl", "stsd");
        } catch (MP4StreamInfoError e) {
            return;
        }
        parseStsd(read(stsd, in, "Invalid stsd"));
    }

    private static byte[] read(Atom atom, FileSource in, String message) throws IOException {
        byte[] d = atom.readData(in, MP4StreamInfoError::new);
        if (d == null) {
            throw new MP4StreamInfoError(message);
        }
        return d;
    }

    private void parseMdhd(byte[] d) throws MP4StreamInfoError {
        if (d.length < 4) {
            throw new MP4StreamInfoError("not enough data");
        }
        int version = d[0] & 0xFF;
        long unit;
        long duration;
        if (version == 0) {
            need(d, 4 + 8, 8);
            unit = Bytes.u32be(d, 12);
            duration = Bytes.u32be(d, 16);
        } else if (version == 1) {
            need(d, 4 + 16, 12);
            unit = Bytes.u32be(d, 20);
            duration = Bytes.uintBE(d, 24, 8);
        } else {
            throw new MP4StreamInfoError("Unknown mdhd version " + version);
        }
        length = unit == 0 ? 0 : unsignedDouble(duration) / unit;
    }

    private static double unsignedDouble(long v) {
        return v >= 0 ? v : (double) (v >>> 1) * 2.0 + (v & 1);
    }

    private static void need(byte[] d, int from, int n) throws MP4StreamInfoError {
        if (d.length < from + n) {
            throw new MP4StreamInfoError("unpack requires a buffer of " + n + " bytes");
        }
    }

    private void parseMvhd(byte[] d) throws MP4StreamInfoError {
        if (d.length < 4) {
            throw new MP4StreamInfoError("not enough data");
        }
        int version = d[0] & 0xFF;
        long timescale;
        long duration;
        if (version == 0) {
            need(d, 4 + 8, 8);
            timescale = Bytes.u32be(d, 12);
            duration = Bytes.u32be(d, 16);
        } else if (version == 1) {
            need(d, 4 + 16, 12);
            timescale = Bytes.u32be(d, 20);
            duration = Bytes.uintBE(d, 24, 8);
        } else {
            return;
        }
        if (timescale == 0) {
            throw new MP4StreamInfoError("division by zero");
        }
        length = unsignedDouble(duration) / timescale;
    }

    private void parseStsd(byte[] d) throws IOException {
        if (d.length < 4) {
            throw new MP4StreamInfoError("not enough data");
        }
        if (d[0] != 0) {
            throw new MP4StreamInfoError("Unsupported stsd version");
        }
        if (d.length < 8) {
            throw new MP4StreamInfoError("unpack_from requires a buffer of at least 4 bytes for unpacking 4 bytes at "
                    + "offset 0 (actual buffer size is " + (d.length - 4) + ")");
        }
        if (Bytes.u32be(d, 4) == 0) {
            return;
        }
        // The first sample entry, parsed where it is (as a top-level atom: a size of 0 runs to the end of stsd).
        FileSource entries = FileSource.of(d, "");
        Atom entry = Atom.parse(entries, 8, 0, MP4StreamInfoError::new);
        AudioSampleEntry e = new AudioSampleEntry(entry, entries);
        channels = e.channels;
        bitsPerSample = e.sampleSize;
        sampleRate = e.sampleRate;
        bitrate = e.bitrate;
        codec = e.codec;
        codecDescription = e.codecDescription;
    }

    @Override
    public double length() {
        return length;
    }

    /**
     * Bits per second.
     *
     * @return the number
     */
    public long bitrate() {
        return bitrate;
    }

    /**
     * Number of channels.
     *
     * @return number of channels
     */
    public int channels() {
        return channels;
    }

    /**
     * Sample rate in Hz.
     *
     * @return the number
     */
    public long sampleRate() {
        return sampleRate;
    }

    /**
     * Bits per sample.
     *
     * @return the number
     */
    public int bitsPerSample() {
        return bitsPerSample;
    }

    /**
     * The codec ({@code mp4a.40.2}, {@code alac}, {@code ac-3}, ...).
     *
     * @return the codec ({@code mp4a.40.2}, {@code alac}, {@code ac-3}, ...)
     */
    public String codec() {
        return codec;
    }

    /**
     * The codec's name for display ({@code AAC LC}, {@code ALAC}, ...).
     *
     * @return the codec's name for display ({@code AAC LC}, {@code ALAC}, ...)
     */
    public String codecDescription() {
        return codecDescription;
    }

    @Override
    public String pprint() {
        return "MPEG-4 audio (" + codecDescription + "), " + PyRepr.fixed(length, 2) + " seconds, " + bitrate
                + " bps";
    }

    @Override
    public Map<String, Object> attributes() {
        return Attributes.of(KEYS, length, bitrate, channels, sampleRate, bitsPerSample, codec, codecDescription);
    }
}
