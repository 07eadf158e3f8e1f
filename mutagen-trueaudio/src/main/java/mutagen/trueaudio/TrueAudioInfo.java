// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.trueaudio;

import java.io.IOException;
import java.util.Map;
import mutagen.MutagenError;
import mutagen.StreamInfo;
import mutagen.util.Attributes;
import mutagen.util.ByteReader;
import mutagen.util.Bytes;
import mutagen.util.ErrorFactory;
import mutagen.util.FileSource;
import mutagen.util.PyRepr;

/**
 * True Audio stream information (mutagen's {@code TrueAudioInfo}) from the 18-byte header after the ID3v2 tag:
 * {@code TTA}, then at byte 10 the sample rate and at byte 14 the sample count, both 32-bit little-endian.
 *
 * <p>Thread-safe: immutable once loaded, as every {@link mutagen.StreamInfo}; safe to share between threads.
 */
public final class TrueAudioInfo extends StreamInfo {
    private static final String[] ATTRIBUTE_KEYS = {"length", "sample_rate"};
    private static final byte[] MAGIC = Bytes.ascii("TTA");
    private static final ErrorFactory ERRORS = TrueAudioHeaderError::new;

    private final long sampleRate;
    private final double length;

    private TrueAudioInfo(long sampleRate, double length) {
        this.sampleRate = sampleRate;
        this.length = length;
    }

    /** Reads the header at {@code offset} (the size of the ID3v2 tag, 0 without one). */
    static TrueAudioInfo read(FileSource src, long offset) throws IOException {
        byte[] header = ERRORS.call(() -> src.read(offset, 18));
        if (header.length != 18 || !Bytes.startsWith(header, MAGIC)) {
            throw new TrueAudioHeaderError("TTA header not found");
        }
        ByteReader r = new ByteReader(header, TrueAudioHeaderError::new);
        r.skip(10);
        long rate = r.u32le();
        long samples = r.u32le();
        return new TrueAudioInfo(rate, rate != 0 ? (double) samples / rate : 0.0);
    }

    /**
     * The sample rate in Hz.
     *
     * @return the sample rate in Hz
     */
    public long sampleRate() {
        return sampleRate;
    }

    @Override
    public double length() {
        return length;
    }

    /** {@code True Audio, 3.68 seconds, 44100 Hz.}. */
    @Override
    public String pprint() {
        return "True Audio, " + PyRepr.fixed(length, 2) + " seconds, " + sampleRate + " Hz.";
    }

    @Override
    public Map<String, Object> attributes() {
        return Attributes.of(ATTRIBUTE_KEYS, length, sampleRate);
    }
}
