// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mutagen.util.PyCompat;

/** The v2.3/v2.4 translation of a tag's frames (mutagen's {@code update_to_v24} and {@code update_to_v23}). */
final class ID3Translation {
    private ID3Translation() {
    }

    /** The update shared by v2.3 and v2.4; answers the CHAP and CTOC frames, found in the same pass as APIC. */
    private static List<Frame> updateCommon(ID3Tags tags) {
        Map<String, Frame> frames = tags.frameMap();
        Frame tcon = frames.get("TCON");
        if (tcon instanceof TCON t && !t.genresAreText()) {
            // Get rid of the "(xx)Foobr" form (a tag whose genres are already plain names keeps its list).
            List<String> genres = t.genres();
            if (!genres.equals(t.text())) {
                if (t.getClass() == TCON.class) {
                    // genres() is a new list of strings: what setGenres would validate and store, stored as is.
                    t.rawSet(1, genres);
                } else {
                    t.setGenres(genres);
                }
            }
        }
        if (!tags.mayHaveKind(UPDATED_MASK)) {
            // No APIC, CHAP or CTOC key was stored since the tag was cleared (most tags): nothing to look up.
            return List.of();
        }
        List<List<Frame>> kinds = getallOf(tags, UPDATED_KINDS, UPDATED_BITS);
        for (Frame f : kinds.get(0)) {
            APIC pic = (APIC) f;
            String mime = pic.mime();
            String newMime = "PNG".equals(mime) ? "image/png" : "JPG".equals(mime) ? "image/jpeg" : null;
            if (newMime != null) {
                tags.add(new APIC(pic.encoding(), newMime, pic.type(), pic.desc(), pic.data()));
            }
        }
        if (kinds.get(2).isEmpty()) {
            return kinds.get(1);
        }
        List<Frame> nested = new ArrayList<>(kinds.get(1));
        nested.addAll(kinds.get(2));
        return nested;
    }

    private static final String[] UPDATED_KINDS = {"APIC", "CHAP", "CTOC"};

    /**
     * {@link ID3Tags#getall} of each kind, with one pass over the frames for all of them (tag updates run per load);
     * a kind without frames gets an empty immutable list, so a tag without such frames allocates nothing here.
     */
    private static List<List<Frame>> getallOf(ID3Tags tags, String[] kinds, long[] kindBits) {
        Map<String, Frame> frames = tags.frameMap();
        List<List<Frame>> out = new ArrayList<>(kinds.length);
        // As getall: a frame stored under the bare kind is the only one of its kind; the others are looked for.
        boolean[] exact = new boolean[kinds.length];
        boolean scan = false;
        for (int i = 0; i < kinds.length; i++) {
            Frame f = frames.get(kinds[i]);
            exact[i] = f != null;
            out.add(f != null ? new ArrayList<>(List.of(f)) : List.of());
            // A kind no key was stored with since the tag was cleared has nothing to look for.
            exact[i] |= f == null && !tags.mayHaveKind(kindBits[i]);
            scan |= !exact[i];
        }
        if (!scan) {
            return out;
        }
        for (Map.Entry<String, Frame> e : frames.entrySet()) {
            for (int i = 0; i < kinds.length; i++) {
                if (!exact[i] && ID3Tags.isKeyOf(e.getKey(), kinds[i])) {
                    if (out.get(i).isEmpty()) {
                        out.set(i, new ArrayList<>(2));
                    }
                    out.get(i).add(e.getValue());
                }
            }
        }
        return out;
    }

    private static final String[] V24_DROPPED = {"RVAD", "EQUA", "TRDA", "TSIZ", "TDAT", "TIME"};
    // The kinds' bits (ID3Tags.kindBit) worked out once: the update runs per tag and per CHAP/CTOC.
    private static final long[] V24_DROPPED_BITS = bits(V24_DROPPED);
    private static final long[] UPDATED_BITS = bits(UPDATED_KINDS);
    private static final long UPDATED_MASK = UPDATED_BITS[0] | UPDATED_BITS[1] | UPDATED_BITS[2];
    private static final long TYER = ID3Tags.kindBit("TYER");
    private static final long TDAT = ID3Tags.kindBit("TDAT");
    private static final long TIME = ID3Tags.kindBit("TIME");
    private static final long TORY = ID3Tags.kindBit("TORY");
    private static final long IPLS = ID3Tags.kindBit("IPLS");

    private static long[] bits(String[] kinds) {
        long[] out = new long[kinds.length];
        for (int i = 0; i < kinds.length; i++) {
            out[i] = ID3Tags.kindBit(kinds[i]);
        }
        return out;
    }

    /** Removes and answers the frame under a key, or null; no lookup for a kind the tag never held. */
    private static Frame take(ID3Tags tags, String key, long kindBit) {
        return tags.mayHaveKind(kindBit) ? tags.frameMap().remove(key) : null;
    }

    /** mutagen's {@code ([0-9]{4})(-[0-9]{2}-[0-9]{2})?\Z}, matched at the start: "YYYY" or "YYYY-MM-DD". */
    static boolean isYear(String s) {
        int n = s.length();
        return (n == 4 || n == 10 && s.charAt(4) == '-' && s.charAt(7) == '-' && digits(s, 5, 7) && digits(s, 8, 10))
                && digits(s, 0, 4);
    }

    /** mutagen's {@code ([0-9]{2})([0-9]{2})\Z}, matched at the start: four ASCII digits. */
    static boolean isTwoPairs(String s) {
        return s.length() == 4 && digits(s, 0, 4);
    }

    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static List<String> textOf(Frame f) {
        return f instanceof TextFrame t ? t.textValues() : List.of();
    }

