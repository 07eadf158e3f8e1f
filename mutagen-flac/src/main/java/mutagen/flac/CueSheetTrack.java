// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.flac;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import mutagen.util.PyRepr;

/**
 * A track of a {@link CueSheet}: number, start offset, ISRC, type, pre-emphasis flag and index points. Mirrors
 * {@code mutagen.flac.CueSheetTrack}; the lead-out track has number 170 and no indexes.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public class CueSheetTrack {
    private int trackNumber;
    private long startOffset;
    private byte[] isrc;
    private int type;
    private boolean preEmphasis;
    private final List<CueSheetTrackIndex> indexes = new ArrayList<>();

    /**
     * Creates an audio track without ISRC or pre-emphasis.
     *
     * @param trackNumber the track number
     * @param startOffset the start offset
     */
    public CueSheetTrack(int trackNumber, long startOffset) {
        this(trackNumber, startOffset, new byte[0], 0, false);
    }

    /**
     * Creates a track.
     *
     * @param isrc the ISRC bytes (12 in a file; NUL padding is stripped on read)
     * @param type 0 for audio, 1 for data
     * @param trackNumber the track number
     * @param startOffset the start offset
     * @param preEmphasis the pre emphasis
     */
    public CueSheetTrack(int trackNumber, long startOffset, byte[] isrc, int type, boolean preEmphasis) {
        this.trackNumber = trackNumber;
        this.startOffset = startOffset;
        this.isrc = isrc.clone();
        this.type = type;
        this.preEmphasis = preEmphasis;
    }

    /**
     * The track number (1-99, 170 for the lead-out).
     *
     * @return the track number (1-99, 170 for the lead-out)
     */
    public int trackNumber() {
        return trackNumber;
    }

    /**
     * Sets the track number.
     *
     * @param v the value
     */
    public void trackNumber(int v) {
        trackNumber = v;
    }

    /**
     * The track offset in samples from the start of the stream (unsigned 64-bit).
     *
     * @return the track offset in samples from the start of the stream (unsigned 64-bit)
     */
    public long startOffset() {
        return startOffset;
    }

    /**
     * Sets the start offset.
     *
     * @param v the value
     */
    public void startOffset(long v) {
        startOffset = v;
    }

    /**
     * The ISRC bytes (a copy).
     *
     * @return the ISRC bytes (a copy)
     */
    public byte[] isrc() {
        return isrc.clone();
    }

    /**
     * Sets the ISRC bytes.
     *
     * @param v the value
     */
    public void isrc(byte[] v) {
        isrc = v.clone();
    }

    /**
     * The track type: 0 audio, 1 data.
     *
     * @return the track type: 0 audio, 1 data
     */
    public int type() {
        return type;
    }

    /**
     * Sets the track type.
     *
     * @param v the value
     */
    public void type(int v) {
        type = v;
    }

    /**
     * Whether the track was recorded with pre-emphasis.
     *
     * @return whether the track was recorded with pre-emphasis
     */
    public boolean preEmphasis() {
        return preEmphasis;
    }

    /**
     * Sets the pre-emphasis flag.
     *
     * @param v the value
     */
    public void preEmphasis(boolean v) {
        preEmphasis = v;
    }

    /**
     * The live list of index points.
     *
     * @return the live list of index points
     */
    public List<CueSheetTrackIndex> indexes() {
        return indexes;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof CueSheetTrack)) {
            return false;
        }
        CueSheetTrack t = (CueSheetTrack) o;
        return trackNumber == t.trackNumber && startOffset == t.startOffset && Arrays.equals(isrc, t.isrc)
                && type == t.type && preEmphasis == t.preEmphasis && indexes.equals(t.indexes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(trackNumber, startOffset, Arrays.hashCode(isrc), type, preEmphasis, indexes);
    }

    /** Python's repr. */
    @Override
    public String toString() {
        return "<CueSheetTrack number=" + trackNumber + ", offset=" + Long.toUnsignedString(startOffset) + ", isrc="
                + PyRepr.bytes(isrc) + ", type=" + type + ", pre_emphasis=" + PyRepr.bool(preEmphasis)
                + ", indexes=" + indexes + ")>";
    }
}
