// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;
import mutagen.util.Bytes;
import mutagen.util.FileSource;
import mutagen.util.PyRepr;

/**
 * ID3v1 and ID3v1.1 tags: the 128 bytes at the end of a file.
 *
 * <p>Mirrors mutagen's {@code mutagen.id3.ParseID3v1}, {@code mutagen.id3.MakeID3v1} and the internal
 * {@code find_id3v1}.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public final class ID3v1 {
    private static final byte[] TAG = Bytes.ascii("TAG");
    private static final byte[] APETAGEX = Bytes.ascii("APETAGEX");
    /** The hash key of the comment frame a v1 tag gives. */
    private static final String COMMENT_KEY = "COMM:ID3v1 Comment:eng";
    /** How far "TAG" sits inside "APETAGEX". */
    private static final int EXTRA_READ = 3;

    private ID3v1() {
    }

    /**
     * A v1 tag found at the end of a file.
     *
     * @param frames the frames parsed from it
     * @param offset where it starts, relative to the end of the file (negative)
     */
    public record Found(Map<String, Frame> frames, long offset) {
    }

    /**
     * Looks for a v1 tag in the last 131 bytes (the first {@code TAG} there, unless it belongs to an APEv2
     * footer); short tags of 124 to 127 bytes are accepted.
     *
     * @param source the file to read (or to edit in place)
     * @param v2Version the v2 version
     * @param knownFrames the known frames
     * @return the tag, or {@code null}
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public static Found find(FileSource source, int v2Version, Map<String, Supplier<? extends Frame>> knownFrames)
            throws IOException {
        return find(source, v2Version, knownFrames, null);
    }

    /**
     * Like {@link #find(FileSource, int, Map)}, building only the frames whose hash key {@code wanted} accepts (all
     * when it is null). The keys are those of the default frame classes: pass null with other classes.
     */
    static Found find(FileSource source, int v2Version, Map<String, Supplier<? extends Frame>> knownFrames,
                      Predicate<String> wanted) throws IOException {
        if (v2Version != 3 && v2Version != 4) {
            throw new IllegalArgumentException("Only 3 and 4 possible for v2_version");
        }
        long size = source.size();
        long start = Math.max(0, size - 128 - EXTRA_READ);
        byte[] data = source.read(start, 128 + EXTRA_READ);
        int idx = Bytes.indexOf(data, TAG, 0);
        if (idx < 0) {
            return null;
        }
        int ape = idx - EXTRA_READ;
        if (ape >= 0 && Bytes.indexOf(data, APETAGEX, 0, ape + APETAGEX.length) == ape) {
            // The first "TAG" is the one inside the first "APETAGEX": an APEv2 footer, not a v1 tag.
            return null;
        }
        Map<String, Frame> tag = parse(data, idx, v2Version, knownFrames, wanted);
        if (tag == null) {
            return null;
        }
        return new Found(tag, idx - data.length);
    }

    /**
     * Parses a v1 tag with v2.4 frames and the default frame classes.
     *
     * @param data the bytes
     * @return the map
     */
    public static Map<String, Frame> parse(byte[] data) {
        return parse(data, 4, null);
    }

    /**
     * Parses a v1 tag into frames keyed by frame ID (TIT2, TPE1, TALB, TDRC or TYER, COMM, TRCK, TCON), or
     * {@code null} when the data is not a v1 tag (mutagen's {@code ParseID3v1}).
     *
     * @param knownFrames when not null, the classes to use; IDs missing from it produce no frame
     * @param data the bytes
     * @param v2Version the v2 version
     * @return the map
     */
    public static Map<String, Frame> parse(byte[] data, int v2Version,
                                           Map<String, Supplier<? extends Frame>> knownFrames) {
        if (v2Version != 3 && v2Version != 4) {
            throw new IllegalArgumentException("Only 3 and 4 possible for v2_version");
        }
        int idx = Bytes.indexOf(data, TAG, 0);
        return idx < 0 ? null : parse(data, idx, v2Version, knownFrames, null);
    }

    /** Parses the v1 tag at {@code data[at..]}, which starts with "TAG". */
    private static Map<String, Frame> parse(byte[] data, int at, int v2Version,
                                            Map<String, Supplier<? extends Frame>> knownFrames,
                                            Predicate<String> wanted) {
        int length = data.length - at;
        if (length > 128 || length < 124) {
            return null;
        }
        int yearLen = length - 124;
        int comment = at + 93 + yearLen;
        int genre = data[comment + 30] & 0xFF;
        int track = 0;
        int commentLen = 30;
        if (data[comment + 28] == 0) {
            track = data[comment + 29] & 0xFF;
            commentLen = 28;
        }
        String sComment = fix(data, comment, commentLen);
        Map<String, Supplier<? extends Frame>> classes = knownFrames != null ? knownFrames : Frames.v23();
        Map<String, Frame> frames = new LinkedHashMap<>();
        putText(frames, classes, "TIT2", fix(data, at + 3, 30), wanted);
        putText(frames, classes, "TPE1", fix(data, at + 33, 30), wanted);
        putText(frames, classes, "TALB", fix(data, at + 63, 30), wanted);
        String yearId = v2Version == 3 && classes.get("TYER") != null ? "TYER" : "TDRC";
        putText(frames, classes, yearId, fix(data, at + 93, yearLen), wanted);
        Supplier<? extends Frame> comm = classes.get("COMM");
        if (!sComment.isEmpty() && comm != null && (wanted == null || wanted.test(COMMENT_KEY))) {
            Frame f = comm.get();
            f.set("encoding", 0);
            f.set("lang", "eng");
            f.set("desc", "ID3v1 Comment");
            f.set("text", sComment);
            frames.put("COMM", f);
        }
        // NOTE: mutagen checks the known classes here but always builds TRCK/TCON.
        if (track != 0 && classes.get("TRCK") != null && (wanted == null || wanted.test("TRCK"))) {
            frames.put("TRCK", new TRCK(Encoding.LATIN1, Integer.toString(track)));
        }
        if (genre != 255 && classes.get("TCON") != null && (wanted == null || wanted.test("TCON"))) {
            frames.put("TCON", new TCON(Encoding.LATIN1, Integer.toString(genre)));
        }
        return frames;
    }

    /** Adds a Latin-1 text frame of the class known for {@code id} holding {@code text}, unless it is empty. */
    private static void putText(Map<String, Frame> frames, Map<String, Supplier<? extends Frame>> classes, String id,
                                String text, Predicate<String> wanted) {
        Supplier<? extends Frame> factory = classes.get(id);
        if (text.isEmpty() || factory == null || wanted != null && !wanted.test(id)) {
            return;
        }
        Frame f = factory.get();
        f.set("encoding", Encoding.LATIN1);
        // The text holds no NUL (fix() cut it there), so the one-value list is what validating the string gives.
        f.set("text", List.of(text));
        frames.put(id, f);
    }

    /** {@code data[from, from + length)} cut at the first NUL, stripped of ASCII whitespace, decoded as Latin-1. */
    private static String fix(byte[] data, int from, int length) {
        int end = from;
        while (end < from + length && data[end] != 0) {
            end++;
        }
        int start = from;
        while (start < end && isAsciiSpace(data[start])) {
            start++;
        }
        while (end > start && isAsciiSpace(data[end - 1])) {
            end--;
        }
        return new String(data, start, end - start, StandardCharsets.ISO_8859_1);
    }

    private static boolean isAsciiSpace(byte b) {
        return b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == 0x0B || b == 0x0C;
    }

    /**
     * {@return the 128-byte v1 tag of an {@link ID3}}
     *
     * @param id3 the id3
     */
    public static byte[] make(ID3 id3) {
        return make(id3.frames());
    }

    /**
     * {@return the 128-byte v1 tag for a set of v2.4 frames (mutagen's {@code MakeID3v1}): title, artist and album from
     * the first values of TIT2/TPE1/TALB, the comment from a frame stored under exactly {@code COMM}, the track number
     * (v1.1) when TRCK fits a byte, the genre when TCON's first genre is a v1 genre, the year from TDRC or TYER}
     *
     * @param id3 the id3
     * @throws IllegalArgumentException when the year text is not ASCII (Python's UnicodeEncodeError)
     */
    public static byte[] make(ID3Tags id3) {
        byte[] out = new byte[128];
        System.arraycopy(TAG, 0, out, 0, 3);
        String[] ids = {"TIT2", "TPE1", "TALB", "COMM"};
        for (int i = 0; i < ids.length; i++) {
            Frame f = id3.get(ids[i]);
            if (f != null) {
                byte[] text = latin1Replace(firstText(f), 30);
                // 30 bytes each from offset 3; the comment's field comes after the 4-byte year, at 97.
                System.arraycopy(text, 0, out, i < 3 ? 3 + i * 30 : 97, text.length);
            }
        }
        if (id3.get("TRCK") instanceof NumericPartTextFrame trck) {
            try {
                long track = trck.pos();
                if (track >= 0 && track <= 255) {
                    out[125] = 0;
                    out[126] = (byte) track;
                }
            } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
                // As in mutagen: a track number that cannot be read is left out.
            }
        }
        List<String> genres = id3.get("TCON") instanceof TCON tcon ? tcon.genres() : List.of();
        int genre = genres.isEmpty() ? -1 : TCON.GENRES.indexOf(genres.get(0));
        out[127] = (byte) (genre >= 0 ? genre : 255);
        Frame date = id3.get("TDRC") != null ? id3.get("TDRC") : id3.get("TYER");
        String year = date == null ? "" : date.str();
        for (int i = 0; i < year.length(); i++) {
            if (year.charAt(i) > 0x7F) {
                throw new IllegalArgumentException("'ascii' codec can't encode the year " + PyRepr.str(year));
            }
        }
        System.arraycopy(year.getBytes(StandardCharsets.US_ASCII), 0, out, 93, Math.min(4, year.length()));
        return out;
    }

    private static String firstText(Frame f) {
        if (f instanceof TextFrame text) {
            return text.textValues().isEmpty() ? "" : text.textValues().get(0);
        }
        return f.str();
    }

    private static byte[] latin1Replace(String s, int max) {
        byte[] out = new byte[Math.min(max, s.length())];
        int n = 0;
        for (int i = 0; i < s.length() && n < max; ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            out[n++] = (byte) (cp <= 0xFF ? cp : '?');
        }
        return Arrays.copyOf(out, n);
    }
}
