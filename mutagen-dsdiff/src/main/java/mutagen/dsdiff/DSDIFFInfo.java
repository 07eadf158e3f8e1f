// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.dsdiff;

import java.io.IOException;
import java.math.BigInteger;
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
 * The stream information of a DSDIFF file. Mirrors {@code mutagen.dsdiff.DSDIFFInfo}.
 *
 * <p>From the {@code PROP} chunk named {@code SND }: {@code FS  } (4 bytes: the rate), {@code CHNL} (the channel
 * count in its first 2 bytes) and {@code CMPR} (the compression ID, {@code DSD } or {@code DST }). For DSD the
 * length is ({@code DSD } data size x 8 / channels) / rate and the bitrate channels x rate; for DST the
 * {@code FRTE} chunk of the {@code DST } container gives frames and frame rate: length frames / frame rate,
 * bitrate ({@code DST } data size - {@code FRTE} chunk size) / frames x 8 x frame rate (a float, as in mutagen).
 *
 * <p>Thread-safe: immutable once loaded, as every {@link mutagen.StreamInfo}; safe to share between threads.
 */
public final class DSDIFFInfo extends StreamInfo {
    private static final String[] KEYS = {"bitrate", "bits_per_sample", "channels", "compression", "length",
        "sample_rate"};

    private int channels;
    private long sampleRate;
    private String compression;
    private Number length = 0;
    private Number bitrate = 0;

    /**
     * Reads the information of a DSDIFF file.
     *
     * @param source the file to read (or to edit in place)
     * @throws InvalidChunk for a broken root or a property chunk shorter than it claims
     * @throws DSDIFFError without {@code PROP}, or without the {@code DSD }, {@code DST } or {@code FRTE} chunk the
     *     compression needs
     */
    public DSDIFFInfo(FileSource source) throws IOException {
        this(new DSDIFFFile(source));
    }

    /** Reads the information from the chunk tree of a DSDIFF file. */
    DSDIFFInfo(DSDIFFFile iff) throws IOException {
        IffChunk prop = require(iff.find("PROP"), "PROP");
        if ("SND ".equals(prop.name())) {
            readProperties(prop);
        }
        if ("DSD".equals(compression)) {
            IffChunk dsd = require(iff.find("DSD"), "DSD");
            BigInteger bits = PyInt.unsigned(dsd.dataSize()).shiftLeft(3);
            double sampleCount = PyInt.trueDiv(bits, BigInteger.valueOf(channels == 0 ? 1 : channels));
            if (sampleRate != 0) {
                length = sampleCount / sampleRate;
            }
            bitrate = (long) channels * sampleRate;
        } else if ("DST".equals(compression)) {
            IffChunk dst = require(iff.find("DST"), "DST");
            IffChunk info = require(dst.find("FRTE"), "FRTE");
            readFrameInfo(dst, info);
        }
    }

    private static IffChunk require(IffChunk chunk, String id) throws DSDIFFError {
        if (chunk == null) {
            throw new DSDIFFError(PyRepr.str(IffChunk.missingMessage(id)));
        }
        return chunk;
    }

    private void readProperties(IffChunk prop) throws IOException {
        for (IffChunk chunk : prop.subchunks()) {
            String id = chunk.id();
            long size = chunk.dataSize();
            if (id.equals("FS") && size == 4) {
                sampleRate = reader(chunk, 4, "FS").u32be();
            } else if (id.equals("CHNL") && Long.compareUnsigned(size, 2) >= 0) {
                channels = reader(chunk, 2, "CHNL").u16be();
            } else if (id.equals("CMPR") && Long.compareUnsigned(size, 4) >= 0) {
                compression = compressionId(reader(chunk, 4, "CMPR").bytes(4));
            }
        }
    }

    private static ByteReader reader(IffChunk chunk, int need, String id) throws IOException {
        byte[] data = chunk.read();
        if (data.length < need) {
            throw new InvalidChunk("Not enough data in " + id + " chunk");
        }
        return new ByteReader(data, DSDIFFError::new);
    }

    private static String compressionId(byte[] raw) throws DSDIFFError {
        for (int i = 0; i < raw.length; i++) {
            if ((raw[i] & 0xFF) > 0x7F) {
                // mutagen lets the UnicodeDecodeError through; the same text, as this format's error
                throw new DSDIFFError(String.format(
                        "'ascii' codec can't decode byte 0x%02x in position %d: ordinal not in range(128)",
                        raw[i] & 0xFF, i));
            }
        }
        return new String(raw, java.nio.charset.StandardCharsets.ISO_8859_1).stripTrailing();
    }

    private void readFrameInfo(IffChunk dst, IffChunk info) throws IOException {
        if (Long.compareUnsigned(info.dataSize(), 6) < 0) {
            return;
        }
        ByteReader r = reader(info, 6, "FRTE");
        long frameCount = r.u32be();
        int frameRate = r.u16be();
        if (frameRate != 0) {
            length = (double) frameCount / frameRate;
        }
        if (frameCount != 0) {
            BigInteger dataSize = PyInt.unsigned(dst.dataSize()).subtract(BigInteger.valueOf(info.size()));
            double avgFrameSize = PyInt.trueDiv(dataSize, BigInteger.valueOf(frameCount));
            bitrate = avgFrameSize * 8 * frameRate;
        }
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
     * Always 1 (DSD).
     *
     * @return the number
     */
    public int bitsPerSample() {
        return 1;
    }

    /**
     * {@code "DSD"}, {@code "DST"}, another compression ID, or {@code null} without a {@code CMPR} chunk.
     *
     * @return {@code "DSD"}, {@code "DST"}, another compression ID, or {@code null} without a {@code CMPR} chunk
     */
    public String compression() {
        return compression;
    }

    /**
     * The bitrate: an integer for DSD, a {@code Double} for DST (as in mutagen), 0 when unknown.
     *
     * @return the bitrate: an integer for DSD, a {@code Double} for DST (as in mutagen), 0 when unknown
     */
    public Number bitrate() {
        return bitrate;
    }

    @Override
    public double length() {
        return length.doubleValue();
    }

    @Override
    public String pprint() {
        Number shownBitrate = bitrate instanceof Double ? PyInt.truncate(bitrate.doubleValue()) : bitrate;
        String shownCompression = compression == null ? "None" : compression;
        return channels + " channel DSDIFF (" + shownCompression + ") @ " + shownBitrate + " bps, " + sampleRate + " Hz, "
                + PyRepr.fixed(length.doubleValue(), 2) + " seconds";
    }

    @Override
    public Map<String, Object> attributes() {
        return Attributes.of(KEYS, bitrate, 1, channels, compression, length, sampleRate);
    }
}
