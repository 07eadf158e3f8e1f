// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.wave;

import java.io.IOException;
import java.util.Map;
import mutagen.StreamInfo;
import mutagen.iff.IffChunk;
import mutagen.iff.InvalidChunk;
import mutagen.iff.PyInt;
import mutagen.util.Attributes;
import mutagen.util.ByteReader;
import mutagen.util.FileSource;
import mutagen.util.PyRepr;

/**
 * The stream information of a WAVE file, from its {@code fmt } and {@code data} chunks. Mirrors
 * {@code mutagen.wave.WaveStreamInfo}.
 *
 * <p>{@code fmt } gives the format tag, channels, sample rate, byte rate, block align and bits per sample; the
 * bitrate is channels x bits x rate; the length is (data size / block align) / rate (0 without a {@code data}
 * chunk, a block align of 0 or a rate of 0).
 *
 * <p>Thread-safe: immutable once loaded, as every {@link mutagen.StreamInfo}; safe to share between threads.
 */
public final class WaveStreamInfo extends StreamInfo {
    private static final String[] KEYS = {"audio_format", "bitrate", "bits_per_sample", "channels", "length",
        "sample_rate"};

    private final int audioFormat;
    private final int channels;
    private final long sampleRate;
    private final int bitsPerSample;
    private final Number bitrate;
    private final double numberOfSamples;
    private final double length;

    /**
     * Reads the information of a WAVE file.
     *
     * @param source the file to read (or to edit in place)
     * @throws mutagen.iff.InvalidChunk for a broken root or a {@code fmt } chunk under 16 bytes
     * @throws WAVEError for a RIFF file that is not WAVE or has no {@code fmt } chunk
     */
    public WaveStreamInfo(FileSource source) throws IOException {
        this(new WaveFile(source));
    }

    WaveStreamInfo(WaveFile wave) throws IOException {
        IffChunk format = wave.find("fmt");
        if (format == null) {
            throw new WAVEError(PyRepr.str(IffChunk.missingMessage("fmt")));
        }
        byte[] data = format.read();
        if (data.length < 16) {
            throw new InvalidChunk("");
        }
        ByteReader r = new ByteReader(data, WAVEError::new);
        audioFormat = r.u16le();
        channels = r.u16le();
        sampleRate = r.u32le();
        r.u32le(); // byte rate
        int blockAlign = r.u16le();
        bitsPerSample = r.u16le();
        bitrate = PyInt.product(channels, bitsPerSample, sampleRate);
        double samples = 0;
        if (blockAlign > 0) {
            IffChunk audio = wave.find("data");
            if (audio != null) {
                samples = (double) audio.dataSize() / blockAlign;
            }
        }
        numberOfSamples = samples;
        length = sampleRate > 0 ? samples / sampleRate : 0.0;
    }

    /**
     * The format tag of the {@code fmt } chunk (1 for PCM, 3 for float, 0xFFFE for extensible).
     *
     * @return the format tag of the {@code fmt } chunk (1 for PCM, 3 for float, 0xFFFE for extensible)
     */
    public int audioFormat() {
        return audioFormat;
    }

    /**
     * The number of channels.
     *
     * @return the number of channels
     */
    public int channels() {
        return channels;
    }

    /**
     * The sample rate in Hz.
     *
     * @return the sample rate in Hz
     */
    public long sampleRate() {
        return sampleRate;
    }

    /**
     * The bits per sample.
     *
     * @return the bits per sample
     */
    public int bitsPerSample() {
        return bitsPerSample;
    }

    /**
     * The bitrate in bits per second (a {@code Long}, or a {@code BigInteger} beyond 2^63 as Python's int).
     *
     * @return the bitrate in bits per second (a {@code Long}, or a {@code BigInteger} beyond 2^63 as Python's int)
     */
    public Number bitrate() {
        return bitrate;
    }

    /**
     * The number of sample frames: data size / block align (mutagen's {@code _number_of_samples}).
     *
     * @return the number of sample frames: data size / block align (mutagen's {@code _number_of_samples})
     */
    public double numberOfSamples() {
        return numberOfSamples;
    }

    @Override
    public double length() {
        return length;
    }

    @Override
    public String pprint() {
        return channels + " channel RIFF @ " + bitrate + " bps, " + sampleRate + " Hz, " + PyRepr.fixed(length, 2)
                + " seconds";
    }

    @Override
    public Map<String, Object> attributes() {
        return Attributes.of(KEYS, audioFormat, bitrate, bitsPerSample, channels, length, sampleRate);
    }
}