    /**
     * Converts older frames to ID3v2.4 ones: TYER/TDAT/TIME become TDRC, TORY becomes TDOR, IPLS becomes TIPL,
     * and RVAD, EQUA, TRDA, TSIZ, TDAT, TIME are removed; also inside CHAP/CTOC. Run on load by default.
     */
    static void toV24(ID3Tags tags) {
        Map<String, Frame> frames = tags.frameMap();
        List<Frame> nested = updateCommon(tags);
        List<String> tyer = textOf(take(tags, "TYER", TYER));
        List<String> tdat = textOf(take(tags, "TDAT", TDAT));
        List<String> time = textOf(take(tags, "TIME", TIME));
        int n = Math.max(tyer.size(), Math.max(tdat.size(), time.size()));
        List<Object> timestamps = n == 0 ? List.of() : new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String y = i < tyer.size() ? tyer.get(i) : "";
            String d = i < tdat.size() ? tdat.get(i) : "";
            String t = i < time.size() ? time.get(i) : "";
            StringBuilder ts = new StringBuilder();
            if (isYear(y)) {
                ts.append(y, 0, 4);
                String monthDay = y.length() > 4 ? y.substring(4) : null;
                if (isTwoPairs(d)) {
                    monthDay = "-" + d.substring(2, 4) + "-" + d.substring(0, 2);
                }
                if (monthDay != null) {
                    ts.append(monthDay);
                    if (isTwoPairs(t)) {
                        ts.append('T').append(t, 0, 2).append(':').append(t, 2, 4).append(":00");
                    }
                }
            }
            if (ts.length() > 0) {
                timestamps.add(new ID3TimeStamp(ts.toString()));
            }
        }
        if (!timestamps.isEmpty() && !frames.containsKey("TDRC")) {
            // Built from typed values (what validating the texts by field name gives): this runs per v2.3 tag read.
            TDRC tdrc = new TDRC();
            tdrc.rawSet(0, Encoding.LATIN1);
            tdrc.rawSet(1, timestamps);
            tags.add(tdrc);
        }
        Frame tory = take(tags, "TORY", TORY);
        if (tory != null && !frames.containsKey("TDOR")) {
            TDOR tdor = new TDOR();
            tdor.set("encoding", Encoding.LATIN1);
            tdor.set("text", tory.str());
            tags.add(tdor);
        }
        if (take(tags, "IPLS", IPLS) instanceof PairedTextFrame p && !frames.containsKey("TIPL")) {
            tags.add(new TIPL(p.encoding(), p.people()));
        }
        for (int i = 0; i < V24_DROPPED.length; i++) {
            take(tags, V24_DROPPED[i], V24_DROPPED_BITS[i]);
        }
        for (Frame f : nested) {
            ((ID3Tags) f.get("sub_frames")).updateToV24();
        }
    }

    /**
     * Converts frames for saving as ID3v2.3: TIPL/TMCL become IPLS, TDOR becomes TORY, TDRC becomes
     * TYER/TDAT/TIME, and v2.4-only frames are removed; also inside CHAP/CTOC.
     */
    static void toV23(ID3Tags tags) {
        Map<String, Frame> frames = tags.frameMap();
        List<Frame> nested = updateCommon(tags);
        if (frames.containsKey("TIPL") || frames.containsKey("TMCL")) {
            List<List<String>> people = new ArrayList<>();
            Encoding enc = Encoding.UTF16;
            for (String key : List.of("TIPL", "TMCL")) {
                if (frames.containsKey(key)) {
                    PairedTextFrame f = (PairedTextFrame) frames.remove(key);
                    people.addAll(f.people());
                    enc = f.encoding();
                }
            }
            if (!frames.containsKey("IPLS")) {
                tags.add(new IPLS(enc, people));
            }
        }
        if (frames.remove("TDOR") instanceof TimeStampTextFrame ts && !ts.stamps().isEmpty()) {
            ID3TimeStamp d = ts.stamps().get(0);
            if (nonZero(d.year()) && !frames.containsKey("TORY")) {
                tags.add(new TORY(ts.encoding(), PyCompat.zeroPad(d.year(), 4)));
            }
        }
        if (frames.remove("TDRC") instanceof TimeStampTextFrame ts && !ts.stamps().isEmpty()) {
            ID3TimeStamp d = ts.stamps().get(0);
            Encoding enc = ts.encoding();
            if (nonZero(d.year()) && !frames.containsKey("TYER")) {
                tags.add(new TYER(enc, PyCompat.zeroPad(d.year(), 4)));
            }
            if (nonZero(d.month()) && nonZero(d.day()) && !frames.containsKey("TDAT")) {
                tags.add(new TDAT(enc, PyCompat.zeroPad(d.day(), 2) + PyCompat.zeroPad(d.month(), 2)));
            }
            if (nonZero(d.hour()) && nonZero(d.minute()) && !frames.containsKey("TIME")) {
                tags.add(new TIME(enc, PyCompat.zeroPad(d.hour(), 2) + PyCompat.zeroPad(d.minute(), 2)));
            }
        }
        for (String key : List.of("ASPI", "EQU2", "RVA2", "SEEK", "SIGN", "TDEN", "TDOR", "TDRC", "TDRL", "TDTG",
                "TIPL", "TMCL", "TMOO", "TPRO", "TSOA", "TSOP", "TSOT", "TSST")) {
            frames.remove(key);
        }
        for (Frame f : nested) {
            ((ID3Tags) f.get("sub_frames")).updateToV23();
        }
    }

    private static boolean nonZero(Long v) {
        return v != null && v != 0;
    }
}
