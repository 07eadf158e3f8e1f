// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.dsf;

import java.io.IOException;
import mutagen.util.ByteReader;
import mutagen.util.FileSource;

/**
 * The {@code fmt } chunk of a DSF file (52 bytes): format version (must be 1), format ID (must be 0, DSD raw),
 * channel type, channel count, sampling frequency, bits per sample and sample count. Mirrors
 * {@code mutagen.dsf.FormatChunk}.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public final class FormatChunk {
    /** The size of the chunk. */
    public static final int SIZE = 52;

    private long channelType;
    private long channelNum;
    private long samplingFrequency;
    private long bitsPerSample;
    private long sampleCount;

    private FormatChunk() {
    }

    static FormatChunk read(FileSource source, long offset) throws IOException {
        ByteReader r = DSFFile.chunk(source, offset, SIZE, "fmt ", "DSF fmt header not found");
        if (r.u64le() != SIZE) {
            throw new DSFError("DSF dsd header size mismatch");
        }
        if (r.u32le() != 1) {
            throw new DSFError("Unsupported format version");
        }
        if (r.u32le() != 0) {
            throw new DSFError("Unsupported format ID");
        }
        FormatChunk c = new FormatChunk();
        c.channelType = r.u32le();
        c.channelNum = r.u32le();
        c.samplingFrequency = r.u32le();
        c.bitsPerSample = r.u32le();
        c.sampleCount = r.u64le();
        return c;
    }

    /**
     * The channel type (1 mono, 2 stereo, ... 7 5.1).
     *
     * @return the channel type (1 mono, 2 stereo, ... 7 5.1)
     */
    public long channelType() {
        return channelType;
    }

    /**
     * The number of channels.
     *
     * @return the number of channels
     */
    public long channelNum() {
        return channelNum;
    }

    /**
     * The sampling frequency in Hz.
     *
     * @return the sampling frequency in Hz
     */
    public long samplingFrequency() {
        return samplingFrequency;
    }

    /**
     * The bits per sample (1 or 8).
     *
     * @return the bits per sample (1 or 8)
     */
    public long bitsPerSample() {
        return bitsPerSample;
    }

    /**
     * The number of samples per channel (unsigned).
     *
     * @return the number of samples per channel (unsigned)
     */
    public long sampleCount() {
        return sampleCount;
    }

    /**
     * samples / rate; 0 for a rate of 0 (where mutagen's property raises ZeroDivisionError).
     *
     * @return the value
     */
    public double length() {
        if (samplingFrequency == 0) {
            return 0.0;
        }
        double samples = sampleCount >= 0 ? (double) sampleCount
                : ((double) ((sampleCount >>> 1) | (sampleCount & 1))) * 2.0;
        return samples / samplingFrequency;
    }

    /** Python's default repr of the object with the address zeroed (compared as such by the compat tests). */
    @Override
    public String toString() {
        return "<mutagen.dsf.FormatChunk object at 0x0>";
    }
}
