// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.flac;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import mutagen.MutagenError;
import mutagen.util.ByteReader;
import mutagen.util.Bytes;
import mutagen.util.PyRepr;

/**
 * The CUESHEET block (type 5): media catalog number, lead-in, CD flag and tracks. Mirrors
 * {@code mutagen.flac.CueSheet}. The lead-out is the last track (number 170); mutagen's documented {@code lead_out}
 * attribute does not exist there either.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public class CueSheet implements MetadataBlock {

    /** The type code of CUESHEET blocks. */
    public static final int CODE = 5;

    private static final int HEADER_SIZE = 128 + 8 + 1 + 258 + 1;
    private static final int TRACK_SIZE = 8 + 1 + 12 + 1 + 13 + 1;
    private static final int INDEX_SIZE = 8 + 1 + 3;
    private static final byte[] NONE = {};
    /** As many NUL bytes as the longest field (the 128-byte catalog number). */
    private static final byte[] NULS = new byte[128];

    private byte[] mediaCatalogNumber = new byte[0];
    private long leadInSamples = 88200;
    private boolean compactDisc = true;
    private final List<CueSheetTrack> tracks = new ArrayList<>();

    /** Creates an empty cue sheet: no catalog number, 88200 lead-in samples, a CD, no tracks. */
    public CueSheet() {
    }

    /**
     * Parses a CUESHEET payload.
     *
     * @param data the bytes
     * @throws FLACError when the payload is shorter than its track and index counts say
     */
    public CueSheet(byte[] data) throws FLACError {
        FLAC.ERRORS.runAs(FLACError.class, () -> load(FLACParser.reader(data)));
    }

    /** Parses the CUESHEET payload {@code data[from, to)} where it lies. */
    CueSheet(byte[] data, int from, int to) throws IOException {
        load(FLACParser.reader(data, from, to));
    }

    // Each ensure() is one read of mutagen's (header, track, index), so that a short block fails with its counts;
    // the fields are then read where they lie.
    private void load(ByteReader in) throws IOException {
        in.ensure(HEADER_SIZE);
        byte[] b = in.array();
        int at = in.arrayPosition();
        mediaCatalogNumber = stripNul(b, at, 128);
        leadInSamples = Bytes.uintBE(b, at + 128, 8);
        compactDisc = (b[at + 136] & 0x80) != 0;
        int numTracks = b[at + HEADER_SIZE - 1] & 0xFF;
        in.skip(HEADER_SIZE);
        for (int i = 0; i < numTracks; i++) {
            in.ensure(TRACK_SIZE);
            b = in.array();
            at = in.arrayPosition();
            int flags = b[at + 21] & 0xFF;
            CueSheetTrack track = new CueSheetTrack(b[at + 8] & 0xFF, Bytes.uintBE(b, at, 8), stripNul(b, at + 9, 12),
                    (flags & 0x80) >> 7, (flags & 0x40) != 0);
            int numIndexes = b[at + TRACK_SIZE - 1] & 0xFF;
            in.skip(TRACK_SIZE);
            for (int j = 0; j < numIndexes; j++) {
                in.ensure(INDEX_SIZE);
                b = in.array();
                at = in.arrayPosition();
                track.indexes().add(new CueSheetTrackIndex(b[at + 8] & 0xFF, Bytes.uintBE(b, at, 8)));
                in.skip(INDEX_SIZE);
            }
            tracks.add(track);
        }
    }

    private static byte[] stripNul(byte[] b, int off, int len) {
        // A field of NULs only (the usual catalog number) is told at once by the JDK's vectorised comparison, not
        // by a loop over its 128 bytes.
        if (Arrays.mismatch(b, off, off + len, NULS, 0, len) < 0) {
            return NONE;
        }
        int end = off + len;
        while (end > off && b[end - 1] == 0) {
            end--;
        }
        // An empty field (the usual catalog number) shares one array: the block hands out copies only.
        return end == off ? NONE : Arrays.copyOfRange(b, off, end);
    }

    @Override
    public int code() {
        return CODE;
    }

    /**
     * The media catalog number bytes (ASCII, NUL padding stripped; a copy).
     *
     * @return the media catalog number bytes (ASCII, NUL padding stripped; a copy)
     */
    public byte[] mediaCatalogNumber() {
        return mediaCatalogNumber.clone();
    }

    /**
     * Sets the media catalog number (up to 128 bytes are written).
     *
     * @param v the value
     */
    public void mediaCatalogNumber(byte[] v) {
        mediaCatalogNumber = v.clone();
    }

    /**
     * The number of lead-in samples (unsigned 64-bit).
     *
     * @return the number of lead-in samples (unsigned 64-bit)
     */
    public long leadInSamples() {
        return leadInSamples;
    }

    /**
     * Sets the number of lead-in samples.
     *
     * @param v the value
     */
    public void leadInSamples(long v) {
        leadInSamples = v;
    }

    /**
     * Whether the cue sheet is for a compact disc.
     *
     * @return whether the cue sheet is for a compact disc
     */
    public boolean compactDisc() {
        return compactDisc;
    }

    /**
     * Sets the compact disc flag.
     *
     * @param v the value
     */
    public void compactDisc(boolean v) {
        compactDisc = v;
    }

    /**
     * The live list of tracks.
     *
     * @return the live list of tracks
     */
    public List<CueSheetTrack> tracks() {
        return tracks;
    }

    /**
     * The payload.
     *
     * @throws IllegalArgumentException when a count or number does not fit its byte (Python's {@code struct.error})
     */
    @Override
    public byte[] write() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(Arrays.copyOf(mediaCatalogNumber, 128), 0, 128);
        putBe(out, leadInSamples, 8);
        out.write(compactDisc ? 0x80 : 0);
        out.write(new byte[258], 0, 258);
        out.write(ubyte(tracks.size()));
        for (CueSheetTrack track : tracks) {
            putBe(out, track.startOffset(), 8);
            out.write(ubyte(track.trackNumber()));
            byte[] isrc = track.isrc();
            out.write(Arrays.copyOf(isrc.length == 0 ? new byte[] {0} : isrc, 12), 0, 12);
            int flags = (track.type() & 1) << 7;
            if (track.preEmphasis()) {
                flags |= 0x40;
            }
            out.write(flags);
            out.write(new byte[13], 0, 13);
            out.write(ubyte(track.indexes().size()));
            for (CueSheetTrackIndex index : track.indexes()) {
                putBe(out, index.indexOffset(), 8);
                out.write(ubyte(index.indexNumber()));
                out.write(new byte[3], 0, 3);
            }
        }
        return out.toByteArray();
    }

    private static int ubyte(int v) {
        if (v < 0 || v > 255) {
            throw new IllegalArgumentException("ubyte format requires 0 <= number <= 255");
        }
        return v;
    }

    private static void putBe(ByteArrayOutputStream out, long v, int width) {
        for (int i = width - 1; i >= 0; i--) {
            out.write((int) (v >>> (8 * i)));
        }
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof CueSheet)) {
            return false;
        }
        CueSheet c = (CueSheet) o;
        return Arrays.equals(mediaCatalogNumber, c.mediaCatalogNumber) && leadInSamples == c.leadInSamples
                && compactDisc == c.compactDisc && tracks.equals(c.tracks);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(mediaCatalogNumber), leadInSamples, compactDisc, tracks);
    }

    /** Python's repr. */
    @Override
    public String toString() {
        return "<CueSheet media_catalog_number=" + PyRepr.bytes(mediaCatalogNumber) + ", lead_in="
                + Long.toUnsignedString(leadInSamples) + ", compact_disc=" + PyRepr.bool(compactDisc) + ", tracks="
                + tracks + ">";
    }
}
