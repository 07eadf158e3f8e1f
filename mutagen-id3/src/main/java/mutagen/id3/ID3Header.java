// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import mutagen.util.BitPaddedInt;
import mutagen.util.Bytes;
import mutagen.util.FileSource;

/**
 * The ID3v2 tag header: version, flags, size and the skipped extended header.
 *
 * <p>Mirrors mutagen's internal {@code mutagen.id3._tags.ID3Header}.
 */
final class ID3Header {
    static final byte[] MAGIC = Bytes.ascii("ID3");
    /** How deeply CHAP/CTOC sub-frames may nest while reading. */
    static final int MAX_NESTING = 32;

    int major;
    int revision;
    int flags;
    /** Tag size including the 10-byte header (excluding a footer). */
    long size;
    /** Length of the extended header's data (after its 4 size bytes). */
    int extSize;
    Map<String, Supplier<? extends Frame>> knownFramesOverride;
    /** The current sub-frame nesting depth while reading. */
    int nesting;
    // One Inflater per tag read, for its compressed frames: making one costs more than inflating a small frame.
    private java.util.zip.Inflater inflater;
    // Each thread's Inflater between tags (zlib's state and window kept): taken by a tag while it reads, given back
    // reset at its end, so a thread reading many tags makes one, not one per tag.
    private static final ThreadLocal<java.util.zip.Inflater[]> SPARE =
            ThreadLocal.withInitial(() -> new java.util.zip.Inflater[1]);

    /** A header for reading frames of a given major version (tests and nested frames). */
    ID3Header(int major) {
        this.major = major;
    }

    boolean fUnsynch() {
        return (flags & 0x80) != 0;
    }

    boolean fExtended() {
        return (flags & 0x40) != 0;
    }

    boolean fExperimental() {
        return (flags & 0x20) != 0;
    }

    boolean fFooter() {
        return (flags & 0x10) != 0;
    }

    /** The tag's inflater, reset for a new stream. */
    java.util.zip.Inflater inflater() {
        if (inflater == null) {
            java.util.zip.Inflater[] spare = SPARE.get();
            inflater = spare[0] != null ? spare[0] : new java.util.zip.Inflater();
            spare[0] = null;
        }
        inflater.reset();
        return inflater;
    }

    /** Gives the inflater back to this thread's spare (at the end of a tag's read), or frees it. */
    void endInflater() {
        if (inflater != null) {
            java.util.zip.Inflater[] spare = SPARE.get();
            if (spare[0] == null) {
                inflater.reset();
                spare[0] = inflater;
            } else {
                inflater.end();
            }
            inflater = null;
        }
    }

    List<Integer> version() {
        return List.of(2, major, revision);
    }

    Map<String, Supplier<? extends Frame>> knownFrames() {
        if (knownFramesOverride != null) {
            return knownFramesOverride;
        }
        return major >= 3 ? Frames.v23() : Frames.v22();
    }

    /** The error of a source without an ID3v2 header at {@code start}, with mutagen's text. */
    static ID3NoHeaderError noHeader(FileSource source, long start) throws IOException {
        String fn = source.name().isEmpty() ? "<unknown>" : source.name();
        if (source.read(start, 10).length != 10) {
            return new ID3NoHeaderError(fn + ": too small");
        }
        return new ID3NoHeaderError(mutagen.util.PyRepr.str(fn) + " doesn't start with an ID3 tag");
    }

    /**
     * Reads a header (and skips the extended header) at the start of the source.
     *
     * @throws ID3NoHeaderError when there are fewer than 10 bytes or no {@code ID3} magic
     * @throws ID3UnsupportedVersionError for a major version other than 2, 3, 4
     * @throws ID3Error for a size that is not syncsafe, invalid flags or a bad extended header
     */
    static ID3Header read(FileSource source) throws IOException {
        return read(source, 0);
    }

    /** Reads a header at {@code start} (the start of a tag embedded in a chunk, for IFF and DSF files). */
    static ID3Header read(FileSource source, long start) throws IOException {
        ID3Header h = probe(source, start);
        if (h == null) {
            throw noHeader(source, start);
        }
        return h;
    }

    /**
     * Like {@link #read(FileSource, long)}, but answers {@code null} where that throws {@link ID3NoHeaderError}:
     * most files a scan meets have no ID3v2 tag, and filling in an error's stack trace for each costs more than
     * reading the file.
     */
    static ID3Header probe(FileSource source, long start) throws IOException {
        String fn = source.name().isEmpty() ? "<unknown>" : source.name();
        byte[] data = source.read(start, 10);
        if (data.length != 10 || !Bytes.startsWith(data, MAGIC)) {
            return null;
        }
        ID3Header h = new ID3Header(data[3] & 0xFF);
        h.revision = data[4] & 0xFF;
        h.flags = data[5] & 0xFF;
        byte[] sizeBytes = {data[6], data[7], data[8], data[9]};
        h.size = BitPaddedInt.decode(sizeBytes, 7, true) + 10;
        if (h.major < 2 || h.major > 4) {
            throw new ID3UnsupportedVersionError(mutagen.util.PyRepr.str(fn) + " ID3v2." + h.major
                    + " not supported");
        }
        if (!BitPaddedInt.hasValidPadding(sizeBytes, 7)) {
            throw new ID3Error("Header size not synchsafe");
        }
        if ((h.major >= 4 && (h.flags & 0x0F) != 0) || (h.major == 3 && (h.flags & 0x1F) != 0)) {
            throw new ID3Error(mutagen.util.PyRepr.str(fn) + " has invalid flags " + hexFlags(h.flags));
        }
        if (h.fExtended()) {
            byte[] ext = source.read(start + 10, 4);
            if (ext.length != 4) {
                throw new ID3Error("");
            }
            String frameId = asciiReplace(ext);
            long extsize;
            if (Frames.v23().containsKey(frameId)) {
                // Some taggers set the flag without writing an extended header; the frames follow directly.
                h.flags ^= 0x40;
                extsize = 0;
            } else if (h.major >= 4) {
                // v2.4: syncsafe, includes the 4 size bytes.
                extsize = BitPaddedInt.decode(ext, 7, true) - 4;
                if (!BitPaddedInt.hasValidPadding(ext, 7)) {
                    throw new ID3Error("Extended header size not synchsafe");
                }
            } else {
                // v2.3: plain, excludes the 4 size bytes.
                extsize = Bytes.u32be(ext, 0);
            }
            if (extsize < 0) {
                throw new ID3Error("invalid extended header size");
            }
            if (h.fExtended()) {
                if (extsize > source.size() - start - 14) {
                    throw new ID3Error("");
                }
                h.extSize = (int) extsize;
            }
        }
        return h;
    }

    private static String hexFlags(int flags) {
        // Python's "%#02x": 0x prefix, at least 2 characters in total.
        return "0x" + Integer.toHexString(flags);
    }

    private static String asciiReplace(byte[] b) {
        StringBuilder sb = new StringBuilder(b.length);
        for (byte x : b) {
            sb.append(x >= 0 ? (char) x : '\uFFFD');
        }
        return sb.toString();
    }
}
