// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.mp3;

import java.util.Map;
import mutagen.StreamInfo;
import mutagen.util.Attributes;
import mutagen.util.FileSource;
import mutagen.util.PyRepr;

/**
 * MPEG audio stream information: version, layer, bitrate, sample rate, channels and length, with what the Xing/Info,
 * LAME and VBRI headers add (bitrate mode, encoder, replay gain).
 *
 * <p>Mirrors {@code mutagen.mp3.MPEGInfo}. The first frame is found by a sync search after the ID3v2 tags; see the
 * package documentation for the rules. Python's {@code protected} attribute is {@link #isProtected()} here, since
 * {@code protected} is a Java keyword.
 *
 * <p>Thread-safe: immutable once loaded, as every {@link mutagen.StreamInfo}; safe to share between threads.
 */
public final class MPEGInfo extends StreamInfo {
    // The Python attribute names, in the order mutagen's __dict__ lists them.
    private static final String[] ATTRIBUTES = {"length", "channels", "bitrate", "sample_rate", "encoder_info",
        "encoder_settings", "bitrate_mode", "track_gain", "track_peak", "album_gain", "album_peak", "version", "layer",
        "mode", "protected", "padding", "sketchy", "frame_offset"};

    /** Channel mode stereo ({@code mutagen.mp3.STEREO}). */
    public static final int STEREO = 0;
    /** Channel mode joint stereo ({@code mutagen.mp3.JOINTSTEREO}). */
    public static final int JOINTSTEREO = 1;
    /** Channel mode dual channel ({@code mutagen.mp3.DUALCHANNEL}). */
    public static final int DUALCHANNEL = 2;
    /** Channel mode mono ({@code mutagen.mp3.MONO}). */
    public static final int MONO = 3;

    private final double length;
    private final int channels;
    private final long bitrate;
    private final int sampleRate;
    private final String encoderInfo;
    private final String encoderSettings;
    private final BitrateMode bitrateMode;
    private final Double trackGain;
    private final Double trackPeak;
    private final Double albumGain;
    private final double version;
    private final int layer;
    private final int mode;
    private final boolean isProtected;
    private final boolean padding;
    private final boolean sketchy;
    private final long frameOffset;

    /**
     * Reads the stream information of a file, skipping the ID3v2 tags at its start ({@code MPEGInfo(fileobj)}).
     *
     * @param source the file to read (or to edit in place)
     * @throws HeaderNotFoundError when no MPEG frame is found ({@code "can't sync to MPEG frame"})
     * @throws MP3Error when reading fails
     */
    public MPEGInfo(FileSource source) throws MP3Error {
        this(source, 0);
    }

    /**
     * Reads the stream information, searching from {@code offset} (where the audio starts, usually the size of the
     * ID3v2 tag); further stacked ID3v2 tags there are skipped ({@code MPEGInfo(fileobj, offset)}).
     *
     * @param source the file to read (or to edit in place)
     * @param offset the offset in bytes
     * @throws HeaderNotFoundError when no MPEG frame is found ({@code "can't sync to MPEG frame"})
     * @throws MP3Error when reading fails
     */
    public MPEGInfo(FileSource source, long offset) throws MP3Error {
        this(MPEGParser.parse(source, offset));
    }

    private MPEGInfo(MPEGParser.Result r) {
        MPEGFrame f = r.frame();
        this.length = r.length();
        this.channels = f.channels;
        this.bitrate = f.bitrate;
        this.sampleRate = f.sampleRate;
        this.encoderInfo = f.encoderInfo;
        this.encoderSettings = f.encoderSettings;
        this.bitrateMode = f.bitrateMode;
        this.trackGain = f.trackGain;
        this.trackPeak = f.trackPeak;
        this.albumGain = f.albumGain;
        this.version = f.version;
        this.layer = f.layer;
        this.mode = f.mode;
        this.isProtected = f.isProtected;
        this.padding = f.padding;
        this.sketchy = r.sketchy();
        this.frameOffset = f.frameOffset;
    }

    /** The audio length in seconds. */
    @Override
    public double length() {
        return length;
    }

    /** {@return the number of channels: 1 for mono, else 2} */
    public int channels() {
        return channels;
    }

    /**
     * {@return the bitrate in bits per second: from the VBR header when there is one, else from the first frame (a
     * guess when {@link #bitrateMode()} is {@link BitrateMode#UNKNOWN})}
     */
    public long bitrate() {
        return bitrate;
    }

