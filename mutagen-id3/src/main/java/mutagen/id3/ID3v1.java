// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
        ID3LoadOptions.requireV2Version(v2Version);
        byte[] data = tail(source);
        int idx = tagStart(data);
        if (idx < 0) {
            return null;
        }
        Map<String, Frame> tag = parse(data, idx, v2Version, knownFrames);
        if (tag == null) {
            return null;
        }
        return new Found(tag, idx - data.length);
    }

    /**
     * Like {@link #find(FileSource, int, Map)}, with the default frame classes, adding to {@code tags} the frames whose
     * hash keys they lack (mutagen's merge on load: {@code len(getall(HashKey)) == 0}), in the order mutagen adds them;
     * only the frames added are built. Answers whether there is a v1 tag (an empty one counts).
     */
    static boolean merge(FileSource source, int v2Version, ID3Tags tags) throws IOException {
        ID3LoadOptions.requireV2Version(v2Version);
        byte[] data = tail(source);
        int at = tagStart(data);
        Layout v1 = at < 0 ? null : Layout.of(data, at);
        if (v1 == null) {
            return false;
        }
        // Each kind is looked up once; a field is decoded only for a frame the tags lack.
        if (lacks(tags, "TIT2", TIT2_BIT)) {
            addText(tags, new TIT2(), fix(data, at + 3, 30));
        }
        if (lacks(tags, "TPE1", TPE1_BIT)) {
            addText(tags, new TPE1(), fix(data, at + 33, 30));
        }
        if (lacks(tags, "TALB", TALB_BIT)) {
            addText(tags, new TALB(), fix(data, at + 63, 30));
        }
        if (v2Version == 3 ? lacks(tags, "TYER", TYER_BIT) : lacks(tags, "TDRC", TDRC_BIT)) {
            String year = fix(data, at + 93, v1.yearLen());
            if (v2Version == 3) {
                addText(tags, new TYER(), year);
            } else if (!year.isEmpty()) {
                // As validating the string: TDRC's values are split on commas.
                List<String> parts = ListSpecs.MultiField.split(year, ",");
                List<Object> stamps = new ArrayList<>(parts.size());
                for (String part : parts) {
                    stamps.add(new ID3TimeStamp(part));
                }
                tags.add(latin1(new TDRC(), TEXT, stamps));
            }
        }
        if (lacks(tags, COMMENT_KEY, COMM_BIT)) {
            String text = fix(data, v1.comment(), v1.commentLen());
            if (!text.isEmpty()) {
                COMM f = latin1(new COMM(), COMM_TEXT, one(text));
                f.rawSet(COMM_LANG, "eng");
                f.rawSet(COMM_DESC, "ID3v1 Comment");
                tags.add(f);
            }
        }
        if (v1.track() != 0 && lacks(tags, "TRCK", TRCK_BIT)) {
            tags.add(latin1(new TRCK(), TEXT, one(Integer.toString(v1.track()))));
        }
        if (v1.genre() != 255 && lacks(tags, "TCON", TCON_BIT)) {
            tags.add(latin1(new TCON(), TEXT, one(Integer.toString(v1.genre()))));
        }
        return true;
    }

    // The default classes' field layout (mutagen's specs): encoding first, the values last; COMM has lang and desc
    // between. The frames are built from typed values, as validating the strings by field name would give them.
    private static final int TEXT = 1;
    private static final int COMM_LANG = 1;
    private static final int COMM_DESC = 2;
    private static final int COMM_TEXT = 3;
    private static final long TIT2_BIT = ID3Tags.kindBit("TIT2");
    private static final long TPE1_BIT = ID3Tags.kindBit("TPE1");
    private static final long TALB_BIT = ID3Tags.kindBit("TALB");
    private static final long TYER_BIT = ID3Tags.kindBit("TYER");
    private static final long TDRC_BIT = ID3Tags.kindBit("TDRC");
    private static final long COMM_BIT = ID3Tags.kindBit("COMM");
    private static final long TRCK_BIT = ID3Tags.kindBit("TRCK");
    private static final long TCON_BIT = ID3Tags.kindBit("TCON");

    /** mutagen's {@code len(tags.getall(key)) == 0}, without the list: no frame under the key or its "key:..." keys. */
    private static boolean lacks(ID3Tags tags, String key, long kindBit) {
        Map<String, Frame> frames = tags.frameMap();
        if (frames.containsKey(key)) {
            return false;
        }
        if (!tags.mayHaveKind(kindBit)) {
            return true;
        }
        for (String k : frames.keySet()) {
            if (ID3Tags.isKeyOf(k, key)) {
                return false;
            }
        }
        return true;
    }

    /** Adds a plain text frame holding {@code text} in Latin-1, unless it is empty. */
    private static void addText(ID3Tags tags, TextFrame f, String text) {
        if (!text.isEmpty()) {
            tags.add(latin1(f, TEXT, one(text)));
        }
    }

    /** The frame with Latin-1 encoding and the given values in field {@code valuesAt}. */
    private static <F extends TextFrame> F latin1(F f, int valuesAt, List<Object> values) {
        f.rawSet(0, Encoding.LATIN1);
        f.rawSet(valuesAt, values);
        return f;
    }

    /** One value, as validating the string gives it: fix() cut the text at its first NUL, so no split is needed. */
    private static List<Object> one(String text) {
        List<Object> out = new ArrayList<>(1);
        out.add(text);
        return out;
    }

    /** The last 131 bytes of the source (fewer in a shorter file): a v1 tag and room to tell it from an APEv2 footer. */
    private static byte[] tail(FileSource source) throws IOException {
        long size = source.size();
        return source.read(Math.max(0, size - 128 - EXTRA_READ), 128 + EXTRA_READ);
    }

    /** Where the v1 tag starts in {@link #tail}'s bytes (the first "TAG"), or -1 (none, or the "TAG" of "APETAGEX"). */
    private static int tagStart(byte[] data) {
        int idx = Bytes.indexOf(data, TAG, 0);
        int ape = idx - EXTRA_READ;
        if (ape >= 0 && Bytes.indexOf(data, APETAGEX, 0, ape + APETAGEX.length) == ape) {
            // The first "TAG" is the one inside the first "APETAGEX": an APEv2 footer, not a v1 tag.
            return -1;
        }
        return idx;
    }

    /**
     * Where the fields of the v1 tag at {@code data[at]} ("TAG") lie: the tag runs to the end of {@code data}, 128
     * bytes or 124 to 127 (a short year); a NUL before the comment's last byte makes it v1.1, with a track number.
     */
    private record Layout(int yearLen, int comment, int commentLen, int track, int genre) {
        /** The layout, or null when the bytes from "TAG" to the end cannot be a v1 tag. */
        static Layout of(byte[] data, int at) {
            int length = data.length - at;
            if (length > 128 || length < 124) {
                return null;
            }
            int yearLen = length - 124;
            int comment = at + 93 + yearLen;
            boolean v11 = data[comment + 28] == 0;
            return new Layout(yearLen, comment, v11 ? 28 : 30, v11 ? data[comment + 29] & 0xFF : 0,
                    data[comment + 30] & 0xFF);
        }
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
        ID3LoadOptions.requireV2Version(v2Version);
        int idx = Bytes.indexOf(data, TAG, 0);
        return idx < 0 ? null : parse(data, idx, v2Version, knownFrames);
    }

    /** Parses the v1 tag at {@code data[at..]}, which starts with "TAG", with the classes by name (see merge). */
    private static Map<String, Frame> parse(byte[] data, int at, int v2Version,
                                            Map<String, Supplier<? extends Frame>> knownFrames) {
        Layout v1 = Layout.of(data, at);
        if (v1 == null) {
            return null;
        }
        int track = v1.track();
        int genre = v1.genre();
        String sComment = fix(data, v1.comment(), v1.commentLen());
        Map<String, Supplier<? extends Frame>> classes = knownFrames != null ? knownFrames : Frames.v23();
        Map<String, Frame> frames = new LinkedHashMap<>();
        // The values are given as mutagen gives them (the artist as a list, the others as strings split by the spec).
        putText(frames, classes, "TIT2", fix(data, at + 3, 30), false);
        putText(frames, classes, "TPE1", fix(data, at + 33, 30), true);
        putText(frames, classes, "TALB", fix(data, at + 63, 30), false);
        String yearId = v2Version == 3 && classes.get("TYER") != null ? "TYER" : "TDRC";
        putText(frames, classes, yearId, fix(data, at + 93, v1.yearLen()), false);
        Supplier<? extends Frame> comm = classes.get("COMM");
        if (!sComment.isEmpty() && comm != null) {
            Frame f = comm.get();
            f.set("encoding", 0);
            f.set("lang", "eng");
            f.set("desc", "ID3v1 Comment");
            f.set("text", sComment);
            frames.put("COMM", f);
        }
        // NOTE: mutagen checks the known classes here but always builds TRCK/TCON.
        if (track != 0 && classes.get("TRCK") != null) {
            frames.put("TRCK", new TRCK(Encoding.LATIN1, Integer.toString(track)));
        }
        if (genre != 255 && classes.get("TCON") != null) {
            frames.put("TCON", new TCON(Encoding.LATIN1, Integer.toString(genre)));
        }
        return frames;
    }

    /** Adds a Latin-1 text frame of the class known for {@code id} holding {@code text}, unless it is empty. */
    private static void putText(Map<String, Frame> frames, Map<String, Supplier<? extends Frame>> classes, String id,
                                String text, boolean asList) {
        Supplier<? extends Frame> factory = classes.get(id);
        if (text.isEmpty() || factory == null) {
            return;
        }
        Frame f = factory.get();
        f.set("encoding", Encoding.LATIN1);
        f.set("text", asList ? List.of(text) : text);
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
