// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Supplier;
import mutagen.Tags;
import mutagen.util.PyCompat;

/**
 * A set of ID3v2 frames keyed by their {@linkplain Frame#hashKey() hash key}, in insertion order.
 *
 * <p>Mirrors {@code mutagen.id3.ID3Tags}: {@link #getall}, {@link #setall}, {@link #delall}, {@link #add}, the
 * dict protocol ({@link #get}, {@link #put}, {@link #remove}, {@link #keys}) and the v2.3/v2.4 translation
 * ({@link #updateToV24()}, {@link #updateToV23()}). Also the value of CHAP/CTOC sub-frames.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public class ID3Tags extends Tags {
    private LinkedHashMap<String, Frame> frames = new LinkedHashMap<>();
    // One bit per kind (the key up to its first ':') a key was stored with since the last clear: a kind whose bit is
    // unset has no frame, so getall and the tag update need not walk the frames (bits are never unset on removal).
    private long kinds;
    private List<byte[]> unknownFrames = new ArrayList<>();
    private int unknownV2Version = 4;

    /** Creates an empty set of frames. */
    public ID3Tags() {
    }

    /** {@return the raw frames (header and data) with valid but unsupported IDs, kept for writing back} */
    public List<byte[]> unknownFrames() {
        return unknownFrames;
    }

    /**
     * Replaces the raw unknown frames.
     *
     * @param frames the frames
     */
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
        // Added one by one: ArrayList's copy constructor and addAll copy the map view's array once more.
        List<String> out = new ArrayList<>(frames.size());
        for (String key : frames.keySet()) {
            out.add(key);
        }
        return out;
    }

    /** {@return the frames in insertion order} */
    public List<Frame> values() {
        List<Frame> out = new ArrayList<>(frames.size());
        for (Frame f : frames.values()) {
            out.add(f);
        }
        return out;
    }

    /** {@return the (key, frame) pairs in insertion order} */
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
        frames.put(noted(key), (Frame) value);
    }

    /** Removes a key ({@code del tags[key]}). */
    @Override
    public void remove(String key) {
        if (frames.remove(key) == null) {
            throw new NoSuchElementException(key);
        }
    }

    /**
     * Removes and returns the frame under a key, or {@code null} when absent.
     *
     * @param key the key
     * @return the {@code Frame}
     */
    public Frame pop(String key) {
        return frames.remove(key);
    }

    /** {@return the number of frames} */
    public int size() {
        return frames.size();
    }

    /** {@return whether there are no frames} */
    public boolean isEmpty() {
        return frames.isEmpty();
    }

    /** Removes every frame. */
    public void clear() {
        frames.clear();
        kinds = 0;
    }

    // ---- mutagen API ---------------------------------------------------------------------------------------

    /**
     * {@return all frames of a kind: the frame under exactly {@code key}, else every frame whose key starts with {@code
     * key + ":"} ({@code getall("TXXX")}, {@code getall("COMM:desc")})}
     *
     * @param key the key
     */
    public List<Frame> getall(String key) {
        Frame f = frames.get(key);
        List<Frame> out = new ArrayList<>(f != null ? 1 : 4);
        if (f != null) {
            out.add(f);
            return out;
        }
        if (!mayHaveKind(key)) {
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
    static boolean isKeyOf(String hashKey, String kind) {
        int n = kind.length();
        return hashKey.length() > n && hashKey.charAt(n) == ':' && hashKey.startsWith(kind);
    }

    /** Whether a key of {@code key}'s kind (its text up to the first ':') may be stored: false means none is. */
    boolean mayHaveKind(String key) {
        return mayHaveKind(kindBit(key));
    }

    /** {@link #mayHaveKind(String)} for a kind's {@link #kindBit}. */
    boolean mayHaveKind(long kindBit) {
        return (kinds & kindBit) != 0;
    }

    private String noted(String key) {
        kinds |= kindBit(key);
        return key;
    }

    static long kindBit(String key) {
        // At most the first four characters (a frame ID): a getall key's prefix and every key it matches agree there.
        int h = 0;
        for (int i = 0, n = Math.min(key.length(), 4); i < n; i++) {
            char c = key.charAt(i);
            if (c == ':') {
                break;
            }
            h = 31 * h + c;
        }
        return 1L << ((h * 0x9E3779B9) >>> 26);
    }

    /**
     * Deletes the frames of a kind (as {@link #getall}) and stores the given frames under their keys.
     *
     * @param key the key
     * @param values the values
     */
    public void setall(String key, List<? extends Frame> values) {
        delall(key);
        for (Frame f : values) {
            frames.put(noted(f.hashKey()), f);
        }
    }

    /**
     * Deletes the frame under exactly {@code key}, else every frame whose key starts with {@code key + ":"}.
     *
     * @param key the key
     */
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
     * @param frame the frame
     * @throws IllegalArgumentException for a v2.2 frame with no v2.3 equivalent (CRM)
     */
    public void add(Frame frame) {
        addFrame(frame, true);
    }

    /**
     * Deprecated alias of {@link #add}.
     *
     * @param frame the frame
     */
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
            throw new IllegalArgumentException("Can't upgrade " + mutagen.util.PyRepr.str(orig.frameId()) + " frame");
        }
        String hashKey = noted(frame.hashKey());
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
                frames.put(noted(newHash), merged);
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
        lines.sort(PyCompat.CODEPOINT_ORDER);
        return String.join("\n", lines);
    }

    // ---- reading, writing and translation (ID3FrameReader, ID3FrameWriter, ID3Translation) ----------------

    /** Reads frames from a tag's frame area; returns the bytes after the last frame (the padding). */
    byte[] readFrames(ID3Header header, byte[] data) {
        ID3FrameReader.Left left = readAll(header, data, 0, data.length);
        return java.util.Arrays.copyOfRange(left.data(), left.from(), left.to());
    }

    /** Reads CHAP/CTOC sub-frames from the rest of a frame reader in place, leaving it over what follows them. */
    void readSubFrames(ID3Header header, mutagen.util.ByteReader data) {
        ID3FrameReader.Left left = readAll(header, data.array(), data.arrayPosition(), data.arrayLimit());
        data.reset(left.data(), left.from(), left.to(), 0);
    }

    /** Reads the frames of a whole tag into this one; answers how many bytes follow them (the padding). */
    int readTagFrames(ID3Header header, byte[] data, int from, int to) {
        ID3FrameReader.Left left = readAll(header, data, from, to);
        return left.to() - left.from();
    }

    private ID3FrameReader.Left readAll(ID3Header header, byte[] data, int from, int to) {
        List<byte[]> unsupported = new ArrayList<>();
        // Frames are added as they are read, in the order mutagen adds its list of them: no list between.
        // The map sized for the frames the walk will meet (at most 1024 ahead: a hostile tag of junk frames would
        // only grow it as far as frames are added): no resizing while they are added.
        ID3FrameReader.Left left = ID3FrameReader.readFrames(header, data, from, to, header.knownFrames(), true,
                n -> frames = frames.isEmpty() ? new LinkedHashMap<>((int) (Math.min(n, 1024) / 0.75f) + 1) : frames,
                f -> addFrame(f, false), unsupported);
        unknownFrames = unsupported;
        unknownV2Version = header.major;
        return left;
    }

    /** Parses frames (mutagen's {@code read_frames}); see {@link ID3FrameReader}. */
    static ID3FrameReader.Left readFrames(ID3Header id3, byte[] data, Map<String, Supplier<? extends Frame>> known,
                                          List<Frame> result, List<byte[]> unsupported) {
        return ID3FrameReader.readFrames(id3, data, 0, data.length, known, false, result::add, unsupported);
    }

    /** The serialised frames in mutagen's order, followed by unknown frames of the same version. */
    byte[] writeFrames(ID3SaveConfig config) throws ID3Error {
        return ID3FrameWriter.writeFrames(this, config);
    }

    /** A frame with its 10-byte header (mutagen's {@code save_frame}); empty text frames give no bytes. */
    static byte[] saveFrame(Frame frame, ID3SaveConfig config) throws ID3Error {
        return ID3FrameWriter.saveFrame(frame, config);
    }

    /**
     * Converts older frames to ID3v2.4 ones: TYER/TDAT/TIME become TDRC, TORY becomes TDOR, IPLS becomes TIPL,
     * and RVAD, EQUA, TRDA, TSIZ, TDAT, TIME are removed; also inside CHAP/CTOC. Run on load by default.
     */
    public void updateToV24() {
        ID3Translation.toV24(this);
    }

    /**
     * Converts frames for saving as ID3v2.3: TIPL/TMCL become IPLS, TDOR becomes TORY, TDRC becomes
     * TYER/TDAT/TIME, and v2.4-only frames are removed; also inside CHAP/CTOC.
     */
    public void updateToV23() {
        ID3Translation.toV23(this);
    }

    /** The live map of frames by hash key, for the translation. */
    Map<String, Frame> frameMap() {
        return frames;
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
        clear();
        for (Map.Entry<String, Frame> e : items) {
            frames.put(noted(e.getKey()), e.getValue());
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
}