    /** {@return the sample rate in Hz} */
    public int sampleRate() {
        return sampleRate;
    }

    /** {@return the encoder: {@code "LAME <version>"} from a LAME tag, {@code "FhG"} for a VBRI header, or ""} */
    public String encoderInfo() {
        return encoderInfo;
    }

    /** {@return a guess of the encoder settings (from the LAME tag, e.g. {@code "-V 2"}), or ""} */
    public String encoderSettings() {
        return encoderSettings;
    }

    /** {@return the bitrate mode} */
    public BitrateMode bitrateMode() {
        return bitrateMode;
    }

    /** {@return the ReplayGain track gain in dB (89 dB reference) from the LAME tag, or null} */
    public Double trackGain() {
        return trackGain;
    }

    /** {@return the ReplayGain track peak from the LAME tag (1.0 is full scale), or null} */
    public Double trackPeak() {
        return trackPeak;
    }

    /** {@return the ReplayGain album gain in dB from the LAME tag, or null} */
    public Double albumGain() {
        return albumGain;
    }

    /** {@return the ReplayGain album peak: always null (mutagen never sets it)} */
    public Double albumPeak() {
        return null;
    }

    /** {@return the MPEG version: 1, 2 or 2.5} */
    public double version() {
        return version;
    }

    /** {@return the layer: 1, 2 or 3} */
    public int layer() {
        return layer;
    }

    /** {@return the channel mode: {@link #STEREO}, {@link #JOINTSTEREO}, {@link #DUALCHANNEL} or {@link #MONO}} */
    public int mode() {
        return mode;
    }

    /** {@return whether the frames carry a CRC (Python's {@code protected})} */
    public boolean isProtected() {
        return isProtected;
    }

    /** {@return whether the first frame is padded} */
    public boolean padding() {
        return padding;
    }

    /** {@return whether the stream may not be MPEG audio at all (fewer than 4 frames in a row and no VBR header)} */
    public boolean sketchy() {
        return sketchy;
    }

    /** {@return the file offset of the frame the information comes from (Python's {@code frame_offset})} */
    public long frameOffset() {
        return frameOffset;
    }

    /** The version as Python prints it: {@code 1}, {@code 2} or {@code 2.5}. */
    String versionText() {
        return version == 2.5 ? "2.5" : Integer.toString((int) version);
    }

    /**
     * {@inheritDoc}
     *
     * <p>For example {@code MPEG 1 layer 3, 127783 bps (VBR, LAME 3.99.1+, -V 2), 44100 Hz, 2 chn, 0.06 seconds};
     * the mode prints {@code CBR?} when unknown, and {@code  (sketchy)} is appended for a sketchy stream.
     */
    @Override
    public String pprint() {
        StringBuilder info = new StringBuilder(bitrateMode == BitrateMode.UNKNOWN ? "CBR?" : bitrateMode.name());
        if (!encoderInfo.isEmpty()) {
            info.append(", ").append(encoderInfo);
        }
        if (!encoderSettings.isEmpty()) {
            info.append(", ").append(encoderSettings);
        }
        String s = "MPEG " + versionText() + " layer " + layer + ", " + bitrate + " bps (" + info + "), "
                + sampleRate + " Hz, " + channels + " chn, " + PyRepr.fixed(length, 2) + " seconds";
        return sketchy ? s + " (sketchy)" : s;
    }

    /**
     * {@inheritDoc}
     *
     * <p>Keys: {@code length, channels, bitrate, sample_rate, encoder_info, encoder_settings, bitrate_mode,
     * track_gain, track_peak, album_gain, album_peak, version, layer, mode, protected, padding, sketchy,
     * frame_offset}. {@code bitrate_mode} is its integer value (mutagen's enum is an int); {@code version} is an
     * Integer 1 or 2, or the Double 2.5, as in Python.
     */
    @Override
    public Map<String, Object> attributes() {
        return Attributes.of(ATTRIBUTES, length, channels, integer(bitrate), sampleRate, encoderInfo, encoderSettings,
                bitrateMode.value(), trackGain, trackPeak, albumGain, null,
                version == 2.5 ? (Object) 2.5 : (Object) (int) version, layer, mode, isProtected, padding, sketchy,
                integer(frameOffset));
    }

    /** An Integer when the value fits, else a Long (both are Python ints). */
    private static Object integer(long v) {
        return v == (int) v ? (Object) (int) v : (Object) v;
    }

    /** The same text as {@link #pprint()}. */
    @Override
    public String toString() {
        return pprint();
    }
}
