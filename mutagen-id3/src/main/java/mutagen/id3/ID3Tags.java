// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Supplier;
import mutagen.MutagenError;
import mutagen.Tags;
import mutagen.util.BitPaddedInt;
import mutagen.util.ByteReader;
import mutagen.util.Bytes;

/**
 * A set of ID3v2 frames keyed by their {@linkplain Frame#hashKey() hash key}, in insertion order.
 *
 * <p>Mirrors {@code mutagen.id3.ID3Tags}: {@link #getall}, {@link #setall}, {@link #delall}, {@link #add}, the
 * dict protocol ({@link #get}, {@link #put}, {@link #remove}, {@link #keys}) and the v2.3/v2.4 translation
 * ({@link #updateToV24()}, {@link #updateToV23()}). Also the value of CHAP/CTOC sub-frames.
 */
public class ID3Tags extends Tags {
    private static final List<String> ORDER = List.of("TIT2", "TPE1", "TRCK", "TALB", "TPOS", "TDRC", "TCON");
    private static final byte[] EMPTY10 = new byte[10];

    /** Python's ordering of strings: by code point. */
    static final Comparator<String> CODEPOINT_ORDER = (a, b) -> {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                boolean sx = Character.isSurrogate(x);
                boolean sy = Character.isSurrogate(y);
                if (sx != sy) {
                    return sx ? 1 : -1;
                }
                return x - y;
            }
        }
        return a.length() - b.length();
    };

    private final LinkedHashMap<String, Frame> frames = new LinkedHashMap<>();
    private List<byte[]> unknownFrames = new ArrayList<>();
    private int unknownV2Version = 4;

    /** Creates an empty set of frames. */
    public ID3Tags() {
    }

    /** The raw frames (header and data) with valid but unsupported IDs, kept for writing back. */
    public List<byte[]> unknownFrames() {
        return unknownFrames;
    }

    /** Replaces the raw unknown frames. */
    public void setUnknownFrames(List<byte[]> frames) {
        this.unknownFrames = new ArrayList<>(frames);
    }

    int unknownV2Version() {
        return unknownV2Version;
    }

    void setUnknownV2Version(int v) {
        unknownV2Version = v;
    }

    // ---- dict protocol -------------------------------------------------------------------------------------

    /** The keys in insertion order. */
    @Override
    public List<String> keys() {
        return new ArrayList<>(frames.keySet());
    }

    /** The frames in insertion order. */
    public List<Frame> values() {
        return new ArrayList<>(frames.values());
    }

    /** The (key, frame) pairs in insertion order. */
    public List<Map.Entry<String, Frame>> items() {
        List<Map.Entry<String, Frame>> out = new ArrayList<>(frames.size());
        for (Map.Entry<String, Frame> e : frames.entrySet()) {
            out.add(Map.entry(e.getKey(), e.getValue()));
        }
        return out;
    }

    /** The frame under a key, or {@code null}. */
    @Override
    public Frame get(String key) {
        return frames.get(key);
    }

    /** Whether a key is present. */
    @Override
    public boolean containsKey(String key) {
        return frames.containsKey(key);
    }

    /**
     * Stores a frame under a key ({@code tags[key] = frame}); the key is not checked against the frame.
     *
     * @throws IllegalArgumentException when the value is not a {@link Frame} (Python's TypeError)
     */
    @Override
    public void put(String key, Object value) {
        if (!(value instanceof Frame)) {
            throw new IllegalArgumentException(Spec.str(value) + " not a Frame instance");
        }
        frames.put(key, (Frame) value);
    }

    /** Removes a key ({@code del tags[key]}). */
    @Override
    public void remove(String key) {
        if (frames.remove(key) == null) {
            throw new NoSuchElementException(key);
        }
    }

    /** Removes and returns the frame under a key, or {@code null} when absent. */
    public Frame pop(String key) {
        return frames.remove(key);
    }

    /** The number of frames. */
    public int size() {
        return frames.size();
    }

    /** Whether there are no frames. */
    public boolean isEmpty() {
        return frames.isEmpty();
    }

    /** Removes every frame. */
    public void clear() {
        frames.clear();
    }

    // ---- mutagen API ---------------------------------------------------------------------------------------

    /**
     * All frames of a kind: the frame under exactly {@code key}, else every frame whose key starts with
     * {@code key + ":"} ({@code getall("TXXX")}, {@code getall("COMM:desc")}).
     */
    public List<Frame> getall(String key) {
        Frame f = frames.get(key);
        List<Frame> out = new ArrayList<>(f != null ? 1 : 4);
        if (f != null) {
            out.add(f);
            return out;
        }
        for (Map.Entry<String, Frame> e : frames.entrySet()) {
            if (isKeyOf(e.getKey(), key)) {
                out.add(e.getValue());
            }
        }
        return out;
    }

    /** Whether a hash key is {@code "KIND:..."} (no "KIND:" string built per call: this runs per tag read). */
    private static boolean isKeyOf(String hashKey, String kind) {
        int n = kind.length();
        return hashKey.length() > n && hashKey.charAt(n) == ':' && hashKey.startsWith(kind);
    }

    /** Deletes the frames of a kind (as {@link #getall}) and stores the given frames under their keys. */
    public void setall(String key, List<? extends Frame> values) {
        delall(key);
        for (Frame f : values) {
            frames.put(f.hashKey(), f);
        }
    }

    /** Deletes the frame under exactly {@code key}, else every frame whose key starts with {@code key + ":"}. */
    public void delall(String key) {
        if (frames.containsKey(key)) {
            frames.remove(key);
        } else {
            String prefix = key + ":";
            frames.keySet().removeIf(k -> k.startsWith(prefix));
        }
    }

    /**
     * Adds a frame under its key, replacing a frame with the same key; a v2.2 frame is upgraded first.
     *
     * @throws IllegalArgumentException for a v2.2 frame with no v2.3 equivalent (CRM)
     */
    public void add(Frame frame) {
        addFrame(frame, true);
    }

    /** Deprecated alias of {@link #add}. */
    public void loadedFrame(Frame frame) {
        addFrame(frame, true);
    }

    void addFrame(Frame frame, boolean strict) {
        if (frame == null) {
            throw new IllegalArgumentException("None not a Frame instance");
        }
        Frame orig = frame;
        frame = frame.upgradeFrame();
        if (frame == null) {
            if (!strict) {
                return;
            }
            throw new IllegalArgumentException("Can't upgrade " + PyReprs.q(orig.frameId()) + " frame");
        }
        String hashKey = frame.hashKey();
        if (strict) {
            frames.put(hashKey, frame);
            return;
        }
        if (frames.putIfAbsent(hashKey, frame) == null) {
            return;
        }
        // Merge, or change the new frame's key until it is unique (APIC salt).
        while (true) {
            Frame old = frames.get(hashKey);
            Frame merged = old.mergeFrame(frame);
            String newHash = merged.hashKey();
            if (newHash.equals(hashKey)) {
                frames.put(hashKey, merged);
                break;
            }
            if (!frames.containsKey(newHash)) {
                frames.put(newHash, merged);
                break;
            }
            hashKey = newHash;
        }
    }

    /** The frames' pprint lines, sorted, one per line. */
    @Override
    public String pprint() {
        List<String> lines = new ArrayList<>(frames.size());
        for (Frame f : frames.values()) {
            lines.add(f.pprint());
        }
        lines.sort(CODEPOINT_ORDER);
        return String.join("\n", lines);
    }

    // ---- reading -------------------------------------------------------------------------------------------

    /** Reads frames from a tag's frame area; returns the bytes after the last frame (the padding). */
    byte[] readFrames(ID3Header header, byte[] data) {
        Left left = readAll(header, data, 0, data.length);
        return java.util.Arrays.copyOfRange(left.data(), left.from(), left.to());
    }

    /** Reads the frames of a whole tag into this one; answers how many bytes follow them (the padding). */
    int readTagFrames(ID3Header header, byte[] data, int from, int to) {
        Left left = readAll(header, data, from, to);
        return left.to() - left.from();
    }

    private Left readAll(ID3Header header, byte[] data, int from, int to) {
        List<Frame> result = new ArrayList<>();
        List<byte[]> unsupported = new ArrayList<>();
        Left left = readFrames(header, data, from, to, header.knownFrames(), result, unsupported);
        for (Frame f : result) {
            addFrame(f, false);
        }
        unknownFrames = unsupported;
        unknownV2Version = header.major;
        return left;
    }

    /** What follows the frames: {@code data[from, to)} (data may be the de-unsynchronised copy of the input). */
    record Left(byte[] data, int from, int to) {
    }

    /** Parses frames (mutagen's {@code read_frames}); never fails, bad frames are skipped. */
    static Left readFrames(ID3Header id3, byte[] data, Map<String, Supplier<? extends Frame>> known,
                           List<Frame> result, List<byte[]> unsupported) {
        return readFrames(id3, data, 0, data.length, known, result, unsupported);
    }

    /** {@link #readFrames(ID3Header, byte[], Map, List, List)} over {@code data[from, to)}. */
    static Left readFrames(ID3Header id3, byte[] data, int from, int to,
                           Map<String, Supplier<? extends Frame>> known, List<Frame> result, List<byte[]> unsupported) {
        if (id3.major < 4 && id3.fUnsynch()) {
            byte[] decoded = Unsynch.decodeOrNull(java.util.Arrays.copyOfRange(data, from, to));
            if (decoded != null) {
                data = decoded;
                from = 0;
                to = decoded.length;
            }
        }
        int len = to;
        // The frame headers are read through a reader over the tag; the bodies are parsed where they lie.
        ByteReader in = new ByteReader(data, from, to, 0, ID3Error::new);
        try {
            walkFrames(id3, in, known, result, unsupported);
        } catch (MutagenError e) {
            throw new IllegalStateException("frame header read out of bounds", e); // not reached: sizes are checked
        }
        return new Left(data, in.arrayPosition(), len);
    }

    /** The loop of {@link #readFrames}: reads frames until the padding, leaving the reader where it starts. */
    private static void walkFrames(ID3Header id3, ByteReader in, Map<String, Supplier<? extends Frame>> known,
                                   List<Frame> result, List<byte[]> unsupported) throws MutagenError {
        byte[] data = in.array();
        int len = in.arrayLimit();
        if (id3.major >= 3) {
            boolean syncsafe = id3.major >= 4 && determineBpi(data, in.arrayPosition(), len, known);
            while (in.remaining() >= 10) {
                int p = in.arrayPosition();
                if (data[p] == 0 && data[p + 1] == 0 && data[p + 2] == 0 && data[p + 3] == 0) {
                    break;
                }
                in.skip(4);
                long size = in.u32be();
                if (syncsafe) {
                    size = BitPaddedInt.decode(size, 7);
                }
                int flags = in.u16be();
                int dataEnd = (int) Math.min(len, p + 10 + size);
                in.skip(Math.min(size, in.remainingLong()));
                if (size == 0) {
                    continue;
                }
                String name = ascii(data, p, 4);
                if (name == null) {
                    continue;
                }
                Supplier<? extends Frame> factory;
                if (name.charAt(3) == '\0') {
                    // Some taggers write v2.3 frames with v2.2 names.
                    String parent = name.substring(0, 3).equals("CRM") ? "Frame" : Frames.v22Parent(name.substring(0, 3));
                    if (parent == null) {
                        continue;
                    }
                    factory = known.get(parent);
                    if (factory == null) {
                        if (Frames.isValidFrameId(parent)) {
                            unsupported.add(java.util.Arrays.copyOfRange(data, p, dataEnd));
                        }
                        continue;
                    }
                } else {
                    factory = known.get(name);
                }
                if (factory == null) {
                    if (Frames.isValidFrameId(name)) {
                        unsupported.add(java.util.Arrays.copyOfRange(data, p, dataEnd));
                    }
                    continue;
                }
                try {
                    result.add(Frame.fromData(factory, id3, flags, data, p + 10, dataEnd));
                } catch (ID3EncryptionUnsupportedError e) {
                    unsupported.add(java.util.Arrays.copyOfRange(data, p, dataEnd));
                } catch (ID3JunkFrameError | RuntimeException e) {
                    // Junk frames are dropped.
                }
            }
        } else {
            while (in.remaining() >= 6) {
                int p = in.arrayPosition();
                if (data[p] == 0 && data[p + 1] == 0 && data[p + 2] == 0) {
                    break;
                }
                in.skip(3);
                int size = in.u24be();
                int dataEnd = (int) Math.min(len, (long) p + 6 + size);
                in.skip(Math.min(size, in.remainingLong()));
                if (size == 0) {
                    continue;
                }
                String name = ascii(data, p, 3);
                if (name == null) {
                    continue;
                }
                Supplier<? extends Frame> factory = known.get(name);
                if (factory == null) {
                    if (Frames.isValidFrameId(name)) {
                        unsupported.add(java.util.Arrays.copyOfRange(data, p, dataEnd));
                    }
                    continue;
                }
                try {
                    result.add(Frame.fromData(factory, id3, 0, data, p + 6, dataEnd));
                } catch (ID3EncryptionUnsupportedError e) {
                    unsupported.add(java.util.Arrays.copyOfRange(data, p, dataEnd));
                } catch (ID3JunkFrameError | RuntimeException e) {
                    // Junk frames are dropped.
                }
            }
        }
        // The padding is only counted by the caller: no copy of it here.
    }

    /** The frame ID of {@code n} (3 or 4) bytes at {@code off}, or {@code null} when one is not ASCII. */
    private static String ascii(byte[] data, int off, int n) {
        int code = 0;
        for (int i = 0; i < n; i++) {
            byte b = data[off + i];
            if (b < 0) {
                return null;
            }
            code = (code << 8) | b;
        }
        // IDs repeat from tag to tag: one String per ID (its hash computed once), not one per frame read.
        int slot = slot(code, n);
        String cached = ID_CACHE[slot];
        if (cached != null && cached.length() == n && codeOf(cached) == code) {
            return cached;
        }
        String id = new String(data, off, n, java.nio.charset.StandardCharsets.ISO_8859_1);
        ID_CACHE[slot] = id;
        return id;
    }

    private static final int ID_CACHE_BITS = 10;
    // Written racily: a slot holds some complete String or null, and a reader checks what it finds.
    private static final String[] ID_CACHE = new String[1 << ID_CACHE_BITS];

    static {
        // The registry's own strings first: a map lookup with the very key instance ends at an identity check.
        for (Map<String, Supplier<? extends Frame>> registry : List.of(Frames.v23(), Frames.v22())) {
            for (String id : registry.keySet()) {
                ID_CACHE[slot(codeOf(id), id.length())] = id;
            }
        }
    }

    private static int slot(int code, int length) {
        return ((code * 0x9E3779B9) >>> (32 - ID_CACHE_BITS)) ^ (length == 3 ? 1 : 0);
    }

    private static int codeOf(String id) {
        int code = 0;
        for (int i = 0; i < id.length(); i++) {
            code = (code << 8) | id.charAt(i);
        }
        return code;
    }

    /**
     * Whether v2.4 frame sizes are syncsafe (true) or plain integers as old iTunes wrote them (mutagen's
     * {@code determine_bpi}): both readings are walked and the one finding more known frames, or ending closer to
     * the end, wins.
     */
    static boolean determineBpi(byte[] data, Map<String, Supplier<? extends Frame>> frames) {
        return determineBpi(data, 0, data.length, frames);
    }

    /** {@link #determineBpi(byte[], Map)} over {@code data[from, to)}. */
    static boolean determineBpi(byte[] data, int from, int to, Map<String, Supplier<? extends Frame>> frames) {
        long[] bpi = walk(data, from, to, frames, true);
        long[] plain = walk(data, from, to, frames, false);
        long asbpi = bpi[0];
        long bpioff = bpi[1];
        long asint = plain[0];
        long intoff = plain[1];
        return !(asint > asbpi || (asint == asbpi && (bpioff >= 1 && intoff <= 1)));
    }

    private static long[] walk(byte[] data, int from, int to, Map<String, Supplier<? extends Frame>> frames,
                               boolean syncsafe) {
        long o = from;
        long count = 0;
        int len = to;
        while (o < len - 10) {
            int p = (int) o;
            if (Bytes.regionMatches(data, p, EMPTY10)) {
                return new long[] {count, -((len - o) % 10)};
            }
            long size = Bytes.u32be(data, p + 4);
            if (syncsafe) {
                size = BitPaddedInt.decode(size, 7);
            }
            o += 10 + size;
            String name = ascii(data, p, 4);
            if (name != null && frames.containsKey(name)) {
                count++;
            }
        }
        return new long[] {count, o - len};
    }

    // ---- writing -------------------------------------------------------------------------------------------

    /** The serialised frames in mutagen's order, followed by unknown frames of the same version. */
    byte[] writeFrames(ID3SaveConfig config) throws ID3Error {
        List<Frame> list = values();
        int n = list.size();
        byte[][] data = new byte[n][];
        Integer[] index = new Integer[n];
        for (int i = 0; i < n; i++) {
            data[i] = saveFrame(list.get(i), config);
            index[i] = i;
        }
        java.util.Arrays.sort(index, (a, b) -> {
            Frame fa = list.get(a);
            Frame fb = list.get(b);
            int pa = prio(fa);
            int pb = prio(fb);
            if (pa != pb) {
                return Integer.compare(pa, pb);
            }
            // Pictures keep their order (players pick the first); others go by size.
            long sa = fa.frameId().equals("APIC") ? a : data[a].length;
            long sb = fb.frameId().equals("APIC") ? b : data[b].length;
            if (sa != sb) {
                return Long.compare(sa, sb);
            }
            return CODEPOINT_ORDER.compare(fa.hashKey(), fb.hashKey());
        });
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (Integer i : index) {
            out.writeBytes(data[i]);
        }
        // Unknown frames are written back only into a tag of the version they were read from.
        if (unknownV2Version == config.v2Version) {
            for (byte[] raw : unknownFrames) {
                if (raw.length > 10) {
                    out.writeBytes(raw);
                }
            }
        }
        return out.toByteArray();
    }

    private static int prio(Frame f) {
        String id = f.frameId();
        int i = ORDER.indexOf(id);
        if (i >= 0) {
            return i;
        }
        return id.equals("APIC") ? ORDER.size() + 1 : ORDER.size();
    }

    /** A frame with its 10-byte header (mutagen's {@code save_frame}); empty text frames give no bytes. */
    static byte[] saveFrame(Frame frame, ID3SaveConfig config) throws ID3Error {
        if (frame instanceof TextFrame && frame.str().isEmpty()) {
            return new byte[0];
        }
        byte[] framedata = frame.writeData(config);
        int bits = config.v2Version == 4 ? 7 : 8;
        byte[] size = BitPaddedInt.encode(framedata.length, bits, true, 4, 4);
        byte[] out = new byte[10 + framedata.length];
        String id = frame.frameId();
        for (int i = 0; i < 4 && i < id.length(); i++) {
            char c = id.charAt(i);
            if (c > 0x7F) {
                throw new IllegalArgumentException("'ascii' codec can't encode frame ID " + id);
            }
            out[i] = (byte) c;
        }
        System.arraycopy(size, 0, out, 4, 4);
        System.arraycopy(framedata, 0, out, 10, framedata.length);
        return out;
    }

    // ---- translation ---------------------------------------------------------------------------------------

    /** The update shared by v2.3 and v2.4; answers the CHAP and CTOC frames, found in the same pass as APIC. */
    private List<Frame> updateCommon() {
        Frame tcon = frames.get("TCON");
        if (tcon instanceof TCON t) {
            // Get rid of the "(xx)Foobr" form (a tag whose genres are already plain names keeps its list).
            List<String> genres = t.genres();
            if (!genres.equals(t.text())) {
                t.setGenres(genres);
            }
        }
        List<List<Frame>> kinds = getallOf(UPDATED_KINDS);
        for (Frame f : kinds.get(0)) {
            APIC pic = (APIC) f;
            String mime = pic.mime();
            String newMime = "PNG".equals(mime) ? "image/png" : "JPG".equals(mime) ? "image/jpeg" : null;
            if (newMime != null) {
                add(new APIC(pic.encoding(), newMime, pic.type(), pic.desc(), pic.data()));
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
     * {@link #getall} of each kind, with one pass over the frames for all of them (tag updates run per load); a kind
     * without frames gets an empty immutable list, so a tag without such frames allocates nothing here.
     */
    private List<List<Frame>> getallOf(String... kinds) {
        List<List<Frame>> out = new ArrayList<>(kinds.length);
        // As getall: a frame stored under the bare kind is the only one of its kind; the others are looked for.
        boolean[] exact = new boolean[kinds.length];
        boolean scan = false;
        for (int i = 0; i < kinds.length; i++) {
            Frame f = frames.get(kinds[i]);
            exact[i] = f != null;
            out.add(f != null ? new ArrayList<>(List.of(f)) : List.of());
            scan |= f == null;
        }
        if (!scan) {
            return out;
        }
        for (Map.Entry<String, Frame> e : frames.entrySet()) {
            for (int i = 0; i < kinds.length; i++) {
                if (!exact[i] && isKeyOf(e.getKey(), kinds[i])) {
                    if (out.get(i).isEmpty()) {
                        out.set(i, new ArrayList<>(2));
                    }
                    out.get(i).add(e.getValue());
                }
            }
        }
        return out;
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
        if (f instanceof TextFrame) {
            return ((TextFrame) f).textValues();
        }
        return List.of();
    }

    /**
     * Converts older frames to ID3v2.4 ones: TYER/TDAT/TIME become TDRC, TORY becomes TDOR, IPLS becomes TIPL,
     * and RVAD, EQUA, TRDA, TSIZ, TDAT, TIME are removed; also inside CHAP/CTOC. Run on load by default.
     */
    public void updateToV24() {
        List<Frame> nested = updateCommon();
        List<String> tyer = textOf(frames.containsKey("TYER") ? frames.remove("TYER") : null);
        List<String> tdat = textOf(frames.containsKey("TDAT") ? frames.remove("TDAT") : null);
        List<String> time = textOf(frames.containsKey("TIME") ? frames.remove("TIME") : null);
        List<String> timestamps = new ArrayList<>();
        int n = Math.max(tyer.size(), Math.max(tdat.size(), time.size()));
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
                timestamps.add(ts.toString());
            }
        }
        if (!timestamps.isEmpty() && !frames.containsKey("TDRC")) {
            add(new TDRC(Encoding.LATIN1, timestamps));
        }
        if (frames.containsKey("TORY")) {
            Frame f = frames.remove("TORY");
            if (!frames.containsKey("TDOR")) {
                TDOR tdor = new TDOR();
                tdor.set("encoding", Encoding.LATIN1);
                tdor.set("text", f.str());
                add(tdor);
            }
        }
        if (frames.containsKey("IPLS")) {
            Frame f = frames.remove("IPLS");
            if (!frames.containsKey("TIPL") && f instanceof PairedTextFrame) {
                PairedTextFrame p = (PairedTextFrame) f;
                add(new TIPL(p.encoding(), p.people()));
            }
        }
        for (String key : List.of("RVAD", "EQUA", "TRDA", "TSIZ", "TDAT", "TIME")) {
            frames.remove(key);
        }
        for (Frame f : nested) {
            ((ID3Tags) f.get("sub_frames")).updateToV24();
        }
    }

    /**
     * Converts frames for saving as ID3v2.3: TIPL/TMCL become IPLS, TDOR becomes TORY, TDRC becomes
     * TYER/TDAT/TIME, and v2.4-only frames are removed; also inside CHAP/CTOC.
     */
    public void updateToV23() {
        List<Frame> nested = updateCommon();
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
                add(new IPLS(enc, people));
            }
        }
        if (frames.containsKey("TDOR")) {
            Frame f = frames.remove("TDOR");
            if (f instanceof TimeStampTextFrame) {
                TimeStampTextFrame ts = (TimeStampTextFrame) f;
                if (!ts.stamps().isEmpty()) {
                    ID3TimeStamp d = ts.stamps().get(0);
                    if (nonZero(d.year()) && !frames.containsKey("TORY")) {
                        add(new TORY(ts.encoding(), PyInt.zeroPad(d.year(), 4)));
                    }
                }
            }
        }
        if (frames.containsKey("TDRC")) {
            Frame f = frames.remove("TDRC");
            if (f instanceof TimeStampTextFrame) {
                TimeStampTextFrame ts = (TimeStampTextFrame) f;
                if (!ts.stamps().isEmpty()) {
                    ID3TimeStamp d = ts.stamps().get(0);
                    Encoding enc = ts.encoding();
                    if (nonZero(d.year()) && !frames.containsKey("TYER")) {
                        add(new TYER(enc, PyInt.zeroPad(d.year(), 4)));
                    }
                    if (nonZero(d.month()) && nonZero(d.day()) && !frames.containsKey("TDAT")) {
                        add(new TDAT(enc, PyInt.zeroPad(d.day(), 2) + PyInt.zeroPad(d.month(), 2)));
                    }
                    if (nonZero(d.hour()) && nonZero(d.minute()) && !frames.containsKey("TIME")) {
                        add(new TIME(enc, PyInt.zeroPad(d.hour(), 2) + PyInt.zeroPad(d.minute(), 2)));
                    }
                }
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

    // ---- snapshot (EasyID3's v2.3 save) ---------------------------------------------------------------------

    /** A shallow snapshot of the frames, including CHAP/CTOC sub-frames (mutagen's {@code _copy}). */
    Object snapshot() {
        List<Map.Entry<String, Frame>> items = items();
        Map<String, Object> subs = new HashMap<>();
        List<Frame> nested = getall("CHAP");
        nested.addAll(getall("CTOC"));
        for (Frame f : nested) {
            subs.put(f.hashKey(), ((ID3Tags) f.get("sub_frames")).snapshot());
        }
        return new Object[] {items, subs};
    }

    /** Restores a {@link #snapshot()} (mutagen's {@code _restore}). */
    @SuppressWarnings("unchecked")
    void restore(Object snapshot) {
        Object[] s = (Object[]) snapshot;
        List<Map.Entry<String, Frame>> items = (List<Map.Entry<String, Frame>>) s[0];
        Map<String, Object> subs = (Map<String, Object>) s[1];
        frames.clear();
        for (Map.Entry<String, Frame> e : items) {
            frames.put(e.getKey(), e.getValue());
            if (subs.containsKey(e.getKey())) {
                ((ID3Tags) e.getValue().get("sub_frames")).restore(subs.get(e.getKey()));
            }
        }
    }

    /** Equal when both hold equal frames under equal keys. */
    @Override
    public boolean equals(Object o) {
        return o instanceof ID3Tags && ((ID3Tags) o).frames.equals(frames);
    }

    @Override
    public int hashCode() {
        return frames.hashCode();
    }

    @Override
    public String toString() {
        return "ID3Tags(" + frames.values() + ")";
    }

    /** Python repr helpers. */
    static final class PyReprs {
        private PyReprs() {
        }

        static String q(String s) {
            return mutagen.util.PyRepr.str(s);
        }
    }
}
